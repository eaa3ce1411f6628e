import { describe, expect, it } from 'vitest';
import { errorMessage } from './errors';

describe('errorMessage', () => {
	it("gives an Error's message, not its name or stack", () => {
		expect(errorMessage(new RangeError('Array buffer allocation failed'))).toBe('Array buffer allocation failed');
	});

	it('gives a thrown string or other value as text', () => {
		expect(errorMessage('device lost')).toBe('device lost');
		expect(errorMessage(42)).toBe('42');
		expect(errorMessage(undefined)).toBe('undefined');
	});
});

import { expect, test } from 'vitest';
import { proseParts } from './prose-parts';

test('splits text, code and maths, and keeps everything else as text', () => {
	expect(proseParts('Use `groups=2` so $N = 55$, not 54.')).toEqual([
		{ kind: 'text', text: 'Use ' },
		{ kind: 'code', text: 'groups=2' },
		{ kind: 'text', text: ' so ' },
		{ kind: 'math', text: 'N = 55' },
		{ kind: 'text', text: ', not 54.' }
	]);
	expect(proseParts('<b>not html</b>')).toEqual([{ kind: 'text', text: '<b>not html</b>' }]);
});

import { interpolateCividis } from 'd3';
import { describe, expect, it } from 'vitest';
import { readableInk, relativeLuminance } from './ink';

const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

describe('text on a coloured cell', () => {
	it('is white on dark and black on light', () => {
		expect(readableInk('#00204d')).toBe('#fff');
		expect(readableInk('#ffea46')).toBe('#000');
	});

	it('reaches WCAG AA (4.5:1) on every colour of cividis', () => {
		for (let i = 0; i <= 100; i++) {
			const background = interpolateCividis(i / 100);
			const ink = readableInk(background);
			const ratio = contrast(relativeLuminance(background), ink === '#000' ? 0 : 1);
			expect(ratio, background).toBeGreaterThanOrEqual(4.5);
		}
	});
});

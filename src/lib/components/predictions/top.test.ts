import { describe, expect, it } from 'vitest';
import { topK } from '$lib/engine/top-k';
import { escapeTex, softmaxTex } from './top';

describe('softmaxTex', () => {
	it('fills the formula with the real logits and the top probability', () => {
		const logits = Float32Array.from([1, 3, 0, 2]);
		const exp = Array.from(logits, Math.exp);
		const total = exp.reduce((a, b) => a + b);
		const ranked = topK(
			Float32Array.from(exp, (e) => e / total),
			['a', 'b_1', 'c', 'd']
		);
		expect(softmaxTex(ranked, logits, 2)).toBe(
			`p(\\text{b\\_1}) = \\frac{e^{z_{1}}}{\\sum_j e^{z_j}} = \\frac{e^{3.00}}{e^{3.00} + e^{2.00} + \\underbrace{\\cdots}_{2\\text{ more}}} = ${(exp[1] / total).toFixed(4)}`
		);
	});

	it('keeps TeX special characters in labels literal', () => {
		expect(escapeTex('T-shirt/top')).toBe('T-shirt/top');
		expect(escapeTex('50% & more_{x}')).toBe('50\\% \\& more\\_\\{x\\}');
	});
});

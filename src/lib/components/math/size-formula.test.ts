import { describe, expect, test } from 'vitest';
import { deriveNetwork, paper2012, seed } from '$lib/model';
import { sizeFormulaTex } from './size-formula';
import { texDecimal, texNumber, texShape } from './tex';

const conv1 = (variant: typeof seed, inputSize?: number) => deriveNetwork(variant, { inputSize }).steps[0].formula!;

describe('sizeFormulaTex', () => {
	test('an exact division has no floor brackets', () => {
		expect(sizeFormulaTex(conv1(paper2012))).toBe(
			'N = \\frac{W - F + 2P}{S} + 1 = \\frac{227 - 11 + 2 \\cdot 0}{4} + 1 = 55'
		);
	});

	test('a remainder shows the floor and the fractional quotient', () => {
		expect(sizeFormulaTex(conv1(seed))).toBe(
			'N = \\left\\lfloor \\frac{W - F + 2P}{S} \\right\\rfloor + 1 = ' +
				'\\left\\lfloor \\frac{224 - 11 + 2 \\cdot 2}{4} \\right\\rfloor + 1 = \\lfloor 54.25 \\rfloor + 1 = 55'
		);
	});

	test('an impossible size is written out, negative and all', () => {
		const tex = sizeFormulaTex({ w: 5, f: 11, p: 0, s: 4, exact: -0.5, n: -1, floored: true });
		expect(tex.endsWith('\\lfloor -1.5 \\rfloor + 1 = -1')).toBe(true);
	});
});

describe('tex numbers', () => {
	test('thousands are grouped with braced commas', () => {
		expect(texNumber(9439232)).toBe('9{,}439{,}232');
		expect(texNumber(55)).toBe('55');
	});

	test('fractions keep two decimals and mark a cut with an ellipsis', () => {
		expect(texDecimal(54.25)).toBe('54.25');
		expect(texDecimal(52 / 3)).toBe('17.33\\ldots');
		expect(texDecimal(6)).toBe('6');
	});

	test('shapes are joined with times', () => {
		expect(texShape([48, 55, 55])).toBe('48 \\times 55 \\times 55');
	});
});

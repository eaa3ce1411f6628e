/**
 * Why an answer to a "your turn" question is wrong, worked out from the
 * numbers: each likely slip is computed and compared with the answer, so the
 * explanation fits any question, not just the ones written down.
 */
import { adaptiveKernel, outputSize, outputSizeExact } from '$lib/model';

export interface SizeQuestion {
	w: number;
	f: number;
	p: number;
	s: number;
}

/** Adaptive pooling's output size: it picks its windows so that `out` of them cover any input side `w`. */
export interface AdaptiveQuestion {
	w: number;
	out: number;
}

export type SizeMistake = 'no-floor' | 'padding-once' | 'kernel-stride-swapped' | 'plus-one-forgotten';
export type AdaptiveMistake = 'adaptive-keeps-input' | 'adaptive-window';
export type CountMistake = 'bias-forgotten' | 'groups-forgotten' | 'positions-forgotten';
export type Mistake = SizeMistake | AdaptiveMistake | CountMistake;

export type Verdict =
	{ kind: 'right'; expected: number } | { kind: 'wrong'; expected: number; causes: Mistake[] } | { kind: 'unreadable' };

/** Two decimals are enough to count as "the unfloored value". */
const TOLERANCE = 0.006;
const same = (a: number, b: number) => Math.abs(a - b) < TOLERANCE;

/** "55", " 55.25 ", "55,25" → a number; anything else → null. */
export function readAnswer(text: string): number | null {
	const cleaned = text.trim().replace(/\s/g, '').replace(',', '.');
	if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
	return Number(cleaned);
}

function verdict(answer: number | null, expected: number, slips: [Mistake, number[]][]): Verdict {
	if (answer === null) return { kind: 'unreadable' };
	if (same(answer, expected)) return { kind: 'right', expected };
	const causes = slips
		.filter(([, values]) => values.some((v) => !same(v, expected) && same(v, answer)))
		.map(([cause]) => cause);
	return { kind: 'wrong', expected, causes };
}

/** N = ⌊(W − F + 2P)/S⌋ + 1 and the four classic slips. */
export function checkOutputSize(q: SizeQuestion, answer: number | null): Verdict {
	const { w, f, p, s } = q;
	const exact = outputSizeExact(w, f, p, s);
	return verdict(answer, outputSize(w, f, p, s), [
		['no-floor', [exact, Math.ceil(exact), Math.round(exact)]],
		['padding-once', [outputSize(w, f, p / 2, s), outputSizeExact(w, f, p / 2, s)]],
		['kernel-stride-swapped', [outputSize(w, s, p, f), outputSizeExact(w, s, p, f)]],
		['plus-one-forgotten', [outputSize(w, f, p, s) - 1, exact - 1]]
	]);
}

/** N is the asked-for size whatever W is; the slips: W kept, or the window it picks given as the size. */
export function checkAdaptiveSize(q: AdaptiveQuestion, answer: number | null): Verdict {
	return verdict(answer, q.out, [
		['adaptive-keeps-input', [q.w]],
		['adaptive-window', [adaptiveKernel(q.w, q.out), q.w / q.out]]
	]);
}

export interface ConvCount {
	inChannels: number;
	outChannels: number;
	kernel: number;
	groups: number;
	/** Output side N: multiply–adds happen once per output position. */
	outSide: number;
}

/** Weights and biases of a convolution (a linear layer is a 1×1 kernel on N = 1). */
export function checkParams(q: ConvCount, answer: number | null): Verdict {
	const weights = q.outChannels * (q.inChannels / q.groups) * q.kernel ** 2;
	return verdict(answer, weights + q.outChannels, [
		['bias-forgotten', [weights]],
		['groups-forgotten', [q.outChannels * q.inChannels * q.kernel ** 2 + q.outChannels]]
	]);
}

export function checkMacs(q: ConvCount, answer: number | null): Verdict {
	const perPosition = q.outChannels * (q.inChannels / q.groups) * q.kernel ** 2;
	return verdict(answer, perPosition * q.outSide ** 2, [
		['positions-forgotten', [perPosition]],
		['groups-forgotten', [q.outChannels * q.inChannels * q.kernel ** 2 * q.outSide ** 2]]
	]);
}

/** A source of numbers in [0, 1): Math.random in the page, a seeded one in tests. */
export type Random = () => number;

const between = (random: Random, lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));

/** Another input side for an adaptive pool with `out` outputs: larger than `out`, as a bigger picture gives. */
export function randomAdaptiveQuestion(random: Random, out: number): AdaptiveQuestion {
	return { w: between(random, out + 1, 40), out };
}

/**
 * Random settings a layer could really have: P < F, a window that fits, and
 * (when it can) a division that does not come out even, so the floor matters.
 */
export function randomSizeQuestion(random: Random): SizeQuestion {
	for (let tries = 0; ; tries++) {
		const f = between(random, 2, 11);
		const s = between(random, 1, 4);
		const p = between(random, 0, Math.min(3, f - 1));
		const w = between(random, Math.max(f, 8), 64);
		if (f === s) continue;
		const uneven = (w - f + 2 * p) % s !== 0;
		if (uneven || tries > 20) return { w, f, p, s };
	}
}

/** The "Your turn" exercises: questions, verdicts and the reason for a wrong answer, from the numbers. */
import { groupThousands } from '$lib/model';
import type { Mistake, SizeQuestion } from '$lib/lesson/mistakes';

const n = groupThousands;

export const exerciseText = {
	heading: 'Your turn',
	sizeQuestion: (q: SizeQuestion) => `W = ${q.w}, F = ${q.f}, P = ${q.p}, S = ${q.s}. What is the output size N?`,
	paramsQuestion: (what: string) => `How many parameters (weights and biases) does ${what} have?`,
	macsQuestion: (what: string) => `How many multiply–adds does ${what} do for one picture?`,
	answerLabel: 'Your answer',
	check: 'Check',
	another: 'Another one',
	right: (expected: number) => `Right: ${n(expected)}.`,
	wrong: 'Not quite.',
	unknownCause: 'Work through the formula one term at a time and try again.',
	unreadable: 'Type a number, such as 27.',
	reveal: (expected: number) => `The answer is ${n(expected)}.`,
	showAnswer: 'Show the answer',
	progress: (done: number, total: number) => `${done} of ${total} answered`,
	reset: 'Reset my answers',
	progressNote: 'Kept on this device only.',
	ownNumbers: 'This layer’s own numbers',
	randomNumbers: 'Random settings'
};

/** One sentence per likely slip, with the number that slip gives. */
export function mistakeExplanation(cause: Mistake, q: SizeQuestion | null): string {
	switch (cause) {
		case 'no-floor':
			return 'That is the division before rounding down: PyTorch takes the floor, ⌊…⌋, so a fraction of a step does not count.';
		case 'padding-once':
			return q
				? `The padding goes on both sides: add 2P = ${2 * q.p}, not P = ${q.p}.`
				: 'The padding goes on both sides: add 2P, not P.';
		case 'kernel-stride-swapped':
			return q
				? `F and S are swapped: subtract the window F = ${q.f} and divide by the stride S = ${q.s}.`
				: 'F and S are swapped: subtract the window, divide by the stride.';
		case 'plus-one-forgotten':
			return 'The +1 is missing: the window’s first position counts as well as every step after it.';
		case 'bias-forgotten':
			return 'Every output also has one bias: add one per output channel.';
		case 'groups-forgotten':
			return 'With groups, each filter sees only its own share of the input channels: divide them by the number of groups.';
		case 'positions-forgotten':
			return 'That is one output position: the filter does this work at every one of the N×N positions.';
	}
}

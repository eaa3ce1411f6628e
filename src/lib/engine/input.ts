/** Checking an input tensor against the loaded network before any tfjs work. */
import type { Network } from '../model/derive';
import type { InputTensor } from './types';

/** [N, C, H, W] for `input`, or a sentence saying what is wrong with it. */
export function batchShape(input: InputTensor, network: Network): [number, number, number, number] {
	const [c, h, w] = network.inputShape;
	const expected = `[${c}, ${h}, ${w}] or [N, ${c}, ${h}, ${w}]`;
	const shape = input.shape.length === 3 ? [1, ...input.shape] : input.shape;
	if (shape.length !== 4 || shape.some((d) => !Number.isInteger(d) || d < 1)) {
		throw new Error(`input: shape [${input.shape.join(', ')}] is not ${expected}.`);
	}
	if (shape[1] !== c || shape[2] !== h || shape[3] !== w) {
		throw new Error(`input: shape [${input.shape.join(', ')}] does not fit this model, which takes ${expected}.`);
	}
	const size = shape.reduce((a, b) => a * b, 1);
	if (input.data.length !== size) {
		throw new Error(
			`input: shape [${input.shape.join(', ')}] needs ${size} values but the data holds ${input.data.length}.`
		);
	}
	return shape as [number, number, number, number];
}

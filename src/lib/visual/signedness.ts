/**
 * Whether a step's output can be negative, from the model description alone:
 * conv and linear outputs can, ReLU's cannot, and the steps that only pick,
 * scale or average (pooling, LRN, dropout, flatten) keep what they receive.
 * Signed values get a diverging colour map, the others a sequential one.
 */
import type { DerivedStep } from '../model';

export function signedSteps(steps: readonly DerivedStep[], inputSigned = true): Map<string, boolean> {
	const signed = new Map<string, boolean>();
	let previous = inputSigned;
	for (const step of steps) {
		switch (step.kind) {
			case 'conv':
			case 'linear':
				previous = true;
				break;
			case 'relu':
			case 'softmax':
				previous = false;
				break;
			default:
				break;
		}
		signed.set(step.id, previous);
	}
	return signed;
}

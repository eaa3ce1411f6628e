/** What each step is called on its page, in the menu and in the diagram. */
import type { DerivedStep, Network, StepKind } from '$lib/model';

export const kindNames: Record<StepKind, string> = {
	conv: 'Convolution',
	relu: 'ReLU',
	lrn: 'Local response normalisation',
	maxpool: 'Max-pooling',
	adaptiveavgpool: 'Adaptive average pooling',
	dropout: 'Dropout',
	flatten: 'Flatten',
	linear: 'Fully connected',
	softmax: 'Softmax'
};

/** Short labels for the diagram's small blocks. */
export const kindShortNames: Record<StepKind, string> = {
	conv: 'conv',
	relu: 'ReLU',
	lrn: 'LRN',
	maxpool: 'max-pool',
	adaptiveavgpool: 'avg-pool',
	dropout: 'dropout',
	flatten: 'flatten',
	linear: 'linear',
	softmax: 'softmax'
};

const ordinal = (id: string): string => id.match(/\d+$/)?.[0] ?? '';

/** "Convolution 1", "Max-pooling 5", "Flatten". */
export function stepTitle(step: DerivedStep): string {
	const n = ordinal(step.id);
	return n ? `${kindNames[step.kind]} ${n}` : kindNames[step.kind];
}

/** The weighted layer a ReLU follows or a Dropout feeds, for "ReLU after conv1". */
export function stepContext(step: DerivedStep, network: Network): string {
	const weighted = (s: DerivedStep | undefined) => s?.kind === 'conv' || s?.kind === 'linear';
	if (step.kind === 'relu' || step.kind === 'lrn') {
		const before = network.steps.slice(0, step.index).reverse().find(weighted);
		return before ? `after ${before.id}` : '';
	}
	if (step.kind === 'dropout') {
		const after = network.steps.slice(step.index + 1).find(weighted);
		return after ? `before ${after.id}` : '';
	}
	return '';
}

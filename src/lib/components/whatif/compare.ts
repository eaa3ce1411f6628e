/** How a what-if network differs from the real one, from one step onwards. */
import type { DerivedStep, Network } from '$lib/model';

export interface DownstreamRow {
	id: string;
	kind: DerivedStep['kind'];
	realShape: number[];
	/** null once an earlier step has no valid output: the numbers would mean nothing. */
	changedShape: number[] | null;
	changedParams: number | null;
	differs: boolean;
}

const SHAPE_STEPS: ReadonlySet<DerivedStep['kind']> = new Set([
	'conv',
	'maxpool',
	'adaptiveavgpool',
	'flatten',
	'linear'
]);

/** Index of the first step with a problem, or Infinity when the network is valid. */
export function firstBrokenIndex(network: Network): number {
	const first = network.problems[0];
	if (!first) return Infinity;
	const index = network.steps.findIndex((s) => s.id === first.stepId);
	return index < 0 ? 0 : index;
}

const sameShape = (a: readonly number[], b: readonly number[]) =>
	a.length === b.length && a.every((x, i) => x === b[i]);

/** One row per later step that can change shape or size, real against what-if. */
export function downstreamRows(real: Network, changed: Network, fromIndex: number): DownstreamRow[] {
	const broken = firstBrokenIndex(changed);
	return changed.steps
		.filter((step) => step.index > fromIndex && SHAPE_STEPS.has(step.kind))
		.map((step) => {
			const realStep = real.steps[step.index];
			const meaningful = step.index < broken;
			return {
				id: step.id,
				kind: step.kind,
				realShape: realStep.outShape,
				changedShape: meaningful ? step.outShape : null,
				changedParams: meaningful ? step.params : null,
				differs: !meaningful || !sameShape(step.outShape, realStep.outShape) || step.params !== realStep.params
			};
		});
}

export type FlattenCheck =
	{ kind: 'match'; size: number } | { kind: 'mismatch'; size: number; expected: number } | { kind: 'broken' };

/** What flatten hands the first linear layer, against what that layer was built for. */
export function flattenCheck(network: Network): FlattenCheck {
	const flatten = network.steps.find((s) => s.kind === 'flatten');
	const linear = network.steps.find((s) => s.kind === 'linear');
	if (!flatten || !linear || linear.spec.kind !== 'linear') return { kind: 'broken' };
	if (flatten.index > firstBrokenIndex(network)) return { kind: 'broken' };
	const size = flatten.outShape[0];
	const expected = linear.spec.inFeatures;
	return size === expected ? { kind: 'match', size } : { kind: 'mismatch', size, expected };
}

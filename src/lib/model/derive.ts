import { problemMessage } from '../content/model-problems';
import { BYTES_PER_FLOAT32, product } from './arithmetic';
import type { ModelProblem, Problem } from './problems';
import { isWhole, stepFigures, type Flow } from './step-figures';
import type { Shape, StepKind, StepSpec, VariantSpec } from './types';

/** PyTorch's class name for each module kind; `null` for functional steps. */
export const torchType: Record<StepKind, string | null> = {
	conv: 'Conv2d',
	relu: 'ReLU',
	lrn: 'LocalResponseNorm',
	maxpool: 'MaxPool2d',
	adaptiveavgpool: 'AdaptiveAvgPool2d',
	dropout: 'Dropout',
	flatten: null,
	linear: 'Linear',
	softmax: null
};

/** Where a spatial step's output size comes from, with the numbers filled in. */
export interface SizeFormula {
	/** Input width W, kernel F, padding P, stride S. */
	w: number;
	f: number;
	p: number;
	s: number;
	/** (W − F + 2P)/S + 1 before flooring. */
	exact: number;
	/** What PyTorch gives: ⌊(W − F + 2P)/S⌋ + 1; zero or less when the window does not fit (then the shape says 0). */
	n: number;
	/** True when the division leaves a remainder and the last input rows are never visited. */
	floored: boolean;
}

export interface DerivedStep {
	spec: StepSpec;
	id: string;
	index: number;
	kind: StepKind;
	/** PyTorch's module path (`features.0`, `avgpool`, `classifier.6`) or null for functional steps. */
	torchName: string | null;
	torchType: string | null;
	inShape: Shape;
	/** Never negative: a step with no possible output gives a 0×0 map (and a problem). */
	outShape: Shape;
	/** For conv and linear: the input channels / features the layer actually receives. */
	inChannels: number | null;
	/** Null for non-spatial steps and for hyper-parameters that make the formula meaningless (stride 0). */
	formula: SizeFormula | null;
	params: number;
	weightParams: number;
	biasParams: number;
	macs: number;
	/** Side of the input square one output value can see, and the cumulative stride. */
	receptiveField: number;
	jump: number;
	/** Bytes of one image's output of this step, as float32. */
	activationBytes: number;
	problems: Problem[];
}

export interface NetworkOptions {
	classes?: number;
	inputSize?: number;
}

export interface Network {
	variant: VariantSpec;
	/** As asked for; 0 when that was not a whole number ≥ 1 (see `problems`). */
	classes: number;
	inputSize: number;
	inputShape: Shape;
	steps: DerivedStep[];
	totals: { params: number; macs: number; activationBytes: number; paramBytes: number };
	problems: Problem[];
	/** False when some step is impossible: later shapes are then not meaningful. */
	valid: boolean;
}

const problem = (stepId: string, cause: ModelProblem): Problem => ({
	stepId,
	cause,
	message: problemMessage(stepId, cause, 'en')
});

function deriveStep(step: StepSpec, index: number, flow: Flow, classes: number, torchName: string | null): DerivedStep {
	const figures = stepFigures(step, flow, classes);
	const weightParams = figures.weightParams ?? 0;
	const biasParams = figures.biasParams ?? 0;
	return {
		spec: step,
		id: step.id,
		index,
		kind: step.kind,
		torchName,
		torchType: torchType[step.kind],
		inShape: flow.shape,
		outShape: figures.outShape,
		inChannels: figures.inChannels ?? null,
		formula: figures.formula ?? null,
		params: weightParams + biasParams,
		weightParams,
		biasParams,
		macs: figures.macs ?? 0,
		receptiveField: figures.rf ?? flow.rf,
		jump: figures.jump ?? flow.jump,
		activationBytes: product(figures.outShape) * BYTES_PER_FLOAT32,
		problems: figures.problems.map((cause) => problem(step.id, cause))
	};
}

/** PyTorch's module names: index within `features` / `classifier`, or the attribute name. */
export function torchNames(steps: readonly StepSpec[]): (string | null)[] {
	const counters: Record<string, number> = {};
	return steps.map((step) => {
		if (step.group === null) return null;
		if (step.group === 'avgpool') return 'avgpool';
		const i = counters[step.group] ?? 0;
		counters[step.group] = i + 1;
		return `${step.group}.${i}`;
	});
}

export function deriveNetwork(variant: VariantSpec, options: NetworkOptions = {}): Network {
	const askedClasses = options.classes ?? variant.defaultClasses;
	const askedSize = options.inputSize ?? variant.defaultInputSize;
	const problems: Problem[] = [];
	if (!isWhole(askedClasses, 1)) problems.push(problem('fc3', { kind: 'bad-classes', value: askedClasses }));
	if (!isWhole(askedSize, 1)) problems.push(problem('input', { kind: 'bad-input-size', value: askedSize }));
	// Impossible requests become 0 so that every derived number stays finite; the problem says why.
	const classes = isWhole(askedClasses, 1) ? askedClasses : 0;
	const inputSize = isWhole(askedSize, 1) ? askedSize : 0;
	const inputShape = [variant.inputChannels, inputSize, inputSize];
	const names = torchNames(variant.steps);
	let broken = problems.length > 0;
	let flow: Flow = { shape: inputShape, rf: 1, jump: 1, flattenedFrom: null };
	const steps: DerivedStep[] = [];
	variant.steps.forEach((spec, index) => {
		const derived = deriveStep(spec, index, flow, classes, names[index]);
		// After the first impossible step the numbers downstream mean nothing; report only the first cause.
		if (!broken) problems.push(...derived.problems);
		broken ||= derived.problems.length > 0;
		steps.push(derived);
		flow = {
			shape: derived.outShape,
			rf: derived.receptiveField,
			jump: derived.jump,
			flattenedFrom: spec.kind === 'flatten' ? derived.inShape : flow.flattenedFrom
		};
	});
	const params = steps.reduce((sum, s) => sum + s.params, 0);
	const totals = {
		params,
		macs: steps.reduce((sum, s) => sum + s.macs, 0),
		activationBytes: steps.reduce((sum, s) => sum + (s.torchName ? s.activationBytes : 0), 0),
		paramBytes: params * BYTES_PER_FLOAT32
	};
	return { variant, classes, inputSize, inputShape, steps, totals, problems, valid: problems.length === 0 };
}

/** The steps that are PyTorch modules, in PyTorch's order. */
export function moduleSteps(network: Network): DerivedStep[] {
	return network.steps.filter((s) => s.torchName !== null);
}

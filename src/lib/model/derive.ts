import { adaptiveKernel, BYTES_PER_FLOAT32, outputSize, outputSizeExact, product } from './arithmetic';
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
	/** What PyTorch gives: floor of the above. */
	n: number;
	/** True when the division leaves a remainder and the last input rows are never visited. */
	floored: boolean;
}

export interface Problem {
	stepId: string;
	message: string;
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
	outShape: Shape;
	/** For conv and linear: the input channels / features the layer actually receives. */
	inChannels: number | null;
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
	classes: number;
	inputSize: number;
	inputShape: Shape;
	steps: DerivedStep[];
	totals: { params: number; macs: number; activationBytes: number; paramBytes: number };
	problems: Problem[];
	/** False when some step is impossible: later shapes are then not meaningful. */
	valid: boolean;
}

interface Flow {
	shape: Shape;
	rf: number;
	jump: number;
	broken: boolean;
}

function spatialProblem(step: StepSpec, f: SizeFormula, what: string): string | null {
	if (f.s <= 0) return `${step.id}: the stride must be at least 1 (it is ${f.s}).`;
	if (f.n <= 0) {
		return (
			`${step.id}: the ${f.f}×${f.f} ${what} does not fit. The padded input is only ` +
			`${f.w + 2 * f.p} pixels wide (W + 2P = ${f.w} + 2·${f.p}), smaller than the ${what} (F = ${f.f}), ` +
			`so N = (${f.w} − ${f.f} + 2·${f.p})/${f.s} + 1 = ${f.n}: there would be no output at all.`
		);
	}
	return null;
}

function deriveStep(step: StepSpec, index: number, flow: Flow, classes: number, torchName: string | null): DerivedStep {
	const inShape = flow.shape;
	const problems: string[] = [];
	let outShape: Shape = inShape;
	let formula: SizeFormula | null = null;
	let weightParams = 0;
	let biasParams = 0;
	let macs = 0;
	let inChannels: number | null = null;
	let { rf, jump } = flow;

	const spatial = (f: number, p: number, s: number, what: string): number => {
		const w = inShape[2];
		const exact = outputSizeExact(w, f, p, s);
		const n = outputSize(w, f, p, s);
		formula = { w, f, p, s, exact, n, floored: !Number.isInteger(exact) };
		const message = spatialProblem(step, formula, what);
		if (message) problems.push(message);
		rf = rf + (f - 1) * jump;
		jump = jump * s;
		return n;
	};

	const needsMap = () => {
		if (inShape.length !== 3) problems.push(`${step.id}: expects a feature map (C×H×W) but receives a flat vector.`);
	};

	switch (step.kind) {
		case 'conv': {
			needsMap();
			const cin = inShape[0];
			inChannels = cin;
			if (step.padding >= step.kernel) {
				problems.push(
					`${step.id}: the padding (${step.padding}) is as wide as the ${step.kernel}×${step.kernel} kernel or wider, ` +
						`so the outermost outputs would see nothing but padded zeros.`
				);
			}
			if (cin % step.groups !== 0 || step.outChannels % step.groups !== 0) {
				problems.push(
					`${step.id}: with groups=${step.groups} (one group per GPU), the ${cin} input and ${step.outChannels} output channels must both split evenly.`
				);
			}
			const n = spatial(step.kernel, step.padding, step.stride, 'kernel');
			outShape = [step.outChannels, n, n];
			weightParams = step.outChannels * (cin / step.groups) * step.kernel * step.kernel;
			biasParams = step.outChannels;
			macs = step.outChannels * n * n * (cin / step.groups) * step.kernel * step.kernel;
			break;
		}
		case 'maxpool': {
			needsMap();
			if (2 * step.padding > step.kernel) {
				problems.push(
					`${step.id}: padding ${step.padding} is more than half the ${step.kernel}×${step.kernel} pooling window; PyTorch refuses it, since some windows would hold only padding.`
				);
			}
			const n = spatial(step.kernel, step.padding, step.stride, 'pooling window');
			outShape = [inShape[0], n, n];
			break;
		}
		case 'adaptiveavgpool': {
			needsMap();
			const w = inShape[2];
			if (w <= 0) problems.push(`${step.id}: the incoming feature map is empty.`);
			const k = adaptiveKernel(w, step.outputSize);
			rf = rf + (k - 1) * jump;
			jump = (jump * w) / step.outputSize;
			outShape = [inShape[0], step.outputSize, step.outputSize];
			break;
		}
		case 'flatten':
			outShape = [product(inShape)];
			break;
		case 'linear': {
			const received = product(inShape);
			inChannels = received;
			const out = step.outFeatures === 'classes' ? classes : step.outFeatures;
			if (received !== step.inFeatures) {
				const from = inShape.length === 3 ? ` = ${inShape.join('×')}` : '';
				problems.push(
					`${step.id}: this layer is built for ${step.inFeatures} inputs, but the layer before hands it ${received}${from}. ` +
						`In PyTorch this is the "mat1 and mat2 shapes cannot be multiplied" error.`
				);
			}
			outShape = [out];
			weightParams = step.inFeatures * out;
			biasParams = out;
			macs = step.inFeatures * out;
			break;
		}
		case 'relu':
		case 'lrn':
		case 'dropout':
		case 'softmax':
			break;
	}

	return {
		spec: step,
		id: step.id,
		index,
		kind: step.kind,
		torchName,
		torchType: torchType[step.kind],
		inShape,
		outShape,
		inChannels,
		formula,
		params: weightParams + biasParams,
		weightParams,
		biasParams,
		macs,
		receptiveField: rf,
		jump,
		activationBytes: product(outShape) * BYTES_PER_FLOAT32,
		problems: problems.map((message) => ({ stepId: step.id, message }))
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
	const classes = options.classes ?? variant.defaultClasses;
	const inputSize = options.inputSize ?? variant.defaultInputSize;
	const inputShape = [variant.inputChannels, inputSize, inputSize];
	const names = torchNames(variant.steps);
	const problems: Problem[] = [];
	if (!Number.isInteger(classes) || classes < 1) {
		problems.push({ stepId: 'fc3', message: `The class count must be a whole number of at least 1 (it is ${classes}).` });
	}
	if (!Number.isInteger(inputSize) || inputSize < 1) {
		problems.push({ stepId: 'input', message: `The input size must be a whole number of pixels (it is ${inputSize}).` });
	}
	let flow: Flow = { shape: inputShape, rf: 1, jump: 1, broken: problems.length > 0 };
	const steps: DerivedStep[] = [];
	variant.steps.forEach((spec, index) => {
		const derived = deriveStep(spec, index, flow, classes, names[index]);
		// After the first impossible step the numbers downstream mean nothing; report only the first cause.
		if (!flow.broken) problems.push(...derived.problems);
		const broken = flow.broken || derived.problems.length > 0;
		steps.push(derived);
		flow = { shape: derived.outShape, rf: derived.receptiveField, jump: derived.jump, broken };
	});
	const totals = {
		params: steps.reduce((sum, s) => sum + s.params, 0),
		macs: steps.reduce((sum, s) => sum + s.macs, 0),
		activationBytes: steps.reduce((sum, s) => sum + (s.torchName ? s.activationBytes : 0), 0),
		paramBytes: 0
	};
	totals.paramBytes = totals.params * BYTES_PER_FLOAT32;
	return { variant, classes, inputSize, inputShape, steps, totals, problems, valid: problems.length === 0 };
}

/** The steps that are PyTorch modules, in PyTorch's order. */
export function moduleSteps(network: Network): DerivedStep[] {
	return network.steps.filter((s) => s.torchName !== null);
}

/**
 * The arithmetic of one step: output shape, size formula, parameters,
 * multiply-adds, receptive field — and, as data, why it cannot work.
 */
import { adaptiveKernel, outputSize, outputSizeExact, product } from './arithmetic';
import type { SizeFormula } from './derive';
import type { HyperParameter, ModelProblem } from './problems';
import type { AdaptiveAvgPoolSpec, ConvSpec, LinearSpec, MaxPoolSpec, Shape, StepSpec } from './types';

/** What flows from one step to the next while deriving. */
export interface Flow {
	shape: Shape;
	rf: number;
	jump: number;
	/** What the last flatten received, so a linear layer's mismatch can be explained in C×H×W. */
	flattenedFrom: Shape | null;
}

export const isWhole = (x: number, min: number): boolean => Number.isInteger(x) && x >= min;

/** Hyper-parameters that make no sense at all (stride 0, a 2.5×2.5 kernel): checked before any arithmetic. */
function hyperProblems(values: Partial<Record<HyperParameter, number>>): ModelProblem[] {
	const minimum: Record<HyperParameter, number> = { kernel: 1, stride: 1, padding: 0, outChannels: 1, groups: 1 };
	return (Object.keys(values) as HyperParameter[])
		.filter((name) => !isWhole(values[name] as number, minimum[name]))
		.map((name) => ({ kind: 'not-whole', name, value: values[name] as number, min: minimum[name] }));
}

interface Spatial {
	n: number;
	formula: SizeFormula | null;
	rf: number;
	jump: number;
	problems: ModelProblem[];
}

interface Window {
	kernel: number;
	padding: number;
	stride: number;
}

/** Output size, formula and receptive-field growth of a sliding window (conv or max-pool). */
function slide(inShape: Shape, flow: Flow, window: Window, what: 'kernel' | 'pooling window'): Spatial {
	const { kernel: f, padding: p, stride: s } = window;
	const invalid = hyperProblems({ kernel: f, stride: s, padding: p });
	if (invalid.length > 0 || inShape.length !== 3) {
		return { n: 0, formula: null, rf: flow.rf, jump: flow.jump, problems: invalid };
	}
	const w = inShape[2];
	const exact = outputSizeExact(w, f, p, s);
	const n = outputSize(w, f, p, s);
	const problems: ModelProblem[] = n <= 0 ? [{ kind: 'no-output', window: what, w, f, p, s, n }] : [];
	return {
		n: Math.max(n, 0),
		formula: { w, f, p, s, exact, n, floored: !Number.isInteger(exact) },
		rf: flow.rf + (f - 1) * flow.jump,
		jump: flow.jump * s,
		problems
	};
}

export interface StepFigures {
	outShape: Shape;
	inChannels?: number;
	formula?: SizeFormula | null;
	weightParams?: number;
	biasParams?: number;
	macs?: number;
	rf?: number;
	jump?: number;
	problems: ModelProblem[];
}

function convFigures(step: ConvSpec, inShape: Shape, flow: Flow): StepFigures {
	const cin = inShape.length === 3 ? inShape[0] : 0;
	const problems = hyperProblems({ outChannels: step.outChannels, groups: step.groups });
	const { kernel, padding, groups } = step;
	if (isWhole(kernel, 1) && isWhole(padding, 0) && padding >= kernel) {
		problems.push({ kind: 'padding-vs-kernel', padding, kernel });
	}
	if (isWhole(groups, 1) && (cin % groups !== 0 || step.outChannels % groups !== 0)) {
		problems.push({ kind: 'groups', groups, inChannels: cin, outChannels: step.outChannels });
	}
	const window = slide(inShape, flow, step, 'kernel');
	const cout = isWhole(step.outChannels, 1) ? step.outChannels : 0;
	// When the channels do not split, PyTorch refuses the layer; the floor keeps the counts whole.
	const perGroup = isWhole(groups, 1) ? Math.floor(cin / groups) : 0;
	const k2 = isWhole(kernel, 1) ? kernel * kernel : 0;
	return {
		outShape: [cout, window.n, window.n],
		inChannels: cin,
		formula: window.formula,
		weightParams: cout * perGroup * k2,
		biasParams: cout,
		macs: cout * window.n * window.n * perGroup * k2,
		rf: window.rf,
		jump: window.jump,
		problems: [...problems, ...window.problems]
	};
}

function maxPoolFigures(step: MaxPoolSpec, inShape: Shape, flow: Flow): StepFigures {
	const problems: ModelProblem[] = [];
	if (2 * step.padding > step.kernel) {
		problems.push({ kind: 'pool-padding', padding: step.padding, kernel: step.kernel });
	}
	const window = slide(inShape, flow, step, 'pooling window');
	return {
		outShape: [inShape[0] ?? 0, window.n, window.n],
		formula: window.formula,
		rf: window.rf,
		jump: window.jump,
		problems: [...problems, ...window.problems]
	};
}

function adaptivePoolFigures(step: AdaptiveAvgPoolSpec, inShape: Shape, flow: Flow): StepFigures {
	const outShape = [inShape[0] ?? 0, step.outputSize, step.outputSize];
	const w = inShape[2] ?? 0;
	if (w <= 0) return { outShape, problems: [{ kind: 'empty-map' }] };
	return {
		outShape,
		rf: flow.rf + (adaptiveKernel(w, step.outputSize) - 1) * flow.jump,
		jump: (flow.jump * w) / step.outputSize,
		problems: []
	};
}

function linearFigures(step: LinearSpec, inShape: Shape, flow: Flow, classes: number): StepFigures {
	const received = product(inShape);
	const out = step.outFeatures === 'classes' ? classes : step.outFeatures;
	const problems: ModelProblem[] =
		received === step.inFeatures
			? []
			: [{ kind: 'flatten-mismatch', expected: step.inFeatures, received, flattenedFrom: flow.flattenedFrom }];
	return {
		outShape: [out],
		inChannels: received,
		weightParams: step.inFeatures * out,
		biasParams: out,
		macs: step.inFeatures * out,
		problems
	};
}

export function stepFigures(step: StepSpec, flow: Flow, classes: number): StepFigures {
	const inShape = flow.shape;
	const mapProblems: ModelProblem[] = inShape.length === 3 ? [] : [{ kind: 'flat-input' }];
	switch (step.kind) {
		case 'conv': {
			const figures = convFigures(step, inShape, flow);
			return { ...figures, problems: [...mapProblems, ...figures.problems] };
		}
		case 'maxpool': {
			const figures = maxPoolFigures(step, inShape, flow);
			return { ...figures, problems: [...mapProblems, ...figures.problems] };
		}
		case 'adaptiveavgpool':
			return inShape.length === 3
				? adaptivePoolFigures(step, inShape, flow)
				: { outShape: [0, 0, 0], problems: mapProblems };
		case 'flatten':
			return { outShape: [product(inShape)], problems: [] };
		case 'linear':
			return linearFigures(step, inShape, flow, classes);
		case 'relu':
		case 'lrn':
		case 'dropout':
		case 'softmax':
			return { outShape: inShape, problems: [] };
	}
}

/** The sentences a student reads when a layer configuration cannot work. */
import type { HyperParameter, ModelProblem } from '../model/problems';

const parameterNames: Record<HyperParameter, string> = {
	kernel: 'kernel size',
	stride: 'stride',
	padding: 'padding',
	outChannels: 'number of output channels',
	groups: 'number of groups'
};

/** Negative numbers with a real minus sign, as in the formulas on the page; no "NaN" for a student. */
function num(x: number): string {
	if (Number.isNaN(x)) return 'not a number';
	if (!Number.isFinite(x)) return 'endless';
	return x < 0 ? `−${-x}` : String(x);
}
const pixels = (n: number): string => `${num(n)} pixel${n === 1 ? '' : 's'}`;

function describe(cause: ModelProblem): string {
	switch (cause.kind) {
		case 'not-whole':
			return `the ${parameterNames[cause.name]} must be a whole number of at least ${cause.min} (it is ${num(cause.value)}).`;
		case 'bad-classes':
			return `the number of classes must be a whole number of at least 1 (it is ${num(cause.value)}).`;
		case 'bad-input-size':
			return `the input image must be a whole number of pixels wide, at least 1 (it is ${num(cause.value)}).`;
		case 'no-output': {
			const { window, w, f, p, s, n } = cause;
			return (
				`the ${f}×${f} ${window} does not fit. The padded input is only ${pixels(w + 2 * p)} wide ` +
				`(W + 2P = ${num(w)} + 2·${p}), narrower than the ${window} (F = ${f}), ` +
				`so N = ⌊(${num(w)} − ${f} + 2·${p})/${s}⌋ + 1 = ${num(n)}: there would be no output at all.`
			);
		}
		case 'padding-vs-kernel':
			return (
				`the padding (${cause.padding}) is as wide as the ${cause.kernel}×${cause.kernel} kernel or wider, ` +
				`so the outermost outputs would see nothing but padded zeros.`
			);
		case 'pool-padding':
			return (
				`the padding (${cause.padding}) is more than half the ${cause.kernel}×${cause.kernel} pooling window; ` +
				`PyTorch refuses it, since some windows would hold only padding.`
			);
		case 'groups':
			return (
				`with groups=${cause.groups} (one group per GPU), the ${cause.inChannels} input and ` +
				`${cause.outChannels} output channels must both split evenly into ${cause.groups} groups.`
			);
		case 'flat-input':
			return 'this layer needs a feature map (channels × height × width) but receives a flat list of numbers.';
		case 'empty-map':
			return 'the feature map arriving here is empty, so there is nothing to average.';
		case 'flatten-mismatch': {
			const from = cause.flattenedFrom ? ` (the ${cause.flattenedFrom.join(' × ')} map, flattened)` : '';
			return (
				`this layer is built for ${cause.expected} inputs, but the layer before hands it ${cause.received}${from}. ` +
				`In PyTorch this is the "mat1 and mat2 shapes cannot be multiplied" error.`
			);
		}
	}
}

/** `conv1: the stride must be …` — the step named first, so a list of problems reads well. */
export function problemMessage(stepId: string, cause: ModelProblem): string {
	const sentence = describe(cause);
	return stepId === 'input' || cause.kind === 'bad-classes'
		? sentence[0].toUpperCase() + sentence.slice(1)
		: `${stepId}: ${sentence}`;
}

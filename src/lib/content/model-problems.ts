/**
 * The sentences a student reads when a layer configuration cannot work.
 * derive.ts writes each problem's `message` in English (the CLIs print it);
 * a page formats the problem's `cause` in its own language.
 */
import type { Lang } from '../i18n/languages';
import { localised } from '../i18n/localised';
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

function describeEn(cause: ModelProblem): string {
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

const parameterNamesZh: Record<HyperParameter, string> = {
	kernel: '核大小',
	stride: '步幅',
	padding: '填充',
	outChannels: '输出通道数',
	groups: '分组数'
};

/** "现在是 −3", or words where the value is no number at all. */
function nowIs(x: number): string {
	if (Number.isNaN(x)) return '现在不是一个数';
	if (!Number.isFinite(x)) return '现在是无穷大';
	return `现在是 ${num(x)}`;
}

function describeZh(cause: ModelProblem): string {
	switch (cause.kind) {
		case 'not-whole':
			return `${parameterNamesZh[cause.name]}必须是不小于 ${cause.min} 的整数（${nowIs(cause.value)}）。`;
		case 'bad-classes':
			return `类别数必须是不小于 1 的整数（${nowIs(cause.value)}）。`;
		case 'bad-input-size':
			return `输入图片的宽度必须是整数个像素，至少为 1（${nowIs(cause.value)}）。`;
		case 'no-output': {
			const { w, f, p, s, n } = cause;
			const window = cause.window === 'kernel' ? '卷积核' : '池化窗口';
			return (
				`${f}×${f} 的${window}放不下。填充后的输入只有 ${num(w + 2 * p)} 像素宽` +
				`（W + 2P = ${num(w)} + 2·${p}），比${window}（F = ${f}）还窄，` +
				`所以 N = ⌊(${num(w)} − ${f} + 2·${p})/${s}⌋ + 1 = ${num(n)}：根本没有输出。`
			);
		}
		case 'padding-vs-kernel':
			return (
				`填充（${cause.padding}）达到或超过了 ${cause.kernel}×${cause.kernel} 卷积核的宽度，` +
				`所以最外圈的输出看到的只有填充的 0。`
			);
		case 'pool-padding':
			return (
				`填充（${cause.padding}）超过了 ${cause.kernel}×${cause.kernel} 池化窗口的一半；` +
				`PyTorch 不允许这样做，因为有些窗口里会只剩下填充。`
			);
		case 'groups':
			return (
				`groups=${cause.groups}（每块 GPU 一组）时，${cause.inChannels} 个输入通道和 ` +
				`${cause.outChannels} 个输出通道都必须能平均分成 ${cause.groups} 组。`
			);
		case 'flat-input':
			return '这一层需要一张特征图（通道 × 高 × 宽），收到的却是一串展平的数。';
		case 'empty-map':
			return '到达这里的特征图是空的，没有东西可以求平均。';
		case 'flatten-mismatch': {
			const from = cause.flattenedFrom ? `（由 ${cause.flattenedFrom.join(' × ')} 的特征图展平而来）` : '';
			return (
				`这一层是按 ${cause.expected} 个输入搭建的，但前一层交给它 ${cause.received} 个值${from}。` +
				`在 PyTorch 中，这就是“mat1 and mat2 shapes cannot be multiplied”错误。`
			);
		}
	}
}

const problemTexts = localised({
	en: {
		describe: describeEn,
		/** The step named first, so a list of problems reads well. */
		atStep: (stepId: string, sentence: string) => `${stepId}: ${sentence}`,
		alone: (sentence: string) => sentence[0].toUpperCase() + sentence.slice(1)
	},
	zh: {
		describe: describeZh,
		atStep: (stepId: string, sentence: string) => `${stepId}：${sentence}`,
		alone: (sentence: string) => sentence
	}
});

/**
 * `conv1: the stride must be …` — the step named first, so a list of problems reads well.
 * derive.ts asks for English (what CLIs print); pages pass their own language.
 */
export function problemMessage(stepId: string, cause: ModelProblem, lang: Lang): string {
	const text = problemTexts[lang];
	const sentence = text.describe(cause);
	return stepId === 'input' || cause.kind === 'bad-classes' ? text.alone(sentence) : text.atStep(stepId, sentence);
}

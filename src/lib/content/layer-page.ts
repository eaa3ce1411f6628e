/** Labels and short texts of a layer page and its "what if" panel. */
import type { FormulaKey } from '$lib/components/layer/formulas';
import { localised } from '$lib/i18n/localised';

export const formulaLabels = localised<Record<FormulaKey, string>>({
	en: {
		size: 'Output size',
		params: 'Parameters',
		macs: 'Multiply–adds',
		rule: 'What it computes',
		sum: 'Where',
		constants: 'Constants',
		windows: 'Its windows',
		widest: 'Widest window',
		length: 'Vector length'
	},
	zh: {
		size: '输出尺寸',
		params: '参数量',
		macs: '乘加运算',
		rule: '计算规则',
		sum: '其中',
		constants: '常数',
		windows: '它的窗口',
		widest: '最宽的窗口',
		length: '向量长度'
	}
});

/**
 * The words inside the formulas (KaTeX `\text{…}`): the maths is the same in
 * every language, only these labels change.
 */
export const formulaWords = localised({
	en: { params: '\\text{params}', macs: '\\text{MACs}', window: '\\text{window}', widest: '\\text{widest}' },
	zh: { params: '\\text{参数量}', macs: '\\text{乘加次数}', window: '\\text{窗口}', widest: '\\text{最宽}' }
});
export type FormulaWords = (typeof formulaWords)['en'];

export const factLabels = localised({
	en: {
		input: 'Input',
		output: 'Output',
		params: 'Parameters',
		weightsAndBias: (weights: string, bias: string) => `${weights} weights + ${bias} biases`,
		macs: 'Multiply–adds',
		receptiveField: 'Receptive field',
		wholeImage: 'whole image',
		memory: 'Output memory'
	},
	zh: {
		input: '输入',
		output: '输出',
		params: '参数量',
		weightsAndBias: (weights: string, bias: string) => `${weights} 个权重 + ${bias} 个偏置`,
		macs: '乘加运算',
		receptiveField: '感受野',
		wholeImage: '整张图片',
		memory: '输出占用内存'
	}
});

export const layerPage = localised({
	en: {
		stepOf: (position: number, total: number) => `Step ${position} of ${total}`,
		whatItDoes: 'What it does',
		formulas: 'The arithmetic',
		code: 'In PyTorch',
		codeLabel: (id: string) => `In PyTorch: ${id}`,
		codeNote: 'The lines that build this step, with the shape it outputs as a comment.',
		previous: 'Previous',
		next: 'Next',
		keysHint:
			'Tip: ← and → (or PageUp and PageDown, as a presenter’s clicker sends) step through the pages, from the overview to the summary.',
		navLabel: 'Previous and next step',
		overview: 'Overview of the network',
		summary: 'Summary table',
		errata: 'The article says',
		flooredNote: (remainder: number, s: number) => {
			const edge = remainder === 1 ? 'last row and column' : `last ${remainder} rows and columns`;
			return (
				`The division leaves a remainder of ${remainder}: the window never reaches the ${edge} of the padded input, ` +
				`and PyTorch rounds down. A stride of ${s} simply runs out of room.`
			);
		},
		missing: (id: string, variant: string) => `${id} is not a step of the “${variant}” network.`,
		missingHint: 'It appears in:',
		missingGo: (id: string) => `Continue at ${id} in this variant`,
		notFound: (id: string) => `AlexNet has no step called “${id}”.`
	},
	zh: {
		stepOf: (position: number, total: number) => `第 ${position} 步，共 ${total} 步`,
		whatItDoes: '它做什么',
		formulas: '计算过程',
		code: 'PyTorch 代码',
		codeLabel: (id: string) => `PyTorch 代码：${id}`,
		codeNote: '构建这一步的代码行，注释里写着它输出的形状。',
		previous: '上一步',
		next: '下一步',
		keysHint: '提示：用 ← 和 →（或翻页笔发送的 PageUp 和 PageDown）可以逐页浏览，从总览一直到汇总。',
		navLabel: '上一步和下一步',
		overview: '网络总览',
		summary: '汇总表',
		errata: '原文的说法',
		flooredNote: (remainder: number, s: number) => {
			const edge = remainder === 1 ? '最后一行和最后一列' : `最后 ${remainder} 行和最后 ${remainder} 列`;
			return (
				`这个除法余 ${remainder}：窗口永远到不了填充后输入的${edge}，PyTorch 向下取整。` +
				`步幅为 ${s} 时，窗口在边上刚好没有位置再走一步。`
			);
		},
		missing: (id: string, variant: string) => `${id} 不是“${variant}”网络中的一步。`,
		missingHint: '它出现在：',
		missingGo: (id: string) => `在这个网络版本中从 ${id} 继续`,
		notFound: (id: string) => `AlexNet 中没有名为“${id}”的步骤。`
	}
});

export const whatIf = localised({
	en: {
		heading: 'What if…?',
		intro:
			'Change this layer’s settings and see what happens to its output and to every layer after it. ' +
			'The page above keeps the real network; nothing here is saved.',
		imageSize: 'Image size',
		imageSizeHint: (w: number) => `W here is ${w}`,
		kernel: 'Kernel F',
		padding: 'Padding P',
		stride: 'Stride S',
		channels: 'Output channels',
		reset: 'Back to the real values',
		badInput: (label: string) => `${label} must be a whole number within the allowed range.`,
		downstream: 'Every layer after this one',
		stepColumn: 'Step',
		realColumn: 'Real network',
		whatIfColumn: 'What if',
		paramsColumn: 'Parameters (what if)',
		unchanged: 'unchanged',
		flattenOk: (n: string) => `Flatten hands fc1 ${n} values, exactly what fc1 is built for.`,
		flattenMismatch: (got: string, want: string) =>
			`Flatten now hands fc1 ${got} values, but fc1 is built for ${want}. PyTorch would stop here with ` +
			`“mat1 and mat2 shapes cannot be multiplied”: fc1 would have to be rebuilt, and retrained, for the new size.`,
		flattenBroken: 'No flatten size: an earlier layer has no output at all.',
		impossible: 'This configuration cannot work:',
		fractional:
			'The division is not exact, so the output size is rounded down. That is allowed, but the last rows and columns of the input are ignored.',
		totalParams: (real: string, changed: string) => `Total parameters: ${real} → ${changed}`
	},
	zh: {
		heading: '如果……会怎样？',
		intro:
			'改动这一层的设置，看看它的输出以及后面每一层会发生什么变化。上面的页面仍然是真实的网络；这里的改动不会被保存。',
		imageSize: '图片尺寸',
		imageSizeHint: (w: number) => `这里的 W 是 ${w}`,
		kernel: '核大小 F',
		padding: '填充 P',
		stride: '步幅 S',
		channels: '输出通道数',
		reset: '恢复真实数值',
		badInput: (label: string) => `“${label}”必须是允许范围内的整数。`,
		downstream: '这一层之后的每一层',
		stepColumn: '步骤',
		realColumn: '真实网络',
		whatIfColumn: '改动后',
		paramsColumn: '参数量（改动后）',
		unchanged: '不变',
		flattenOk: (n: string) => `展平后交给 fc1 ${n} 个数，正好是 fc1 需要的数量。`,
		flattenMismatch: (got: string, want: string) =>
			`展平后现在交给 fc1 ${got} 个数，但 fc1 是按 ${want} 个输入搭建的。PyTorch 会在这里报错` +
			`“mat1 and mat2 shapes cannot be multiplied”：必须按新的尺寸重新搭建 fc1，并重新训练。`,
		flattenBroken: '无法展平：前面某一层根本没有输出。',
		impossible: '这样的设置行不通：',
		fractional: '这个除法除不尽，所以输出尺寸向下取整。这是允许的，但输入的最后几行和几列会被忽略。',
		totalParams: (real: string, changed: string) => `总参数量：${real} → ${changed}`
	}
});

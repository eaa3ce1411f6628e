/** The "Your turn" exercises: questions, verdicts and the reason for a wrong answer, from the numbers. */
import { adaptiveKernel, groupThousands } from '$lib/model';
import type { Lang } from '$lib/i18n/languages';
import { localised } from '$lib/i18n/localised';
import type { AdaptiveQuestion, Mistake, SizeQuestion } from '$lib/lesson/mistakes';

const n = groupThousands;

export const exerciseText = localised({
	en: {
		heading: 'Your turn',
		dialogHeading: (what: string) => `Your turn: ${what}`,
		close: 'Close',
		sizeQuestion: (q: SizeQuestion) => `W = ${q.w}, F = ${q.f}, P = ${q.p}, S = ${q.s}. What is the output size N?`,
		adaptiveQuestion: (q: AdaptiveQuestion) =>
			`AdaptiveAvgPool2d((${q.out}, ${q.out})) receives maps of ${q.w}×${q.w}. What is the output size N?`,
		paramsQuestion: (what: string) => `How many parameters (weights and biases) does ${what} have?`,
		macsQuestion: (what: string) => `How many multiply–adds does ${what} do for one picture?`,
		answerLabel: 'Your answer',
		check: 'Check',
		another: 'Another one',
		right: (expected: number) => `Right: ${n(expected)}.`,
		wrong: 'Not quite.',
		unknownCause: 'Work through the formula one term at a time and try again.',
		unreadable: 'Type a number, such as 27.',
		reveal: (expected: number) => `The answer is ${n(expected)}.`,
		showAnswer: 'Show the answer',
		progress: (done: number, total: number) => `${done} of ${total} answered`,
		reset: 'Reset my answers',
		progressNote: 'Kept on this device only.',
		ownNumbers: 'This layer’s own numbers',
		randomNumbers: 'Random settings'
	},
	zh: {
		heading: '轮到你了',
		dialogHeading: (what: string) => `轮到你了：${what}`,
		close: '关闭',
		sizeQuestion: (q: SizeQuestion) => `W = ${q.w}，F = ${q.f}，P = ${q.p}，S = ${q.s}。输出尺寸 N 是多少？`,
		adaptiveQuestion: (q: AdaptiveQuestion) =>
			`自适应平均池化层的参数是 (${q.out}, ${q.out})，输入是 ${q.w}×${q.w} 的特征图。输出尺寸 N 是多少？`,
		paramsQuestion: (what: string) => `${what} 有多少个参数（权重加偏置）？`,
		macsQuestion: (what: string) => `处理一张图片，${what} 要做多少次乘加运算？`,
		answerLabel: '你的答案',
		check: '检查',
		another: '再来一题',
		right: (expected: number) => `正确：${n(expected)}。`,
		wrong: '还不太对。',
		unknownCause: '按公式一项一项地算，再试一次。',
		unreadable: '请输入一个数字，例如 27。',
		reveal: (expected: number) => `答案是 ${n(expected)}。`,
		showAnswer: '显示答案',
		progress: (done: number, total: number) => `已答对 ${done} / ${total} 题`,
		reset: '清除我的答案',
		progressNote: '只保存在这台设备上。',
		ownNumbers: '这一层自己的数字',
		randomNumbers: '随机设置'
	}
});

/** The numbers of the question answered, when the explanation can name them. */
export type QuestionNumbers = SizeQuestion | AdaptiveQuestion;

type Explain = (cause: Mistake, numbers: QuestionNumbers | null) => string;

const sizeOf = (q: QuestionNumbers | null): SizeQuestion | null => (q && 'p' in q ? q : null);
/** The window adaptive pooling picks for the question's numbers (as wide as its widest). */
const windowOf = (q: QuestionNumbers | null) => (q && 'out' in q ? { ...q, k: adaptiveKernel(q.w, q.out) } : null);

/** One sentence per likely slip, with the number that slip gives. */
const explanations = localised<Explain>({
	en: (cause, numbers) => {
		const q = sizeOf(numbers);
		const a = windowOf(numbers);
		switch (cause) {
			case 'no-floor':
				return 'That is the division before rounding down: PyTorch takes the floor, ⌊…⌋, so a fraction of a step does not count.';
			case 'padding-once':
				return q
					? `The padding goes on both sides: add 2P = ${2 * q.p}, not P = ${q.p}.`
					: 'The padding goes on both sides: add 2P, not P.';
			case 'kernel-stride-swapped':
				return q
					? `F and S are swapped: subtract the window F = ${q.f} and divide by the stride S = ${q.s}.`
					: 'F and S are swapped: subtract the window, divide by the stride.';
			case 'plus-one-forgotten':
				return 'The +1 is missing: the window’s first position counts as well as every step after it.';
			case 'adaptive-keeps-input':
				return a
					? `Adaptive pooling fixes the output, not the window: N = ${a.out} whatever W is. For W = ${a.w} it averages windows up to ${a.k} wide, so that exactly ${a.out} of them cover the ${a.w} cells.`
					: 'Adaptive pooling fixes the output, not the window: N is the size asked for, whatever W is.';
			case 'adaptive-window':
				return a
					? `That is how wide a window is (each runs from ⌊i·W/${a.out}⌋ to ⌈(i+1)·W/${a.out}⌉, up to ${a.k} wide), not how many there are: the output is always ${a.out}×${a.out}.`
					: 'That is how wide a window is, not how many there are: the output is always the size asked for.';
			case 'bias-forgotten':
				return 'Every output also has one bias: add one per output channel.';
			case 'groups-forgotten':
				return 'With groups, each filter sees only its own share of the input channels: divide them by the number of groups.';
			case 'positions-forgotten':
				return 'That is one output position: the filter does this work at every one of the N×N positions.';
		}
	},
	zh: (cause, numbers) => {
		const q = sizeOf(numbers);
		const a = windowOf(numbers);
		switch (cause) {
			case 'no-floor':
				return '这是向下取整之前的除法结果：PyTorch 会向下取整 ⌊…⌋，不满一步的部分不算。';
			case 'padding-once':
				return q
					? `填充要算两次（两边都有）：要加 2P = ${2 * q.p}，而不是 P = ${q.p}。`
					: '填充要算两次（两边都有）：要加 2P，而不是 P。';
			case 'kernel-stride-swapped':
				return q
					? `F 和 S 弄反了：减去的是窗口 F = ${q.f}，除以的是步幅 S = ${q.s}。`
					: 'F 和 S 弄反了：减去的是窗口，除以的是步幅。';
			case 'plus-one-forgotten':
				return '少了 +1：窗口的第一个位置要算，之后的每一步也要算。';
			case 'adaptive-keeps-input':
				return a
					? `自适应池化固定的是输出尺寸，而不是窗口：无论 W 是多少，N 都是 ${a.out}。W = ${a.w} 时，它对最宽 ${a.k} 格的窗口取平均，正好用 ${a.out} 个窗口盖住 ${a.w} 格。`
					: '自适应池化固定的是输出尺寸，而不是窗口：无论 W 是多少，N 都是指定的尺寸。';
			case 'adaptive-window':
				return a
					? `这是窗口的宽度（每个窗口从 ⌊i·W/${a.out}⌋ 到 ⌈(i+1)·W/${a.out}⌉，最宽 ${a.k} 格），而不是窗口的个数：输出总是 ${a.out}×${a.out}。`
					: '这是窗口的宽度，而不是窗口的个数：输出总是指定的尺寸。';
			case 'bias-forgotten':
				return '每个输出还有一个偏置：每个输出通道再加 1。';
			case 'groups-forgotten':
				return '分组时，每个滤波器只看到属于自己那一组的输入通道：要把输入通道数除以组数。';
			case 'positions-forgotten':
				return '这只是一个输出位置的计算量：滤波器要在全部 N×N 个位置上各做一遍。';
		}
	}
});

export function mistakeExplanation(cause: Mistake, numbers: QuestionNumbers | null, lang: Lang): string {
	return explanations[lang](cause, numbers);
}

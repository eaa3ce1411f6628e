/**
 * Every sentence of the lesson deck and its speaker notes, in every language.
 * Step slides are written as functions of the derived step, so they follow the
 * variant and any new step of the same kind. Nothing here reads the page:
 * components pass the language in (or pick a language's texts with `t()`).
 */
import { groupThousands, type DerivedStep, type Network, type StepKind } from '$lib/model';
import { formatPercent } from '$lib/i18n/format';
import type { Lang } from '$lib/i18n/languages';
import { localised } from '$lib/i18n/localised';
import type { Contribution } from '$lib/lesson/slides';
import { kindNames } from './step-names';
import { variantTitle } from './variant-names';

const n = groupThousands;
const shape = (s: readonly number[]) => s.join('×');

export const lessonText = localised({
	en: {
		title: 'The lesson',
		deckLabel: 'Lesson slides',
		/** The deck's (hidden) heading: "Lesson slides: Slide 3 of 30". */
		deckHeading: (where: string) => `Lesson slides: ${where}`,
		start: 'Start the lesson',
		resume: (slide: string) => `Carry on at ${slide}`,
		intro:
			'A deck of full-screen slides built from the same description as the rest of the app: one idea per slide, for the ' +
			'projector. Press → or a clicker to reveal step by step; P opens the presenter window with your notes.',
		keysHeading: 'Keys',
		keys: [
			['→  Space  PageDown', 'next reveal'],
			['←  PageUp', 'back one reveal'],
			['Home  End', 'first and last slide'],
			['B', 'blank the screen'],
			['F', 'full screen'],
			['Esc', 'all slides, to jump to one'],
			['P', 'presenter window']
		] as [string, string][],
		slideOf: (i: number, count: number) => `Slide ${i} of ${count}`,
		revealOf: (i: number, count: number) => `step ${i} of ${count}`,
		/** The counter: the slide, and the reveal when the slide has more than one. */
		where: (i: number, count: number, reveal: number, reveals: number) =>
			`Slide ${i} of ${count}${reveals > 1 ? `, step ${reveal} of ${reveals}` : ''}`,
		previous: 'Previous',
		next: 'Next',
		presenter: 'Presenter window',
		grid: 'All slides',
		gridClose: 'Back to the slide',
		blanked: 'Screen blanked: press B or any arrow to return.',
		fullscreen: 'Full screen',
		toolbar: 'Lesson controls',
		popupBlocked: 'The browser blocked the presenter window: allow pop-ups for this site, then press P again.',
		noMaps: 'The picture’s maps appear here once the model has run.',
		topGuesses: 'The network’s five most likely classes for our picture',
		exit: 'Leave the lesson',
		noSuchSlide: (slide: string) => `The lesson has no slide called “${slide}”.`
	},
	zh: {
		title: '课堂',
		deckLabel: '课堂幻灯片',
		deckHeading: (where: string) => `课堂幻灯片：${where}`,
		start: '开始上课',
		resume: (slide: string) => `从“${slide}”继续`,
		intro:
			'一套全屏幻灯片，和本站其他部分出自同一份网络描述：每张幻灯片只讲一个要点，专为投影设计。' +
			'按 → 键或翻页笔，内容会一步一步出现；按 P 打开讲者视图，里面有你的讲者备注。',
		keysHeading: '快捷键',
		keys: [
			['→  空格  PageDown', '显示下一步'],
			['←  PageUp', '退回一步'],
			['Home  End', '第一张和最后一张幻灯片'],
			['B', '黑屏'],
			['F', '全屏'],
			['Esc', '所有幻灯片，可跳到任意一张'],
			['P', '讲者视图']
		],
		slideOf: (i: number, count: number) => `第 ${i} 张，共 ${count} 张`,
		revealOf: (i: number, count: number) => `第 ${i} 步，共 ${count} 步`,
		where: (i: number, count: number, reveal: number, reveals: number) =>
			`第 ${i}/${count} 张${reveals > 1 ? `，第 ${reveal}/${reveals} 步` : ''}`,
		previous: '上一步',
		next: '下一步',
		presenter: '讲者视图',
		grid: '所有幻灯片',
		gridClose: '回到当前幻灯片',
		blanked: '已黑屏：按 B 或任一方向键恢复。',
		fullscreen: '全屏',
		toolbar: '课堂控制',
		popupBlocked: '浏览器拦截了讲者视图窗口：请允许本站弹出窗口，然后再按一次 P。',
		noMaps: '模型运行之后，这张图片的特征图会显示在这里。',
		topGuesses: '网络认为这张图片最可能属于的五个类别',
		exit: '退出课堂',
		noSuchSlide: (slide: string) => `课堂里没有名为“${slide}”的幻灯片。`
	}
});

/** Step kinds as the whole site names them (content/step-names.ts). */
export const kindName = (kind: StepKind, lang: Lang): string => kindNames[lang][kind];

/** A variant's name on the title slide, as the whole site names it (content/variant-names.ts). */
const variantName = (network: Network, lang: Lang): string => variantTitle(network.variant.id, lang);

const fixedTitles = localised({
	en: { title: 'AlexNet, layer by layer', picture: 'The class’s picture', recap: 'Recap' },
	zh: { title: '逐层看懂 AlexNet', picture: '课堂用的图片', recap: '回顾' }
});

/** What each slide is called: in the grid, the presenter window and the page title. */
export function slideTitle(slide: { kind: string; id: string }, step: DerivedStep | undefined, lang: Lang): string {
	const titles = fixedTitles[lang];
	if (slide.kind === 'title') return titles.title;
	if (slide.kind === 'picture') return titles.picture;
	if (slide.kind === 'recap') return titles.recap;
	if (slide.kind === 'contribution')
		return contributionSlides[lang][slide.id.replace(/^why-/, '') as Contribution].title;
	return step ? `${step.id} · ${kindName(step.kind, lang)}` : slide.id;
}

export const titleSlide = localised({
	en: {
		heading: 'AlexNet, layer by layer',
		sub: (network: Network) =>
			`${network.variant.title}: ${network.steps.length} steps from a ${shape(network.inputShape)} picture to ${n(network.classes)} probabilities.`,
		by: 'Krizhevsky, Sutskever and Hinton, 2012 — the network that started deep learning’s run on images.'
	},
	zh: {
		heading: '逐层看懂 AlexNet',
		sub: (network: Network) =>
			`${variantName(network, 'zh')}：共 ${network.steps.length} 步，从一张 ${shape(network.inputShape)} 的图片到 ${n(network.classes)} 个概率。`,
		by: 'Krizhevsky、Sutskever 和 Hinton，2012 年——正是这个网络，开启了深度学习在图像领域的时代。'
	}
});

export const pictureSlide = localised({
	en: {
		heading: 'Our picture',
		body: (network: Network) =>
			`Every map in this lesson is what the network made of this one picture: resized to ${network.inputSize}×${network.inputSize}, ` +
			`its colours shifted and scaled the way the model was trained.`,
		yours: 'On your own device you can choose your own picture: your maps replace the teacher’s on your screen only.'
	},
	zh: {
		heading: '我们的图片',
		body: (network: Network) =>
			`这节课里的每一张特征图，都是网络对这一张图片的处理结果：图片先缩放到 ${network.inputSize}×${network.inputSize}，` +
			`再按模型训练时的方式对颜色值做平移和缩放。`,
		yours: '在你自己的设备上，可以换成你自己的图片：你的特征图只替换你屏幕上老师的那一份。'
	}
});

export const recapSlide = localised({
	en: {
		heading: 'The whole network',
		totals: (network: Network) => [
			`${network.steps.length} steps`,
			`${n(network.totals.params)} parameters`,
			`${n(network.totals.macs)} multiply–adds per picture`
		],
		picture: (name: string | null, top: string | null) =>
			name
				? `Our picture was “${name}”${top ? `; the network’s first guess: ${top}.` : '.'}`
				: 'Choose a picture to see the network’s guess.'
	},
	zh: {
		heading: '整个网络',
		totals: (network: Network) => [
			`共 ${network.steps.length} 步`,
			`${n(network.totals.params)} 个参数`,
			`每张图片 ${n(network.totals.macs)} 次乘加运算`
		],
		picture: (name: string | null, top: string | null) =>
			name
				? `我们的图片是“${name}”${top ? `；网络最有把握的猜测是：${top}。` : '。'}`
				: '选择一张图片，看看网络会怎么猜。'
	}
});

type Ideas = Record<StepKind, (step: DerivedStep, network: Network) => string>;

/** The one idea a step slide says, in one or two lines at projector size. */
const ideas = localised<Ideas>({
	en: {
		conv: (step) =>
			step.spec.kind === 'conv'
				? `${step.spec.outChannels} filters of ${step.spec.kernel}×${step.spec.kernel}×${(step.inChannels ?? 0) / step.spec.groups} ` +
					`slide over the input, stride ${step.spec.stride}, padding ${step.spec.padding}: one map per filter.`
				: '',
		relu: () => 'Every negative value becomes 0; positive values pass unchanged. No weights, same shape.',
		lrn: () =>
			'Each value is divided by the activity of its 5 neighbouring channels at the same pixel: channels compete.',
		maxpool: (step) =>
			step.spec.kind === 'maxpool'
				? `Keep the largest value of each ${step.spec.kernel}×${step.spec.kernel} window, moving ${step.spec.stride} at a time. No weights.`
				: '',
		adaptiveavgpool: (step) =>
			`Average whatever comes in down to ${step.outShape[1]}×${step.outShape[2]}, so the classifier always gets the same size.`,
		dropout: (step) =>
			step.spec.kind === 'dropout'
				? `While training, each value is switched off with probability ${step.spec.p}. At test time nothing is dropped.`
				: '',
		flatten: (step) =>
			`${shape(step.inShape)} numbers laid out in one row of ${n(step.outShape[0])}. No arithmetic at all.`,
		linear: (step) =>
			`Every one of the ${n(step.outShape[0])} outputs is a weighted sum of all ${n(step.inChannels ?? 0)} inputs, plus a bias.`,
		softmax: (_step, network) =>
			`${n(network.classes)} scores become probabilities: all positive, summing to 1, the order unchanged.`
	},
	zh: {
		conv: (step) =>
			step.spec.kind === 'conv'
				? `${step.spec.outChannels} 个 ${step.spec.kernel}×${step.spec.kernel}×${(step.inChannels ?? 0) / step.spec.groups} 的滤波器` +
					`在输入上滑动，步幅 ${step.spec.stride}，填充 ${step.spec.padding}：每个滤波器得到一张特征图。`
				: '',
		relu: () => '所有负值都变成 0，正值原样通过。没有权重，形状不变。',
		lrn: () => '每个值都要除以同一像素上相邻 5 个通道的活跃程度：通道之间相互竞争。',
		maxpool: (step) =>
			step.spec.kind === 'maxpool'
				? `在每个 ${step.spec.kernel}×${step.spec.kernel} 的窗口里只保留最大值，窗口每次移动 ${step.spec.stride}。没有权重。`
				: '',
		adaptiveavgpool: (step) =>
			`不管输入多大，都平均成 ${step.outShape[1]}×${step.outShape[2]}，让分类器总是拿到相同的尺寸。`,
		dropout: (step) =>
			step.spec.kind === 'dropout' ? `训练时，每个值都以 ${step.spec.p} 的概率被关掉。测试时什么也不丢弃。` : '',
		flatten: (step) => `${shape(step.inShape)} 个数排成一行，共 ${n(step.outShape[0])} 个。完全不做计算。`,
		linear: (step) =>
			`${n(step.outShape[0])} 个输出中的每一个，都是全部 ${n(step.inChannels ?? 0)} 个输入的加权和，再加上一个偏置。`,
		softmax: (_step, network) => `${n(network.classes)} 个分数变成概率：全部为正，总和为 1，大小顺序不变。`
	}
});

export const stepIdea = (step: DerivedStep, network: Network, lang: Lang): string =>
	ideas[lang][step.kind](step, network);

const factsText = localised({
	en: { params: (count: number) => `${n(count)} parameters`, none: 'no parameters' },
	zh: { params: (count: number) => `${n(count)} 个参数`, none: '没有参数' }
});

export const stepFacts = (step: DerivedStep, lang: Lang) => ({
	shapes: `${shape(step.inShape)} → ${shape(step.outShape)}`,
	params: step.params > 0 ? factsText[lang].params(step.params) : factsText[lang].none
});

/** The reveal stages of a size slide, as the class sees them. */
export const sizeSlide = localised({
	en: {
		question: (f: { w: number; f: number; p: number; s: number }) =>
			`W = ${f.w}, F = ${f.f}, P = ${f.p}, S = ${f.s}. What is N?`,
		termNames: { W: 'input width', F: 'window', P: 'padding', S: 'stride' },
		floorNote: (exact: number, n: number) =>
			`${exact.toFixed(2)} is not whole: PyTorch rounds down, so N = ${n} and the last rows are never visited.`,
		evenNote: 'The division comes out even: no rows are left over.',
		outShape: (step: DerivedStep) => `Output: ${shape(step.outShape)}`
	},
	zh: {
		question: (f: { w: number; f: number; p: number; s: number }) =>
			`W = ${f.w}，F = ${f.f}，P = ${f.p}，S = ${f.s}。N 是多少？`,
		termNames: { W: '输入宽度', F: '窗口', P: '填充', S: '步幅' },
		floorNote: (exact: number, n: number) =>
			`${exact.toFixed(2)} 不是整数：PyTorch 会向下取整，所以 N = ${n}，最后几行永远不会被窗口扫到。`,
		evenNote: '正好整除：没有剩下的行。',
		outShape: (step: DerivedStep) => `输出：${shape(step.outShape)}`
	}
});

const paramAnswerTex = (step: DerivedStep) => {
	const inputs = step.inChannels ?? 0;
	const outputs = step.outShape[0];
	return `${inputs} \\times ${outputs} + ${outputs} = ${n(step.params).replace(/,/g, '{,}')}`;
};

export const paramSlide = localised({
	en: {
		question: (step: DerivedStep) =>
			`${n(step.inChannels ?? 0)} inputs, ${n(step.outShape[0])} outputs. How many parameters?`,
		answerTex: paramAnswerTex
	},
	zh: {
		question: (step: DerivedStep) =>
			`${n(step.inChannels ?? 0)} 个输入，${n(step.outShape[0])} 个输出。一共有多少个参数？`,
		answerTex: paramAnswerTex
	}
});

export interface SlideContribution {
	title: string;
	points: string[];
}

export const contributionSlides = localised<Record<Contribution, SlideContribution>>({
	en: {
		relu: {
			title: 'ReLU: gradients that do not fade',
			points: [
				'Sigmoid and tanh flatten out: their slope is almost 0 for large inputs.',
				'ReLU’s slope is exactly 1 for every positive input.',
				'The paper: six times fewer passes over the data to reach the same error.'
			]
		},
		dropout: {
			title: 'Dropout: a different network every step',
			points: [
				'fc1 and fc2 hold most of the parameters: enough to memorise the training set.',
				'Switching half the units off at random stops any unit relying on a partner.',
				'At test time every unit is used.'
			]
		},
		lrn: {
			title: 'Local response normalisation',
			points: [
				'A strong response damps the same pixel in neighbouring channels.',
				'It lowered the paper’s error by 1.4 points.',
				'Later replaced by batch normalisation; only the 2012 variant here has it.'
			]
		},
		'overlapping-pooling': {
			title: 'Overlapping pooling',
			points: [
				'3×3 windows moving 2 at a time: neighbouring windows share a row.',
				'Same output size as 2×2 windows, slightly lower error, a little less overfitting.'
			]
		},
		'two-gpus': {
			title: 'Two GPUs',
			points: [
				'One GTX 580 had 3 GB: the network did not fit, so each layer was split in half.',
				'conv2, conv4 and conv5 read only their own GPU’s half: groups=2 in PyTorch.',
				'Five to six days of training.'
			]
		}
	},
	zh: {
		relu: {
			title: 'ReLU：不会衰减的梯度',
			points: [
				'Sigmoid 和 tanh 会饱和：输入很大时，它们的斜率几乎为 0。',
				'ReLU 对每一个正输入，斜率都恰好是 1。',
				'论文结果：达到同样的错误率，遍历数据的次数只要原来的六分之一。'
			]
		},
		dropout: {
			title: '丢弃法（Dropout）：每一步都是一个不同的网络',
			points: [
				'fc1 和 fc2 占了大部分参数：多到足以把训练集背下来。',
				'随机关掉一半的单元，任何单元都没法依赖某个固定的“搭档”。',
				'测试时，所有单元都会用上。'
			]
		},
		lrn: {
			title: '局部响应归一化（LRN）',
			points: [
				'一个强响应，会抑制相邻通道在同一像素上的响应。',
				'它让论文的错误率降低了 1.4 个百分点。',
				'后来被批量归一化取代；这里只有 2012 年论文的网络版本带有它。'
			]
		},
		'overlapping-pooling': {
			title: '重叠池化',
			points: ['3×3 的窗口每次移动 2：相邻的窗口共用一行。', '输出尺寸和 2×2 窗口相同，错误率略低，过拟合也少一点。']
		},
		'two-gpus': {
			title: '两块 GPU',
			points: [
				'一块 GTX 580 只有 3 GB 显存：整个网络放不下，于是每一层都拆成了两半。',
				'conv2、conv4 和 conv5 只读取自己那块 GPU 上的一半：在 PyTorch 里就是 groups=2。',
				'训练花了五到六天。'
			]
		}
	}
});

/** Speaker notes: what to say, one question for the class, the misconception to listen for. */
export interface SpeakerNotes {
	say: string;
	ask: string;
	misconception: string;
}

export const notesText = localised({
	en: { say: 'Say', ask: 'Ask the class', misconception: 'Listen for', heading: 'Notes' },
	zh: { say: '讲解', ask: '向全班提问', misconception: '留意这个误区', heading: '讲者备注' }
});

type StepNotes = Record<StepKind, (step: DerivedStep, network: Network) => SpeakerNotes>;

const stepNotes = localised<StepNotes>({
	en: {
		conv: (step) => {
			const f = step.formula;
			const misconception = f?.floored
				? `Forgetting the floor: ${f.exact.toFixed(2)} is not a size; PyTorch rounds down to ${f.n}.`
				: f && f.p > 0
					? `Counting the padding once: zeros go on both sides, so it is 2P = ${2 * f.p}.`
					: 'Forgetting the +1: the first position of the window counts too.';
			return {
				say: `${step.id} turns ${shape(step.inShape)} into ${shape(step.outShape)}. Let the class work out N before you reveal the formula.`,
				ask: 'How many weights does one filter have, and why does every position reuse them?',
				misconception
			};
		},
		relu: (step) => ({
			say: `The shape stays ${shape(step.outShape)}. Point at the dark areas of the maps: that is where the filter did not respond.`,
			ask: 'Why would a network need something that is not a straight line?',
			misconception: 'Thinking ReLU learns something: it has no weights, and it never changes the shape.'
		}),
		lrn: () => ({
			say: 'Each channel is damped by its neighbours at the same pixel. The maps look almost the same, slightly flatter.',
			ask: 'Why might it help if channels compete with each other?',
			misconception:
				'Confusing it with batch normalisation: LRN has no learned parameters and uses no statistics of the batch.'
		}),
		maxpool: (step) => ({
			say: `Pooling shrinks ${step.inShape[2]} to ${step.outShape[1]} a side and keeps the strongest responses.`,
			ask: 'How many parameters does this layer have?',
			misconception: step.formula?.floored
				? 'Thinking pooling has weights — it has none — and forgetting the floor in the size.'
				: 'Thinking pooling has weights: it has none, it only picks the maximum.'
		}),
		adaptiveavgpool: (step) => ({
			say: `Whatever the input size, the output is ${step.outShape[1]}×${step.outShape[2]}: at 224 it changes nothing.`,
			ask: 'What would happen to fc1 without this step if the picture were bigger?',
			misconception: 'Thinking it has a fixed window: the window is chosen from the input size.'
		}),
		dropout: () => ({
			say: 'During training half the values are set to 0 at random; at test time nothing is dropped.',
			ask: 'Why would switching units off make the network better?',
			misconception: 'Thinking dropout removes units for good, or happens when the network is used.'
		}),
		flatten: (step) => ({
			say: `${shape(step.inShape)} = ${n(step.outShape[0])} numbers in one row: the picture is no longer a picture.`,
			ask: `Why must fc1 expect exactly ${n(step.outShape[0])} inputs?`,
			misconception: 'Thinking flatten computes something: it only rearranges.'
		}),
		linear: (step, network) => ({
			say: `${n(step.params)} parameters: ${((100 * step.params) / network.totals.params).toFixed(0)}% of the whole network in this one layer.`,
			ask: 'How many parameters? Inputs times outputs, plus what?',
			misconception: 'Forgetting the bias: one per output.'
		}),
		softmax: () => ({
			say: 'The scores become probabilities. The highest score is still the highest probability.',
			ask: 'Is 90% sure the same as 90% likely to be right?',
			misconception: 'Reading the probability as how often the network is right: it is only how it weighs the classes.'
		})
	},
	zh: {
		conv: (step) => {
			const f = step.formula;
			const misconception = f?.floored
				? `忘记向下取整：${f.exact.toFixed(2)} 不是一个尺寸，PyTorch 会向下取整成 ${f.n}。`
				: f && f.p > 0
					? `填充只算了一次：两边都要补零，所以要算两次，是 2P = ${2 * f.p}。`
					: '忘记 +1：窗口的第一个位置也要算上。';
			return {
				say: `${step.id} 把 ${shape(step.inShape)} 变成 ${shape(step.outShape)}。先让学生自己算出 N，再揭示公式。`,
				ask: '一个滤波器有多少个权重？为什么每个位置都用同一组权重？',
				misconception
			};
		},
		relu: (step) => ({
			say: `形状还是 ${shape(step.outShape)}，没有变。指一指特征图里暗的地方：那里就是滤波器没有响应的位置。`,
			ask: '网络为什么需要一个“不是直线”的东西？',
			misconception: '以为 ReLU 会学到什么：它没有权重，也从不改变形状。'
		}),
		lrn: () => ({
			say: '每个通道都会被同一像素上的相邻通道抑制。特征图看上去几乎一样，只是稍微平淡一些。',
			ask: '让通道之间相互竞争，为什么可能有好处？',
			misconception: '把它和批量归一化混为一谈：LRN 没有要学习的参数，也不用批量的统计量。'
		}),
		maxpool: (step) => ({
			say: `池化把每条边从 ${step.inShape[2]} 缩小到 ${step.outShape[1]}，只留下最强的响应。`,
			ask: '这一层有多少个参数？',
			misconception: step.formula?.floored
				? '以为池化层有参数（其实一个也没有），还忘记了算尺寸时要向下取整。'
				: '以为池化层有参数：它一个参数也没有，只是挑出最大值。'
		}),
		adaptiveavgpool: (step) => ({
			say: `不管输入多大，输出都是 ${step.outShape[1]}×${step.outShape[2]}：输入是 224 时，它什么也不改变。`,
			ask: '如果图片更大，又没有这一步，fc1 会怎么样？',
			misconception: '以为它的窗口是固定的：窗口大小是根据输入尺寸来定的。'
		}),
		dropout: () => ({
			say: '训练时，随机把一半的值设为 0；测试时什么也不丢弃。',
			ask: '随机关掉一些单元，为什么反而能让网络变好？',
			misconception: '以为丢弃法会永久删掉单元，或者以为用网络做预测时也在丢弃。'
		}),
		flatten: (step) => ({
			say: `${shape(step.inShape)} = ${n(step.outShape[0])} 个数排成一行：图片已经不再是图片了。`,
			ask: `为什么 fc1 必须正好接收 ${n(step.outShape[0])} 个输入？`,
			misconception: '以为展平会做什么计算：它只是重新排列。'
		}),
		linear: (step, network) => ({
			say: `${n(step.params)} 个参数：光这一层就占了整个网络的 ${formatPercent(step.params / network.totals.params, 0, 'zh')}。`,
			ask: '有多少个参数？输入数乘以输出数，再加上什么？',
			misconception: '忘记偏置：每个输出都有一个偏置。'
		}),
		softmax: () => ({
			say: '分数变成了概率。分数最高的，概率仍然最高。',
			ask: '“90% 确定”和“有 90% 的可能答对”是一回事吗？',
			misconception: '把概率当成网络答对的频率：它只表示网络在各个类别之间怎么分配。'
		})
	}
});

type FixedSlide = 'title' | 'picture' | 'recap';

const fixedNotes = localised<Record<FixedSlide, SpeakerNotes>>({
	en: {
		title: {
			say: 'Today we follow one picture through AlexNet, one step at a time, and you will work out the sizes yourselves.',
			ask: 'What does a computer actually receive when it “sees” a picture?',
			misconception: 'That the network looks at the picture as a whole: it only ever sees numbers in small windows.'
		},
		picture: {
			say: 'This picture is all the network gets: a grid of numbers per colour channel, resized and normalised.',
			ask: 'How many numbers is this picture?',
			misconception: 'That resizing or normalising changes what the picture shows: it only changes the numbers’ scale.'
		},
		recap: {
			say: 'Recap the journey: sizes shrink, channels grow, then the fully connected layers decide.',
			ask: 'Where are most of the parameters, and where are most of the multiply–adds?',
			misconception: 'That parameters and computation sit in the same layers: convolutions compute, fc layers store.'
		}
	},
	zh: {
		title: {
			say: '今天我们跟着一张图片，一步一步走完 AlexNet，每一层的尺寸由你们自己来算。',
			ask: '计算机“看”一张图片的时候，它实际收到的是什么？',
			misconception: '以为网络是把图片当作一个整体来看的：它看到的永远只是小窗口里的数字。'
		},
		picture: {
			say: '网络拿到的就只有这张图片：每个颜色通道一张数字网格，已经缩放并归一化。',
			ask: '这张图片一共是多少个数？',
			misconception: '以为缩放或归一化会改变图片的内容：它们只改变数值的尺度。'
		},
		recap: {
			say: '回顾整个过程：尺寸越来越小，通道越来越多，最后由全连接层做出判断。',
			ask: '大部分参数在哪几层？大部分乘加运算又在哪几层？',
			misconception: '以为参数和计算量集中在同一些层：卷积层负责计算，全连接层负责存参数。'
		}
	}
});

const contributionNotes = localised<Record<Contribution, SpeakerNotes>>({
	en: {
		relu: {
			say: 'Gradients are products of slopes: small slopes multiplied five times vanish.',
			ask: 'What is 0.25 to the power 5?',
			misconception: 'That ReLU was invented for AlexNet: it was older; AlexNet showed it trains deep nets fast.'
		},
		dropout: {
			say: 'Dropout trains a huge family of thinned networks that share their weights.',
			ask: 'Why only in the fully connected layers?',
			misconception: 'That dropout is used when predicting: it is switched off at test time.'
		},
		lrn: {
			say: 'A historical detail: it helped in 2012 and was dropped later.',
			ask: 'Which of our variants has it?',
			misconception: 'That every AlexNet has LRN: torchvision’s and the article’s do not.'
		},
		'overlapping-pooling': {
			say: 'Windows of 3 moving by 2 overlap by one row and column.',
			ask: 'What size do 3×3 windows with stride 2 give on 55? And 2×2 with stride 2?',
			misconception: 'That overlapping means a bigger output: both give 27.'
		},
		'two-gpus': {
			say: 'The split was forced by memory, and became part of the architecture.',
			ask: 'How does groups=2 change the number of weights?',
			misconception: 'That the two GPUs each ran a full copy of the network: each held half of every layer.'
		}
	},
	zh: {
		relu: {
			say: '梯度是一串斜率的乘积：很小的斜率连乘五次，梯度就几乎消失了。',
			ask: '0.25 的 5 次方是多少？',
			misconception: '以为 ReLU 是为 AlexNet 发明的：它早就有了；AlexNet 证明了用它训练深层网络要快得多。'
		},
		dropout: {
			say: '丢弃法相当于同时训练一大批共享权重的“瘦身”网络。',
			ask: '为什么只在全连接层用它？',
			misconception: '以为做预测时也用丢弃法：测试时它是关掉的。'
		},
		lrn: {
			say: '这是一个历史细节：它在 2012 年有帮助，后来就不再用了。',
			ask: '我们的哪个网络版本带有它？',
			misconception: '以为每个 AlexNet 都有 LRN：torchvision 的版本和原文的版本都没有。'
		},
		'overlapping-pooling': {
			say: '大小为 3、每次移动 2 的窗口，彼此重叠一行一列。',
			ask: '在 55 上，3×3、步幅 2 的窗口得到多大的输出？2×2、步幅 2 呢？',
			misconception: '以为重叠会让输出更大：两种都是 27。'
		},
		'two-gpus': {
			say: '拆成两半是显存逼出来的，后来却成了网络结构的一部分。',
			ask: 'groups=2 会让权重数量怎么变化？',
			misconception: '以为两块 GPU 各自运行一份完整的网络：其实每块 GPU 只存每一层的一半。'
		}
	}
});

export function speakerNotes(
	slide: { kind: string; id: string },
	step: DerivedStep | undefined,
	network: Network,
	lang: Lang
): SpeakerNotes {
	if (slide.kind === 'step' && step) return stepNotes[lang][step.kind](step, network);
	if (slide.kind === 'contribution') return contributionNotes[lang][slide.id.replace(/^why-/, '') as Contribution];
	return fixedNotes[lang][slide.kind as FixedSlide];
}

export const presenterText = localised({
	en: {
		title: 'Presenter',
		now: 'Now',
		next: 'Next',
		end: 'End of the lesson',
		clock: 'Time',
		elapsed: 'Elapsed',
		resetTimer: 'Restart the timer',
		alone: 'No lesson window is listening: open the lesson in another window, or step here on your own.',
		linked: 'In step with the lesson window.',
		/** The window's heading and the next slide's label: "Presenter: conv1 · Convolution". */
		heading: (slide: string) => `Presenter: ${slide}`,
		nextLabel: (slide: string) => `Next: ${slide}`
	},
	zh: {
		title: '讲者视图',
		now: '当前',
		next: '下一张',
		end: '课堂结束',
		clock: '时间',
		elapsed: '已用时',
		resetTimer: '重新计时',
		alone: '没有课堂窗口在接收：请在另一个窗口打开课堂，或者直接在这里翻页。',
		linked: '已与课堂窗口同步。',
		heading: (slide: string) => `讲者视图：${slide}`,
		nextLabel: (slide: string) => `下一张：${slide}`
	}
});

export const followText = localised({
	en: {
		heading: 'Follow along',
		open: 'Follow along',
		close: 'Close',
		body: 'Scan to open this slide on your own device, then step through it at your own pace and choose your own picture.',
		linkLabel: 'The link to this slide',
		linkPrefix: 'The link to this slide: ',
		privacy: 'Nothing is sent anywhere: the code is made in this browser, and each device runs the lesson on its own.',
		qrLabel: (url: string) => `QR code for ${url}`
	},
	zh: {
		heading: '在自己的设备上跟着学',
		open: '跟着学',
		close: '关闭',
		body: '扫码在你自己的设备上打开这张幻灯片，然后按自己的节奏一步步看，还可以换成你自己的图片。',
		linkLabel: '这张幻灯片的链接',
		linkPrefix: '这张幻灯片的链接：',
		privacy: '不会向任何地方发送任何数据：二维码就在这个浏览器里生成，每台设备各自独立运行课堂。',
		qrLabel: (url: string) => `${url} 的二维码`
	}
});

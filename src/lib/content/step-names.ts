/** What each step is called on its page, in the menu and in the diagram. */
import type { Lang } from '$lib/i18n/languages';
import { localised } from '$lib/i18n/localised';
import type { DerivedStep, Network, StepKind } from '$lib/model';

export const kindNames = localised<Record<StepKind, string>>({
	en: {
		conv: 'Convolution',
		relu: 'ReLU',
		lrn: 'Local response normalisation',
		maxpool: 'Max-pooling',
		adaptiveavgpool: 'Adaptive average pooling',
		dropout: 'Dropout',
		flatten: 'Flatten',
		linear: 'Fully connected',
		softmax: 'Softmax'
	},
	zh: {
		conv: '卷积层',
		relu: 'ReLU 激活',
		lrn: '局部响应归一化',
		maxpool: '最大池化',
		adaptiveavgpool: '自适应平均池化',
		dropout: 'Dropout',
		flatten: '展平',
		linear: '全连接层',
		softmax: 'Softmax'
	}
});

/** Short labels for the diagram's small blocks. */
export const kindShortNames = localised<Record<StepKind, string>>({
	en: {
		conv: 'conv',
		relu: 'ReLU',
		lrn: 'LRN',
		maxpool: 'max-pool',
		adaptiveavgpool: 'avg-pool',
		dropout: 'dropout',
		flatten: 'flatten',
		linear: 'linear',
		softmax: 'softmax'
	},
	zh: {
		conv: '卷积',
		relu: 'ReLU',
		lrn: 'LRN',
		maxpool: '最大池化',
		adaptiveavgpool: '平均池化',
		dropout: 'Dropout',
		flatten: '展平',
		linear: '全连接',
		softmax: 'softmax'
	}
});

const contextWords = localised({
	en: { after: (id: string) => `after ${id}`, before: (id: string) => `before ${id}` },
	zh: { after: (id: string) => `在 ${id} 之后`, before: (id: string) => `在 ${id} 之前` }
});

const ordinal = (id: string): string => id.match(/\d+$/)?.[0] ?? '';

/** "Convolution 1", "Max-pooling 5", "Flatten" (卷积层 1, 最大池化 5, 展平). */
export function stepTitle(step: DerivedStep, lang: Lang): string {
	const n = ordinal(step.id);
	const name = kindNames[lang][step.kind];
	return n ? `${name} ${n}` : name;
}

/** The weighted layer a ReLU follows or a Dropout feeds, for "ReLU after conv1". */
export function stepContext(step: DerivedStep, network: Network, lang: Lang): string {
	const weighted = (s: DerivedStep | undefined) => s?.kind === 'conv' || s?.kind === 'linear';
	if (step.kind === 'relu' || step.kind === 'lrn') {
		const before = network.steps.slice(0, step.index).reverse().find(weighted);
		return before ? contextWords[lang].after(before.id) : '';
	}
	if (step.kind === 'dropout') {
		const after = network.steps.slice(step.index + 1).find(weighted);
		return after ? contextWords[lang].before(after.id) : '';
	}
	return '';
}

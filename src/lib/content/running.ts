/** What students read about which network, and which weights, the page is running. */
import { formatCount } from '$lib/i18n/format';
import type { Lang } from '$lib/i18n/languages';
import { localised } from '$lib/i18n/localised';

export interface RunningFacts {
	/** The model card's name, e.g. "AlexNet on Fashion-MNIST". */
	name: string;
	/** The variant's title, e.g. "torchvision". */
	variant: string;
	classes: number;
}

const classes = (n: number) => `${n.toLocaleString('en')} class${n === 1 ? '' : 'es'}`;

const classesZh = (n: number) => `${formatCount(n, 'zh')} 个类别`;
/** "torchvision AlexNet", but "原文（单塔）AlexNet": no space after a full-width bracket. */
export const alexNetZh = (variant: string) => (variant.endsWith('）') ? `${variant}AlexNet` : `${variant} AlexNet`);

export const runningText = localised({
	en: {
		/** The label on every map area and on the predictions. */
		trained: (f: RunningFacts) => `Running: ${f.name} · ${f.variant} AlexNet · ${classes(f.classes)}`,
		untrained: (f: RunningFacts) =>
			`Running: untrained weights (seeded random) · ${f.variant} AlexNet · ${classes(f.classes)}`,
		/** The untrained network's name, on its model card. */
		untrainedName: (variant: string) => `Untrained ${variant} AlexNet (seeded random weights)`,
		untrainedNote:
			'These maps show the shapes of this variant with random weights: no one has trained them, so the patterns mean nothing yet.',
		noPredictions: 'Untrained: no predictions.',
		loadLink: 'Load weights for this variant on the Model page',
		loading: (f: RunningFacts) => `Loading ${f.name} · ${f.variant} AlexNet · ${classes(f.classes)}…`,
		failed: (message: string) => `These weights could not be run: ${message}`,
		/** The rule, stated on the Model page beside the loader; `shipped` is the default model's facts. */
		policy: (shipped: RunningFacts) => [
			'Every number, shape and map on a page belongs to one network: the variant chosen in the header, with the weights the app holds for it.',
			`A variant runs the .pth you loaded for it. Until you load one, ${shipped.variant} runs the model shipped with the app (${shipped.name}, ${classes(shipped.classes)}), and the other variants run untrained, seeded random weights, labelled as such: their maps still show the shapes, but they make no predictions.`
			// What happens after a reload follows on the page from rememberedText.afterReload (kept weights).
		]
	},
	zh: {
		trained: (f: RunningFacts) => `正在运行：${f.name} · ${alexNetZh(f.variant)} · ${classesZh(f.classes)}`,
		untrained: (f: RunningFacts) =>
			`正在运行：未训练的权重（带种子的随机数）· ${alexNetZh(f.variant)} · ${classesZh(f.classes)}`,
		untrainedName: (variant: string) => `未训练的 ${alexNetZh(variant)}（带种子的随机权重）`,
		untrainedNote:
			'这些特征图展示的是这个网络版本在随机权重下的形状：还没有人训练过它们，所以这些图案暂时没有任何意义。',
		noPredictions: '未训练：没有预测结果。',
		loadLink: '到“模型与权重”页为这个网络版本加载权重',
		loading: (f: RunningFacts) => `正在加载 ${f.name} · ${alexNetZh(f.variant)} · ${classesZh(f.classes)}…`,
		failed: (message: string) => `无法运行这组权重：${message}`,
		policy: (shipped: RunningFacts) => [
			'页面上的每个数字、形状和特征图都属于同一个网络：页眉中选定的网络版本，加上应用为它保存的权重。',
			`每个网络版本运行你为它加载的 .pth。在你加载之前，网络版本“${shipped.variant}”运行应用自带的模型“${shipped.name}”（${classesZh(shipped.classes)}），其他网络版本则运行未训练的、带种子的随机权重，并会标明这一点：它们的特征图仍能展示形状，但不做预测。`
		]
	}
});

/** Shipped models' names in other languages, keyed by the card's (English) name; any other name is shown as it is. */
const modelNamesZh: Record<string, string> = {
	'AlexNet on Fashion-MNIST, in colour': 'AlexNet（Fashion-MNIST，彩色）',
	'AlexNet on Fashion-MNIST': 'AlexNet（Fashion-MNIST）'
};

export function modelName(name: string, lang: Lang): string {
	return (lang === 'zh' ? modelNamesZh[name] : undefined) ?? name;
}

/** What students read around the predictions. */
import { formatPercent } from '$lib/i18n/format';
import { localised } from '$lib/i18n/localised';

export const predictionsText = localised({
	en: {
		heading: 'What the network thinks it sees',
		listLabel: 'Predictions',
		percent: (p: number) => formatPercent(p, 1, 'en'),
		softmax:
			'The last layer gives one score (a logit) per class. Softmax turns the scores into probabilities: raise e to each score, then divide by the total, so they are all positive and add up to 1.',
		softmaxTop: (label: string) => `For the top class, ${label}, with the real scores:`,
		fashionWorld:
			'This model knows exactly ten kinds of clothing: T-shirt/top, trouser, pullover, dress, coat, sandal, shirt, sneaker, bag and ankle boot. Whatever you show it, it answers with one of these ten: a cat or a coffee cup is outside its world, and its “best guess” for them means nothing.',
		imagenetHow:
			'To recognise everyday photos, load ImageNet weights (1000 classes) on the model page: for example torchvision’s AlexNet weights as a .pth file, opened right there in the browser.',
		/** The terms of the softmax sum left out, in TeX. */
		texMore: (n: number) => `${n}\\text{ more}`
	},
	zh: {
		heading: '网络认为它看到了什么',
		listLabel: '预测结果',
		percent: (p: number) => formatPercent(p, 1, 'zh'),
		softmax:
			'最后一层为每个类别给出一个分数（logit，未归一化的分数）。softmax 把这些分数变成概率：先对每个分数求 e 的幂，再除以它们的总和，这样每个值都是正数，而且加起来等于 1。',
		softmaxTop: (label: string) => `以排名第一的类别“${label}”为例，代入真实的分数：`,
		fashionWorld:
			'这个模型只认识十类服饰：T恤/上衣、裤子、套头衫、连衣裙、外套、凉鞋、衬衫、运动鞋、包和短靴。不管你给它看什么，它都会从这十类里挑一个作答：猫或咖啡杯不在它的世界里，它对这些图片的“最佳猜测”毫无意义。',
		imagenetHow:
			'要识别日常照片，请在模型页面加载 ImageNet 权重（1000 个类别）：例如 torchvision 的 AlexNet 权重 .pth 文件，直接在浏览器里打开即可。',
		texMore: (n: number) => `\\text{其余 }${n}\\text{ 项}`
	}
});

/** What students read around Grad-CAM, occlusion, channel pictures and activation maximisation. */
import { format } from 'd3';
import { formatCount } from '$lib/i18n/format';
import { localised } from '$lib/i18n/localised';

const ms = (t: number) => `${format(',.0f')(t)} ms`;

const explainTextEn = {
	heading: 'Where did it look?',
	intro:
		'Two ways to ask which parts of the picture the answer depended on. Grad-CAM follows the gradient of one class’s score back to a convolution layer; occlusion covers the picture with a grey square, place by place, and watches the probability fall.',
	classLabel: 'Class to explain',
	pickClass: (label: string) => `Explain ${label}`,
	layerLabel: 'Layer',
	opacityLabel: 'Opacity of the map',
	gradCamHeading: 'Grad-CAM',
	gradCamLegend: 'Grad-CAM: how much this place raised the class’s score (0 = not at all)',
	gradCamAlt: (label: string, layer: string) => `The picture with the Grad-CAM map of ${label} at ${layer} over it`,
	gradCamDone: (layer: string, rows: number, cols: number, t: number) =>
		`Computed at ${layer}’s ${rows}×${cols} grid in ${ms(t)}, then stretched to the picture: each cell covers many pixels, so the map is coarse by construction.`,
	gradCamHonest:
		'Grad-CAM says which places raised this class’s score at this layer, for this picture. It does not say why, and a bright patch is not proof that the network “understands” the object: it can as well be the background it learned to rely on.',
	occlusionHeading: 'Occlusion',
	patchLabel: 'Square side (pixels)',
	strideLabel: 'Step between places (pixels)',
	run: 'Slide the grey square',
	cancel: 'Cancel',
	progressLabel: 'Occluded pictures run',
	occlusionPlan: (places: number) => `${places} places: ${places + 1} pictures through the network, in batches.`,
	occlusionDone: (pictures: number, passes: number, t: number, complete: boolean) =>
		`${complete ? 'Done' : 'Cancelled'}: ${pictures} pictures in ${passes} batched forward passes, ${ms(t)}.`,
	occlusionLegend: 'Occlusion: fall in the class’s probability when this place is grey (negative: it rose)',
	occlusionAlt: (label: string) => `The picture with the occlusion map of ${label} over it`,
	occlusionHonest:
		'Occlusion measures the network’s answer to pictures it never saw in training — with a grey square in them. A large fall says the place mattered; it does not say what in it mattered.',
	failed: 'The explanation could not be computed; the picture and its predictions are unchanged.'
};

/** The channel view: one channel's filter, its top patches and its maximised picture, beside its map. */
const channelTextEn = {
	previous: 'Previous channel',
	next: 'Next channel',
	walkHint: '← and → walk through the channels; Esc closes.',
	fromConv: (conv: string) => `This step keeps ${conv}’s channels apart, so the pictures below are ${conv}’s.`,
	filterHeading: 'Its filter',
	patchesHeading: 'Pictures that excite it most',
	patchesAtlas: (images: number, dataset: string) =>
		`The 9 of ${images.toLocaleString('en')} ${dataset} pictures with this channel’s largest value, each cut to the part of the picture the strongest cell sees (its receptive field).`,
	patchesGallery: (images: number) =>
		`The strongest of the ${images} sample-gallery pictures, cut to what the strongest cell sees. A handful of pictures: a hint, not a survey.`,
	/** Said around the command, shown as code. */
	patchesNone: {
		before: 'Top patches are computed for the default model by',
		command: 'npm run patches',
		after: '; these weights have none. For your own weights, search the sample gallery here.'
	},
	patchesCompute: 'Compute on the sample gallery',
	patchesProgress: 'Sample pictures searched',
	patchesLoading: 'Loading this layer’s patches…',
	patchesUnreadable: 'This layer’s patches could not be read.',
	patchesFailed: 'The search over the sample gallery stopped; try again.',
	patchesEmpty: 'No picture made this channel respond at all (its largest value was 0 everywhere).',
	patchAlt: (rank: number, from: string, value: number) =>
		`Patch ${rank + 1}, from picture ${from}: largest value ${value.toFixed(2)}`,
	maximisedHeading: 'What excites it',
	maximise: 'Show what excites it',
	stop: 'Stop',
	maximiseAgain: 'Run again',
	maximisedAlt: (layer: string, channel: number, step: number) =>
		`A picture grown from noise to excite ${layer} channel ${channel}, after ${step} steps`,
	maximiseProgress: 'Steps of gradient ascent',
	maximiseFailed: 'The picture could not be grown; try again, or another channel.',
	maximiseStatus: (step: number, steps: number, activation: number) =>
		`Step ${step} of ${steps}: the channel’s mean output is ${activation.toFixed(2)}.`,
	maximiseDone: (steps: number, ms: number, complete: boolean) =>
		complete
			? `Done: ${steps} steps in ${(ms / 1000).toFixed(1)} s.`
			: `Stopped after ${steps} steps; the picture is what it had become by then.`,
	maximiseIdle:
		'Gradient ascent on the picture, from faint noise: each step changes the pixels to raise this channel’s mean output, seen slightly shifted and rescaled, blurred now and then so it cannot cheat with pixel noise.',
	maximiseHonest:
		'This is a picture the channel responds to strongly, not what it “sees” in your photo: many different pictures would do as well, and the regularisers chose this one.'
};

export const explainText = localised({
	en: explainTextEn,
	zh: {
		heading: '网络看的是哪里？',
		intro:
			'有两种办法可以问：答案取决于图片的哪些部分。Grad-CAM 把某个类别分数的梯度一路传回到一个卷积层；遮挡敏感度则用一个灰色方块逐个位置地盖住图片，看概率下降了多少。',
		classLabel: '要解释的类别',
		pickClass: (label: string) => `解释“${label}”`,
		layerLabel: '层',
		opacityLabel: '热力图的不透明度',
		gradCamHeading: 'Grad-CAM',
		gradCamLegend: 'Grad-CAM：这个位置把该类别的分数提高了多少（0 = 完全没有）',
		gradCamAlt: (label: string, layer: string) => `叠加了 ${layer} 上“${label}”的 Grad-CAM 热力图的图片`,
		gradCamDone: (layer: string, rows: number, cols: number, t: number) =>
			`在 ${layer} 的 ${rows}×${cols} 网格上计算，用时 ${ms(t)}，再拉伸到整张图片：每个格子覆盖许多像素，所以这张图天生就很粗糙。`,
		gradCamHonest:
			'Grad-CAM 告诉你：对这张图片，在这一层上，哪些位置提高了这个类别的分数。它不说明原因；一块亮斑也不能证明网络“理解”了物体——它同样可能是网络学会依赖的背景。',
		occlusionHeading: '遮挡敏感度',
		patchLabel: '方块边长（像素）',
		strideLabel: '位置间隔（像素）',
		run: '移动灰色方块',
		cancel: '取消',
		progressLabel: '已计算的遮挡图片',
		occlusionPlan: (places: number) => `${places} 个位置：共 ${places + 1} 张图片分批送入网络。`,
		occlusionDone: (pictures: number, passes: number, t: number, complete: boolean) =>
			`${complete ? '完成' : '已取消'}：${pictures} 张图片，分 ${passes} 批前向计算，用时 ${ms(t)}。`,
		occlusionLegend: '遮挡敏感度：这个位置变灰时，该类别概率的下降（负值：概率反而上升）',
		occlusionAlt: (label: string) => `叠加了“${label}”遮挡敏感度热力图的图片`,
		occlusionHonest:
			'遮挡敏感度测的是网络对训练中从没见过的图片——带灰色方块的图片——的反应。下降得多，说明这个位置重要；但它不说明这个位置里的什么重要。',
		failed: '无法计算这个解释；图片和它的预测都没有变。'
	}
});

export const channelText = localised({
	en: channelTextEn,
	zh: {
		previous: '上一个通道',
		next: '下一个通道',
		walkHint: '用 ← 和 → 逐个查看通道；按 Esc 关闭。',
		fromConv: (conv: string) => `这一步保持 ${conv} 的各个通道互不混合，所以下面的图片都属于 ${conv}。`,
		filterHeading: '它的滤波器',
		patchesHeading: '最能激发它的图片',
		patchesAtlas: (images: number, dataset: string) =>
			`在 ${formatCount(images, 'zh')} 张 ${dataset.replace(/ test$/, ' 测试集')}图片中，这个通道取值最大的 9 张，每张裁到最强的那个格子所能看到的区域（它的感受野）。`,
		patchesGallery: (images: number) =>
			`在 ${images} 张样例图片中响应最强的几张，裁到最强的那个格子所能看到的区域。只有寥寥几张图片：只能算提示，算不上全面考察。`,
		patchesNone: {
			before: '默认模型的最强激活图块由',
			command: 'npm run patches',
			after: ' 计算；这组权重没有。对于你自己的权重，可以在这里搜索样例图片。'
		},
		patchesCompute: '在样例图片上计算',
		patchesProgress: '已搜索的样例图片',
		patchesLoading: '正在加载这一层的图块…',
		patchesUnreadable: '无法读取这一层的图块。',
		patchesFailed: '在样例图片上的搜索中断了；请再试一次。',
		patchesEmpty: '没有任何图片让这个通道产生响应（它在各处的最大值都是 0）。',
		patchAlt: (rank: number, from: string, value: number) =>
			`第 ${rank + 1} 个图块，来自图片 ${from}：最大值 ${value.toFixed(2)}`,
		maximisedHeading: '什么能激发它',
		maximise: '看看什么能激发它',
		stop: '停止',
		maximiseAgain: '再运行一次',
		maximisedAlt: (layer: string, channel: number, step: number) =>
			`一张从噪声生长出来、用来激发 ${layer} 通道 ${channel} 的图片，已进行 ${step} 步`,
		maximiseProgress: '梯度上升的步数',
		maximiseFailed: '无法生成这张图片；请再试一次，或换一个通道。',
		maximiseStatus: (step: number, steps: number, activation: number) =>
			`第 ${step} 步，共 ${steps} 步：该通道的平均输出为 ${activation.toFixed(2)}。`,
		maximiseDone: (steps: number, ms: number, complete: boolean) =>
			complete
				? `完成：${steps} 步，用时 ${(ms / 1000).toFixed(1)} 秒。`
				: `在第 ${steps} 步停止；图片停留在当时的样子。`,
		maximiseIdle:
			'从微弱的噪声出发，对图片做梯度上升：每一步都修改像素，提高这个通道的平均输出；图片每次会被稍微平移、缩放，不时还会模糊一下，这样它就没法靠像素噪声“作弊”。',
		maximiseHonest:
			'这是一张能让该通道强烈响应的图片，而不是它在你的照片里“看到”的东西：许多不同的图片都能达到同样效果，是正则化手段选中了这一张。'
	}
});

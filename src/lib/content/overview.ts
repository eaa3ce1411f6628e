/** Headings and captions of the overview page. */
import { localised } from '$lib/i18n/localised';

export const variantTable = localised({
	en: {
		heading: 'Three variants of one network',
		intro:
			'The switch at the top of every page chooses which AlexNet the numbers describe. The layer pages follow it, and links keep it.',
		caption: 'The variants, computed from their descriptions',
		variant: 'Variant',
		input: 'Input side',
		convChannels: 'Conv channels',
		fcWidth: 'fc1 and fc2 width',
		params: 'Parameters',
		macs: 'Multiply–adds'
	},
	zh: {
		heading: '同一个网络的三个版本',
		intro: '每个页面顶部的切换菜单决定这些数字描述的是哪一个 AlexNet。各层页面都跟着它变，链接也会保留你的选择。',
		caption: '三个网络版本，数字均由各自的描述计算得出',
		variant: '网络版本',
		input: '输入边长',
		convChannels: '卷积层通道数',
		fcWidth: 'fc1 和 fc2 的宽度',
		params: '参数量',
		macs: '乘加运算'
	}
});

export const overview = localised({
	en: {
		title: 'AlexNet, layer by layer',
		intro: [
			`AlexNet is the convolutional network that won the 2012 ImageNet challenge by a wide margin and started the deep-learning ` +
				`boom in computer vision. Below is the whole network, drawn to scale from its description: each block is one step, ` +
				`its height set by the size of the map and its depth by the number of channels.`,
			`Choose a block to open its page: what it does, the arithmetic behind its output size, its parameters, its PyTorch code, ` +
				`and a panel to change its settings and watch the rest of the network follow. Use ← and → (or PageUp and PageDown, as a presenter’s clicker sends) to step through the pages.`
		],
		diagramLabel: 'The network, one block per step',
		diagramInput: 'input',
		start: 'Start at the first layer',
		totalsHeading: 'In numbers'
	},
	zh: {
		title: '逐层看懂 AlexNet',
		intro: [
			`AlexNet 是一个卷积神经网络：它在 2012 年的 ImageNet 挑战赛中以巨大优势夺冠，掀起了计算机视觉领域的深度学习热潮。` +
				`下面是整个网络，按它的描述等比例画出：每个方块是一步，方块的高度表示特征图的尺寸，厚度表示通道数。`,
			`点击一个方块，打开它的页面：它做什么、输出尺寸是怎么算出来的、它的参数、对应的 PyTorch 代码，` +
				`还有一个面板，你可以改动它的设置，看看网络后面的部分如何随之变化。用 ← 和 →（或翻页笔发送的 PageUp 和 PageDown）逐页浏览。`
		],
		diagramLabel: '整个网络，每一步一个方块',
		diagramInput: '输入',
		start: '从第一层开始',
		totalsHeading: '数字一览'
	}
});

export const totalsLabels = localised({
	en: {
		params: 'parameters',
		macs: 'multiply–adds per image',
		paramBytes: 'of weights (float32)',
		input: 'input image'
	},
	zh: {
		params: '参数量',
		macs: '每张图片的乘加运算次数',
		paramBytes: '权重大小（float32）',
		input: '输入图片'
	}
});

export const legend = localised({
	en: {
		label: 'Colours of the step kinds',
		how: 'Box face ∝ √(map side), box depth ∝ √(channels), bar height ∝ log(length).'
	},
	zh: {
		label: '各类步骤的颜色',
		how: '方块正面 ∝ √(特征图边长)，方块厚度 ∝ √(通道数)，条形高度 ∝ log(向量长度)。'
	}
});

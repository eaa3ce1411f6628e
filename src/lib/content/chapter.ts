/**
 * The chapter "What made AlexNet work". Each section's figure is chosen by the
 * page from the section id; the words live here.
 */
import { localised } from '$lib/i18n/localised';

export interface ChapterSection {
	id: 'relu' | 'dropout' | 'lrn' | 'overlapping-pooling' | 'two-gpus' | 'recipe' | 'explanations';
	title: string;
	paragraphs: string[];
	/** Paragraphs after the section's figure. */
	after?: string[];
}

export const chapterTitle = localised({ en: 'What made AlexNet work', zh: 'AlexNet 为什么有效' });

const chapterIntroEn = [
	`In 2012 AlexNet won the ImageNet challenge with a top-5 error of 15.3%; the next entry had 26.2%. Its layers were not new — ` +
		`convolutions, pooling and fully connected layers had been around since the 1980s. What changed was a handful of choices that ` +
		`made a much bigger network trainable on 1.2 million photos. This chapter takes them one at a time.`
];

const chapterSectionsEn: ChapterSection[] = [
	{
		id: 'relu',
		title: 'ReLU: gradients that do not fade',
		paragraphs: [
			`Training moves every weight a little against its gradient, and backpropagation finds that gradient by multiplying ` +
				`the slopes of every layer on the way back. The slopes of the activation functions are part of that product.`,
			`The sigmoid $\\sigma(x) = 1/(1+e^{-x})$ has slope at most $0.25$, and almost none once $|x|$ is larger than about 4: the function ` +
				`has saturated. Tanh is steeper near zero, but saturates just the same. ReLU, $\\max(0, x)$, has slope exactly 1 for every ` +
				`positive input, however large.`
		],
		after: [
			`Five sigmoid layers can shrink a gradient by $0.25^5 \\approx 0.001$ even in the best case; five active ReLUs leave it as it was. ` +
				`AlexNet's authors measured the effect on a small network: six times fewer passes over the data to reach the same training error.`,
			`ReLU is not free of problems: a unit whose input is negative for every image gets no gradient at all and stops learning ` +
				`(a "dead" ReLU). A sensible learning rate and initialisation keep this rare.`
		]
	},
	{
		id: 'dropout',
		title: 'Dropout: a different network at every step',
		paragraphs: [
			`fc1 and fc2 hold most of AlexNet's 60 million parameters, and with that many a network can simply memorise its training set. ` +
				`Dropout switches off each unit of these layers at random, with probability one half, anew for every training image.`,
			`A unit can then never rely on one particular partner being there, so it has to learn something useful on its own. ` +
				`Training becomes an average over a huge family of thinned networks that share their weights.`
		],
		after: [
			`The paper reports that without dropout the network overfits badly, and that dropout roughly doubles the number of ` +
				`iterations needed to converge. At test time every unit is used.`
		]
	},
	{
		id: 'lrn',
		title: 'Local response normalisation',
		paragraphs: [
			`After the first two ReLUs, the paper divides every activation by a sum over the same pixel in $n = 5$ neighbouring channels:`
		],
		after: [
			`Here $a^i_{x,y}$ is channel $i$ at pixel $(x, y)$ after the ReLU, $\\mathcal{N}(i)$ are the $n$ channels around $i$, ` +
				`and $N$ is the number of channels. A strong response ` +
				`suppresses its neighbours, so channels compete. It lowered the paper's top-1 error by 1.4 points. Later work found ` +
				`little benefit and the idea gave way to batch normalisation; the article lists LRN but leaves it out of its code, and so does ` +
				`torchvision. Only the 2012 variant here includes it (norm1 and norm2).`
		]
	},
	{
		id: 'overlapping-pooling',
		title: 'Overlapping pooling',
		paragraphs: [
			`Classic pooling layers used windows as wide as their step, so that each input pixel fell in exactly one window. AlexNet uses ` +
				`3×3 windows with a step of 2: neighbouring windows share a row or column.`
		],
		after: [
			`Both choices shrink 55 to 27, but the overlapping one lowered top-1 and top-5 error by 0.4 and 0.3 points, and the authors ` +
				`observed it made the network slightly harder to overfit.`
		]
	},
	{
		id: 'two-gpus',
		title: 'Training on two GPUs',
		paragraphs: [
			`The network did not fit on one GTX 580, whose memory was 3 GB. So the authors split every layer in half, one half on each GPU, ` +
				`and let the halves talk only at certain layers: conv3 and the fully connected layers read the outputs of both GPUs, while ` +
				`conv2, conv4 and conv5 read only the half on their own GPU. Training took five to six days.`,
			`In PyTorch on a single device, the same wiring is \`groups=2\`: each half of the filters sees only half the input channels, ` +
				`which also halves the weights of those layers.`
		],
		after: [
			`GPUs had been used to train neural networks before — Cireşan and colleagues trained convolutional networks on them in 2011. ` +
				`What AlexNet showed is that a carefully engineered GPU implementation made a network this size trainable on ImageNet.`
		]
	},
	{
		id: 'recipe',
		title: 'The rest of the recipe',
		paragraphs: [
			`Data mattered as much as architecture. ImageNet supplied 1.2 million labelled training images in 1000 classes. The authors ` +
				`multiplied them by training on random 224×224 crops of 256×256 images and their mirror images, and by shifting colours ` +
				`along the main directions of natural colour variation.`,
			`They trained with stochastic gradient descent — batches of 128, momentum 0.9, weight decay 0.0005 — starting at a learning ` +
				`rate of 0.01 and dividing it by 10 whenever the validation error stopped improving, for about 90 passes over the data.`
		]
	},
	{
		id: 'explanations',
		title: 'What the explanation pictures do and do not prove',
		paragraphs: [
			`This site shows four kinds of picture about why the network answers as it does. Each answers a narrow question, and none ` +
				`of them is a look inside the network's “mind”.`,
			`Grad-CAM colours the places that raised one class's score at one layer. At conv5 that layer is a 13×13 grid, stretched to ` +
				`224×224 pixels: every cell covers about 17×17 pixels, so the map is coarse by construction, and a bright background ` +
				`patch means the network relied on the background, not that it “understood” the object.`,
			`Occlusion says how much the answer falls when a grey square hides a place. The network never saw grey squares in ` +
				`training, so part of the fall may be surprise at the square itself.`,
			`Top-activating patches are real pictures: the 9 of the test set that made one channel answer most, cut to what its ` +
				`strongest cell sees. They show what the channel responds to among those pictures. Nine examples can share a shape, a ` +
				`texture, a brightness or a position at once, and the patches alone cannot say which of these the channel cares about.`,
			`Maximised pictures are grown from noise by gradient ascent until the channel's mean output is high. They show a ` +
				`picture the channel responds to strongly, not what it “sees” in your photo: many pictures would do as well, and the ` +
				`choices that keep the result smooth (jitter, scaling, blur) decide which one you get. Deep channels of a network ` +
				`trained on small grey garments make pictures that look like nothing in particular, which is an honest result too.`
		]
	}
];

const activationPlotsEn = {
	values: 'The functions',
	valuesDescription:
		'Sigmoid rises from 0 to 1 and tanh from −1 to 1, both flattening out on either side; ReLU is 0 for negative inputs and the input itself for positive ones.',
	slopes: 'Their slopes (gradients)',
	slopesDescription:
		'The sigmoid’s slope peaks at 0.25 at zero and tanh’s at 1; both fall towards 0 away from zero. ReLU’s slope is 0 for negative inputs and 1 for every positive input.'
};

const dropoutDemoEn = {
	figureLabel: (kept: number, total: number) =>
		`${total} units of a layer, ${total - kept} of them dropped, and the connections that remain to the next layer.`,
	caption: (step: number, kept: number, total: number) => `Training step ${step}: ${kept} of ${total} units kept.`,
	again: 'Next training step'
};

const poolingFigureEn = {
	label: (kernel: number, stride: number, maxima: number[]) =>
		`Windows of ${kernel} with step ${stride} over one row of nine values; the maxima are ${maxima.join(', ')}.`,
	caption: (kernel: number, stride: number, maxima: number[]) =>
		`Window ${kernel}, step ${stride}${kernel > stride ? ' (overlapping)' : ''}: maxima ${maxima.join(', ')}.` +
		(kernel === stride ? ' The last value is never looked at.' : '')
};

const twoTowersEn = {
	caption: 'Convolution weights in the 2012 network',
	layer: 'Layer',
	reads: 'Each GPU reads',
	ownHalf: 'its own half',
	bothHalves: 'all input channels',
	weights: 'Weights (two towers)',
	ifJoined: 'If the towers were joined'
};

const lrnFigureEn = {
	constants: 'with the paper’s constants',
	/** What stands between the words and the constants. */
	colon: ': '
};

const inputSizeSectionEn = {
	title: 'Why the 2012 input is 227, not 224',
	paragraphs: [
		`The paper says its images are 224×224 and that conv1 uses 11×11 filters with stride 4 — but its conv1 maps are 55×55. ` +
			`Put those numbers into the output-size formula and they do not fit:`
	],
	after: [
		`With 227 pixels the division is exact and gives the paper's 55. The one-tower and torchvision networks keep 224 and add ` +
			`2 pixels of padding instead: $(224 - 11 + 2 \\cdot 2)/4 + 1 = 55.25$, which PyTorch rounds down to 55.`
	]
};

export const contentsLabel = localised({ en: 'In this chapter', zh: '本章内容' });

export const chapterIntro = localised({
	en: chapterIntroEn,
	zh: [
		'2012 年，AlexNet 以 15.3% 的 top-5 错误率赢得了 ImageNet 挑战赛，第二名是 26.2%。它用到的层并不新——' +
			'卷积层、池化层和全连接层早在 20 世纪 80 年代就有了。变的是几个关键的选择，它们让一个大得多的网络能在 ' +
			'120 万张照片上训练出来。本章逐一介绍这些选择。'
	]
});

export const chapterSections = localised<ChapterSection[]>({
	en: chapterSectionsEn,
	zh: [
		{
			id: 'relu',
			title: 'ReLU：不会逐层衰减的梯度',
			paragraphs: [
				'训练时，每个权重都沿着梯度的反方向挪动一点；反向传播求这个梯度的办法，是把回传路上每一层的斜率乘起来。' +
					'激活函数的斜率也是这个乘积的一部分。',
				'sigmoid 函数 $\\sigma(x) = 1/(1+e^{-x})$ 的斜率最大只有 $0.25$，一旦 $|x|$ 大于 4 左右，斜率就几乎为零：' +
					'函数饱和了。tanh 在零附近更陡，但同样会饱和。ReLU，即 $\\max(0, x)$，对每一个正输入的斜率都恰好是 1，' +
					'无论输入有多大。'
			],
			after: [
				'五层 sigmoid 即使在最好的情况下，也会把梯度缩小到 $0.25^5 \\approx 0.001$；五个处于激活状态的 ReLU 则让梯度保持原样。' +
					'AlexNet 的作者在一个小网络上测过这个效果：达到同样的训练误差，所需的训练轮数只有原来的六分之一。',
				'ReLU 也不是没有问题：如果某个单元对每张图片的输入都是负数，它就完全得不到梯度，从此停止学习' +
					'（所谓“死亡”的 ReLU）。合适的学习率和初始化能让这种情况很少发生。'
			]
		},
		{
			id: 'dropout',
			title: '丢弃法（Dropout）：每一步都是一个不同的网络',
			paragraphs: [
				'AlexNet 的 6000 万个参数大多在 fc1 和 fc2 里；参数这么多，网络完全可以把训练集死记硬背下来。' +
					'Dropout 以二分之一的概率随机关掉这两层的每个单元，而且每张训练图片都重新抽一次。',
				'这样，一个单元就不能指望某个特定的“搭档”一定在场，只好自己学到有用的东西。' +
					'训练就相当于对一大族共享权重、被随机“瘦身”的网络取平均。'
			],
			after: [
				'论文指出：没有 Dropout，网络会严重过拟合；而用了 Dropout，收敛所需的迭代次数大约翻了一倍。' +
					'测试时，所有单元都参与计算。'
			]
		},
		{
			id: 'lrn',
			title: '局部响应归一化（LRN）',
			paragraphs: ['在前两个 ReLU 之后，论文把每个激活值除以同一像素处 $n = 5$ 个相邻通道上的一个求和：'],
			after: [
				'其中 $a^i_{x,y}$ 是 ReLU 之后第 $i$ 个通道在像素 $(x, y)$ 处的值，$\\mathcal{N}(i)$ 是通道 $i$ 周围的 $n$ 个通道，' +
					'$N$ 是通道总数。强响应会压低它的邻居，于是各通道之间相互竞争。它让论文的 top-1 错误率降低了 1.4 个百分点。' +
					'后来的研究发现它作用不大，这个想法也让位于批量归一化；原文列出了 LRN，代码里却没有它，torchvision 也没有。' +
					'这里只有 2012 论文版本包含它（norm1 和 norm2）。'
			]
		},
		{
			id: 'overlapping-pooling',
			title: '重叠池化',
			paragraphs: [
				'传统的池化层，窗口有多宽，步幅就有多大，所以每个输入像素恰好落在一个窗口里。AlexNet 用的是 3×3 的窗口、' +
					'步幅为 2：相邻的窗口共用一行或一列。'
			],
			after: [
				'两种做法都把 55 缩小到 27，但重叠池化让 top-1 和 top-5 错误率分别降低了 0.4 和 0.3 个百分点，' +
					'作者还观察到，它让网络稍微不那么容易过拟合。'
			]
		},
		{
			id: 'two-gpus',
			title: '在两块 GPU 上训练',
			paragraphs: [
				'一块 GTX 580 只有 3 GB 显存，放不下这个网络。于是作者把每一层一分为二，每块 GPU 放一半，' +
					'并且只在某些层让两半互相通信：conv3 和全连接层读取两块 GPU 的输出，而 conv2、conv4 和 conv5 ' +
					'只读取自己那块 GPU 上的一半。训练花了五到六天。',
				'在 PyTorch 里用单个设备时，同样的连接方式就是 `groups=2`：每一半滤波器只看到一半的输入通道，' +
					'这也让这些层的权重减少了一半。'
			],
			after: [
				'在此之前就有人用 GPU 训练神经网络——Cireşan 等人在 2011 年已经用 GPU 训练过卷积网络。' +
					'AlexNet 证明的是：一个精心设计的 GPU 实现，能让这么大的网络在 ImageNet 上训练出来。'
			]
		},
		{
			id: 'recipe',
			title: '配方的其余部分',
			paragraphs: [
				'数据和网络结构同样重要。ImageNet 提供了 1000 个类别、120 万张带标签的训练图片。作者又从 256×256 的图片中' +
					'随机裁出 224×224 的区域，连同它们的镜像一起用来训练，还沿着自然图像颜色变化的主方向调整颜色，' +
					'把数据成倍地扩充。',
				'他们用随机梯度下降训练——批量大小 128，动量 0.9，权重衰减 0.0005——学习率从 0.01 开始，' +
					'每当验证误差不再下降就除以 10，总共把数据遍历了约 90 遍。'
			]
		},
		{
			id: 'explanations',
			title: '解释图能证明什么，不能证明什么',
			paragraphs: [
				'本站用四种图来说明网络为什么给出这样的答案。每一种只回答一个很窄的问题，没有哪一种是在窥探网络的“心思”。',
				'Grad-CAM 给某一层上提高了某个类别分数的位置上色。在 conv5，这一层是一个 13×13 的网格，被拉伸到 ' +
					'224×224 像素：每个格子覆盖约 17×17 像素，所以这张图天生就很粗糙；背景上的一块亮斑说明网络依赖了背景，' +
					'并不说明它“理解”了物体。',
				'遮挡敏感度告诉你：用一个灰色方块挡住某个位置时，答案下降了多少。网络在训练中从没见过灰色方块，' +
					'所以下降的一部分可能只是方块本身带来的“意外”。',
				'最强激活图块是真实的图片：测试集中让某个通道响应最强的 9 张图，各自裁到该通道最强的那个格子所能看到的区域。' +
					'它们展示的是这个通道在这些图片里对什么有反应。九个例子可能同时具有相同的形状、纹理、亮度或位置，' +
					'仅凭这些图块，无法判断通道真正在意的是哪一样。',
				'激活最大化的图片是从噪声出发，用梯度上升一步步“长”出来的，直到这个通道的平均输出很高。它展示的是一张能让' +
					'通道强烈响应的图片，而不是通道在你的照片里“看到”了什么：很多图片都能达到同样的效果，而那些让结果保持平滑' +
					'的手段（抖动、缩放、模糊）决定了你得到的是哪一张。一个在灰色小件衣物图片上训练的网络，深层通道生成的图片' +
					'往往看起来什么都不像，这也是一个诚实的结果。'
			]
		}
	]
});

export const activationPlots = localised({
	en: activationPlotsEn,
	zh: {
		values: '函数本身',
		valuesDescription:
			'sigmoid 从 0 升到 1，tanh 从 −1 升到 1，两者在两侧都趋于平坦；ReLU 对负输入为 0，对正输入等于输入本身。',
		slopes: '它们的斜率（梯度）',
		slopesDescription:
			'sigmoid 的斜率在零点最大，为 0.25；tanh 在零点为 1；离零点越远，两者都越趋近 0。ReLU 的斜率对负输入为 0，对每个正输入都是 1。'
	}
});

export const dropoutDemo = localised({
	en: dropoutDemoEn,
	zh: {
		figureLabel: (kept: number, total: number) =>
			`一层中的 ${total} 个单元，其中 ${total - kept} 个被丢弃，以及剩下的通往下一层的连接。`,
		caption: (step: number, kept: number, total: number) => `训练第 ${step} 步：${total} 个单元中保留了 ${kept} 个。`,
		again: '下一个训练步'
	}
});

export const poolingFigure = localised({
	en: poolingFigureEn,
	zh: {
		label: (kernel: number, stride: number, maxima: number[]) =>
			`在一行九个数上放置大小为 ${kernel}、步幅为 ${stride} 的窗口；各窗口的最大值为 ${maxima.join('、')}。`,
		caption: (kernel: number, stride: number, maxima: number[]) =>
			`窗口 ${kernel}，步幅 ${stride}${kernel > stride ? '（重叠）' : ''}：最大值为 ${maxima.join('、')}。` +
			(kernel === stride ? '最后一个数从未被看到。' : '')
	}
});

export const twoTowers = localised({
	en: twoTowersEn,
	zh: {
		caption: '2012 网络中的卷积权重',
		layer: '层',
		reads: '每块 GPU 读取',
		ownHalf: '自己的一半',
		bothHalves: '全部输入通道',
		weights: '权重（双塔）',
		ifJoined: '若两塔合并'
	}
});

export const lrnFigure = localised({ en: lrnFigureEn, zh: { constants: '采用论文中的常数', colon: '：' } });

export const inputSizeSection = localised({
	en: inputSizeSectionEn,
	zh: {
		title: '为什么 2012 版的输入是 227，而不是 224',
		paragraphs: [
			'论文说它的图片是 224×224，conv1 用步幅为 4 的 11×11 滤波器——可它的 conv1 特征图却是 55×55。' +
				'把这些数字代入输出尺寸公式，结果对不上：'
		],
		after: [
			'输入为 227 像素时恰好整除，得到论文中的 55。单塔网络和 torchvision 网络保留 224，改为加 2 像素的填充：' +
				'$(224 - 11 + 2 \\cdot 2)/4 + 1 = 55.25$，PyTorch 把它向下取整为 55。'
		]
	}
});

/**
 * "What it does", in plain words, for every step page. Paragraphs may hold
 * `code` and $TeX$; numbers come from the derived step so they follow the variant.
 */
import type { Lang } from '$lib/i18n/languages';
import { localised } from '$lib/i18n/localised';
import { groupThousands, type DerivedStep, type Network, type StepKind } from '$lib/model';

type Explain = (step: DerivedStep, network: Network) => string[];

const n = groupThousands;
const side = (step: DerivedStep) => step.outShape[1];
const percentOfParams = (step: DerivedStep, network: Network) =>
	((100 * step.params) / network.totals.params).toFixed(1);

// English

const convEn: Explain = (step) => {
	if (step.spec.kind !== 'conv') return [];
	const { outChannels, kernel, stride, padding, groups } = step.spec;
	const cin = step.inChannels ?? 0;
	const paragraphs = [
		`A convolution slides ${outChannels} small filters over its input. Each filter is a block of ` +
			`${kernel}×${kernel}×${cin / groups} weights. At every position it multiplies the patch underneath by its weights, ` +
			`adds the products and a bias, and writes down one number. One filter swept over the whole input gives one ` +
			`${side(step)}×${side(step)} map; the ${outChannels} maps stacked together are the output.`,
		`The same weights are reused at every position. That is why ${n(outChannels * side(step) ** 2)} output values ` +
			`need only ${n(step.params)} parameters, and why a pattern learnt in one corner is recognised in every other.`
	];
	if (padding > 0) {
		paragraphs.push(
			`Padding adds ${padding} ring${padding > 1 ? 's' : ''} of zeros around the input, so the filter can also be centred on border pixels.`
		);
	}
	if (stride > 1) {
		paragraphs.push(
			`With stride ${stride} the filter jumps ${stride} pixels at a time, which shrinks the map about ${stride} times in each direction.`
		);
	}
	if (groups > 1) {
		paragraphs.push(
			`\`groups=${groups}\` splits the filters into ${groups} independent halves: each half reads only its own half of the input channels. ` +
				`This is how one device imitates the paper's two GPUs, each of which held half of this layer and saw only its own half of the previous one.`
		);
	}
	if (step.id === 'conv1') {
		paragraphs.push(
			`This first layer reads raw pixels, one weight per pixel and colour channel. After training, most of its filters look like ` +
				`edge detectors at various angles and blobs of colour — the plainest visual features, learnt rather than designed.`
		);
	}
	paragraphs.push(
		`Each value of the output depends on a ${Math.round(step.receptiveField)}×${Math.round(step.receptiveField)} patch of the input image: its receptive field.`
	);
	return paragraphs;
};

const maxpoolEn: Explain = (step) => {
	if (step.spec.kind !== 'maxpool') return [];
	const { kernel, stride } = step.spec;
	const paragraphs = [
		`Max-pooling keeps the largest value in each ${kernel}×${kernel} window, channel by channel, moving ${stride} pixels at a time. ` +
			`It has no weights. It makes the map smaller (${step.inShape[2]} → ${side(step)} a side) while keeping the strongest responses, ` +
			`so the next layers see a wider area for the same cost. This is downsampling.`
	];
	if (kernel > stride) {
		paragraphs.push(
			`The window (${kernel}) is wider than the step (${stride}), so neighbouring windows share a row and a column: AlexNet's ` +
				`"overlapping pooling". The paper found it slightly better than non-overlapping windows and a little harder to overfit.`
		);
	}
	return paragraphs;
};

const reluEn: Explain = () => [
	`ReLU keeps positive values and replaces negative ones with zero: $\\max(0, x)$. It has no weights and leaves the shape as it is.`,
	`Its slope is exactly 1 for every positive input, so gradients pass back through it undiminished. With saturating functions such as ` +
		`tanh, gradients shrink wherever the input is large. AlexNet's authors timed a small four-layer network on CIFAR-10: with ReLU ` +
		`it reached 25% training error six times faster than with tanh.`,
	`\`inplace=True\` lets PyTorch overwrite its input instead of allocating a new tensor, which saves memory.`
];

const lrnEn: Explain = (step) => {
	if (step.spec.kind !== 'lrn') return [];
	return [
		`Local response normalisation divides each value by a number that grows with the squared values at the same pixel in ` +
			`the ${step.spec.size} neighbouring channels. A channel that responds strongly dampens its neighbours, a little like lateral ` +
			`inhibition between real neurons. It has no weights.`,
		`The paper credits it with lowering the top-1 error by 1.4 percentage points. Later networks (VGG, for example) found no such gain, ` +
			`and today batch normalisation has replaced it.`,
		`PyTorch divides $\\alpha$ by $n$ in its formula, as Caffe did; the paper's formula does not. With $\\alpha = 10^{-4}$ the effective ` +
			`constant is therefore five times smaller than the paper's.`
	];
};

const adaptiveavgpoolEn: Explain = (step) => {
	if (step.spec.kind !== 'adaptiveavgpool') return [];
	const out = step.spec.outputSize;
	const already = step.inShape[2] === out;
	return [
		`Adaptive average pooling picks its own windows so that the output is always ${out}×${out}, whatever the size of the map it receives, ` +
			`and averages each window.`,
		already
			? `Here the map is already ${out}×${out}, so this step changes nothing. It matters for bigger photos: the classifier still receives exactly the ${n(step.outShape[0] * out * out)} values it was built for.`
			: `Here it turns a ${step.inShape[2]}×${step.inShape[2]} map into ${out}×${out}, so the classifier still receives the number of values it was built for.`,
		`torchvision added this step; the 2012 network has no such safety net, and a different input size breaks its first linear layer.`
	];
};

const flattenEn: Explain = (step) => [
	`Flatten lays the ${step.inShape.join('×')} block out as one vector of ${n(step.outShape[0])} numbers — channel after channel, ` +
		`row after row — because a fully connected layer takes a vector.`,
	`\`start_dim=1\` keeps the first dimension, the batch: a batch of images stays a batch of vectors.`
];

const dropoutEn: Explain = (step) => {
	const p = step.spec.kind === 'dropout' ? step.spec.p : 0;
	return [
		`While training, Dropout sets each value to zero with probability $p = ${p}$ and scales the survivors by $1/(1-p)$, so the expected ` +
			`total stays the same. Every training step therefore trains a different thinned network, and no unit can count on a particular partner being present.`,
		`When the model is evaluated (\`model.eval()\`) Dropout does nothing. The paper did the opposite bookkeeping — nothing during training, ` +
			`outputs halved at test time — which gives the same averages.`
	];
};

const linearEn: Explain = (step, network) => {
	if (step.spec.kind !== 'linear') return [];
	const inputs = step.spec.inFeatures;
	const outputs = step.outShape[0];
	const paragraphs = [
		`A fully connected layer computes each of its ${n(outputs)} outputs as a weighted sum of all ${n(inputs)} inputs, plus a bias. ` +
			`Its weight matrix has ${n(outputs)} rows and ${n(inputs)} columns.`,
		`This one layer holds ${percentOfParams(step, network)}% of all the network's parameters.`
	];
	if (step.spec.outFeatures === 'classes') {
		paragraphs.push(
			`It has one output per class (${n(network.classes)}). These raw scores are called logits: larger means more likely, but they are not yet probabilities.`
		);
	}
	return paragraphs;
};

const softmaxEn: Explain = (_step, network) => [
	`Softmax turns the ${n(network.classes)} scores into probabilities: each score is exponentiated and divided by the sum of all of them, ` +
		`so every result is positive and together they add up to 1. The order stays the same; the largest score gets the largest share.`,
	`In PyTorch it is not part of the model: \`nn.CrossEntropyLoss\` applies it (as log-softmax) during training, so the model returns logits ` +
		`and you call \`torch.softmax\` only to read probabilities.`
];

// 中文

const convZh: Explain = (step) => {
	if (step.spec.kind !== 'conv') return [];
	const { outChannels, kernel, stride, padding, groups } = step.spec;
	const cin = step.inChannels ?? 0;
	const paragraphs = [
		`卷积层让 ${outChannels} 个小滤波器在输入上滑动。每个滤波器是一块 ${kernel}×${kernel}×${cin / groups} 的权重。` +
			`在每个位置，它把下面那一小块输入与自己的权重逐个相乘，再把这些乘积和一个偏置加起来，写下一个数。` +
			`一个滤波器扫过整个输入，得到一张 ${side(step)}×${side(step)} 的特征图；${outChannels} 张特征图叠在一起，就是输出。`,
		`同一组权重在每个位置上重复使用。所以 ${n(outChannels * side(step) ** 2)} 个输出值只需要 ${n(step.params)} 个参数；` +
			`也正因为如此，在一个角落学到的图案，在其他任何位置都能认出来。`
	];
	if (padding > 0) {
		paragraphs.push(`填充在输入四周加上 ${padding} 圈 0，这样滤波器的中心也能落在边缘的像素上。`);
	}
	if (stride > 1) {
		paragraphs.push(
			`步幅为 ${stride} 时，滤波器每次跳过 ${stride} 个像素，所以特征图在每个方向上大约缩小为原来的 1/${stride}。`
		);
	}
	if (groups > 1) {
		paragraphs.push(
			`\`groups=${groups}\` 把滤波器分成 ${groups} 个互相独立的组：每组只读取属于自己的那部分输入通道。` +
				`一个设备就是这样模仿论文中的两块 GPU 的：当年每块 GPU 只存放这一层的一半，也只看得到上一层属于自己的那一半。`
		);
	}
	if (step.id === 'conv1') {
		paragraphs.push(
			`第一层直接读取原始像素，每个像素的每个颜色通道对应一个权重。训练之后，它的大多数滤波器看起来像各种角度的边缘检测器和一团团颜色——` +
				`这是最朴素的视觉特征，是网络自己学出来的，而不是人设计的。`
		);
	}
	paragraphs.push(
		`输出中的每个值都取决于输入图片中一块 ${Math.round(step.receptiveField)}×${Math.round(step.receptiveField)} 的区域：这就是它的感受野。`
	);
	return paragraphs;
};

const maxpoolZh: Explain = (step) => {
	if (step.spec.kind !== 'maxpool') return [];
	const { kernel, stride } = step.spec;
	const paragraphs = [
		`最大池化在每个 ${kernel}×${kernel} 的窗口里只保留最大的值，逐个通道进行，每次移动 ${stride} 个像素。它没有权重。` +
			`它让特征图变小（边长 ${step.inShape[2]} → ${side(step)}），同时保留最强的响应，这样后面的层用同样的计算量就能看到更大的范围。` +
			`这就是下采样。`
	];
	if (kernel > stride) {
		paragraphs.push(
			`窗口（${kernel}）比步幅（${stride}）宽，所以相邻的窗口共用一行和一列：这就是 AlexNet 的“重叠池化”。` +
				`论文发现它比不重叠的窗口略好一些，也稍微不容易过拟合。`
		);
	}
	return paragraphs;
};

const reluZh: Explain = () => [
	`ReLU 保留正值，把负值换成 0：$\\max(0, x)$。它没有权重，也不改变形状。`,
	`对每个正的输入，它的斜率都正好是 1，所以梯度反向传播经过它时不会衰减。而像 tanh 这样会饱和的函数，只要输入较大，梯度就会变得很小。` +
		`AlexNet 的作者在 CIFAR-10 上用一个四层的小网络做了计时：用 ReLU 时，训练误差降到 25% 的速度是用 tanh 时的六倍。`,
	`\`inplace=True\` 让 PyTorch 直接覆盖输入，而不是新分配一个张量，这样可以节省内存。`
];

const lrnZh: Explain = (step) => {
	if (step.spec.kind !== 'lrn') return [];
	return [
		`局部响应归一化（LRN）把每个值除以一个数，这个数随同一像素上相邻 ${step.spec.size} 个通道的值的平方而增大。` +
			`一个响应很强的通道会压低它的邻居，有点像真实神经元之间的侧抑制。它没有权重。`,
		`论文认为它让 top-1 错误率降低了 1.4 个百分点。后来的网络（例如 VGG）没有发现这样的收益，如今它已被批量归一化取代。`,
		`PyTorch 在公式中把 $\\alpha$ 除以 $n$，Caffe 也是这样做的；论文的公式没有这一步。` +
			`因此在 $\\alpha = 10^{-4}$ 时，实际起作用的常数只有论文中的五分之一。`
	];
};

const adaptiveavgpoolZh: Explain = (step) => {
	if (step.spec.kind !== 'adaptiveavgpool') return [];
	const out = step.spec.outputSize;
	const already = step.inShape[2] === out;
	return [
		`自适应平均池化自己选择窗口，使输出总是 ${out}×${out}，不管收到的特征图有多大，然后对每个窗口求平均值。`,
		already
			? `这里的特征图本来就是 ${out}×${out}，所以这一步什么也不改变。它在图片更大时才起作用：分类器仍然正好收到它所需要的 ${n(step.outShape[0] * out * out)} 个值。`
			: `这里它把 ${step.inShape[2]}×${step.inShape[2]} 的特征图变成 ${out}×${out}，所以分类器收到的值的个数仍然是它所需要的。`,
		`这一步是 torchvision 加上的；2012 年的网络没有这道保险，换一个输入尺寸，它的第一个全连接层就会出错。`
	];
};

const flattenZh: Explain = (step) => [
	`展平把 ${step.inShape.join('×')} 的数据块排成一个含 ${n(step.outShape[0])} 个数的向量——一个通道接一个通道，一行接一行——` +
		`因为全连接层的输入是一个向量。`,
	`\`start_dim=1\` 保留第一个维度，也就是批量：一批图片展平后仍然是一批向量。`
];

const dropoutZh: Explain = (step) => {
	const p = step.spec.kind === 'dropout' ? step.spec.p : 0;
	return [
		`训练时，丢弃法（Dropout）以概率 $p = ${p}$ 把每个值置为 0，并把留下来的值乘以 $1/(1-p)$，使总和的期望保持不变。` +
			`因此每一个训练步骤训练的都是一个不同的、“变瘦”的网络，没有哪个单元能指望某个特定的搭档一定在场。`,
		`评估模型时（\`model.eval()\`），Dropout 什么也不做。论文的做法正好反过来——训练时什么也不做，测试时把输出减半——` +
			`得到的平均值是一样的。`
	];
};

const linearZh: Explain = (step, network) => {
	if (step.spec.kind !== 'linear') return [];
	const inputs = step.spec.inFeatures;
	const outputs = step.outShape[0];
	const paragraphs = [
		`全连接层的 ${n(outputs)} 个输出，每一个都是全部 ${n(inputs)} 个输入的加权和，再加上一个偏置。` +
			`它的权重矩阵有 ${n(outputs)} 行、${n(inputs)} 列。`,
		`仅这一层就占了整个网络参数量的 ${percentOfParams(step, network)}%。`
	];
	if (step.spec.outFeatures === 'classes') {
		paragraphs.push(
			`每个类别对应一个输出（共 ${n(network.classes)} 个）。这些原始分数叫作 logit（未归一化的分数）：越大表示可能性越大，但它们还不是概率。`
		);
	}
	return paragraphs;
};

const softmaxZh: Explain = (_step, network) => [
	`Softmax 把 ${n(network.classes)} 个分数变成概率：对每个分数取指数，再除以所有指数之和，所以每个结果都是正数，加起来等于 1。` +
		`顺序保持不变；分数最大的得到最大的份额。`,
	`在 PyTorch 中，它不属于模型本身：\`nn.CrossEntropyLoss\` 在训练时会应用它（以 log-softmax 的形式），` +
		`所以模型返回的是 logit，只有想读出概率时才调用 \`torch.softmax\`。`
];

const explainers = localised<Record<StepKind, Explain>>({
	en: {
		conv: convEn,
		maxpool: maxpoolEn,
		relu: reluEn,
		lrn: lrnEn,
		adaptiveavgpool: adaptiveavgpoolEn,
		flatten: flattenEn,
		dropout: dropoutEn,
		linear: linearEn,
		softmax: softmaxEn
	},
	zh: {
		conv: convZh,
		maxpool: maxpoolZh,
		relu: reluZh,
		lrn: lrnZh,
		adaptiveavgpool: adaptiveavgpoolZh,
		flatten: flattenZh,
		dropout: dropoutZh,
		linear: linearZh,
		softmax: softmaxZh
	}
});

export function explainStep(step: DerivedStep, network: Network, lang: Lang): string[] {
	return explainers[lang][step.kind](step, network);
}

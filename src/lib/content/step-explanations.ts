/**
 * "What it does", in plain words, for every step page. Paragraphs may hold
 * `code` and $TeX$; numbers come from the derived step so they follow the variant.
 */
import { groupThousands, type DerivedStep, type Network } from '$lib/model';

type Explain = (step: DerivedStep, network: Network) => string[];

const n = groupThousands;
const side = (step: DerivedStep) => step.outShape[1];
const percentOfParams = (step: DerivedStep, network: Network) =>
	((100 * step.params) / network.totals.params).toFixed(1);

const conv: Explain = (step) => {
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

const maxpool: Explain = (step) => {
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

const relu: Explain = () => [
	`ReLU keeps positive values and replaces negative ones with zero: $\\max(0, x)$. It has no weights and leaves the shape as it is.`,
	`Its slope is exactly 1 for every positive input, so gradients pass back through it undiminished. With saturating functions such as ` +
		`tanh, gradients shrink wherever the input is large. AlexNet's authors timed a small four-layer network on CIFAR-10: with ReLU ` +
		`it reached 25% training error six times faster than with tanh.`,
	`\`inplace=True\` lets PyTorch overwrite its input instead of allocating a new tensor, which saves memory.`
];

const lrn: Explain = (step) => {
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

const adaptiveavgpool: Explain = (step) => {
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

const flatten: Explain = (step) => [
	`Flatten lays the ${step.inShape.join('×')} block out as one vector of ${n(step.outShape[0])} numbers — channel after channel, ` +
		`row after row — because a fully connected layer takes a vector.`,
	`\`start_dim=1\` keeps the first dimension, the batch: a batch of images stays a batch of vectors.`
];

const dropout: Explain = (step) => {
	const p = step.spec.kind === 'dropout' ? step.spec.p : 0;
	return [
		`While training, Dropout sets each value to zero with probability $p = ${p}$ and scales the survivors by $1/(1-p)$, so the expected ` +
			`total stays the same. Every training step therefore trains a different thinned network, and no unit can count on a particular partner being present.`,
		`When the model is evaluated (\`model.eval()\`) Dropout does nothing. The paper did the opposite bookkeeping — nothing during training, ` +
			`outputs halved at test time — which gives the same averages.`
	];
};

const linear: Explain = (step, network) => {
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

const softmax: Explain = (_step, network) => [
	`Softmax turns the ${n(network.classes)} scores into probabilities: each score is exponentiated and divided by the sum of all of them, ` +
		`so every result is positive and together they add up to 1. The order stays the same; the largest score gets the largest share.`,
	`In PyTorch it is not part of the model: \`nn.CrossEntropyLoss\` applies it (as log-softmax) during training, so the model returns logits ` +
		`and you call \`torch.softmax\` only to read probabilities.`
];

const explainers: Record<DerivedStep['kind'], Explain> = {
	conv,
	maxpool,
	relu,
	lrn,
	adaptiveavgpool,
	flatten,
	dropout,
	linear,
	softmax
};

export function explainStep(step: DerivedStep, network: Network): string[] {
	return explainers[step.kind](step, network);
}

/**
 * The chapter "What made AlexNet work". Each section's figure is chosen by the
 * page from the section id; the words live here.
 */

export interface ChapterSection {
	id: 'relu' | 'dropout' | 'lrn' | 'overlapping-pooling' | 'two-gpus' | 'recipe' | 'explanations';
	title: string;
	paragraphs: string[];
	/** Paragraphs after the section's figure. */
	after?: string[];
}

export const chapterTitle = 'What made AlexNet work';

export const chapterIntro = [
	`In 2012 AlexNet won the ImageNet challenge with a top-5 error of 15.3%; the next entry had 26.2%. Its layers were not new — ` +
		`convolutions, pooling and fully connected layers had been around since the 1980s. What changed was a handful of choices that ` +
		`made a much bigger network trainable on 1.2 million photos. This chapter takes them one at a time.`
];

export const chapterSections: ChapterSection[] = [
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

export const activationPlots = {
	values: 'The functions',
	valuesDescription:
		'Sigmoid rises from 0 to 1 and tanh from −1 to 1, both flattening out on either side; ReLU is 0 for negative inputs and the input itself for positive ones.',
	slopes: 'Their slopes (gradients)',
	slopesDescription:
		'The sigmoid’s slope peaks at 0.25 at zero and tanh’s at 1; both fall towards 0 away from zero. ReLU’s slope is 0 for negative inputs and 1 for every positive input.'
};

export const dropoutDemo = {
	figureLabel: (kept: number, total: number) =>
		`${total} units of a layer, ${total - kept} of them dropped, and the connections that remain to the next layer.`,
	caption: (step: number, kept: number, total: number) => `Training step ${step}: ${kept} of ${total} units kept.`,
	again: 'Next training step'
};

export const poolingFigure = {
	label: (kernel: number, stride: number, maxima: number[]) =>
		`Windows of ${kernel} with step ${stride} over one row of nine values; the maxima are ${maxima.join(', ')}.`,
	caption: (kernel: number, stride: number, maxima: number[]) =>
		`Window ${kernel}, step ${stride}${kernel > stride ? ' (overlapping)' : ''}: maxima ${maxima.join(', ')}.` +
		(kernel === stride ? ' The last value is never looked at.' : '')
};

export const twoTowers = {
	caption: 'Convolution weights in the 2012 network',
	layer: 'Layer',
	reads: 'Each GPU reads',
	ownHalf: 'its own half',
	bothHalves: 'all input channels',
	weights: 'Weights (two towers)',
	ifJoined: 'If the towers were joined'
};

export const lrnFigure = {
	constants: 'with the paper’s constants'
};

export const inputSizeSection = {
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

export const contentsLabel = 'In this chapter';

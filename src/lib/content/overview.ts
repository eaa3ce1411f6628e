/** Headings and captions of the overview page. */
export const variantTable = {
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
};

export const overview = {
	title: 'AlexNet, layer by layer',
	intro: [
		`AlexNet is the convolutional network that won the 2012 ImageNet challenge by a wide margin and started the deep-learning ` +
			`boom in computer vision. Below is the whole network, drawn to scale from its description: each block is one step, ` +
			`its height set by the size of the map and its depth by the number of channels.`,
		`Choose a block to open its page: what it does, the arithmetic behind its output size, its parameters, its PyTorch code, ` +
			`and a panel to change its settings and watch the rest of the network follow. Use ← and → (or PageUp and PageDown, as a presenter’s clicker sends) to step through the pages.`
	],
	diagramLabel: 'The network, one block per step',
	start: 'Start at the first layer',
	totalsHeading: 'In numbers'
};

export const totalsLabels = {
	params: 'parameters',
	macs: 'multiply–adds per image',
	paramBytes: 'of weights (float32)',
	input: 'input image'
};

export const legend = {
	label: 'Colours of the step kinds',
	how: 'Box face ∝ √(map side), box depth ∝ √(channels), bar height ∝ log(length).'
};

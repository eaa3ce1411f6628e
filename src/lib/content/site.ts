/** The words around the pages: site name, navigation, overview, footer. */

export const siteName = 'AlexNet Lab';
export const tagline = 'AlexNet, layer by layer';

export const nav = {
	overview: 'Overview',
	layers: 'Layers',
	chapter: 'Why it worked',
	summary: 'Summary',
	model: 'Model & weights',
	lesson: 'Lesson',
	variant: 'Variant',
	variantHint: 'Arrow keys choose; Enter, or leaving the menu, switches the network.',
	menu: 'Menu',
	projector: 'Projector mode',
	skip: 'Skip to content'
};

export const variantBlurbs: Record<string, string> = {
	seed: "The article's one-tower network: every layer of the 2012 paper at half width, on one device.",
	torchvision:
		'torchvision\'s `alexnet()`, which its documentation traces to Krizhevsky\'s 2014 "One weird trick" paper: one tower with ' +
		'its own channel counts, and an adaptive average pool before the classifier.',
	paper2012:
		"The 2012 paper's two-tower network on one device: `groups=2` stands for the two GPUs, with local response normalisation and a 227×227 input."
};

export const footer = {
	offline: 'Runs entirely in your browser; nothing you do here leaves this page.',
	source: 'Numbers are computed from the network description and checked against PyTorch.'
};

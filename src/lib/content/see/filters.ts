/** What students read around the learned filters. */

export const filtersText = {
	heading: 'The filters this layer learned',
	conv1:
		'Each tile is one of conv1’s kernels: 11 × 11 weights for each of red, green and blue, shown as a colour picture. Grey means a weight near zero; a colour means the filter looks for that colour there.',
	deeper: (inChannels: number, k: number) =>
		`A filter here does not look at colours: it looks at the ${inChannels} feature maps of the layer before, with one ${k} × ${k} slice for each. Below are the slices of one filter.`,
	sortBy: 'Order the slices',
	sortModes: { index: 'by input channel', norm: 'strongest first (by norm)' },
	channel: 'Filter (output channel)',
	slicesLabel: (o: number, n: number) => `Filter ${o}: its ${n} input-channel slices`,
	kernelsLabel: (n: number) => `All ${n} kernels of conv1, as colour tiles`,
	oneKernel: (o: number) => `Kernel ${o} of conv1, enlarged`,
	loading: 'Loading the weights…',
	missing: 'The weights of this layer could not be read.',
	grey: 'Why do these filters look like coloured noise? This model learned from Fashion-MNIST, whose pictures are grey: red, green and blue always carried the same values, so every training step pushed the three colours of a weight the same way. The differences between the colours are the random numbers each weight started from, never trained away; what the filter learned is what its three colours share, the grey pattern under the noise. Load ImageNet weights (trained on colour photos) and conv1’s filters turn into clean coloured edges, stripes and blobs.',
	fashionPhoto:
		'These are the filters of the default model, trained on colour pictures of clothes laid over photographs. Most are soft grey light–dark patterns — blurry edges and bars at a few angles — and a few are blobs of one colour against another: the first layer finds where brightness or colour changes, nothing more. They are plainer than the crisp striped filters of ImageNet’s AlexNet, which learned from a million photos of a thousand kinds of things: load torchvision’s weights to compare.',
	besideMap: 'The filter that made this map'
};

/** What students read about which network, and which weights, the page is running. */

export interface RunningFacts {
	/** The model card's name, e.g. "AlexNet on Fashion-MNIST". */
	name: string;
	/** The variant's title, e.g. "torchvision". */
	variant: string;
	classes: number;
}

const classes = (n: number) => `${n.toLocaleString('en')} class${n === 1 ? '' : 'es'}`;

export const runningText = {
	/** The label on every map area and on the predictions. */
	trained: (f: RunningFacts) => `Running: ${f.name} · ${f.variant} AlexNet · ${classes(f.classes)}`,
	untrained: (f: RunningFacts) =>
		`Running: untrained weights (seeded random) · ${f.variant} AlexNet · ${classes(f.classes)}`,
	/** The untrained network's name, on its model card. */
	untrainedName: (variant: string) => `Untrained ${variant} AlexNet (seeded random weights)`,
	untrainedNote:
		'These maps show the shapes of this variant with random weights: no one has trained them, so the patterns mean nothing yet.',
	noPredictions: 'Untrained: no predictions.',
	loadLink: 'Load weights for this variant on the Model page',
	loading: (f: RunningFacts) => `Loading ${f.name} · ${f.variant} AlexNet · ${classes(f.classes)}…`,
	failed: (message: string) => `These weights could not be run: ${message}`,
	/** The rule, stated on the Model page beside the loader; `shipped` is the default model's facts. */
	policy: (shipped: RunningFacts) => [
		'Every number, shape and map on a page belongs to one network: the variant chosen in the header, with the weights the app holds for it.',
		`A variant runs the .pth you loaded for it. Until you load one, ${shipped.variant} runs the model shipped with the app (${shipped.name}, ${classes(shipped.classes)}), and the other variants run untrained, seeded random weights, labelled as such: their maps still show the shapes, but they make no predictions.`
		// What happens after a reload follows on the page from rememberedText.afterReload (kept weights).
	]
};

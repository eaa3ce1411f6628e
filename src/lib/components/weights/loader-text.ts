/** The words of the .pth loader (kept apart from the component so they can be reviewed and translated). */
import type { PresetName } from '$lib/weights/presets';

export const loaderText = {
	title: 'Load your own weights',
	pick: 'Choose a PyTorch .pth file',
	drop: 'or drop it here',
	privacy: 'The file is read in this browser and never uploaded.',
	preset: 'Images are prepared as for',
	presets: {
		auto: 'a guess from the file',
		imagenet: 'ImageNet (resize 256, crop)',
		seed: 'the article (stretch, ImageNet colours)',
		'fashion-mnist': 'Fashion-MNIST (grey, stretch)',
		'fashion-photo': 'Fashion-MNIST in colour (resize, crop)'
	} satisfies Record<PresetName | 'auto', string>,
	reading: (name: string) => `Reading ${name}…`,
	refusedHeading: 'This file was not loaded.',
	internalError: 'Something went wrong while reading the file:',
	loaded: (facts: { name: string; variant: string; classes: number; params: string; dtypes: string; size: string }) =>
		`Loaded ${facts.name} (${facts.size}): the ${facts.variant} AlexNet with ${facts.classes} classes, ` +
		`${facts.params} parameters stored as ${facts.dtypes}.`
};

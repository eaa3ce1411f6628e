/** The preprocessing walk-through: how the chosen picture becomes the numbers AlexNet reads. */
import type { ResizePolicy } from '../../weights/manifest';

export const preprocessText = {
	heading: 'From picture to numbers',
	intro:
		'AlexNet never sees the picture itself. It sees a block of numbers, made the same way as for every image it was trained on. The model card says how.',
	original: 'The picture as chosen',
	normalised: 'Normalised, channel by channel',
	normalise:
		'Each value is scaled to lie between 0 and 1, then shifted by the training images’ mean and divided by their standard deviation, so that a typical pixel comes out near 0.',
	grey: 'This model was trained on grey pictures, so the picture is turned grey first (0.299 R + 0.587 G + 0.114 B) and the grey copied into all three channels.',
	example: 'The centre pixel, for example:',
	channels: ['Red channel', 'Green channel', 'Blue channel']
};

/** The original's size, and the working size when it was scaled down on opening. */
export function originalCaption(
	original: { width: number; height: number },
	working: { width: number; height: number }
): string {
	const size = `${preprocessText.original}: ${original.width} × ${original.height}`;
	return working.width === original.width
		? size
		: `${size} (scaled to ${working.width} × ${working.height} on opening)`;
}

export function resizeCaption(policy: ResizePolicy): string {
	return policy.kind === 'stretch'
		? `Stretched to ${policy.size} × ${policy.size} pixels`
		: `Shorter side resized to ${policy.resize}, then the centre ${policy.crop} × ${policy.crop} cut out`;
}

/** What students read around Grad-CAM, occlusion, channel pictures and activation maximisation. */
import { format } from 'd3';

const ms = (t: number) => `${format(',.0f')(t)} ms`;

export const explainText = {
	heading: 'Where did it look?',
	intro:
		'Two ways to ask which parts of the picture the answer depended on. Grad-CAM follows the gradient of one class’s score back to a convolution layer; occlusion covers the picture with a grey square, place by place, and watches the probability fall.',
	classLabel: 'Class to explain',
	pickClass: (label: string) => `Explain ${label}`,
	layerLabel: 'Layer',
	opacityLabel: 'Opacity of the map',
	gradCamHeading: 'Grad-CAM',
	gradCamLegend: 'Grad-CAM: how much this place raised the class’s score (0 = not at all)',
	gradCamAlt: (label: string, layer: string) => `The picture with the Grad-CAM map of ${label} at ${layer} over it`,
	gradCamDone: (layer: string, rows: number, cols: number, t: number) =>
		`Computed at ${layer}’s ${rows}×${cols} grid in ${ms(t)}, then stretched to the picture: each cell covers many pixels, so the map is coarse by construction.`,
	gradCamHonest:
		'Grad-CAM says which places raised this class’s score at this layer, for this picture. It does not say why, and a bright patch is not proof that the network “understands” the object: it can as well be the background it learned to rely on.',
	occlusionHeading: 'Occlusion',
	patchLabel: 'Square side (pixels)',
	strideLabel: 'Step between places (pixels)',
	run: 'Slide the grey square',
	cancel: 'Cancel',
	progressLabel: 'Occluded pictures run',
	occlusionPlan: (places: number) => `${places} places: ${places + 1} pictures through the network, in batches.`,
	occlusionDone: (pictures: number, passes: number, t: number, complete: boolean) =>
		`${complete ? 'Done' : 'Cancelled'}: ${pictures} pictures in ${passes} batched forward passes, ${ms(t)}.`,
	occlusionLegend: 'Occlusion: fall in the class’s probability when this place is grey (negative: it rose)',
	occlusionAlt: (label: string) => `The picture with the occlusion map of ${label} over it`,
	occlusionHonest:
		'Occlusion measures the network’s answer to pictures it never saw in training — with a grey square in them. A large fall says the place mattered; it does not say what in it mattered.',
	failed: (why: string) => `The explanation could not be computed: ${why}`
};

/** The channel view: one channel's filter, its top patches and its maximised picture, beside its map. */
export const channelText = {
	previous: 'Previous channel',
	next: 'Next channel',
	walkHint: '← and → walk through the channels; Esc closes.',
	fromConv: (conv: string) => `This step keeps ${conv}’s channels apart, so the pictures below are ${conv}’s.`,
	filterHeading: 'Its filter',
	patchesHeading: 'Pictures that excite it most',
	patchesAtlas: (images: number, dataset: string) =>
		`The 9 of ${images.toLocaleString('en')} ${dataset} pictures with this channel’s largest value, each cut to the part of the picture the strongest cell sees (its receptive field).`,
	patchesGallery: (images: number) =>
		`The strongest of the ${images} sample-gallery pictures, cut to what the strongest cell sees. A handful of pictures: a hint, not a survey.`,
	/** Said around the command, shown as code. */
	patchesNone: {
		before: 'Top patches are computed for the default model by',
		command: 'npm run patches',
		after: '; these weights have none. For your own weights, search the sample gallery here.'
	},
	patchesCompute: 'Compute on the sample gallery',
	patchesProgress: 'Sample pictures searched',
	patchesLoading: 'Loading this layer’s patches…',
	patchesEmpty: 'No picture made this channel respond at all (its largest value was 0 everywhere).',
	patchAlt: (rank: number, from: string, value: number) =>
		`Patch ${rank + 1}, from picture ${from}: largest value ${value.toFixed(2)}`,
	maximisedHeading: 'What excites it',
	maximise: 'Show what excites it',
	stop: 'Stop',
	maximiseAgain: 'Run again',
	maximisedAlt: (layer: string, channel: number, step: number) =>
		`A picture grown from noise to excite ${layer} channel ${channel}, after ${step} steps`,
	maximiseProgress: 'Steps of gradient ascent',
	maximiseStatus: (step: number, steps: number, activation: number) =>
		`Step ${step} of ${steps}: the channel’s mean output is ${activation.toFixed(2)}.`,
	maximiseDone: (steps: number, ms: number, complete: boolean) =>
		complete
			? `Done: ${steps} steps in ${(ms / 1000).toFixed(1)} s.`
			: `Stopped after ${steps} steps; the picture is what it had become by then.`,
	maximiseIdle:
		'Gradient ascent on the picture, from faint noise: each step changes the pixels to raise this channel’s mean output, seen slightly shifted and rescaled, blurred now and then so it cannot cheat with pixel noise.',
	maximiseHonest:
		'This is a picture the channel responds to strongly, not what it “sees” in your photo: many different pictures would do as well, and the regularisers chose this one.'
};

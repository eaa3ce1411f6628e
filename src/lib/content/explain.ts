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

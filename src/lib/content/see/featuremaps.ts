/** What students read around the feature maps. */
import type { RangeMode } from '../../visual/range';

const fixed = (x: number) => (Math.abs(x) >= 100 ? x.toFixed(1) : x.toFixed(3));

export const mapsText = {
	heading: 'What this layer sees in your picture',
	gridLabel: (stepId: string, channels: number) =>
		`${stepId}: ${channels} feature map${channels === 1 ? '' : 's'}, one tile each`,
	vectorLabel: (stepId: string, length: number) => `${stepId}: ${length} numbers, laid out as a square`,
	signed: 'Purple is negative, white zero, orange positive: before ReLU, values of both signs are there.',
	unsigned: 'Dark is zero, yellow the largest value: after ReLU nothing is negative.',
	open: 'Click a tile (or press Enter on it) to open it large. Arrow keys move between tiles.',
	channelPictures:
		'An opened tile also shows what its channel looks for: the filter that makes it, the pictures that excite it most, and a picture grown from noise to excite it. These show what raises the channel, not what it “means”: a few examples and one optimised picture cannot prove a channel detects a collar or a heel.',
	empty: 'The network has not looked at a picture yet.',
	absent: (stepId: string, model: string) =>
		`The loaded model (${model}) has no ${stepId} step, so there is nothing to show for it here. Load a model of this variant to see it.`,
	range: 'Colour range',
	rangeModes: {
		channel: 'each tile',
		layer: 'this layer',
		network: 'whole network'
	} satisfies Record<RangeMode, string>,
	rangeHelp: {
		channel: 'Every tile uses all the colours: faint patterns show, but tiles cannot be compared.',
		layer: 'One range for the layer: bright tiles are the channels that answered most strongly.',
		network: 'One range for every layer: shows how values grow or shrink through the network.'
	} satisfies Record<RangeMode, string>,
	legend: (mode: RangeMode) =>
		`Value → colour (${mode === 'channel' ? 'range of the first tile; each tile has its own' : 'shared range'})`
};

export const zoomText = {
	title: (stepId: string, channel: number) => `${stepId}, channel ${channel}`,
	close: 'Close',
	mapLabel: (h: number, w: number) =>
		`Feature map of ${h} by ${w} cells. Arrow keys move the cursor; the value is read out below.`,
	readout: (channel: number, row: number, column: number, value: number) =>
		`channel ${channel}, row ${row}, column ${column}: value ${fixed(value)}`,
	fieldLabel: (f: { x: number; y: number; width: number; height: number }) =>
		`The model's input with the cell's receptive field outlined: ${f.width} by ${f.height} pixels from column ${f.x}, row ${f.y}`,
	field: (f: { x: number; y: number; width: number; height: number }, rf: number) =>
		`This cell sees the outlined ${f.width} × ${f.height} pixels of the input (a ${rf} × ${rf} field, cut where it runs past the edge or into the padding).`
};

export const networkMapsText = {
	heading: 'Your picture, layer by layer',
	intro:
		'One forward pass, every step’s output. Early layers still look like the picture; deeper ones keep less of where things are and more of what is there. Open a step to see its maps large.'
};

/** Labels and short texts of a layer page and its "what if" panel. */
import type { FormulaKey } from '$lib/components/layer/formulas';

export const formulaLabels: Record<FormulaKey, string> = {
	size: 'Output size',
	params: 'Parameters',
	macs: 'Multiply–adds',
	rule: 'What it computes',
	sum: 'Where',
	constants: 'Constants',
	windows: 'Its windows',
	widest: 'Widest window',
	length: 'Vector length'
};

export const factLabels = {
	input: 'Input',
	output: 'Output',
	params: 'Parameters',
	weightsAndBias: (weights: string, bias: string) => `${weights} weights + ${bias} biases`,
	macs: 'Multiply–adds',
	receptiveField: 'Receptive field',
	wholeImage: 'whole image',
	memory: 'Output memory'
};

export const layerPage = {
	stepOf: (position: number, total: number) => `Step ${position} of ${total}`,
	whatItDoes: 'What it does',
	formulas: 'The arithmetic',
	code: 'In PyTorch',
	codeNote: 'The lines that build this step, with the shape it outputs as a comment.',
	previous: 'Previous',
	next: 'Next',
	keysHint:
		'Tip: ← and → (or PageUp and PageDown, as a presenter’s clicker sends) step through the pages, from the overview to the summary.',
	navLabel: 'Previous and next step',
	overview: 'Overview of the network',
	summary: 'Summary table',
	errata: 'The article says',
	flooredNote: (remainder: number, s: number) => {
		const edge = remainder === 1 ? 'last row and column' : `last ${remainder} rows and columns`;
		return (
			`The division leaves a remainder of ${remainder}: the window never reaches the ${edge} of the padded input, ` +
			`and PyTorch rounds down. A stride of ${s} simply runs out of room.`
		);
	},
	missing: (id: string, variant: string) => `${id} is not a step of the “${variant}” network.`,
	missingHint: 'It appears in:',
	missingGo: (id: string) => `Continue at ${id} in this variant`
};

export const whatIf = {
	heading: 'What if…?',
	intro:
		'Change this layer’s settings and see what happens to its output and to every layer after it. ' +
		'The page above keeps the real network; nothing here is saved.',
	imageSize: 'Image size',
	imageSizeHint: (w: number) => `W here is ${w}`,
	kernel: 'Kernel F',
	padding: 'Padding P',
	stride: 'Stride S',
	channels: 'Output channels',
	reset: 'Back to the real values',
	badInput: (label: string) => `${label} must be a whole number within the allowed range.`,
	downstream: 'Every layer after this one',
	stepColumn: 'Step',
	realColumn: 'Real network',
	whatIfColumn: 'What if',
	paramsColumn: 'Parameters (what if)',
	unchanged: 'unchanged',
	flattenOk: (n: string) => `Flatten hands fc1 ${n} values, exactly what fc1 is built for.`,
	flattenMismatch: (got: string, want: string) =>
		`Flatten now hands fc1 ${got} values, but fc1 is built for ${want}. PyTorch would stop here with ` +
		`“mat1 and mat2 shapes cannot be multiplied”: fc1 would have to be rebuilt, and retrained, for the new size.`,
	flattenBroken: 'No flatten size: an earlier layer has no output at all.',
	impossible: 'This configuration cannot work:',
	fractional:
		'The division is not exact, so the output size is rounded down. That is allowed, but the last rows and columns of the input are ignored.',
	totalParams: (real: string, changed: string) => `Total parameters: ${real} → ${changed}`
};

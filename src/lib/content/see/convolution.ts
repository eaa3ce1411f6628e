/** What students read around the sliding-window animations. */

export const stepperText = {
	previous: 'Previous position',
	next: 'Next position',
	play: 'Play',
	pause: 'Pause',
	position: 'Window position',
	keys: 'Keys: ← and → step, space plays or pauses, Home and End jump to the ends.',
	reduced: 'Your system asks for reduced motion, so nothing moves until you press Play or step.'
};

export const convText = {
	heading: 'The convolution at work',
	intro: (k: number, s: number, p: number) =>
		`The ${k} × ${k} window slides over the preprocessed picture ${s} pixels at a time, starting in the ${p}-pixel border of zeros (the padding). At each stop it multiplies every weight of one filter with the value under it and adds them all up, plus a bias: that sum is one cell of the output.`,
	inputLabel: (row: number, column: number) =>
		`The padded input with the window at output row ${row}, column ${column}`,
	outputLabel: (o: number) => `Output channel ${o}, filled up to the current cell`,
	channel: 'Filter (output channel)',
	check: (value: number) => `The engine’s own result for this cell: ${value.toFixed(3)}.`,
	channelNames: ['R', 'G', 'B']
};

export const poolText = {
	heading: 'Max-pooling at work',
	intro: (k: number, s: number) =>
		`The ${k} × ${k} pooling window moves ${s} cells at a time, so neighbouring windows overlap: the shared cells (hatched) are looked at twice. AlexNet’s authors found that this overlap made the network slightly more accurate and less prone to overfitting than windows that just touch.`,
	inputLabel: (row: number, column: number) =>
		`ReLU output with the pooling window for output row ${row}, column ${column}`,
	outputLabel: 'Pooled output, filled up to the current cell',
	formula: 'Each output cell keeps only the largest of the values under the window:'
};

export const reluText = {
	heading: 'ReLU at work',
	intro:
		'ReLU keeps positive values as they are and turns every negative value into 0. Step through the cells to see each one go through max(0, x).',
	before: 'Before ReLU (conv output)',
	after: 'After ReLU',
	negatives: (n: number, total: number) => `${n} of the ${total} values of this channel were negative and became 0.`
};

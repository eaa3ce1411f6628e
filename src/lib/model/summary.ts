/** torchinfo-style summaries of a derived network: a text table and JSON. */
import { BYTES_PER_FLOAT32, product } from './arithmetic';
import { moduleSteps, type DerivedStep, type Network } from './derive';

export interface SummaryRow {
	name: string;
	type: string;
	outputShape: number[];
	params: number;
	macs: number;
	receptiveField: number;
}

/** `npm run summary -- --format json`: PyTorch's module names and class names, in PyTorch's order. */
export interface SummaryJson {
	layers: SummaryRow[];
	totals: Network['totals'];
	variant: string;
	classes: number;
	inputShape: number[];
	/** In words; empty when the configuration works. */
	problems: string[];
}

export function summaryJson(network: Network): SummaryJson {
	return {
		layers: moduleSteps(network).map((s) => ({
			name: s.torchName as string,
			type: s.torchType as string,
			outputShape: s.outShape,
			params: s.params,
			macs: s.macs,
			receptiveField: s.receptiveField
		})),
		totals: network.totals,
		variant: network.variant.id,
		classes: network.classes,
		inputShape: network.inputShape,
		problems: network.problems.map((p) => p.message)
	};
}

export const groupThousands = (n: number): string => n.toLocaleString('en-US');
const megabytes = (bytes: number): string => (bytes / 1e6).toFixed(2);
const batchShape = (shape: readonly number[]): string => `[1, ${shape.join(', ')}]`;
const countOrDash = (n: number): string => (n ? groupThousands(n) : '--');

const COLUMNS = [
	{ title: 'Layer (type: name)', width: 40 },
	{ title: 'Output Shape', width: 22 },
	{ title: 'Param #', width: 16 },
	{ title: 'Mult-Adds', width: 16 },
	{ title: 'Receptive Field', width: 15 }
];
const RULE_WIDTH = COLUMNS.reduce((sum, c) => sum + c.width, 0);

/** Left-aligned columns as torchinfo prints them, without trailing blanks. */
const tableRow = (cells: string[]): string =>
	cells
		.map((cell, i) => cell.padEnd(COLUMNS[i].width))
		.join('')
		.trimEnd();

function moduleRow(step: DerivedStep): string {
	const nested = step.torchName?.includes('.');
	// A value after flatten sees the whole map before it: a receptive field stops meaning a patch.
	const rf = step.outShape.length === 3 ? String(Math.round(step.receptiveField)) : '--';
	return tableRow([
		`${nested ? '│    └─' : '├─'}${step.torchType}: ${step.torchName}`,
		batchShape(step.outShape),
		countOrDash(step.params),
		countOrDash(step.macs),
		rf
	]);
}

/** A fixed-width table in the manner of torchinfo: the module tree, one line per PyTorch module, then totals. */
export function summaryTable(network: Network): string {
	const rule = (c: string) => c.repeat(RULE_WIDTH);
	const modules = moduleSteps(network);
	const lines = [rule('='), tableRow(COLUMNS.map((c) => c.title)), rule('=')];
	lines.push(tableRow([network.variant.className, batchShape([network.classes]), '--', '--', '--']));
	modules.forEach((step, i) => {
		const group = step.spec.group;
		if (step.torchName?.includes('.') && modules[i - 1]?.spec.group !== group) {
			const last = modules.filter((s) => s.spec.group === group).at(-1) as DerivedStep;
			lines.push(tableRow([`├─Sequential: ${group}`, batchShape(last.outShape), '--', '--', '--']));
		}
		lines.push(moduleRow(step));
	});
	const inputBytes = product(network.inputShape) * BYTES_PER_FLOAT32;
	const { params, macs, activationBytes, paramBytes } = network.totals;
	lines.push(
		rule('='),
		`Total params: ${groupThousands(params)}`,
		`Trainable params: ${groupThousands(params)}`,
		`Total mult-adds (M): ${(macs / 1e6).toFixed(2)}`,
		rule('='),
		`Input size (MB): ${megabytes(inputBytes)}`,
		`Forward pass size (MB): ${megabytes(activationBytes)}`,
		`Params size (MB): ${megabytes(paramBytes)}`,
		`Estimated Total Size (MB): ${megabytes(inputBytes + activationBytes + paramBytes)}`,
		rule('=')
	);
	for (const p of network.problems) lines.push(`Problem: ${p.message}`);
	return lines.join('\n');
}

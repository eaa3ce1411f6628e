/** torchinfo-style summaries of a derived network: a text table and JSON. */
import { BYTES_PER_FLOAT32, product } from './arithmetic';
import { moduleSteps, type Network } from './derive';

export interface SummaryRow {
	name: string;
	type: string;
	outputShape: number[];
	params: number;
	macs: number;
	receptiveField: number;
}

export interface SummaryJson {
	variant: string;
	inputShape: number[];
	classes: number;
	layers: SummaryRow[];
	totals: { params: number; macs: number; activationBytes: number; paramBytes: number };
	problems: string[];
}

export function summaryJson(network: Network): SummaryJson {
	return {
		variant: network.variant.id,
		inputShape: network.inputShape,
		classes: network.classes,
		layers: moduleSteps(network).map((s) => ({
			name: s.torchName as string,
			type: s.torchType as string,
			outputShape: s.outShape,
			params: s.params,
			macs: s.macs,
			receptiveField: s.receptiveField
		})),
		totals: network.totals,
		problems: network.problems.map((p) => p.message)
	};
}

export const groupThousands = (n: number): string => n.toLocaleString('en-US');
const megabytes = (bytes: number): string => (bytes / 1e6).toFixed(2);

/** A fixed-width table in the manner of torchinfo, one line per PyTorch module. */
export function summaryTable(network: Network): string {
	const header = ['Layer (type: name)', 'Output Shape', 'Param #', 'Mult-Adds', 'RF'];
	const widths = [40, 20, 13, 15, 6];
	const rule = (c: string) => c.repeat(widths.reduce((a, b) => a + b, 0));
	const row = (cells: string[]) =>
		cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('');
	const lines = [rule('='), row(header), rule('=')];
	lines.push(row([`${network.variant.className}`, `[1, ${network.classes}]`, '--', '--', '']));
	let group = '';
	for (const s of moduleSteps(network)) {
		const g = s.torchName!.split('.')[0];
		if (g !== group && g !== 'avgpool') lines.push(row([`├─Sequential: ${g}`, '', '--', '--', '']));
		group = g;
		const indent = g === 'avgpool' ? '├─' : '│    └─';
		lines.push(
			row([
				`${indent}${s.torchType}: ${s.torchName}`,
				`[1, ${s.outShape.join(', ')}]`,
				s.params ? groupThousands(s.params) : '--',
				s.macs ? groupThousands(s.macs) : '--',
				String(Math.round(s.receptiveField))
			])
		);
	}
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

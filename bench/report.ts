/** The benchmark's text output: context, one line per row, the issue's targets with their figures. */
import type { BrowserRun } from './browser-runs';
import type { Interference } from './interference';
import type { PytorchRun } from './pytorch';
import type { ExplainRow, Row } from './rows';

/** When and where a run measured, and what else ran meanwhile. */
export interface Machine {
	date: string;
	cpu: string;
	cores: number;
	training: boolean;
	others: Interference;
}

export interface Context extends Machine {
	pytorch: PytorchRun;
	browser: BrowserRun;
	skipped: string[];
}

const ms = (v: number) => v.toFixed(1).padStart(8);
const pad = (s: string, n: number) => s.padEnd(n);

export function table(rows: Row[]): string {
	const head = `${pad('runtime', 9)}${pad('backend', 20)}${pad('model', 12)}${pad('batch', 6)}${pad('mode', 7)}  median      min      max    first  ×PyTorch`;
	const lines = rows.map(
		(r) =>
			`${pad(r.runtime, 9)}${pad(r.backend, 20)}${pad(r.model, 12)}${pad(String(r.batch), 6)}${pad(r.mode, 7)}` +
			`${ms(r.medianMs)} ${ms(r.minMs)} ${ms(r.maxMs)} ${ms(r.firstMs)}  ${r.ratioToPytorch === null ? '   —' : r.ratioToPytorch.toFixed(2).padStart(7)}`
	);
	return [head, ...lines].join('\n');
}

function find(rows: Row[], where: Partial<Row>): Row[] {
	return rows.filter((r) => Object.entries(where).every(([k, v]) => r[k as keyof Row] === v));
}

/** Each target from the issue with the figure measured, met or not. */
export function targets(rows: Row[], ctx: Context): string[] {
	const lines: string[] = [];
	const models = [...new Set(rows.map((r) => r.model))];
	for (const model of models) {
		const browserB1 = find(rows, { runtime: 'chromium', model, batch: 1, mode: 'logits' });
		if (browserB1.length === 0) continue;
		const best = browserB1.reduce((a, b) => (a.medianMs <= b.medianMs ? a : b));
		const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
		const ratio = best.ratioToPytorch ?? Infinity;
		lines.push(
			`${model}: best browser backend ${best.backend} at batch 1 is ${ratio.toFixed(2)}× PyTorch (target ≤ 1.0): ${verdict(ratio <= 1)}`
		);
		const all = find(rows, { runtime: 'chromium', backend: best.backend, model, batch: 1, mode: 'all' })[0];
		if (all) {
			const r = all.medianMs / best.medianMs;
			lines.push(
				`${model}: all-activations on ${best.backend} is ${r.toFixed(2)}× logits-only (target ≤ 1.15): ${verdict(r <= 1.15)}`
			);
		}
		const wasm = find(rows, { runtime: 'chromium', backend: 'wasm', model, batch: 1, mode: 'logits' })[0];
		if (wasm) {
			lines.push(
				`${model}: first pass after load on WASM ${wasm.firstMs.toFixed(0)} ms (target ≤ 500 ms): ${verdict(wasm.firstMs <= 500)}`
			);
		}
		const picked = browserB1.find((r) => r.backend === ctx.browser.auto.name);
		if (picked) {
			const r = picked.medianMs / best.medianMs;
			lines.push(
				`${model}: auto picked ${picked.backend}, ${r.toFixed(2)}× the fastest (${best.backend}) (target < 1.5): ${verdict(r < 1.5)}`
			);
		}
	}
	return lines;
}

export function contextLines(m: Machine, title: string): string[] {
	return [
		`${title}, ${m.date}`,
		`Machine: ${m.cpu}, ${m.cores} cores; training job running: ${m.training ? 'yes' : 'no'}`,
		`Other processes used ${m.others.otherCpuSeconds.toFixed(0)} of the ${(m.others.wallSeconds * m.cores).toFixed(0)} ` +
			`CPU-seconds the run had${m.others.busiest.length ? ` (${m.others.busiest.join(', ')})` : ''}`
	];
}

export function report(rows: Row[], ctx: Context): string {
	const { pytorch, browser } = ctx;
	const adapters = Object.entries(browser.adapters).map(([name, adapter]) => `${name} = ${adapter}`);
	const probe = browser.probe.map(
		(p) => `${p.name} ${p.ms !== undefined ? `${p.ms.toFixed(1)} ms` : (p.note ?? 'failed')}`
	);
	return [
		...contextLines(ctx, 'AlexNet Lab engine benchmark'),
		`PyTorch ${pytorch.torch} on CPU, one thread per core and one thread (ratios use the faster); BLAS loaded: ${pytorch.blas}`,
		`Chromium backends: ${adapters.join('; ')}`,
		...browser.unavailable.map((u) => `Chromium: ${u.name} did not start (fell back to ${u.fellBackTo})`),
		`auto picked ${browser.auto.name} (${browser.auto.reason}); probe: ${probe.join(', ')}`,
		'Times are ms per image (a batch-8 pass divided by 8); "first" is the first pass of that configuration.',
		'',
		table(rows),
		'',
		...ctx.skipped,
		...(ctx.skipped.length ? [''] : []),
		'Targets:',
		...targets(rows, ctx).map((t) => `  ${t}`)
	].join('\n');
}

/** The issue's target for activation maximisation: a recognisable picture within 10 s on WASM. */
const MAXIMISE_TARGET_MS = 10_000;

export function explainTable(rows: ExplainRow[]): string {
	const head = `${pad('runtime', 9)}${pad('backend', 9)}${pad('task', 10)}${pad('setting', 42)}${pad('per', 8)}  median      min      max  whole call  runs`;
	const lines = rows.map(
		(r) =>
			`${pad(r.runtime, 9)}${pad(r.threads ? `${r.backend} ${r.threads}t` : r.backend, 9)}${pad(r.task, 10)}` +
			`${pad(r.setting, 42)}${pad(r.per, 8)}${ms(r.medianMs)} ${ms(r.minMs)} ${ms(r.maxMs)}` +
			`  ${(r.medianTotalMs / 1000).toFixed(2).padStart(8)} s  ${String(r.runs).padStart(4)}` +
			(r.passes === undefined ? '' : `  (${r.passes} passes)`)
	);
	return [head, ...lines].join('\n');
}

export function explainTargets(rows: ExplainRow[]): string[] {
	return rows
		.filter((r) => r.task === 'maximise')
		.map(
			(r) =>
				`${r.runtime} ${r.backend}: maximising ${r.setting} takes ${(r.medianTotalMs / 1000).toFixed(1)} s ` +
				`(target ≤ ${MAXIMISE_TARGET_MS / 1000} s): ${r.medianTotalMs <= MAXIMISE_TARGET_MS ? 'met' : 'MISSED'}`
		);
}

/** The explanation rows' section of the report. */
export function explainReport(rows: ExplainRow[]): string {
	return [
		'Explanations: the default model (static/models/fashion-mnist), WASM, a random 224×224 picture.',
		'Times are ms per picture (Grad-CAM), per map (occlusion) and per step (maximisation, whole runs of its defaults);',
		'"whole call" is the median call from start to result.',
		'',
		explainTable(rows),
		'',
		'Targets:',
		...explainTargets(rows).map((t) => `  ${t}`)
	].join('\n');
}

/** Benchmark rows: summarising timed passes, and each row's ratio to PyTorch. */
import type { ExplainResult, ExplainTask } from '../src/lib/engine/testing/explain-bench';
export type Runtime = 'chromium' | 'node' | 'pytorch';
export type Mode = 'logits' | 'all';

export interface Row {
	runtime: Runtime;
	backend: string;
	model: string;
	batch: number;
	mode: Mode;
	/** Per image: each pass's time divided by the batch size. */
	medianMs: number;
	minMs: number;
	maxMs: number;
	/** The first pass of this configuration, per image; for a model's first row, the first pass after load. */
	firstMs: number;
	/** medianMs ÷ PyTorch's best medianMs (over its thread counts) for the same model, batch and mode. */
	ratioToPytorch: number | null;
	passes: number;
	/** Threads the backend computed with, where it says. */
	threads?: number;
}

export interface Measured {
	runtime: Runtime;
	backend: string;
	model: string;
	batch: number;
	mode: Mode;
	firstMs: number;
	times: number[];
	threads?: number;
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function toRow(m: Measured): Omit<Row, 'ratioToPytorch'> {
	const perImage = m.times.map((t) => t / m.batch);
	return {
		runtime: m.runtime,
		backend: m.backend,
		model: m.model,
		batch: m.batch,
		mode: m.mode,
		medianMs: median(perImage),
		minMs: Math.min(...perImage),
		maxMs: Math.max(...perImage),
		firstMs: m.firstMs / m.batch,
		passes: m.times.length,
		...(m.threads === undefined ? {} : { threads: m.threads })
	};
}

export function withRatios(rows: Omit<Row, 'ratioToPytorch'>[]): Row[] {
	const key = (r: Omit<Row, 'ratioToPytorch'>) => `${r.model}|${r.batch}|${r.mode}`;
	const reference = new Map<string, number>();
	for (const r of rows.filter((r) => r.runtime === 'pytorch')) {
		reference.set(key(r), Math.min(reference.get(key(r)) ?? Infinity, r.medianMs));
	}
	return rows.map((r) => {
		const ref = reference.get(key(r));
		return { ...r, ratioToPytorch: ref ? r.medianMs / ref : null };
	});
}

const RUNTIMES: Runtime[] = ['pytorch', 'node', 'chromium'];
const BACKENDS = ['webgpu', 'webgl', 'wasm', 'cpu'];

/** Table order: PyTorch, Node, Chromium; backends in fallback order; then model, batch, mode as measured. */
export function sortRows(measured: Measured[]): Measured[] {
	const rank = (m: Measured) => RUNTIMES.indexOf(m.runtime) * 10 + Math.max(0, BACKENDS.indexOf(m.backend));
	return measured
		.map((m, i) => ({ m, i }))
		.sort((a, b) => rank(a.m) - rank(b.m) || a.i - b.i)
		.map(({ m }) => m);
}

/** An explanation row: the default model on WASM, one task at one setting. */
export interface ExplainRow {
	runtime: Exclude<Runtime, 'pytorch'>;
	backend: string;
	task: ExplainTask;
	setting: string;
	/** What one time is for. */
	per: 'picture' | 'map' | 'step';
	medianMs: number;
	minMs: number;
	maxMs: number;
	/** The median whole call (a maximisation: all its steps). */
	medianTotalMs: number;
	runs: number;
	passes?: number;
	threads?: number;
}

const PER: Record<ExplainTask, ExplainRow['per']> = { 'grad-cam': 'picture', occlusion: 'map', maximise: 'step' };

export function toExplainRow(
	runtime: ExplainRow['runtime'],
	backend: string,
	r: ExplainResult,
	threads?: number
): ExplainRow {
	return {
		runtime,
		backend,
		task: r.task,
		setting: r.setting,
		per: PER[r.task],
		medianMs: median(r.times),
		minMs: Math.min(...r.times),
		maxMs: Math.max(...r.times),
		medianTotalMs: median(r.totals),
		runs: r.times.length,
		...(r.passes === undefined ? {} : { passes: r.passes }),
		...(threads === undefined ? {} : { threads })
	};
}

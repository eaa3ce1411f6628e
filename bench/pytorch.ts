/** The PyTorch reference rows, from bench/pytorch_bench.py run with Debian's python3-torch. */
import { spawnSync } from 'node:child_process';
import type { BenchOptions } from '../src/lib/engine/testing/bench-loop';
import type { Measured, Mode } from './rows';

export interface PytorchRun {
	blas: string;
	torch: string;
	measured: Measured[];
}

interface Output {
	blas: string;
	torch: string;
	rows: { threads: number; model: string; batch: number; mode: Mode; firstMs: number; times: number[] }[];
}

export function runPytorch(models: string[], batches: number[], options: BenchOptions): PytorchRun {
	const args = ['bench/pytorch_bench.py', '--models', models.join(','), '--batches', batches.join(',')];
	args.push('--passes', String(options.passes), '--warmup', String(options.warmup));
	args.push('--warmup-ms', String(options.warmupMs));
	const result = spawnSync('/usr/bin/python3', args, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
	if (result.status !== 0) throw new Error(`bench/pytorch_bench.py failed: ${result.stderr || result.error}`);
	const output = JSON.parse(result.stdout) as Output;
	return {
		blas: output.blas,
		torch: output.torch,
		measured: output.rows.map((r) => ({
			runtime: 'pytorch',
			backend: `cpu, ${r.threads} thread${r.threads === 1 ? '' : 's'}`,
			...r
		}))
	};
}

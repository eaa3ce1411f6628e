/**
 * `npm run bench [-- --json] [--quick]`
 *
 * Measures, in one run on this machine, AlexNet's forward pass (seed and
 * torchvision at 224, batch 1 and 8, logits-only and all-activations) on every
 * backend that starts in headless Chromium and in Node, and the same models in
 * PyTorch on the CPU at its best; prints each row's ratio to PyTorch and the
 * issue's targets. --json prints the rows as JSON instead. Takes several
 * minutes of both cores: do not run it while something else is measured.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { parseArgs, runCli } from '../src/cli/args';
import { runBrowser } from './browser-runs';
import { watchInterference } from './interference';
import { runNode } from './node-runs';
import { fullPlan, quickPlan, type Plan } from './plan';
import { runPytorch } from './pytorch';
import { report } from './report';
import { sortRows, toRow, withRatios, type Measured } from './rows';

/** Whether the Fashion-MNIST training job shares the CPU right now: the figures depend on it. */
function trainingRunning(): boolean {
	return readdirSync('/proc').some((pid) => {
		if (!/^\d+$/.test(pid)) return false;
		try {
			return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('train_fashion_mnist');
		} catch {
			return false;
		}
	});
}

/** Configurations a slow backend did not get to, as sentences. */
function skipped(measured: Measured[], plan: Plan): string[] {
	const groups = new Map<string, Measured[]>();
	for (const m of measured.filter((m) => m.runtime !== 'pytorch')) {
		const key = `${m.runtime} ${m.backend} ${m.model}`;
		groups.set(key, [...(groups.get(key) ?? []), m]);
	}
	return [...groups]
		.filter(([, rows]) => rows.length < plan.configs.length)
		.map(
			([key, rows]) =>
				`Not measured: ${key} beyond batch ${rows[0].batch} ${rows[0].mode} (first pass ${rows[0].firstMs.toFixed(0)} ms > ${plan.options.slowFirstPassMs} ms).`
		);
}

async function main(argv: readonly string[]): Promise<number> {
	const args = parseArgs(argv, { flags: ['json', 'quick'] });
	const plan = args.flag('quick') ? quickPlan : fullPlan;
	const training = trainingRunning();
	const interference = watchInterference();
	const batches = [...new Set(plan.configs.map((c) => c.batch))];
	const pytorch = runPytorch(plan.models, batches, plan.options);
	// PyTorch and Chromium's WASM, the two the main target compares, run back to back.
	const browser = await runBrowser(plan);
	const node = await runNode(plan);
	const measured = sortRows([...pytorch.measured, ...node, ...browser.measured]);
	const others = interference();
	const rows = withRatios(measured.map(toRow));
	if (args.flag('json')) {
		process.stdout.write(`${JSON.stringify(rows)}\n`);
		return 0;
	}
	const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
	const context = {
		date,
		cpu: cpus()[0]?.model ?? 'unknown CPU',
		cores: cpus().length,
		training,
		others,
		pytorch,
		browser,
		skipped: skipped(measured, plan)
	};
	process.stdout.write(`${report(rows, context)}\n`);
	return 0;
}

void runCli(main);

/**
 * `npm run bench [-- --json] [--quick] [--only forward|explain]`
 *
 * Measures, in one run on this machine, AlexNet's forward pass (seed and
 * torchvision at 224, batch 1 and 8, logits-only and all-activations) on every
 * backend that starts in headless Chromium and in Node, and the same models in
 * PyTorch on the CPU at its best; prints each row's ratio to PyTorch and the
 * issue's targets; then the explanations (Grad-CAM, occlusion, activation
 * maximisation) on the default model, WASM in Chromium and in Node. --only
 * runs one of the two parts. --json prints the rows as JSON instead. Takes
 * several minutes of both cores: do not run it while something else is measured.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs, runCli } from '../src/cli/args';
import { ensureFreshBuild } from '../tests/e2e/support/fresh-build';
import { runBrowser, runBrowserExplain } from './browser-runs';
import { watchInterference } from './interference';
import { runNode, runNodeExplain } from './node-runs';
import type { BrowserRun } from './browser-runs';
import { fullPlan, quickPlan, type Plan } from './plan';
import { runPytorch, type PytorchRun } from './pytorch';
import { contextLines, explainReport, report } from './report';
import { sortRows, toRow, withRatios, type ExplainRow, type Measured, type Row } from './rows';

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

const PARTS = ['forward', 'explain', 'all'] as const;

async function main(argv: readonly string[]): Promise<number> {
	const args = parseArgs(argv, { flags: ['json', 'quick'], values: ['only'] });
	const plan = args.flag('quick') ? quickPlan : fullPlan;
	const only = args.choice('only', PARTS, 'all');
	const training = trainingRunning();
	// A stale site is rebuilt now, before the CPU others use is counted, not between two measurements.
	ensureFreshBuild(resolve(import.meta.dirname, '..'));
	const interference = watchInterference();
	let rows: Row[] = [];
	let forwardContext: { pytorch: PytorchRun; browser: BrowserRun; skipped: string[] } | null = null;
	if (only !== 'explain') {
		const batches = [...new Set(plan.configs.map((c) => c.batch))];
		const pytorch = runPytorch(plan.models, batches, plan.options);
		// PyTorch and Chromium's WASM, the two the main target compares, run back to back.
		const browser = await runBrowser(plan);
		const node = await runNode(plan);
		const measured = sortRows([...pytorch.measured, ...node, ...browser.measured]);
		rows = withRatios(measured.map(toRow));
		forwardContext = { pytorch, browser, skipped: skipped(measured, plan) };
	}
	let explain: ExplainRow[] = [];
	if (only !== 'forward') explain = [...(await runNodeExplain(plan)), ...(await runBrowserExplain(plan))];
	const others = interference();
	if (args.flag('json')) {
		process.stdout.write(`${JSON.stringify({ forward: rows, explain })}\n`);
		return 0;
	}
	const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
	const machine = { date, cpu: cpus()[0]?.model ?? 'unknown CPU', cores: cpus().length, training, others };
	const parts = forwardContext
		? [report(rows, { ...machine, ...forwardContext })]
		: [contextLines(machine, 'AlexNet Lab explanation benchmark').join('\n')];
	if (explain.length) parts.push(explainReport(explain));
	process.stdout.write(`${parts.join('\n\n')}\n`);
	return 0;
}

void runCli(main);

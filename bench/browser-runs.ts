/**
 * The engine in headless Chromium, through the worker client on the built
 * site's test page (/dev/engine/), served with the cross-origin isolation
 * headers a static host must send. Every backend that starts is measured, WASM
 * first (the one compared with PyTorch, so the two are measured close together);
 * then a fresh page shows which one `auto` picks. The explanation rows load the
 * default model on WASM in a page of their own.
 */
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { BackendInfo, BackendName, EngineStatus } from '../src/lib/engine/types';
import type { BenchConfig, BenchOptions, BenchResult } from '../src/lib/engine/testing/bench-loop';
import type { ExplainBenchOptions, ExplainResult } from '../src/lib/engine/testing/explain-bench';
import { launchBrowser } from '../tests/e2e/harness';
import { ensureFreshBuild } from '../tests/e2e/support/fresh-build';
import { serveStatic } from '../tests/e2e/support/static-server';
import { EXPLAIN_MODEL, type Plan } from './plan';
import { toExplainRow, type ExplainRow, type Measured } from './rows';

const MEASURING_ORDER: BackendName[] = ['wasm', 'webgpu', 'webgl', 'cpu'];

interface DevApi {
	select(choice: string): Promise<BackendInfo>;
	status(): Promise<EngineStatus>;
	bench(variant: string, configs: BenchConfig[], options: BenchOptions): Promise<BenchResult[]>;
	benchExplain(modelUrl: string, options: ExplainBenchOptions): Promise<ExplainResult[]>;
}
declare const window: { __engineDev: DevApi };

export interface BrowserRun {
	measured: Measured[];
	/** What `auto` chose on a fresh page, and the probe behind it. */
	auto: BackendInfo;
	probe: EngineStatus['probe'];
	/** Backends that did not start, with what they fell back to. */
	unavailable: { name: BackendName; fellBackTo: BackendName }[];
	adapters: Partial<Record<BackendName, string>>;
}

async function openBench(browser: Browser, url: string): Promise<Page> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${url}/dev/engine/`);
	await page.waitForSelector('html[data-engine-dev-ready]', { state: 'attached' });
	return page;
}

export async function runBrowser(plan: Plan): Promise<BrowserRun> {
	const root = resolve(import.meta.dirname, '..');
	ensureFreshBuild(root);
	const server = await serveStatic(resolve(root, 'build'));
	const browser = await launchBrowser();
	const run: BrowserRun = {
		measured: [],
		auto: null as unknown as BackendInfo,
		probe: [],
		unavailable: [],
		adapters: {}
	};
	try {
		for (const name of MEASURING_ORDER) {
			const page = await openBench(browser, server.url);
			const info = await page.evaluate((n) => window.__engineDev.select(n), name);
			if (info.name !== name) {
				run.unavailable.push({ name, fellBackTo: info.name });
				await page.context().close();
				continue;
			}
			run.adapters[name] = info.adapter;
			for (const model of plan.models) {
				const results = await page.evaluate(([m, c, o]) => window.__engineDev.bench(m, c, o), [
					model,
					plan.configs,
					plan.options
				] as const);
				for (const r of results)
					run.measured.push({ runtime: 'chromium', backend: name, model, threads: info.threads, ...r });
			}
			await page.context().close();
		}
		const page = await openBench(browser, server.url);
		run.auto = await page.evaluate(() => window.__engineDev.select('auto'));
		run.probe = (await page.evaluate(() => window.__engineDev.status())).probe;
		await page.context().close();
	} finally {
		await browser.close();
		await server.close();
	}
	return run;
}

export async function runBrowserExplain(plan: Plan): Promise<ExplainRow[]> {
	const root = resolve(import.meta.dirname, '..');
	ensureFreshBuild(root);
	const server = await serveStatic(resolve(root, 'build'));
	const browser = await launchBrowser();
	try {
		const page = await openBench(browser, server.url);
		const info = await page.evaluate(() => window.__engineDev.select('wasm'));
		if (info.name !== 'wasm') throw new Error(`bench: WASM did not start in Chromium (got ${info.name}).`);
		const results = await page.evaluate(([url, o]) => window.__engineDev.benchExplain(url, o), [
			`${server.url}${EXPLAIN_MODEL.url}`,
			plan.explain
		] as const);
		await page.context().close();
		return results.map((r) => toExplainRow('chromium', 'wasm', r, info.threads));
	} finally {
		await browser.close();
		await server.close();
	}
}

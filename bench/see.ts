/**
 * `tsx bench/see.ts [--runs 10] [--uploads 30] [--json]`
 *
 * How fast a chosen picture reaches the screen, on the built site in headless
 * Chromium with the WASM backend: from the drop of a file to every layer's
 * maps painted on the overview (reduced motion, so the paint is the final
 * one), the longest main-thread task meanwhile, and the JS heap after many
 * uploads. Budgets: 400 ms a picture, no task over 100 ms, a flat heap.
 * Exits 1 when a budget is missed.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { ensureFreshBuild } from '../tests/e2e/support/fresh-build';
import { serveStatic } from '../tests/e2e/support/static-server';

const ROOT = resolve(import.meta.dirname, '..');
const BUDGET = { paintMs: 400, taskMs: 100, heapGrowthMb: 8 };

const SAMPLES = [
	'fashion-mnist/0001-pullover.png',
	'fashion-mnist/0006-coat.png',
	'photos/cat.jpg',
	'photos/coffee.jpg'
].map((file) => ({ name: file.split('/')[1], bytes: [...readFileSync(join(ROOT, 'static/samples', file))] }));

function option(name: string, fallback: number): number {
	const i = process.argv.indexOf(`--${name}`);
	return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

/** Long tasks are collected from page start, so none slips by between measurements. */
function watchLongTasks(): void {
	const tasks: number[] = [];
	(window as unknown as { longTasks: number[] }).longTasks = tasks;
	new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration))).observe({
		type: 'longtask',
		buffered: true
	});
}

/** Drops a file on the chooser and resolves, in ms, once the new picture's maps have been painted. */
function dropAndTime(page: Page, sample: { name: string; bytes: number[] }): Promise<number> {
	return page.evaluate(async ({ name, bytes }) => {
		const label = document.querySelector('[data-testid="current-image-name"]') as HTMLElement;
		const transfer = new DataTransfer();
		transfer.items.add(new File([new Uint8Array(bytes)], name));
		// The new name and the grids' paint jobs come in one update; the paint queue says when it has drained.
		const painted = new Promise<void>((done) => {
			const observer = new MutationObserver(() => {
				if (label.textContent !== name) return;
				observer.disconnect();
				document.addEventListener('maps-painted', () => done(), { once: true });
			});
			observer.observe(label, { childList: true, characterData: true, subtree: true });
		});
		const zone = document.querySelector('[data-testid="image-chooser"]') as HTMLElement;
		const start = performance.now();
		zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
		await painted;
		// The canvases are drawn; the next frame puts them on screen.
		await new Promise((r) => requestAnimationFrame(r));
		return performance.now() - start;
	}, sample);
}

async function heapMb(page: Page): Promise<number> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('HeapProfiler.collectGarbage');
	// Activations live in ArrayBuffers, whose bytes are counted apart from the JS objects.
	const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
	await cdp.detach();
	return (usage.usedSize + (usage.backingStorageSize ?? 0)) / (1024 * 1024);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<number> {
	const runs = option('runs', 10);
	const uploads = option('uploads', 30);
	ensureFreshBuild(ROOT);
	const server = await serveStatic(join(ROOT, 'build'));
	const browser = await chromium.launch({
		executablePath: '/usr/bin/chromium',
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run'
		]
	});
	try {
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
		await context.addInitScript(() => localStorage.setItem('alexnet-lab:engine:chosen', 'wasm'));
		await context.addInitScript(watchLongTasks);
		const page = await context.newPage();
		await page.goto(`${server.url}/`);
		await page.getByTestId('current-image-name').waitFor({ timeout: 120_000 });
		await page.getByTestId('network-maps').locator('canvas').first().waitFor();

		// Warm-up: the first passes compile kernels and fill caches.
		for (const sample of SAMPLES) await dropAndTime(page, sample);
		await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.splice(0));
		const times: number[] = [];
		for (let i = 0; i < runs; i++) times.push(await dropAndTime(page, SAMPLES[i % SAMPLES.length]));
		const tasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);

		const heapBefore = await heapMb(page);
		for (let i = 0; i < uploads; i++) await dropAndTime(page, SAMPLES[i % SAMPLES.length]);
		const heapAfter = await heapMb(page);

		const result = {
			backend: 'wasm',
			runs,
			paintMs: { median: median(times), max: Math.max(...times) },
			longestTaskMs: Math.max(0, ...tasks),
			heapMb: { before: heapBefore, after: heapAfter, uploads }
		};
		const ok =
			result.paintMs.max <= BUDGET.paintMs &&
			result.longestTaskMs <= BUDGET.taskMs &&
			heapAfter - heapBefore <= BUDGET.heapGrowthMb;
		if (process.argv.includes('--json')) {
			process.stdout.write(`${JSON.stringify({ ...result, budget: BUDGET, ok })}\n`);
		} else {
			const row = (what: string, value: string, budget: string) =>
				`${what.padEnd(34)}${value.padStart(12)}   (budget ${budget})`;
			console.log('picture chosen → every layer painted, headless Chromium, WASM');
			console.log(row(`median of ${runs}`, `${result.paintMs.median.toFixed(0)} ms`, `${BUDGET.paintMs} ms`));
			console.log(row('slowest', `${result.paintMs.max.toFixed(0)} ms`, `${BUDGET.paintMs} ms`));
			console.log(row('longest main-thread task', `${result.longestTaskMs.toFixed(0)} ms`, `${BUDGET.taskMs} ms`));
			console.log(
				row(
					`JS heap after ${uploads} more uploads`,
					`${(heapAfter - heapBefore).toFixed(1)} MB`,
					`${BUDGET.heapGrowthMb} MB growth`
				)
			);
			console.log(ok ? 'within budget' : 'OVER BUDGET');
		}
		return ok ? 0 : 1;
	} finally {
		await browser.close();
		await server.close();
	}
}

main().then(
	(code) => process.exit(code),
	(error) => {
		console.error(error);
		process.exit(2);
	}
);

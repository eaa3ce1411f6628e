/**
 * The engine in Chromium, through the real worker client on the built site's
 * test page (/dev/engine/): every backend that initialises matches PyTorch on
 * every fixture; `auto` measures and skips software GPUs; WASM gets a thread
 * per core under cross-origin isolation; a backend that cannot start, or a GPU
 * device lost mid-session, falls back with a visible notice and the page keeps
 * working. Fixtures (python/fixtures/make_engine_fixtures.py) are served from
 * disk by request interception, as if they were part of the site.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { BackendInfo, BackendName, EngineStatus } from '../../src/lib/engine/types';
import type { FixtureReport } from '../../src/lib/engine/testing/fixture-check';
import { fixtureCases, fixtureDir, requireFixtures } from '../../src/lib/engine/testing/fixtures';
import { gotoApp, guardedPages, openGuardedPage } from './harness';

const BOUND = 1e-4;
const FIXTURE_PATH = '/__engine-fixtures/';

requireFixtures();
const cases = Object.entries(fixtureCases());

const guarded = guardedPages();

/** The engine's test page, in the file's Chromium or in `on`. */
async function openBench(on?: Browser): Promise<Page> {
	const { page, context } = on ? guarded.adopt(await openGuardedPage(on)) : await guarded.open();
	await context.route(`**${FIXTURE_PATH}**`, async (route) => {
		const path = new URL(route.request().url()).pathname.slice(FIXTURE_PATH.length);
		const [name, file] = path.split('/');
		await route.fulfill({ body: await readFile(join(fixtureDir(name), file)) });
	});
	await gotoApp(page, '/dev/engine/');
	await page.waitForSelector('html[data-engine-dev-ready]', { state: 'attached' });
	return page;
}

type Dev = {
	select(choice: string): Promise<BackendInfo>;
	check(base: string, steps: string[]): Promise<FixtureReport>;
	loseDevice(): Promise<boolean>;
	status(): Promise<EngineStatus>;
};
declare const window: { __engineDev: Dev };

const select = (page: Page, choice: string) => page.evaluate((c) => window.__engineDev.select(c), choice);
const check = (page: Page, name: string, steps: string[]) =>
	page.evaluate(([base, s]) => window.__engineDev.check(base, s), [`${FIXTURE_PATH}${name}`, steps] as const);
const status = (page: Page) => page.evaluate(() => window.__engineDev.status());
const noticeTexts = (page: Page) => page.locator('[data-testid="engine-notices"] li').allTextContents();

async function expectMatchesPyTorch(page: Page, backend: BackendName): Promise<void> {
	for (const [name, fixture] of cases) {
		const report = await check(page, name, Object.keys(fixture.activations));
		expect(report.backend).toBe(backend);
		for (const [output, error] of Object.entries(report.errors)) {
			expect(error, `${name} ${output} on ${backend}`).toBeLessThan(BOUND);
		}
	}
}

describe('every backend that initialises matches PyTorch', () => {
	test.each(['wasm', 'cpu'] as const)(
		'%s starts and matches',
		async (backend) => {
			const page = await openBench();
			expect((await select(page, backend)).name).toBe(backend);
			await expectMatchesPyTorch(page, backend);
		},
		900_000
	);

	// On a machine without a usable GPU these may not start; then the fallback must be visible.
	test.each(['webgpu', 'webgl'] as const)(
		'%s matches, or falls back with a notice',
		async (backend) => {
			const page = await openBench();
			const info = await select(page, backend);
			if (info.name !== backend) {
				expect(await noticeTexts(page)).toEqual([expect.stringContaining(`${backend} could not start`)]);
				return;
			}
			await expectMatchesPyTorch(page, backend);
		},
		900_000
	);
});

describe('choosing the backend', () => {
	test('auto measures WASM, skips software GPUs, and WASM uses a thread per core', async () => {
		const page = await openBench();
		const info = await select(page, 'auto');
		const { probe, backend } = await status(page);
		const cores = await page.evaluate(() => navigator.hardwareConcurrency);
		const wasm = probe.find((p) => p.name === 'wasm');
		expect(wasm?.ms).toBeGreaterThan(0);
		const measured = probe.filter((p) => p.ms !== undefined);
		const fastest = measured.reduce((a, b) => ((a.ms as number) <= (b.ms as number) ? a : b));
		expect(info.name).toBe(fastest.name);
		expect(info.reason).toBe('probe');
		if (backend?.name === 'wasm') {
			expect(backend.threads).toBe(Math.min(cores, 8));
			expect(backend.simd).toBe(true);
		}
		await expect.poll(() => page.getByTestId('engine-backend').textContent()).toContain(`${info.name} (probe)`);
	}, 300_000);

	test('the probe result is cached for this device, and a user override wins', async () => {
		const page = await openBench();
		const first = await select(page, 'auto');
		const again = await select(page, 'auto');
		expect(again).toMatchObject({ name: first.name, reason: 'cache' });
		expect((await select(page, 'cpu')).reason).toBe('user');
		// Reloading restores the override the user made.
		await page.reload();
		await page.waitForSelector('html[data-engine-dev-ready]', { state: 'attached' });
		const restored = await page.evaluate(() => localStorage.getItem('alexnet-lab:engine:chosen'));
		expect(restored).toBe('cpu');
	}, 300_000);
});

describe('fallback', () => {
	test('a WebGPU that cannot start falls back to the next backend, with a notice', async () => {
		// Chromium without --enable-unsafe-webgpu offers no adapter on Linux.
		const plain = await (
			await import('playwright-core')
		).chromium.launch({
			executablePath: '/usr/bin/chromium',
			args: ['--headless', '--no-sandbox', '--disable-background-networking', '--disable-component-update']
		});
		try {
			const page = await openBench(plain);
			const info = await select(page, 'webgpu');
			expect(info.name).not.toBe('webgpu');
			expect(info.reason).toBe('fallback');
			await expect
				.poll(() => noticeTexts(page))
				.toEqual([expect.stringMatching(/^webgpu could not start .*running on/)]);
			const [name, fixture] = cases.find(([n]) => n === 'seed-10') ?? cases[0];
			const report = await check(page, name, Object.keys(fixture.activations));
			expect(report.errors.logits).toBeLessThan(BOUND);
			await guarded.checkAndClose();
		} finally {
			await plain.close();
		}
	}, 300_000);

	test('a GPU device lost mid-session: notice, next backend, same numbers', async () => {
		const page = await openBench();
		const gpu = (await select(page, 'webgpu')).name === 'webgpu' ? 'webgpu' : (await select(page, 'webgl')).name;
		if (gpu !== 'webgpu' && gpu !== 'webgl') return; // No GPU backend here: nothing can be lost.
		const [name, fixture] = cases.find(([n]) => n === 'seed-10') ?? cases[0];
		const steps = Object.keys(fixture.activations);
		expect((await check(page, name, steps)).backend).toBe(gpu);
		expect(await page.evaluate(() => window.__engineDev.loseDevice())).toBe(true);
		const after = await check(page, name, steps);
		expect(after.backend).not.toBe(gpu);
		expect(after.errors.logits).toBeLessThan(BOUND);
		await expect
			.poll(() => noticeTexts(page))
			.toContainEqual(expect.stringContaining(`running on ${after.backend} instead`));
	}, 300_000);
});

/**
 * What each channel looks for, in Chromium: the channel view opened from a
 * layer's grid shows the map, the filter, the top-9 patches and the maximised
 * picture, all with real pixels, for conv1 and conv5; ← → walk the channels
 * with focus kept in the dialog; stopping a maximisation leaves the engine's
 * tensor count where it started and the page working; a maximisation the
 * engine fails is reported and the next one runs; without an atlas the
 * patches are searched on the sample gallery; axe finds nothing serious.
 *
 * The shipped model has no atlas in the repository (it is made for the final
 * model by `npm run patches`), so this file makes a small one (60 test pictures)
 * in build/ for its own tests (the CLI also names it in build/'s model.json) and
 * removes it afterwards.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { breakEngine, gotoApp, guardedPages } from './harness';
import { axeViolations } from './support/axe';

const ROOT = resolve(import.meta.dirname, '../..');
const BUILT_MODEL = join(ROOT, 'build/models/fashion-mnist');
const SCREENSHOTS = join(ROOT, 'test-results/screenshots');

function makeAtlas(): void {
	const run = spawnSync(
		'npx',
		[
			'tsx',
			'src/cli/patches.ts',
			'--model',
			BUILT_MODEL,
			'--dataset',
			'fashion-mnist',
			'--limit',
			'60',
			'--batch',
			'20'
		],
		{ cwd: ROOT, encoding: 'utf8' }
	);
	if (run.status !== 0) throw new Error(`npm run patches failed: ${run.stderr}`);
}
/** Takes the atlas away and the card's mention of it, as for a model nobody ran `npm run patches` on. */
function removeAtlas(): void {
	rmSync(join(BUILT_MODEL, 'patches'), { recursive: true, force: true });
	const path = join(BUILT_MODEL, 'model.json');
	const model = JSON.parse(readFileSync(path, 'utf8'));
	delete model.modelCard.patches;
	writeFileSync(path, `${JSON.stringify(model, null, '\t')}\n`);
}
/** The built model's own atlas and card, kept aside while this file's small atlas replaces them. */
const saved = mkdtempSync(join(tmpdir(), 'explain-built-model-'));
function saveBuiltModel(): void {
	copyFileSync(join(BUILT_MODEL, 'model.json'), join(saved, 'model.json'));
	if (existsSync(join(BUILT_MODEL, 'patches')))
		cpSync(join(BUILT_MODEL, 'patches'), join(saved, 'patches'), { recursive: true });
}
/** Puts back what the build wrote: the service worker's precache list names exactly those files. */
function restoreBuiltModel(): void {
	rmSync(join(BUILT_MODEL, 'patches'), { recursive: true, force: true });
	if (existsSync(join(saved, 'patches')))
		cpSync(join(saved, 'patches'), join(BUILT_MODEL, 'patches'), { recursive: true });
	copyFileSync(join(saved, 'model.json'), join(BUILT_MODEL, 'model.json'));
	rmSync(saved, { recursive: true, force: true });
}
/** The machine is shared and slow: wait for state for up to a minute, never for a fixed time. */
const patience = { timeout: 60_000 };
/** A test that loads a page, the model and a layer's atlas, and runs the worker, on that machine. */
const SLOW = 240_000;

const guarded = guardedPages();

beforeAll(() => {
	mkdirSync(SCREENSHOTS, { recursive: true });
	saveBuiltModel();
}, 180_000);

afterAll(() => {
	restoreBuiltModel();
});

async function open(path: string, viewport?: { width: number; height: number }): Promise<Page> {
	const { page } = await guarded.open({ viewport });
	await gotoApp(page, path);
	await page.getByTestId('current-image-name').waitFor(patience);
	return page;
}

/** Opens channel `channel` of the layer page's grid and returns the dialog. */
async function openChannel(page: Page, channel: number): Promise<Locator> {
	await page.locator(`[data-testid="feature-maps"] button[aria-label="Channel ${channel}"]`).click();
	const dialog = page.getByRole('dialog');
	await dialog.waitFor();
	return dialog;
}

/** How many different RGBA values the canvases under `scope` hold together (0 when none is drawn). */
function distinctPixels(scope: Locator): Promise<number> {
	return scope.evaluate((root) => {
		const seen = new Set<number>();
		for (const canvas of root.querySelectorAll('canvas')) {
			const { width, height } = canvas;
			if (!width || !height) continue;
			const data = canvas.getContext('2d')!.getImageData(0, 0, width, height).data;
			for (let i = 0; i < data.length; i += 4)
				seen.add(((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]) * 256 + data[i + 3]);
		}
		return seen.size;
	});
}

/** The engine worker's live tfjs tensors (tfjs keeps its engine on the worker's global object). */
async function engineTensors(page: Page): Promise<number> {
	for (const worker of page.workers()) {
		const count = await worker
			.evaluate(() => (globalThis as { _tfengine?: { state: { numTensors: number } } })._tfengine?.state.numTensors)
			.catch(() => undefined);
		if (typeof count === 'number') return count;
	}
	throw new Error('no engine worker found');
}

const heading = (dialog: Locator) => dialog.getByRole('heading', { level: 2 }).textContent();
const maximiseButton = (dialog: Locator) => dialog.getByTestId('channel-maximised').getByRole('button');
const maximiseStep = (dialog: Locator) =>
	dialog
		.getByTestId('channel-maximised')
		.locator('progress')
		.evaluate((p: HTMLProgressElement) => p.value)
		.catch(() => 0);

describe('with the default model’s atlas', () => {
	beforeAll(makeAtlas, 120_000);

	for (const [layer, channel] of [
		['conv1', 1],
		['conv5', 7]
	] as const) {
		test(
			`${layer}: the channel view shows the map, the filter, the top 9 patches and the maximised picture`,
			{ timeout: SLOW },
			async () => {
				const page = await open(`/layer/${layer}/`);
				const dialog = await openChannel(page, channel);
				expect(await heading(dialog)).toBe(`${layer}, channel ${channel}`);
				await expect.poll(() => distinctPixels(dialog.locator('.map')), patience).toBeGreaterThan(2);
				await expect.poll(() => distinctPixels(dialog.getByTestId('channel-filter')), patience).toBeGreaterThan(2);
				const patches = dialog.getByTestId('channel-patches');
				await expect.poll(() => patches.getByRole('img').count(), patience).toBe(9);
				await expect.poll(() => distinctPixels(patches), patience).toBeGreaterThan(2);
				expect(await patches.textContent()).toContain('60 Fashion-MNIST test pictures');

				const button = maximiseButton(dialog);
				expect(await button.textContent()).toContain('Show what excites it');
				await button.click();
				await expect.poll(() => maximiseStep(dialog), patience).toBeGreaterThanOrEqual(8);
				const maximised = dialog.getByTestId('channel-maximised');
				await expect.poll(() => distinctPixels(maximised), patience).toBeGreaterThan(10);
				await page.screenshot({ path: join(SCREENSHOTS, `explain-${layer}-1280x800.png`) });
				await button.click();
				await expect.poll(() => maximised.textContent(), patience).toContain('Stopped after');
			}
		);
	}

	test(
		'← → walk the channels with focus in the dialog; Stop frees every tensor and the page still works',
		{ timeout: SLOW },
		async () => {
			const page = await open('/layer/conv2/');
			const dialog = await openChannel(page, 0);
			await expect.poll(() => dialog.getByTestId('channel-patches').getByRole('img').count(), patience).toBe(9);
			const start = await engineTensors(page);

			await page.keyboard.press('ArrowRight');
			await expect.poll(() => heading(dialog), patience).toBe('conv2, channel 1');
			await page.keyboard.press('ArrowLeft');
			await page.keyboard.press('ArrowLeft');
			await expect.poll(() => heading(dialog), patience).toBe('conv2, channel 127');
			expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);

			const button = maximiseButton(dialog);
			await button.focus();
			await page.keyboard.press('Enter');
			await expect.poll(() => maximiseStep(dialog), patience).toBeGreaterThanOrEqual(8);
			expect(await button.textContent()).toContain('Stop');
			await page.keyboard.press('Enter');
			await expect
				.poll(() => dialog.getByTestId('channel-maximised').textContent(), patience)
				.toContain('Stopped after');
			expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
			await expect.poll(() => engineTensors(page), patience).toBe(start);

			// Still working: the arrows walk on, with the focused button kept, and Esc closes.
			await page.keyboard.press('ArrowRight');
			await expect.poll(() => heading(dialog), patience).toBe('conv2, channel 0');
			expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
			expect(await button.textContent()).toContain('Show what excites it');
			await page.keyboard.press('Escape');
			await expect.poll(() => page.getByRole('dialog').count(), patience).toBe(0);
			expect(await engineTensors(page)).toBe(start);
		}
	);

	test(
		'a maximisation the engine cannot run is said so, the engine’s message folded; the next one runs',
		{ timeout: SLOW },
		async () => {
			const page = await open('/layer/conv1/');
			const dialog = await openChannel(page, 2);
			const maximised = dialog.getByTestId('channel-maximised');
			await breakEngine(page, true);
			await maximiseButton(dialog).click();
			const failure = maximised.getByRole('alert');
			await failure.waitFor(patience);
			expect(await failure.locator('p').first().textContent()).toBe(
				'The picture could not be grown; try again, or another channel.'
			);
			expect(await failure.locator('summary').textContent()).toBe('Technical detail');
			expect(await failure.locator('p[translate="no"]').textContent()).toContain('forced failure (test)');

			await breakEngine(page, false);
			await maximiseButton(dialog).click();
			await expect.poll(() => maximiseStep(dialog), patience).toBeGreaterThanOrEqual(4);
			expect(await failure.count()).toBe(0);
			await maximiseButton(dialog).click();
			await expect.poll(() => maximised.textContent(), patience).toContain('Stopped after');
		}
	);

	test('the channel view has no serious or critical axe violation', { timeout: SLOW }, async () => {
		const page = await open('/layer/conv5/');
		const dialog = await openChannel(page, 0);
		await expect.poll(() => dialog.getByTestId('channel-patches').getByRole('img').count(), patience).toBe(9);
		expect(await axeViolations(page, { within: 'dialog', severeOnly: true })).toEqual([]);
	});

	for (const [layer, channel] of [
		['conv1', 1],
		['conv5', 3]
	] as const) {
		for (const { width, height } of [
			{ width: 1280, height: 720 },
			{ width: 390, height: 844 }
		]) {
			test(`screenshots of ${layer} channel ${channel} at ${width}×${height}`, { timeout: SLOW }, async () => {
				const page = await open(`/layer/${layer}/`, { width, height });
				const dialog = await openChannel(page, channel);
				await expect.poll(() => dialog.getByTestId('channel-patches').getByRole('img').count(), patience).toBe(9);
				await page.screenshot({ path: join(SCREENSHOTS, `explain-${layer}-${width}x${height}.png`) });
				await dialog.evaluate((d) => d.scrollTo(0, d.scrollHeight));
				await page.screenshot({ path: join(SCREENSHOTS, `explain-${layer}-${width}x${height}-end.png`) });
			});
		}
	}
});

describe('without an atlas', () => {
	beforeAll(removeAtlas);

	test('the page says so, and searches the sample gallery on request, with progress', { timeout: SLOW }, async () => {
		const page = await open('/layer/conv1/');
		const dialog = await openChannel(page, 1);
		const patches = dialog.getByTestId('channel-patches');
		await expect.poll(() => patches.textContent(), patience).toContain('npm run patches');
		await patches.getByRole('button', { name: 'Compute on the sample gallery' }).click();
		await expect.poll(() => patches.getByRole('img').count(), patience).toBe(9);
		expect(await patches.textContent()).toContain('sample-gallery pictures');
		await expect.poll(() => distinctPixels(patches), patience).toBeGreaterThan(2);
		expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
	});
});

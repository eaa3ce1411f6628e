/**
 * One network on the page, in Chromium: for each variant with its default
 * weights (the shipped model for seed, untrained seeded weights otherwise),
 * with a loaded .pth, and after a reload, the maps, the predictions, the fc3
 * and softmax pages and the URL all belong to the network that runs, the
 * untrained label shows exactly when untrained weights run, and no map of
 * another network is ever on screen while the variant changes.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { deriveNetwork, variants, type VariantId } from '../../src/lib/model';
import { gotoApp, guardedPages } from './harness';

const ROOT = resolve(import.meta.dirname, '../..');
const PTH = join(ROOT, 'tests/fixtures/generated/pth');
const SCREENSHOTS = join(ROOT, 'test-results/screenshots');
/** Generous watchdog: a 244 MB .pth read and run on two shared cores. */
const SLOW = 600_000;

interface Expected {
	variant: VariantId;
	kind: 'default' | 'loaded' | 'untrained';
	classes: number;
}

// Before the launch: without the fixtures there is nothing to run.
beforeAll(() => {
	for (const file of ['seed-7-float16.pth', 'torchvision-1000.pth', 'paper2012-1000-float16.pth']) {
		if (!existsSync(join(PTH, file))) throw new Error(`${file} is missing: run scripts/fixtures.sh first.`);
	}
});
const guarded = guardedPages();

const conv1Channels = (variant: VariantId) => deriveNetwork(variants[variant]).steps[0].outShape[0];
const urlVariant = (page: Page) => new URL(page.url()).searchParams.get('variant') ?? 'seed';
const variantSwitch = (page: Page) => page.locator('header').getByRole('combobox', { name: /^Variant/ });
const label = (page: Page) => page.getByTestId('running-weights').first();

/** Opens a page, recording every moment a conv1 grid is drawn beside a running label (see `expectNoMixedFrames`). */
async function open(path: string): Promise<Page> {
	const { page } = await guarded.open();
	await page.addInitScript(() => {
		const frames: string[] = [];
		(window as unknown as { mixedFrames: string[] }).mixedFrames = frames;
		new MutationObserver(() => {
			const running = document.querySelector('[data-testid="running-weights"]');
			const grid = document.querySelector('[data-step="conv1"] [aria-label^="conv1: "]');
			if (!running || !grid) return;
			const variant = running.getAttribute('data-variant');
			const expected: Record<string, string> = { seed: '48', torchvision: '64', paper2012: '96' };
			const shown = grid.getAttribute('aria-label')?.match(/^conv1: (\d+)/)?.[1];
			if (shown !== expected[variant ?? '']) frames.push(`${variant} running, conv1 has ${shown} maps`);
		}).observe(document, { subtree: true, childList: true, attributes: true });
	});
	await gotoApp(page, path);
	return page;
}

/** Waits until the running weights have made their pass, then checks they are the expected ones. */
async function expectRunning(page: Page, expected: Expected): Promise<void> {
	const { variant, kind } = expected;
	await page
		.locator(`[data-testid="running-weights"][data-ready="true"][data-variant="${variant}"][data-kind="${kind}"]`)
		.first()
		.waitFor({ timeout: SLOW });
	const running = label(page);
	expect(await running.getAttribute('data-variant')).toBe(expected.variant);
	expect(await running.getAttribute('data-kind')).toBe(expected.kind);
	expect(await running.getAttribute('data-classes')).toBe(String(expected.classes));
	expect(urlVariant(page), 'the URL names what runs').toBe(expected.variant);
	const text = await running.textContent();
	expect(text).toContain(variants[expected.variant].title);
	expect(text).toContain(`${expected.classes.toLocaleString('en')} classes`);
	// The untrained label, exactly when untrained weights run.
	const untrainedLabels = page.locator('[data-testid="running-weights"]', { hasText: 'untrained' });
	if (expected.kind === 'untrained') expect(await untrainedLabels.count()).toBeGreaterThan(0);
	else expect(await untrainedLabels.count()).toBe(0);
}

/** The overview: conv1's tiles, fc3's length and the predictions all belong to the running network. */
async function expectOverview(page: Page, expected: Expected): Promise<void> {
	await expectRunning(page, expected);
	const maps = page.getByTestId('network-maps');
	const conv1 = maps.locator('li[data-step="conv1"] [aria-label^="conv1: "]');
	expect(await conv1.getAttribute('aria-label')).toBe(
		`conv1: ${conv1Channels(expected.variant)} feature maps, one tile each`
	);
	expect(await maps.locator('li[data-step="fc3"] .shape').textContent()).toBe(String(expected.classes));
	await expectPredictions(page, expected);
}

async function expectPredictions(page: Page, expected: Expected): Promise<void> {
	const panel = page.getByTestId('predictions');
	expect(await panel.getByTestId('running-weights').getAttribute('data-classes')).toBe(String(expected.classes));
	if (expected.kind === 'untrained') {
		expect(await panel.getByTestId('no-predictions').textContent()).toContain('Untrained: no predictions.');
		expect(await panel.getByRole('link', { name: /Load weights/ }).getAttribute('href')).toContain('/model/');
		expect(await panel.getByRole('list', { name: 'Predictions' }).count()).toBe(0);
	} else {
		expect(await panel.getByTestId('no-predictions').count()).toBe(0);
		expect(await panel.getByRole('list', { name: 'Predictions' }).getByRole('listitem').count()).toBe(
			Math.min(5, expected.classes)
		);
		// The softmax formula sums over every class: the top three written out, the rest counted.
		const tex = await panel.locator('annotation[encoding="application/x-tex"]').last().textContent();
		expect(tex).toContain(`{${expected.classes - 3}\\text{ more}}`);
	}
}

/** conv1, fc3 and softmax pages reached by the page's own links (a reload would drop a loaded .pth). */
async function expectStepPages(page: Page, expected: Expected): Promise<void> {
	await page.locator('[data-testid="network-maps"] li[data-step="conv1"] a').click();
	await page.waitForURL((url) => url.pathname === '/layer/conv1/');
	await expectRunning(page, expected);
	const tiles = page.locator('[data-testid="feature-maps"] button[aria-label^="Channel "]');
	await expect.poll(() => tiles.count()).toBe(conv1Channels(expected.variant));
	// The "what if" panel starts from this network: before any change, its totals are the real ones.
	const totals = await page.getByText(/^Total parameters: /).textContent();
	const [real, whatIf] = (totals?.match(/[\d,]+/g) ?? []).map((n) => n.replaceAll(',', ''));
	expect(whatIf, totals ?? '').toBe(real);
	for (const step of ['fc3', 'softmax']) {
		await page.getByRole('link', { name: 'Overview' }).first().click();
		await page.waitForURL((url) => url.pathname === '/');
		await page.locator(`[data-testid="network-maps"] li[data-step="${step}"] a`).click();
		await page.waitForURL((url) => url.pathname === `/layer/${step}/`);
		await expectRunning(page, expected);
		expect(await page.locator('[data-fact="output"] .value').textContent()).toBe(String(expected.classes));
		expect(await page.locator('h1').textContent()).toContain(step);
		await expectPredictions(page, expected);
	}
	expect(urlVariant(page)).toBe(expected.variant);
}

async function expectNoMixedFrames(page: Page): Promise<void> {
	expect(await page.evaluate(() => (window as unknown as { mixedFrames: string[] }).mixedFrames)).toEqual([]);
}

/** Loads a .pth on the Model page; the page switches to its variant. */
async function loadPth(page: Page, file: string, variant: VariantId): Promise<void> {
	await page.getByRole('link', { name: 'Model & weights' }).first().click();
	await page.waitForURL((url) => url.pathname === '/model/');
	await expect
		.poll(() => page.locator('#load-weights').textContent())
		.toContain('run untrained, seeded random weights');
	await page.locator('#load-weights').screenshot({ path: join(SCREENSHOTS, 'one-network-load-weights.png') });
	await page.locator('.pth-loader input[type="file"]').setInputFiles(join(PTH, file));
	await page.waitForURL((url) => url.pathname === '/model/' && urlVariant(page) === variant, { timeout: SLOW });
	await page.getByRole('link', { name: 'Overview' }).first().click();
	await page.waitForURL((url) => url.pathname === '/');
}

const defaults: Record<VariantId, Expected> = {
	seed: { variant: 'seed', kind: 'default', classes: 10 },
	torchvision: { variant: 'torchvision', kind: 'untrained', classes: 1000 },
	paper2012: { variant: 'paper2012', kind: 'untrained', classes: 1000 }
};
const query = (variant: VariantId) => (variant === 'seed' ? '' : `?variant=${variant}`);

describe('with the weights the app has', () => {
	for (const variant of ['seed', 'torchvision', 'paper2012'] as const) {
		test(
			`${variant}: ${defaults[variant].kind} weights, everywhere on the page, and again after a reload`,
			async () => {
				const page = await open(`/${query(variant)}`);
				await expectOverview(page, defaults[variant]);
				await expectStepPages(page, defaults[variant]);
				await page.reload();
				await expectRunning(page, defaults[variant]);
				await expectPredictions(page, defaults[variant]);
				await expectNoMixedFrames(page);
			},
			SLOW
		);
	}

	test(
		'the header’s switch changes the network that runs, never showing the previous one’s maps',
		async () => {
			const page = await open('/');
			await expectOverview(page, defaults.seed);
			for (const variant of ['paper2012', 'torchvision', 'seed'] as const) {
				await variantSwitch(page).selectOption(variant);
				await page.waitForURL(() => urlVariant(page) === variant);
				await expectOverview(page, defaults[variant]);
			}
			await expectNoMixedFrames(page);
		},
		SLOW
	);
});

describe('with a loaded .pth', () => {
	test(
		'seed: a 7-class .pth runs instead of the default model; after a reload the default runs again',
		async () => {
			const page = await open('/?variant=torchvision');
			await expectRunning(page, defaults.torchvision);
			await loadPth(page, 'seed-7-float16.pth', 'seed');
			const loaded: Expected = { variant: 'seed', kind: 'loaded', classes: 7 };
			await expectOverview(page, loaded);
			await page.screenshot({ path: join(SCREENSHOTS, 'one-network-seed-loaded.png'), fullPage: true });
			await expectStepPages(page, loaded);
			// The other variants keep their own weights; coming back runs the loaded file again.
			await variantSwitch(page).selectOption('torchvision');
			await page.waitForURL(() => urlVariant(page) === 'torchvision');
			await expectRunning(page, defaults.torchvision);
			await variantSwitch(page).selectOption('seed');
			await page.waitForURL(() => urlVariant(page) === 'seed');
			await expectRunning(page, loaded);
			await page.reload();
			await expectRunning(page, defaults.seed);
			await expectPredictions(page, defaults.seed);
			await expectNoMixedFrames(page);
		},
		SLOW
	);

	test(
		'torchvision: a 1000-class .pth runs, labelled with its name; after a reload the untrained net runs, so labelled',
		async () => {
			const page = await open('/');
			await expectRunning(page, defaults.seed);
			await loadPth(page, 'torchvision-1000.pth', 'torchvision');
			const loaded: Expected = { variant: 'torchvision', kind: 'loaded', classes: 1000 };
			await expectOverview(page, loaded);
			await page.screenshot({ path: join(SCREENSHOTS, 'one-network-torchvision-loaded.png'), fullPage: true });
			await expectStepPages(page, loaded);
			await page.reload();
			await expectRunning(page, defaults.torchvision);
			await page.screenshot({ path: join(SCREENSHOTS, 'one-network-torchvision-untrained.png'), fullPage: true });
			await expectPredictions(page, defaults.torchvision);
			await expectNoMixedFrames(page);
		},
		SLOW
	);

	test(
		'paper2012: the two-tower net with LRN, 1000 classes in float16, runs at 227 × 227; after a reload the untrained net runs, so labelled',
		async () => {
			const page = await open('/');
			await expectRunning(page, defaults.seed);
			await loadPth(page, 'paper2012-1000-float16.pth', 'paper2012');
			const loaded: Expected = { variant: 'paper2012', kind: 'loaded', classes: 1000 };
			await expectOverview(page, loaded);
			// The engine ran the paper's 227 × 227 input: (227 − 11) / 4 + 1 = 55 (224 would give 54).
			const conv1Shape = page.locator('[data-testid="network-maps"] li[data-step="conv1"] .shape');
			expect(await conv1Shape.textContent()).toBe('96 × 55 × 55');
			await page.screenshot({ path: join(SCREENSHOTS, 'one-network-paper2012-loaded.png'), fullPage: true });
			await expectStepPages(page, loaded);
			await page.reload();
			await expectRunning(page, defaults.paper2012);
			await expectPredictions(page, defaults.paper2012);
			await expectNoMixedFrames(page);
		},
		SLOW
	);
});

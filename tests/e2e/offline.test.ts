/**
 * After one visit the whole site works with the network off: the service
 * worker (src/service-worker.ts) has stored every page, the built code, KaTeX's
 * fonts, tfjs's WASM and the default model. The browser context goes offline,
 * the page reloads, every prerendered page opens with its formulas' fonts, a
 * picture is uploaded and goes through the network, maps and predictions drawn.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import {
	baseUrl,
	expectCleanRun,
	gotoApp,
	launchBrowser,
	openGuardedPage,
	waitForApp,
	type GuardedPage
} from './harness';
import { distinctColours, waitForOfflineWorker } from './support/offline';

const ROOT = resolve(import.meta.dirname, '../..');
const BUILD = join(ROOT, 'build');
const COAT = join(ROOT, 'static/samples/fashion-mnist/0006-coat.png');

/** Every prerendered page, as the build wrote it: `/`, `/layer/conv1/`, … */
function builtPages(dir = BUILD): string[] {
	const here = existsSync(join(dir, 'index.html')) ? [`/${relative(BUILD, dir).split(sep).join('/')}/`] : [];
	const below = readdirSync(dir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && entry.name !== '_app')
		.flatMap((entry) => builtPages(join(dir, entry.name)));
	return [...here.map((path) => path.replace('//', '/')), ...below];
}

let browser: Browser;
let current: GuardedPage | null = null;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});
afterEach(async () => {
	if (!current) return;
	expectCleanRun(current.guard);
	await current.context.close();
	current = null;
});

const currentName = (page: Page) => page.getByTestId('current-image-name').textContent();
const predictions = (page: Page) => page.getByRole('list', { name: 'Predictions' }).getByRole('listitem');

describe('offline after one visit', () => {
	test('the build has pages to walk', () => {
		const pages = builtPages();
		expect(pages).toContain('/');
		expect(pages).toContain('/layer/conv1/');
		expect(pages).toContain('/model/');
	});

	test('reload, walk every page, upload a picture: all with the network off', async () => {
		current = await openGuardedPage(browser);
		const { page, context } = current;
		await gotoApp(page, '/');
		await page.getByTestId('current-image-name').waitFor({ timeout: 60_000 });
		await waitForOfflineWorker(page);

		await context.setOffline(true);
		expect(await page.evaluate(() => navigator.onLine)).toBe(false);
		const reloaded = await page.reload();
		expect(reloaded?.fromServiceWorker()).toBe(true);
		await waitForApp(page);
		await page.getByTestId('current-image-name').waitFor({ timeout: 60_000 });
		await expect.poll(() => predictions(page).count()).toBe(5);

		for (const path of builtPages()) {
			const response = await page.goto(new URL(path, baseUrl()).href);
			expect(response?.ok(), path).toBe(true);
			expect(response?.fromServiceWorker(), path).toBe(true);
			await waitForApp(page);
			expect(await page.locator('h1').count(), path).toBeGreaterThan(0);
			// Formulas are set in KaTeX's fonts: none may have failed to load from the cache.
			const fonts = await page.evaluate(async () => {
				await document.fonts.ready;
				return [...document.fonts].filter((f) => f.family.includes('KaTeX')).map((f) => f.status);
			});
			expect(fonts, path).not.toContain('error');
		}

		await gotoApp(page, '/layer/conv1/');
		await page.getByTestId('current-image-name').waitFor({ timeout: 60_000 });
		expect(
			await page.evaluate(() => [...document.fonts].some((f) => f.family.includes('KaTeX') && f.status === 'loaded'))
		).toBe(true);
		await page.getByTestId('image-chooser').locator('input[type="file"]').setInputFiles(COAT);
		await expect.poll(() => currentName(page), { timeout: 60_000 }).toBe('0006-coat.png');
		const maps = '[data-testid="feature-maps"] canvas';
		await expect.poll(() => distinctColours(page, maps), { timeout: 60_000 }).toBeGreaterThan(1);
		await gotoApp(page, '/');
		await page.getByTestId('current-image-name').waitFor({ timeout: 60_000 });
		await page.getByTestId('image-chooser').locator('input[type="file"]').setInputFiles(COAT);
		await expect.poll(() => currentName(page), { timeout: 60_000 }).toBe('0006-coat.png');
		await expect.poll(() => predictions(page).count()).toBe(5);
		const conv1 = '[data-testid="network-maps"] li[data-step="conv1"] canvas';
		await expect.poll(() => distinctColours(page, conv1), { timeout: 60_000 }).toBeGreaterThan(1);
	}, 600_000);
});

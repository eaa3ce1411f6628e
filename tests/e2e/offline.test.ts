/**
 * After one visit the whole site works with the network off: the service
 * worker (src/service-worker.ts) has stored every page, the built code, KaTeX's
 * fonts, tfjs's WASM and the default model. The browser context goes offline,
 * the page reloads, every prerendered page opens with its formulas' fonts, a
 * picture is uploaded and goes through the network, maps and predictions drawn.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { baseUrl, CHROMIUM_PATH, gotoApp, guardedPages, waitForApp } from './harness';
import { distinctColours, waitForOfflineWorker } from './support/offline';
import { serveStatic } from './support/static-server';

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

const guarded = guardedPages();

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
		const { page, context } = await guarded.open();
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

describe('installable', () => {
	// Chromium never offers to install from an incognito profile, which is what a fresh test context is:
	// this test runs in a real, throwaway profile.
	test('from a subfolder: no installability errors, start URL and scope are the folder', async () => {
		const folder = '/school/alexnet/';
		const host = await serveStatic(BUILD, { folder });
		const profile = mkdtempSync(join(tmpdir(), 'install-'));
		const context = await chromium.launchPersistentContext(profile, {
			executablePath: CHROMIUM_PATH,
			args: ['--headless', '--no-sandbox', '--disable-background-networking', '--disable-component-update']
		});
		try {
			const page = context.pages()[0] ?? (await context.newPage());
			const errors: string[] = [];
			page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
			page.on('pageerror', (error) => void errors.push(error.message));
			await page.goto(new URL('layer/conv1/', host.url).href);
			await waitForApp(page);
			await waitForOfflineWorker(page);
			const cdp = await context.newCDPSession(page);
			const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
				installabilityErrors: { errorId: string }[];
			};
			expect(installabilityErrors).toEqual([]);
			const manifest = (await cdp.send('Page.getAppManifest')) as { url: string; errors: { message: string }[] };
			expect(manifest.url).toBe(`${host.url}manifest.webmanifest`);
			expect(manifest.errors).toEqual([]);
			const { start_url, scope } = await page.evaluate(async (href) => (await fetch(href)).json(), manifest.url);
			expect(new URL(start_url, manifest.url).href).toBe(host.url);
			expect(new URL(scope, manifest.url).href).toBe(host.url);
			expect(errors).toEqual([]);
		} finally {
			await context.close();
			await host.close();
			rmSync(profile, { recursive: true, force: true });
		}
	}, 300_000);
});

/**
 * Threaded WASM on a host that sends no headers: the offline worker adds
 * Cross-Origin-Opener-Policy / Cross-Origin-Embedder-Policy to what it serves,
 * and the first page reloads once when the worker takes control
 * (src/lib/offline/register.ts). The site is served from a subfolder by a plain
 * static server that sends no isolation headers, as GitHub Pages or a school
 * server would.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BackendInfo, EngineStatus } from '../../src/lib/engine/types';
import { gotoApp, guardedPages, waitForApp } from './harness';
import { waitForOfflineWorker } from './support/offline';
import { serveStatic, type RunningServer } from './support/static-server';

const BUILD = resolve(import.meta.dirname, '../../build');
const FOLDER = '/school/alexnet/';
const RELOADED = 'alexnet-lab:offline:isolation-reload';

const guarded = guardedPages();
let plainHost: RunningServer;

beforeAll(async () => {
	plainHost = await serveStatic(BUILD, { isolation: false, folder: FOLDER });
});
afterAll(async () => {
	await plainHost?.close();
});

async function openOnPlainHost(): Promise<Page> {
	const { page } = await guarded.open({ origin: new URL(plainHost.url).origin });
	return page;
}

/** Counts full page loads (a reload is one more; SvelteKit's client-side navigations are not). */
function countNavigations(page: Page): () => number {
	let count = 0;
	page.on('load', () => count++);
	return () => count;
}

const isolated = (page: Page) => page.evaluate(() => crossOriginIsolated);

type Dev = { select(choice: string): Promise<BackendInfo>; status(): Promise<EngineStatus> };
declare const window: { __engineDev: Dev };

describe('cross-origin isolation from the worker', () => {
	test('the plain host sends no isolation headers, and the first page is not isolated', async () => {
		const page = await openOnPlainHost();
		const response = await page.goto(plainHost.url);
		const headers = (await response?.allHeaders()) ?? {};
		expect(headers['cross-origin-opener-policy']).toBeUndefined();
		expect(headers['cross-origin-embedder-policy']).toBeUndefined();
		await waitForApp(page);
		// Read before the worker can take over: it needs the whole site stored first.
		expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
	});

	test('the worker takes control, the page reloads once and is isolated; WASM gets a thread per core', async () => {
		const page = await openOnPlainHost();
		const navigations = countNavigations(page);
		await page.goto(plainHost.url);
		await waitForApp(page);
		await expect.poll(navigations, { timeout: 180_000 }).toBe(2);
		await waitForApp(page);
		expect(await isolated(page)).toBe(true);
		const worker = await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.getRegistration();
			return { scope: registration?.scope, script: registration?.active?.scriptURL };
		});
		expect(worker).toEqual({ scope: plainHost.url, script: `${plainHost.url}service-worker.js` });
		expect(await page.evaluate((key) => sessionStorage.getItem(key), RELOADED)).toBe('1');

		// The engine's bench page, a full navigation inside the folder: isolated without another reload.
		await page.goto(new URL('dev/engine/', plainHost.url).href);
		await page.waitForSelector('html[data-engine-dev-ready]', { state: 'attached' });
		expect(await isolated(page)).toBe(true);
		expect((await page.evaluate(() => window.__engineDev.select('wasm'))).name).toBe('wasm');
		const { backend } = await page.evaluate(() => window.__engineDev.status());
		const cores = await page.evaluate(() => navigator.hardwareConcurrency);
		expect(backend?.threads).toBe(Math.min(cores, 8));
		expect(backend?.threads).toBeGreaterThan(1);
		expect(navigations()).toBe(3);
	}, 300_000);

	test('a reader who has already clicked is not reloaded: the next link loads in full, isolated', async () => {
		const page = await openOnPlainHost();
		const navigations = countNavigations(page);
		// Hold one file the worker stores until the reader has clicked, so the order is certain.
		let release = () => {};
		const held = new Promise<void>((done) => (release = done));
		let heldForWorker = false;
		await page.context().route('**/models/fashion-mnist/model.json', async (route) => {
			if (route.request().serviceWorker()) heldForWorker = true;
			await held;
			await route.continue();
		});
		await page.goto(plainHost.url);
		await waitForApp(page);
		await page.locator('main h1').first().click();
		release();
		await waitForOfflineWorker(page);
		expect(heldForWorker, "the worker's download was held").toBe(true);
		await expect.poll(() => page.evaluate(() => document.body.dataset.sveltekitReload)).toBe('');
		expect(navigations()).toBe(1);
		expect(await isolated(page)).toBe(false);

		await page
			.getByRole('navigation')
			.getByRole('link', { name: /summary/i })
			.first()
			.click();
		await expect.poll(navigations).toBe(2);
		await waitForApp(page);
		expect(new URL(page.url()).pathname).toBe(`${FOLDER}summary/`);
		expect(await isolated(page)).toBe(true);
	}, 300_000);

	test('on a host that sends the headers the worker never reloads the page', async () => {
		const { page } = await guarded.open();
		const navigations = countNavigations(page);
		await gotoApp(page, '/');
		expect(await isolated(page)).toBe(true);
		await waitForOfflineWorker(page);
		expect(navigations()).toBe(1);
		expect(await page.evaluate((key) => sessionStorage.getItem(key), RELOADED)).toBeNull();
	}, 300_000);
});

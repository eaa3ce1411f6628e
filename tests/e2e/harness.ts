/**
 * End-to-end harness.
 *
 * As vitest's globalSetup (default export): make sure build/ is fresh, serve it
 * with a plain static server, and hand its URL to the tests.
 *
 * For tests (named exports): launch Debian's Chromium through playwright-core,
 * open pages that record console errors and every request that tries to leave
 * the origin (those are blocked), and assert that both lists stay empty.
 */
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import type { TestProject } from 'vitest/node';
import { ensureFreshBuild } from './support/fresh-build';
import { serveStatic } from './support/static-server';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}

const ROOT = resolve(import.meta.dirname, '../..');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	ensureFreshBuild(ROOT);
	const server = await serveStatic(resolve(ROOT, 'build'));
	project.provide('baseUrl', server.url);
	return server.close;
}

export const CHROMIUM_PATH = '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: CHROMIUM_PATH,
		args: [
			'--headless',
			'--no-sandbox',
			'--enable-unsafe-webgpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run'
		]
	});
}

export const baseUrl = (): string => inject('baseUrl');

/** What a page did that it should not have: filled while the page runs. */
export interface PageGuard {
	consoleErrors: string[];
	offOriginRequests: string[];
}

export interface GuardedPage {
	page: Page;
	context: BrowserContext;
	guard: PageGuard;
}

export interface OpenOptions {
	viewport?: { width: number; height: number };
	/** Messages matching these are not counted (e.g. a test that provokes a 404 on purpose). */
	allowConsole?: RegExp[];
	/** The site's origin when a test serves build/ itself (default: the harness's server). */
	origin?: string;
	/** 'block': the offline worker never registers, so the site stores nothing but what a test makes it store. */
	serviceWorkers?: 'allow' | 'block';
}

const LOCAL_SCHEMES = ['data:', 'blob:', 'about:'];

/** A fresh context and page whose console errors and off-origin requests are recorded. */
export async function openGuardedPage(browser: Browser, options: OpenOptions = {}): Promise<GuardedPage> {
	const origin = options.origin ?? new URL(baseUrl()).origin;
	const context = await browser.newContext({
		viewport: options.viewport ?? { width: 1280, height: 800 },
		serviceWorkers: options.serviceWorkers ?? 'allow'
	});
	const guard: PageGuard = { consoleErrors: [], offOriginRequests: [] };
	await context.route('**/*', (route) => {
		const url = route.request().url();
		if (LOCAL_SCHEMES.some((s) => url.startsWith(s)) || new URL(url).origin === origin) return route.continue();
		guard.offOriginRequests.push(url);
		return route.abort('blockedbyclient');
	});
	const page = await context.newPage();
	const allowed = (text: string) => (options.allowConsole ?? []).some((pattern) => pattern.test(text));
	page.on('console', (message) => {
		if (message.type() === 'error' && !allowed(message.text())) guard.consoleErrors.push(message.text());
	});
	page.on('pageerror', (error) => guard.consoleErrors.push(`${error.name}: ${error.message}`));
	return { page, context, guard };
}

/** Goes to an app path (e.g. `/layer/conv1/?variant=torchvision`) and waits until the app is interactive. */
export async function gotoApp(page: Page, path: string): Promise<void> {
	await page.goto(new URL(path, baseUrl()).href);
	await waitForApp(page);
}

/** The root layout marks <html data-app-ready> once hydrated. */
export async function waitForApp(page: Page): Promise<void> {
	await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
}

export function expectCleanRun(guard: PageGuard): void {
	expect(guard.consoleErrors, 'console errors').toEqual([]);
	expect(guard.offOriginRequests, 'requests that tried to leave the origin').toEqual([]);
}

/** What a test file's tests call to reach the browser and the page of the test that runs. */
export interface GuardedPages {
	/** The file's Chromium; throws when called before the hooks have launched it. */
	browser(): Browser;
	/** A fresh checked page (openGuardedPage) in the file's Chromium, recorded as this test's page. */
	open(options?: OpenOptions): Promise<GuardedPage>;
	/**
	 * Records a page the test opened some other way (another browser, a context of its own) as this
	 * test's page, to be checked and closed like one from `open`.
	 */
	adopt(opened: GuardedPage): GuardedPage;
	/** Does now what the hook would do after the test: expects a clean run of this test's page and closes its context. */
	checkAndClose(): Promise<void>;
}

/**
 * One Chromium for a test file and a checked page per test: registers the hooks (launch before
 * all, close after all; after each test, expect a clean run of the page it opened and close its
 * context, even when the check fails) and returns what the tests call. Hooks a file registers
 * after this call run after the launch and their teardowns before the close (vitest's default
 * 'stack' order); hooks registered before it run before the launch and tear down after the close.
 */
export function guardedPages(options: { launchTimeout?: number } = {}): GuardedPages {
	let browser: Browser | undefined;
	let current: GuardedPage | null = null;

	async function checkAndClose(): Promise<void> {
		const opened = current;
		current = null;
		if (!opened) return;
		try {
			expectCleanRun(opened.guard);
		} finally {
			await opened.context.close();
		}
	}

	beforeAll(async () => {
		browser = await launchBrowser();
	}, options.launchTimeout);
	afterAll(async () => {
		await browser?.close();
	});
	afterEach(checkAndClose);

	function expectNoPageYet(): void {
		if (current) throw new Error('guardedPages(): this test already has a page; one checked page per test.');
	}

	const pages: GuardedPages = {
		browser() {
			if (!browser)
				throw new Error('guardedPages(): Chromium is not launched yet; call browser() in a test or a later hook.');
			return browser;
		},
		async open(openOptions) {
			expectNoPageYet();
			return pages.adopt(await openGuardedPage(pages.browser(), openOptions));
		},
		adopt(opened) {
			expectNoPageYet();
			current = opened;
			return opened;
		},
		checkAndClose
	};
	return pages;
}

/** The path and query of the page, without the origin: `/layer/conv2/?variant=seed`. */
export function appPath(page: Page): string {
	const url = new URL(page.url());
	return `${url.pathname}${url.search}`;
}

/**
 * Makes every tfjs kernel in the engine worker throw (or work again): a failure the page must survive.
 * The engine worker is the first with tfjs's global engine; WASM's thread workers, blocked in
 * their own loops, may never answer, so each is given a few seconds.
 */
export async function breakEngine(page: Page, broken: boolean): Promise<void> {
	for (const worker of page.workers()) {
		const answer = worker
			.evaluate((broken) => {
				const engine = (globalThis as { _tfengine?: Record<string, unknown> })._tfengine;
				if (!engine) return false;
				if (broken)
					engine.runKernel = () => {
						throw new Error('forced failure (test)');
					};
				else delete engine.runKernel; // the prototype's own runKernel again
				return true;
			}, broken)
			.catch(() => false);
		const silence = new Promise<false>((done) => setTimeout(() => done(false), 5_000));
		if (await Promise.race([answer, silence])) return;
	}
	throw new Error('breakEngine: no engine worker found');
}

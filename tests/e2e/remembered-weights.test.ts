/**
 * Weights kept on this device, in Chromium: a .pth loaded on the Model page is
 * kept (IndexedDB), listed after a reload, and Use runs it (same predictions as
 * from the file) without the file, which is gone by then, and without starting
 * the .pth reader; Forget removes it for good. No room (a real quota set
 * through the DevTools protocol, or an estimate that shows too little) is
 * said, with the size needed; the model keeps running and nothing else is
 * removed: neither a model kept before nor the site's offline copy.
 *
 * The quota is set before the page first touches IndexedDB, never after:
 * Chromium's IndexedDB remembers the room the quota manager last granted and
 * spends from it, without asking again, for up to 30 seconds
 * (BucketContext::kBucketSpaceCacheTimeLimit), so a quota lowered after a
 * write is not enforced at once. For the same reason every test waits, where
 * the offline worker runs, until it has stored the site (a state, see
 * waitForOfflineCopy): its precache fills the same quota, and the page reloads
 * itself once when the worker takes control.
 * Needs the pth fixtures (scripts/fixtures.sh).
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { baseUrl, gotoApp, guardedPages } from './harness';
import { waitForOfflineCopy } from './support/offline';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'tests/fixtures/generated/pth');
const FIXTURE = join(FIXTURES, 'seed-7-float16.pth');
const NAME = 'seed-7-float16.pth';
const SCRATCH = join(ROOT, '.scratch');
/** A 28 MB .pth read, kept and run on two shared cores. */
const SLOW = 300_000;
/** For what follows a click at once (a list read, a message), on a busy machine. */
const SOON = { timeout: 30_000 };

let quotaSession: CDPSession | null = null;
let tmp: string;

// Registered before the browser's hooks: the fixture is checked before the launch, tmp removed after the close.
beforeAll(() => {
	if (!existsSync(FIXTURE)) throw new Error('Run scripts/fixtures.sh first.');
	tmp = mkdtempSync(join(tmpdir(), 'remembered-'));
});
afterAll(() => {
	rmSync(tmp, { recursive: true, force: true });
});
const guarded = guardedPages();
afterEach(() => {
	quotaSession = null;
});

const MB = 1024 * 1024;

interface OpenAs {
	/** 'block': the site's offline copy is never stored (the quota holds kept models only). */
	serviceWorkers?: 'allow' | 'block';
	/** The origin's quota in bytes, set before the page loads. */
	quota?: number;
}

/**
 * The origin's quota (DevTools protocol); without `bytes`, the browser's own again. The session stays
 * attached until the context closes: Chromium drops a session's quota override when it detaches.
 */
async function setQuota(page: Page, bytes?: number): Promise<void> {
	quotaSession ??= await page.context().newCDPSession(page);
	await quotaSession.send('Storage.overrideQuotaForOrigin', { origin: new URL(baseUrl()).origin, quotaSize: bytes });
}

/**
 * A page whose every `new Worker(url)` is recorded in `window.createdWorkers`, from its first script on.
 * With the offline worker allowed, it returns once the worker has stored the site and controls the page.
 */
async function open(path: string, as: OpenAs = {}): Promise<Page> {
	const { page, context } = await guarded.open({ serviceWorkers: as.serviceWorkers });
	if (as.quota !== undefined) await setQuota(page, as.quota);
	await context.addInitScript(() => {
		const created: string[] = [];
		(window as unknown as { createdWorkers: string[] }).createdWorkers = created;
		const Original = window.Worker;
		window.Worker = class extends Original {
			constructor(url: string | URL, options?: WorkerOptions) {
				super(url, options);
				created.push(String(url));
			}
		};
	});
	await gotoApp(page, path);
	if (as.serviceWorkers !== 'block') await waitForOfflineCopy(page, SLOW);
	return page;
}

const createdWorkers = (page: Page) =>
	page.evaluate(() => [...(window as unknown as { createdWorkers: string[] }).createdWorkers]);
const section = (page: Page) => page.getByTestId('remembered-models');
const kept = (page: Page) => page.getByTestId('remembered-model');
const status = (page: Page) => page.getByTestId('remembered-status');
const keepButton = (page: Page) => page.getByRole('button', { name: /^Keep on this device/ });

async function listed(page: Page): Promise<void> {
	await section(page).and(page.locator('[data-listed="true"]')).waitFor();
}

/** A copy of the fixture the test can delete, to show the file is not needed again. */
function copyOfFixture(): string {
	const copy = join(tmp, NAME);
	copyFileSync(FIXTURE, copy);
	return copy;
}

async function loadFile(page: Page, file: string, classes = 7): Promise<void> {
	await page.locator('.pth-loader input[type="file"]').setInputFiles(file);
	await expect
		.poll(() => page.locator('.pth-loader [aria-live]').textContent(), { timeout: SLOW })
		.toContain(`${classes} classes`);
	await keepButton(page).waitFor({ timeout: SLOW });
}

/**
 * Follows a header link, a client-side navigation. Waits for the path, as a state, for as long as the slow
 * steps: right after a refused keep the main thread can be busy for a while on a loaded machine.
 */
async function followLink(page: Page, name: string, pathname: string): Promise<void> {
	await page.getByRole('link', { name }).first().click();
	await expect.poll(() => new URL(page.url()).pathname, { timeout: SLOW }).toBe(pathname);
}

/** The Overview's top five, reached by the page's own link (a reload would drop the loaded weights). */
async function predictionsOnOverview(page: Page, kind: 'loaded' | 'default', classes = 7): Promise<string[]> {
	await followLink(page, 'Overview', '/');
	return predictions(page, kind, classes);
}

/** The top five once the seed net with `kind` weights of `classes` classes has run on the sample. */
async function predictions(
	page: Page,
	kind: 'loaded' | 'default',
	classes = kind === 'loaded' ? 7 : 10
): Promise<string[]> {
	await page
		.locator(
			`[data-testid="predictions"] [data-testid="running-weights"][data-ready="true"][data-kind="${kind}"][data-classes="${classes}"]`
		)
		.waitFor({ timeout: SLOW });
	return page.getByRole('list', { name: 'Predictions' }).getByRole('listitem').allTextContents();
}

async function toModelPage(page: Page): Promise<void> {
	await followLink(page, 'Model & weights', '/model/');
	await listed(page);
}

/** Descriptions and chunks in the browser's store. */
const storedCounts = (page: Page) =>
	page.evaluate(
		() =>
			new Promise<number[]>((done, fail) => {
				const request = indexedDB.open('alexnet-lab-remembered-weights');
				request.onerror = () => fail(request.error);
				request.onsuccess = () => {
					const tx = request.result.transaction(['models', 'chunks']);
					const models = tx.objectStore('models').count();
					const chunks = tx.objectStore('chunks').count();
					tx.oncomplete = () => {
						request.result.close();
						done([models.result, chunks.result]);
					};
				};
			})
	);

const estimate = (page: Page) =>
	page.evaluate(async () => {
		const { usage = 0, quota = 0 } = await navigator.storage.estimate();
		return { usage, quota };
	});

/** Entries in the offline worker's caches: the site's offline copy. */
const offlineEntries = (page: Page) =>
	page.evaluate(async () => {
		let entries = 0;
		for (const name of await caches.keys()) entries += (await (await caches.open(name)).keys()).length;
		return entries;
	});

/**
 * The refusal, quoting `free` when given. Chromium's estimate() does not follow a quota set through the
 * DevTools protocol, so the page cannot quote what is free then (either is right, should a version follow it).
 */
function refusal(free?: string): RegExp {
	const escape = (text: string) => text.replace(/[.()]/g, '\\$&');
	const quoted = free === undefined ? '(, [\\d.]+ MB free)?' : escape(`, ${free}`);
	const rest = escape('). It is still loaded for this visit; nothing else was removed.');
	return new RegExp(`^${escape('This browser has no room to keep the model (needs 56 MB')}${quoted}${rest}$`);
}
const alertOf = (page: Page) => page.locator('#load-weights [role="alert"]');

describe('a model kept on this device', () => {
	test(
		'kept, listed after a reload, used without the file (same predictions), forgotten for good',
		async () => {
			const page = await open('/model/');
			await listed(page);
			expect(await section(page).textContent()).toContain('No model is kept on this device yet');
			expect(await page.getByTestId('storage-space').textContent()).toMatch(
				/This site stores [\d.]+ (MB|GB) in this browser .* of [\d.]+ (MB|GB) the browser allows it\./
			);
			const atStart = await createdWorkers(page);
			const file = copyOfFixture();
			await loadFile(page, file);
			const reader = (await createdWorkers(page)).filter((url) => !atStart.includes(url));
			expect(reader.length, 'the .pth reader ran in a worker').toBeGreaterThan(0);

			const before = await estimate(page);
			await keepButton(page).click();
			await expect
				.poll(() => status(page).textContent(), { timeout: SLOW })
				.toContain(`${NAME} is kept on this device.`);
			await expect.poll(() => kept(page).count(), SOON).toBe(1);
			const item = await kept(page).textContent();
			for (const fact of [NAME, 'Running now', 'Article (one tower) AlexNet', '7 classes', '28 MB', 'kept ']) {
				expect(item).toContain(fact);
			}
			expect(await keepButton(page).count(), 'kept once: no second offer').toBe(0);
			expect((await estimate(page)).usage - before.usage).toBeGreaterThan(27e6);
			await section(page).screenshot({ path: join(SCRATCH, 'remembered-kept.png') });
			const fromFile = await predictionsOnOverview(page, 'loaded');
			expect(fromFile).toHaveLength(5);

			// The file is gone; after a reload the default runs, and the kept model waits in the list.
			rmSync(file);
			await page.reload();
			expect(await predictions(page, 'default')).toHaveLength(5);
			await page.goto(new URL('/model/?variant=torchvision', page.url()).href);
			await listed(page);
			await expect.poll(() => kept(page).count(), SOON).toBe(1);
			expect(await kept(page).textContent()).not.toContain('Running now');
			for (const size of [
				{ width: 1280, height: 720 },
				{ width: 390, height: 844 }
			]) {
				await page.setViewportSize(size);
				await section(page).scrollIntoViewIfNeeded();
				await page.screenshot({ path: join(SCRATCH, `remembered-list-${size.width}.png`) });
			}
			await page.setViewportSize({ width: 1280, height: 800 });

			// Use: read from this device, the page switches to the model's variant.
			await page.getByRole('button', { name: `Use ${NAME}` }).click();
			await expect.poll(() => status(page).textContent(), { timeout: SLOW }).toContain(`${NAME} runs now`);
			await page.waitForURL((url) => url.pathname === '/model/' && !url.searchParams.has('variant'));
			await expect.poll(() => kept(page).textContent(), SOON).toContain('Running now');
			const fromDevice = await predictionsOnOverview(page, 'loaded');
			expect(fromDevice).toEqual(fromFile);
			const afterReload = await createdWorkers(page);
			expect(
				afterReload.filter((url) => reader.includes(url)),
				'the .pth reader did not run again'
			).toEqual([]);

			// Forget: gone from the list now and after a reload; its space is free again.
			await toModelPage(page);
			const whileKept = await estimate(page);
			await page.getByRole('button', { name: `Forget ${NAME}` }).click();
			await expect
				.poll(() => status(page).textContent(), SOON)
				.toContain(`${NAME} is forgotten and its space is free; it keeps running in this tab until you reload.`);
			await expect.poll(() => kept(page).count(), SOON).toBe(0);
			await expect.poll(async () => whileKept.usage - (await estimate(page)).usage, SOON).toBeGreaterThan(27e6);
			await page.reload();
			await listed(page);
			expect(await kept(page).count()).toBe(0);
			expect(await section(page).textContent()).toContain('No model is kept on this device yet');
		},
		SLOW * 2
	);

	test(
		'no room: the error says how much was needed, the earlier kept model stays, the new one still runs',
		async () => {
			// No offline copy: the quota holds the first model (28 MB) but not the first 32 MB chunk of the next.
			const page = await open('/model/', { serviceWorkers: 'block', quota: 48 * MB });
			await listed(page);
			await loadFile(page, FIXTURE);
			await keepButton(page).click();
			await expect.poll(() => kept(page).count(), { timeout: SLOW }).toBe(1);

			await loadFile(page, join(FIXTURES, 'seed-10.pth'), 10);
			await keepButton(page).click();
			const alert = alertOf(page);
			await expect.poll(() => alert.textContent(), { timeout: SLOW }).toMatch(refusal());
			expect(await storedCounts(page), 'the earlier model whole, nothing of the new one').toEqual([1, 1]);
			expect(await kept(page).count()).toBe(1);
			expect(await kept(page).textContent()).toContain(NAME);
			await page.setViewportSize({ width: 1280, height: 720 });
			await alert.scrollIntoViewIfNeeded();
			await page.screenshot({ path: join(SCRATCH, 'remembered-quota.png') });

			// An estimate that shows too little room: refused before anything is written, quoting what is free.
			await page.evaluate(() => {
				navigator.storage.estimate = async () => ({ usage: 1000e6, quota: 1010e6 });
			});
			await keepButton(page).click();
			await expect.poll(() => alert.textContent(), { timeout: SLOW }).toMatch(refusal('9.5 MB free'));
			expect(await storedCounts(page)).toEqual([1, 1]);
			await setQuota(page);

			// The refused model still runs for this visit; the kept one can still be used.
			expect(await predictionsOnOverview(page, 'loaded', 10)).toHaveLength(5);
			await toModelPage(page);
			await page.getByRole('button', { name: `Use ${NAME}` }).click();
			expect(await predictionsOnOverview(page, 'loaded')).toHaveLength(5);
		},
		SLOW * 2
	);

	test(
		'no room once the offline copy is stored: said the same, the offline copy and the loaded model untouched',
		async () => {
			// The worker has stored the site (its caches count in the quota) before the quota is lowered,
			// and the Overview opens no IndexedDB: the Model page's first write already meets the new quota.
			const page = await open('/');
			const { usage } = await estimate(page);
			const offline = await offlineEntries(page);
			expect(offline, 'the offline copy is stored').toBeGreaterThan(0);
			await setQuota(page, usage + 16 * MB);
			await toModelPage(page);
			await loadFile(page, join(FIXTURES, 'seed-10.pth'), 10);
			await keepButton(page).click();
			await expect.poll(() => alertOf(page).textContent(), { timeout: SLOW }).toMatch(refusal());
			expect(await storedCounts(page), 'nothing of the refused model').toEqual([0, 0]);
			expect(await offlineEntries(page), 'the offline copy whole').toBe(offline);
			await setQuota(page);
			expect(await predictionsOnOverview(page, 'loaded', 10)).toHaveLength(5);
		},
		SLOW * 2
	);
});

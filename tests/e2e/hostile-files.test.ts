/**
 * Every hostile .pth file in the page's loader (its Web Worker), in Chromium,
 * one after another in one page: each is refused with its kind and its
 * one-line message within the watchdog, the honest look-alikes are loaded,
 * and the page still works afterwards. While each file is read, the page's
 * renderer process, which runs the worker, stays under 1 GB at its peak
 * (Linux's VmHWM, reset before each file and read from /proc for the
 * renderers that Chromium's SystemInfo names).
 * Needs the hostile fixtures (scripts/fixtures.sh).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { CDPSession } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hostileIndex, hostilePath } from '../../src/lib/pth/testing/fixtures';
import { expectCleanRun, gotoApp, guardedPages, openGuardedPage, type GuardedPage } from './harness';

/** Generous: each is refused in about a second. */
const WATCHDOG_MS = 15_000;
/** The budget for any hostile file, here for the whole renderer: page, engine and loader worker. */
const MAX_RENDERER_KB = 1024 * 1024;

// One page for the whole file: each test picks the next file in the same loader.
const guarded = guardedPages();
const index = hostileIndex();
let browserSession: CDPSession;
let current: GuardedPage;

async function rendererPids(): Promise<number[]> {
	const { processInfo } = (await browserSession.send('SystemInfo.getProcessInfo')) as {
		processInfo: { type: string; id: number }[];
	};
	const pids = processInfo.filter((p) => p.type === 'renderer').map((p) => p.id);
	expect(pids.length, 'renderer processes').toBeGreaterThan(0);
	return pids;
}

/** The highest peak resident set (VmHWM) of Chromium's renderer processes since the last reset, in KB. */
async function rendererPeakKb(): Promise<number> {
	const peaks = (await rendererPids()).map((pid) => {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		return Number(status.match(/^VmHWM:\s+(\d+) kB/m)?.[1] ?? 0);
	});
	return Math.max(...peaks);
}

/** Starts the renderers' peaks again from their present size (Linux's clear_refs), so each file's own is measured. */
async function resetRendererPeaks(): Promise<void> {
	for (const pid of await rendererPids()) writeFileSync(`/proc/${pid}/clear_refs`, '5');
}

/** Each file's peak and the renderer's size before it, in KB, for the summary at the end. */
const peaks = new Map<string, { before: number; peak: number }>();

/** Runs `read` from a fresh peak, then checks that the renderer stayed under the budget meanwhile. */
async function withinMemory(file: string, read: () => Promise<void>): Promise<void> {
	await resetRendererPeaks();
	const before = await rendererPeakKb();
	await read();
	const peakKb = await rendererPeakKb();
	peaks.set(file, { before, peak: peakKb });
	expect(peakKb, `${file}: the renderer's peak resident set`).toBeLessThan(MAX_RENDERER_KB);
}

beforeAll(async () => {
	browserSession = await guarded.browser().newBrowserCDPSession();
	current = await openGuardedPage(guarded.browser());
	await gotoApp(current.page, '/model/');
});
afterAll(async () => {
	expectCleanRun(current.guard);
	await current.context.close();
});

const pick = (file: string) => current.page.locator('.pth-loader input[type=file]').setInputFiles(hostilePath(file));

describe('hostile .pth files in the page’s loader, one page for all', () => {
	test.each(index.refused.map((c) => [c.file, c] as const))(
		'%s is refused with its message',
		async (_, c) => {
			const alert = current.page.locator(`.pth-loader [role=alert][data-file="${c.file}"]`);
			await withinMemory(c.file, async () => {
				const started = performance.now();
				await pick(c.file);
				await alert.waitFor({ timeout: WATCHDOG_MS });
				expect(performance.now() - started).toBeLessThan(WATCHDOG_MS);
			});
			expect(await alert.getAttribute('data-kind')).toBe(c.kind);
			const message = (await alert.locator('.message').textContent()) ?? '';
			for (const word of c.words) expect(message).toContain(word);
		},
		2 * WATCHDOG_MS
	);

	test.each(index.valid.map((c) => [c.file, c] as const))(
		'the page still works: %s, honest, is loaded next',
		async (_, c) => {
			const status = current.page.locator('.pth-loader [aria-live]');
			await withinMemory(c.file, async () => {
				await pick(c.file);
				await expect.poll(() => status.textContent(), { timeout: 60_000 }).toContain(`${c.classes} classes`);
			});
			expect(await status.textContent()).toContain('14.6 million parameters');
		},
		90_000
	);

	test('every file was measured; the largest peaks', () => {
		expect([...peaks.keys()]).toEqual([...index.refused, ...index.valid].map((c) => c.file));
		const mb = (kb: number) => Math.round(kb / 1024);
		const largest = [...peaks].sort((a, b) => b[1].peak - a[1].peak).slice(0, 4);
		console.log(
			`hostile-files: renderer peaks ${largest.map(([file, { before, peak }]) => `${file} ${mb(peak)} MB (${mb(before)} MB before)`).join(', ')}`
		);
	});
});

/**
 * Hostile .pth files in the page's loader (its Web Worker), in Chromium: each
 * is refused with its one-line message, in well under the watchdog, and the
 * page still works afterwards: an honest file picked next is loaded.
 * Needs the hostile fixtures (scripts/fixtures.sh).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hostileIndex, hostilePath } from '../../src/lib/pth/testing/fixtures';
import { expectCleanRun, gotoApp, guardedPages, openGuardedPage, type GuardedPage } from './harness';

/** A few of each family: pickle, zip, tensors, values. */
const PICKED = [
	'long4-beyond-file.pth',
	'billion-laughs.pth',
	'memoize-millions.pth',
	'nested-lists.pth',
	'zip-bomb-lying.pth',
	'stride-zero.pth',
	'nan-weights.pth',
	'control-keys.pth'
];
/** Generous: each is refused in about a second. */
const WATCHDOG_MS = 15_000;

// One page for the whole file: each test picks the next file in the same loader.
const guarded = guardedPages();
let current: GuardedPage;
beforeAll(async () => {
	current = await openGuardedPage(guarded.browser());
	await gotoApp(current.page, '/model/');
});
afterAll(async () => {
	expectCleanRun(current.guard);
	await current.context.close();
});

const pick = (file: string) => current.page.locator('.pth-loader input[type=file]').setInputFiles(hostilePath(file));

describe('hostile .pth files in the page’s loader', () => {
	const cases = hostileIndex().refused.filter((c) => PICKED.includes(c.file));

	test.each(cases.map((c) => [c.file, c] as const))(
		'%s is refused with its message',
		async (_, c) => {
			await pick(c.file);
			const alert = current.page.locator('.pth-loader [role=alert]');
			await expect.poll(() => alert.textContent(), { timeout: WATCHDOG_MS }).toContain(c.words[0]);
			const text = (await alert.textContent()) ?? '';
			for (const word of c.words) expect(text).toContain(word);
		},
		2 * WATCHDOG_MS
	);

	test('the page still works: an honest file picked next is loaded', async () => {
		expect(cases).toHaveLength(PICKED.length);
		await pick('shared-storage-deflate.pth');
		const status = current.page.locator('.pth-loader [aria-live]');
		await expect.poll(() => status.textContent(), { timeout: 60_000 }).toContain('10 classes');
		expect(await status.textContent()).toContain('14.6 million parameters');
	}, 90_000);
});

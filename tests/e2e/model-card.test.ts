/**
 * The model card page and the .pth loader on it, in Chromium: the shipped
 * evaluation is shown, a real checkpoint is read in the worker and switches
 * the app to its variant, a malicious one is refused by name.
 * Needs the pth fixtures (scripts/fixtures.sh).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fixturePath } from '../../src/lib/pth/testing/fixtures';
import { gotoApp, guardedPages } from './harness';

const MODEL_PAGE = '/model/';
/** What the shipped model's own evaluation says (the card must show exactly that). */
const shipped = JSON.parse(
	readFileSync(resolve(import.meta.dirname, '../../static/models/fashion-mnist/evaluation.json'), 'utf8')
) as { accuracy: number };

const guarded = guardedPages();

async function open() {
	const { page } = await guarded.open();
	await gotoApp(page, MODEL_PAGE);
	return page;
}

async function pick(file: string) {
	const page = await open();
	await page.locator('.pth-loader input[type=file]').setInputFiles(fixturePath(file));
	return page;
}

describe('the model card', () => {
	test('shows the accuracy measured by our engine and a 10×10 confusion matrix', async () => {
		const page = await open();
		const accuracy = `${(100 * shipped.accuracy).toFixed(2)} %`;
		await expect.poll(() => page.locator('.headline').textContent()).toContain(accuracy);
		// One confusion matrix per test set (clean, photo-like), each 10×10.
		const matrices = page.locator('table').filter({ has: page.locator('caption', { hasText: 'Confusion matrix' }) });
		expect(await matrices.count()).toBe(2);
		const rows = matrices.first().locator('tbody tr');
		expect(await rows.count()).toBe(10);
		expect(await rows.first().locator('td').count()).toBe(10);
		expect(await page.locator('figure svg path').count()).toBeGreaterThan(0);
	});
});

describe('loading a .pth in the browser', () => {
	test('torchvision’s 233 MB checkpoint, in the legacy format of its official file: read in the worker, the app switches to torchvision', async () => {
		const page = await pick('legacy-torchvision-1000.pth');
		const status = page.locator('.pth-loader [aria-live]');
		await expect.poll(() => status.textContent(), { timeout: 90_000 }).toContain('1000 classes');
		expect(await status.textContent()).toContain('torchvision');
		await expect.poll(() => page.url(), { timeout: 90_000 }).toContain('variant=torchvision');
	});

	test('a malicious file is refused, naming what it tried to run', async () => {
		const page = await pick('evil-subprocess-popen.pth');
		const alert = page.locator('.pth-loader [role=alert]');
		await expect.poll(() => alert.textContent()).toContain('"subprocess.Popen"');
	});
});

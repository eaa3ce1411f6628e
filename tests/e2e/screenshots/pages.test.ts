/**
 * Full-page screenshots of the main pages at a laptop/projector size and a
 * phone size, written to test-results/screenshots/ for a person to look at.
 * They also fail on console errors, off-origin requests and sideways scrolling.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { expectCleanRun, gotoApp, launchBrowser, openGuardedPage } from '../harness';

const OUT = resolve(import.meta.dirname, '../../../test-results/screenshots');

const viewports = [
	{ name: 'desktop', width: 1280, height: 800 },
	{ name: 'phone', width: 390, height: 844 }
];

const shots: { name: string; path: string; projector?: boolean; whatIf?: { field: string; value: string } }[] = [
	{ name: 'overview', path: '/' },
	{ name: 'conv1-seed', path: '/layer/conv1/' },
	{ name: 'conv2-paper2012', path: '/layer/conv2/?variant=paper2012' },
	{ name: 'pool1-whatif-broken', path: '/layer/pool1/', whatIf: { field: 'kernel', value: '80' } },
	{ name: 'fc1-torchvision', path: '/layer/fc1/?variant=torchvision' },
	{ name: 'chapter', path: '/why-it-worked/' },
	{ name: 'summary', path: '/summary/' },
	{ name: 'conv1-projector', path: '/layer/conv1/', projector: true }
];

let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
	mkdirSync(OUT, { recursive: true });
});
afterAll(async () => {
	await browser?.close();
});

for (const viewport of viewports) {
	for (const shot of shots) {
		test(`${shot.name} at ${viewport.width}×${viewport.height}`, async () => {
			const { page, context, guard } = await openGuardedPage(browser, { viewport });
			await gotoApp(page, shot.path);
			if (shot.projector) {
				const toggle = page.getByRole('button', { name: 'Projector mode' });
				// On a phone the header's controls fold behind Menu.
				if (!(await toggle.isVisible())) await page.getByRole('button', { name: 'Menu' }).click();
				await toggle.click();
			}
			if (shot.whatIf) {
				await page.locator(`.what-if input[name="${shot.whatIf.field}"]`).fill(shot.whatIf.value);
				await page.locator('.what-if .problems').waitFor();
			}
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
			await page.screenshot({
				path: resolve(OUT, `${shot.name}-${viewport.width}x${viewport.height}.png`),
				fullPage: true
			});
			expectCleanRun(guard);
			await context.close();
		});
	}
}

/** Helpers for the tests of the offline worker (src/service-worker.ts). */
import type { Page } from 'playwright-core';

/** Waits until the worker has stored the site and controls the page. */
export async function waitForOfflineWorker(page: Page): Promise<void> {
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 180_000 });
}

/** Distinct colours on a canvas: 1 means nothing was painted. */
export function distinctColours(page: Page, selector: string): Promise<number> {
	return page
		.locator(selector)
		.first()
		.evaluate((canvas: HTMLCanvasElement) => {
			const context = canvas.getContext('2d') as CanvasRenderingContext2D;
			const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
			const seen = new Set<number>();
			for (let i = 0; i < data.length; i += 4) seen.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
			return seen.size;
		});
}

/**
 * Waits until the worker has stored the site and the page runs under it, as a
 * reader's page does after the first visit: controlled, and cross-origin
 * isolated (on a host that sends no isolation headers the page reloads itself
 * once for that, see src/lib/offline/register.ts). From then on the worker
 * writes nothing more, so storage usage changes only by what the page does.
 */
export async function waitForOfflineCopy(page: Page, timeout = 180_000): Promise<void> {
	const settled = () =>
		page
			.evaluate(() => navigator.serviceWorker.controller !== null && crossOriginIsolated)
			// The page's own reload destroys the context being asked: not settled yet.
			.catch(() => false);
	const deadline = Date.now() + timeout;
	while (!(await settled())) {
		if (Date.now() > deadline) throw new Error('The offline worker did not take control of the page in time.');
		await page.waitForEvent('framenavigated', { timeout: 1_000 }).catch(() => undefined);
	}
	await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
}

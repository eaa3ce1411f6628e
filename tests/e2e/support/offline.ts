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

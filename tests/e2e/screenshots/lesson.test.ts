/**
 * Screenshots of the lesson for a person to look at, written to
 * test-results/screenshots/: every slide of the seed variant fully revealed at
 * 1920×1080 and 1280×720 (walked with the keyboard, so the class's picture
 * runs through the model once), "your turn" open over a slide at 1280×720 and
 * 1024×768, the grid and the follow-along panel, and the presenter window.
 * The phone's three slides are taken by the phone test in ../lesson.test.ts.
 * They also fail on console errors and off-origin requests.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { deriveNetwork, variants } from '../../../src/lib/model';
import { lessonSlides } from '../../../src/lib/lesson/slides';
import { expectCleanRun, gotoApp, launchBrowser, openGuardedPage } from '../harness';

const OUT = resolve(import.meta.dirname, '../../../test-results/screenshots');
/** What a step slide shows once the model has run: its maps, or for softmax the classes it names. */
const SLIDE_VIEW = '[data-testid="slide-maps"] canvas, [data-testid="slide-guess"] li';

let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
	mkdirSync(OUT, { recursive: true });
});
afterAll(async () => {
	await browser?.close();
});

const shown = (page: Page) =>
	page
		.locator('[data-testid="deck"] .slide')
		.evaluate((el) => `${el.getAttribute('data-slide')}/${el.getAttribute('data-reveal')}`);

const at = (page: Page, position: string) => expect.poll(() => shown(page), { timeout: 15_000 }).toBe(position);

const shot = (page: Page, name: string, viewport: { width: number; height: number }) =>
	page.screenshot({ path: resolve(OUT, `lesson-${name}-${viewport.width}x${viewport.height}.png`) });

for (const viewport of [
	{ width: 1920, height: 1080 },
	{ width: 1280, height: 720 }
]) {
	test(`every seed slide, fully revealed, at ${viewport.width}×${viewport.height}`, { timeout: 600_000 }, async () => {
		const { page, context, guard } = await openGuardedPage(browser, { viewport });
		// The final state of each slide, not a frame of its fade.
		await page.emulateMedia({ reducedMotion: 'reduce' });
		const slides = lessonSlides(deriveNetwork(variants.seed));
		await gotoApp(page, '/lesson/start/');
		for (const [i, slide] of slides.entries()) {
			for (let reveal = 0; reveal < slide.stages.length; reveal++) {
				if (i > 0 || reveal > 0) await page.keyboard.press('ArrowRight');
				await at(page, `${slide.id}/${reveal}`);
			}
			if (slide.kind === 'picture') await page.locator('.kind-picture .visual canvas').waitFor({ timeout: 90_000 });
			if (slide.kind === 'step') await page.locator(SLIDE_VIEW).first().waitFor();
			await shot(page, `${String(i + 1).padStart(2, '0')}-${slide.id}`, viewport);
		}
		expectCleanRun(guard);
		await context.close();
	});
}

for (const viewport of [
	{ width: 1280, height: 720 },
	{ width: 1024, height: 768 }
]) {
	test(`your turn over a fully revealed slide at ${viewport.width}×${viewport.height}`, async () => {
		const { page, context, guard } = await openGuardedPage(browser, { viewport });
		await gotoApp(page, '/lesson/conv1/?reveal=7');
		await page.getByRole('button', { name: 'Your turn' }).click();
		const dialog = page.getByRole('dialog', { name: 'Your turn: conv1' });
		const size = dialog.getByTestId('exercise').first();
		await size.getByRole('textbox').fill('21');
		await size.getByRole('button', { name: 'Check' }).click();
		await size.locator('[data-cause]').waitFor();
		// The answer field, its Check button and the verdict are on screen without scrolling.
		for (const part of [
			size.getByRole('textbox'),
			size.getByRole('button', { name: 'Check' }),
			size.getByTestId('verdict')
		]) {
			const box = await part.boundingBox();
			expect(box && box.y >= 0 && box.y + box.height <= viewport.height).toBe(true);
		}
		await shot(page, 'your-turn', viewport);
		expectCleanRun(guard);
		await context.close();
	});
}

test('the grid and the follow-along panel at 1280×720', async () => {
	const viewport = { width: 1280, height: 720 };
	const { page, context, guard } = await openGuardedPage(browser, { viewport });
	await gotoApp(page, '/lesson/conv2/?reveal=3');
	await page.keyboard.press('Escape');
	await page.getByTestId('slide-grid').waitFor();
	await shot(page, 'grid', viewport);
	await page.keyboard.press('Escape');
	await page.getByRole('button', { name: 'Follow along' }).click();
	await page.getByTestId('qr-code').waitFor();
	await shot(page, 'follow-along', viewport);
	expectCleanRun(guard);
	await context.close();
});

test('the presenter window at the size P opens it (1200×760)', async () => {
	const viewport = { width: 1200, height: 760 };
	const { page, context, guard } = await openGuardedPage(browser, { viewport });
	await gotoApp(page, '/lesson/presenter/?slide=conv1&reveal=3');
	await page.getByTestId('speaker-notes').waitFor();
	// The notes, what the presenter reads most, fit the window.
	const notes = await page.getByTestId('speaker-notes').boundingBox();
	expect(notes && notes.y + notes.height <= viewport.height).toBe(true);
	await shot(page, 'presenter', viewport);
	expectCleanRun(guard);
	await context.close();
});

/**
 * The classroom lesson: a keyboard-only walk through every reveal, the grid,
 * the blank screen, direct links, the presenter window in both directions, the
 * follow-along QR code, the "your turn" verdicts and axe on every lesson page.
 */
import AxeBuilder from '@axe-core/playwright';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { deriveNetwork, variants } from '../../src/lib/model';
import { lessonSlides } from '../../src/lib/lesson/slides';
import { appPath, baseUrl, expectCleanRun, gotoApp, guardedPages, openGuardedPage } from './harness';

const guarded = guardedPages();

const FULL_HD = { width: 1920, height: 1080 };

/** The slide and reveal the deck shows. */
const shown = (page: Page) =>
	page
		.locator('[data-testid="deck"] .slide')
		.evaluate((el) => `${el.getAttribute('data-slide')}/${el.getAttribute('data-reveal')}`);

async function expectShown(page: Page, expected: string) {
	await expect.poll(() => shown(page), { timeout: 15_000 }).toBe(expected);
}

test('a keyboard-only walk through the whole seed lesson visits every reveal, then Home, End and back', async () => {
	const { page } = await guarded.open({ viewport: FULL_HD });
	const slides = lessonSlides(deriveNetwork(variants.seed));
	const positions = slides.flatMap((s) => s.stages.map((_, reveal) => `${s.id}/${reveal}`));
	await gotoApp(page, '/lesson/start/');
	await expectShown(page, positions[0]);
	const keys = ['ArrowRight', ' ', 'PageDown'];
	for (let i = 1; i < positions.length; i++) {
		await page.keyboard.press(keys[i % keys.length]);
		await expectShown(page, positions[i]);
	}
	expect(appPath(page)).toBe('/lesson/recap/');
	// Back from relu1's start lands on conv1 fully revealed, then one reveal back.
	await gotoApp(page, '/lesson/relu1/');
	await page.keyboard.press('PageUp');
	await expectShown(page, 'conv1/7');
	expect(appPath(page)).toBe('/lesson/conv1/?reveal=7');
	await page.keyboard.press('ArrowLeft');
	await expectShown(page, 'conv1/6');
	await page.keyboard.press('Home');
	await expectShown(page, 'start/0');
	await page.keyboard.press('End');
	await expectShown(page, 'recap/0');
});

test('Esc opens the grid of all slides and jumps; B blanks the screen and any step key brings it back', async () => {
	const { page } = await guarded.open({ viewport: FULL_HD });
	await gotoApp(page, '/lesson/conv2/?reveal=2');
	await page.keyboard.press('Escape');
	const grid = page.getByTestId('slide-grid');
	await grid.waitFor();
	expect(await grid.locator('a').count()).toBe(lessonSlides(deriveNetwork(variants.seed)).length);
	expect(await page.locator(':focus').getAttribute('data-slide-link')).toBe('conv2');
	// Arrows do not move the deck while the grid is open.
	await page.keyboard.press('ArrowRight');
	await expectShown(page, 'conv2/2');
	await page.keyboard.press('Escape');
	await grid.waitFor({ state: 'detached' });
	await page.keyboard.press('Escape');
	await grid.waitFor();
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await expectShown(page, 'relu2/0');
	await grid.waitFor({ state: 'detached' });

	await page.keyboard.press('b');
	await page.getByTestId('blank').waitFor();
	const covered = await page.evaluate(() => {
		const el = document.elementFromPoint(960, 540);
		return el?.getAttribute('data-testid');
	});
	expect(covered).toBe('blank');
	await page.keyboard.press('ArrowRight');
	await page.getByTestId('blank').waitFor({ state: 'detached' });
	await expectShown(page, 'relu2/0');
	await page.keyboard.press('B');
	await page.getByTestId('blank').waitFor();
	await page.keyboard.press('B');
	await page.getByTestId('blank').waitFor({ state: 'detached' });
});

test('a lesson URL opened directly lands on its slide, reveal and variant', async () => {
	const { page } = await guarded.open({ viewport: FULL_HD });
	await gotoApp(page, '/lesson/pool1/?reveal=3&variant=paper2012');
	await expectShown(page, 'pool1/3');
	// paper2012: conv1 has no padding, 55 → 27 after norm1.
	expect(await page.getByTestId('size-formula').textContent()).toContain('55');
	expect(await page.getByTestId('slide-counter').textContent()).toContain(
		`of ${lessonSlides(deriveNetwork(variants.paper2012)).length}`
	);
	await gotoApp(page, '/lesson/norm1/?variant=paper2012');
	await expectShown(page, 'norm1/0');
});

test('P opens the presenter window, which follows the lesson and drives it back; either can close', async () => {
	const { page, context } = await guarded.open({ viewport: FULL_HD });
	await gotoApp(page, '/lesson/conv1/?reveal=1');
	const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
	await presenter.waitForSelector('html[data-app-ready]', { state: 'attached' });
	const at = () => presenter.getByTestId('presenter').evaluate((el) => `${el.dataset.slide}/${el.dataset.reveal}`);
	await expect.poll(at, { timeout: 15_000 }).toBe('conv1/1');
	expect(await presenter.getByTestId('speaker-notes').textContent()).toMatch(/floor/);
	// The lesson steps: the presenter follows.
	await page.keyboard.press('ArrowRight');
	await expectShown(page, 'conv1/2');
	await expect.poll(at, { timeout: 15_000 }).toBe('conv1/2');
	// The presenter steps: the lesson follows.
	await presenter.keyboard.press('PageDown');
	await expectShown(page, 'conv1/3');
	await presenter.getByRole('button', { name: /Next/ }).click();
	await expectShown(page, 'conv1/4');
	await expect.poll(at).toBe('conv1/4');
	// Closing the presenter leaves the lesson working.
	await presenter.close();
	await page.keyboard.press('ArrowRight');
	await expectShown(page, 'conv1/5');
});

test('the presenter window works alone once the lesson window is closed', async () => {
	const { page } = await guarded.open({ viewport: FULL_HD });
	await gotoApp(page, '/lesson/presenter/?slide=fc1');
	const at = () => page.getByTestId('presenter').evaluate((el) => `${el.dataset.slide}/${el.dataset.reveal}`);
	await expect.poll(at).toBe('fc1/0');
	await page.keyboard.press('ArrowRight');
	await expect.poll(at).toBe('fc1/1');
	expect(await page.getByTestId('speaker-notes').textContent()).toMatch(/bias/);
});

test('the follow-along QR code decodes to the URL of the slide on screen', async () => {
	const { page } = await guarded.open({ viewport: FULL_HD });
	await gotoApp(page, '/lesson/conv3/?reveal=2&variant=torchvision');
	await expectShown(page, 'conv3/2');
	await page.getByRole('button', { name: 'Follow along' }).click();
	const panel = page.getByTestId('follow-along');
	await panel.waitFor();
	expect(await panel.textContent()).toContain('Nothing is sent anywhere');
	const png = PNG.sync.read(await page.getByTestId('qr-code').screenshot());
	const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
	const expected = new URL('/lesson/conv3/?reveal=2&variant=torchvision', baseUrl()).href;
	expect(code?.data).toBe(expected);
	expect(await panel.getByRole('link').textContent()).toBe(expected);
});

async function answer(page: Page, question: number, value: string) {
	const form = page.getByTestId('exercise').nth(question);
	await form.getByRole('textbox').fill(value);
	await form.getByRole('textbox').press('Enter');
	return form.getByTestId('verdict');
}

test('your turn: a right answer is right, each of the four slips is named, progress counts on /lesson/', async () => {
	const { page } = await guarded.open();
	await gotoApp(page, '/layer/conv1/');
	const exercise = page.getByTestId('your-turn');
	// W = 224, F = 11, P = 2, S = 4: N = ⌊54.25⌋ + 1 = 55.
	let verdict = await answer(page, 0, '55.25');
	await expect.poll(() => verdict.locator('[data-cause]').getAttribute('data-cause')).toBe('no-floor');
	verdict = await answer(page, 0, '21');
	await expect.poll(() => verdict.locator('[data-cause]').getAttribute('data-cause')).toBe('kernel-stride-swapped');
	expect(await verdict.getAttribute('aria-live')).toBe('polite');
	verdict = await answer(page, 0, '55');
	await expect.poll(() => verdict.textContent()).toContain('Right: 55');
	// Its label names the question.
	expect(await exercise.getByLabel(/W = 224, F = 11, P = 2, S = 4/).count()).toBe(1);

	await gotoApp(page, '/layer/conv2/');
	// W = 27, F = 5, P = 2, S = 1: N = 27.
	verdict = await answer(page, 0, '25');
	await expect.poll(() => verdict.locator('[data-cause]').getAttribute('data-cause')).toBe('padding-once');
	verdict = await answer(page, 0, '26');
	await expect.poll(() => verdict.locator('[data-cause]').getAttribute('data-cause')).toBe('plus-one-forgotten');
	// Parameters: 128 × 48 × 25 + 128 = 153,728; without the bias 153,600.
	verdict = await answer(page, 1, '153600');
	await expect.poll(() => verdict.locator('[data-cause]').getAttribute('data-cause')).toBe('bias-forgotten');
	verdict = await answer(page, 1, '153728');
	await expect.poll(() => verdict.textContent()).toContain('Right');

	await gotoApp(page, '/lesson/');
	const total = deriveNetwork(variants.seed).steps.reduce(
		(sum, s) => sum + (s.formula ? 1 : 0) + (s.kind === 'conv' || s.kind === 'linear' ? 2 : 0),
		0
	);
	await expect.poll(() => page.getByTestId('lesson-progress').textContent()).toContain(`2 of ${total} answered`);
	await page.getByRole('button', { name: 'Reset my answers' }).click();
	await expect.poll(() => page.getByTestId('lesson-progress').textContent()).toContain(`0 of ${total} answered`);
});

test('every seed slide, fully revealed, fits without scrolling at 1920×1080, 1280×720 and 1024×768; text ≥ 28 px and formulas ≥ 36 px at 1920', async () => {
	const slides = lessonSlides(deriveNetwork(variants.seed));
	for (const viewport of [FULL_HD, { width: 1280, height: 720 }, { width: 1024, height: 768 }]) {
		// One page per size, each checked before the next opens.
		const { page, context, guard } = await openGuardedPage(guarded.browser(), { viewport });
		for (const slide of slides) {
			const reveal = slide.stages.length - 1;
			await gotoApp(page, `/lesson/${slide.id}/${reveal ? `?reveal=${reveal}` : ''}`);
			await expectShown(page, `${slide.id}/${reveal}`);
			const measured = await page.evaluate(() => {
				const element = document.querySelector<HTMLElement>('[data-testid="deck"] .slide')!;
				const visible = (e: Element) => e.getClientRects().length > 0;
				const sizes = (selector: string) =>
					[...element.querySelectorAll(selector)].filter(visible).map((e) => parseFloat(getComputedStyle(e).fontSize));
				return {
					overflow: Math.max(element.scrollHeight - element.clientHeight, element.scrollWidth - element.clientWidth),
					pageScroll: document.documentElement.scrollHeight - innerHeight,
					text: Math.min(...sizes(':scope > p, .words > p, .points li, .totals li, .title p')),
					formula: Math.min(...sizes('.formula .katex'))
				};
			});
			const where = `${slide.id} at ${viewport.width}×${viewport.height}`;
			expect(measured.overflow, where).toBeLessThanOrEqual(1);
			expect(measured.pageScroll, where).toBeLessThanOrEqual(0);
			if (viewport === FULL_HD) {
				expect(measured.text, where).toBeGreaterThanOrEqual(28);
				expect(measured.formula, where).toBeGreaterThanOrEqual(36);
			}
		}
		expectCleanRun(guard);
		await context.close();
	}
});

const axePages = [
	'/lesson/',
	'/lesson/conv1/?reveal=7',
	'/lesson/fc1/?reveal=2',
	'/lesson/recap/',
	'/lesson/presenter/?slide=conv1&reveal=3'
];

for (const path of axePages) {
	test(`axe: ${path} has no violation of any impact`, async () => {
		const { page } = await guarded.open({ viewport: FULL_HD });
		await gotoApp(page, path);
		await page.waitForTimeout(500);
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
			.analyze();
		expect(
			results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
		).toEqual([]);
	});
}

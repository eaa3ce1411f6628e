/**
 * The classroom lesson: a keyboard-only walk through every reveal of every
 * variant, the grid, the blank screen, full screen, reduced motion, direct
 * links, the presenter window in both directions and on its own, the
 * follow-along QR code, the "your turn" verdicts on a layer page and on a slide,
 * the slides on a phone (screenshots in test-results/screenshots/) and axe on
 * every lesson page and panel.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { deriveNetwork, variantIds, variants } from '../../src/lib/model';
import { lessonSlides } from '../../src/lib/lesson/slides';
import { appPath, baseUrl, expectCleanRun, gotoApp, launchBrowser, openGuardedPage, type PageGuard } from './harness';
import { axeViolations } from './support/axe';
import { decodeQr } from './support/qr';

const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
/** What a step slide shows once the model has run: its maps, or for softmax the classes it names. */
const SLIDE_VIEW = '[data-testid="slide-maps"] canvas, [data-testid="slide-guess"] li';

let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const FULL_HD = { width: 1920, height: 1080 };

/** The slide and reveal the deck shows. */
const shown = (page: Page) =>
	page
		.locator('[data-testid="deck"] .slide')
		.evaluate((el) => `${el.getAttribute('data-slide')}/${el.getAttribute('data-reveal')}`);

async function expectShown(page: Page, expected: string) {
	await expect.poll(() => shown(page), { timeout: 15_000 }).toBe(expected);
}

for (const variant of variantIds) {
	test(`a keyboard-only walk through the whole ${variant} lesson visits every reveal`, async () => {
		const { page, context, guard } = await openGuardedPage(browser, { viewport: FULL_HD });
		const slides = lessonSlides(deriveNetwork(variants[variant]));
		const positions = slides.flatMap((s) => s.stages.map((_, reveal) => `${s.id}/${reveal}`));
		const query = variant === 'seed' ? '' : `?variant=${variant}`;
		await gotoApp(page, `/lesson/start/${query}`);
		await expectShown(page, positions[0]);
		const keys = ['ArrowRight', ' ', 'PageDown'];
		for (let i = 1; i < positions.length; i++) {
			await page.keyboard.press(keys[i % keys.length]);
			await expectShown(page, positions[i]);
		}
		expect(appPath(page)).toBe(`/lesson/recap/${query}`);
		// The last reveal of the last slide is the end: one more step stays there.
		await page.keyboard.press('ArrowRight');
		await expectShown(page, positions.at(-1)!);
		expectCleanRun(guard);
		await context.close();
	});
}

test('back from a slide’s start lands on the previous slide fully revealed; Home and End', async () => {
	const { page, context, guard } = await openGuardedPage(browser, { viewport: FULL_HD });
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
	expectCleanRun(guard);
	await context.close();
});

test('Esc opens the grid of all slides and jumps; B blanks the screen and any step key brings it back', async () => {
	const { page, context, guard } = await openGuardedPage(browser, { viewport: FULL_HD });
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
	expectCleanRun(guard);
	await context.close();
});

test('F asks for full screen, and F again leaves it', async () => {
	const { page, context, guard } = await openGuardedPage(browser, { viewport: FULL_HD });
	await gotoApp(page, '/lesson/conv1/');
	// Count the requests, so the test says what the deck asked for even where a browser refuses.
	await page.evaluate(() => {
		const request = Element.prototype.requestFullscreen;
		Element.prototype.requestFullscreen = function (this: Element, options?: FullscreenOptions) {
			const root = document.documentElement;
			root.dataset.fullscreenRequests = String(Number(root.dataset.fullscreenRequests ?? 0) + 1);
			return request.call(this, options);
		};
	});
	const fullscreen = () => page.evaluate(() => document.fullscreenElement?.tagName ?? null);
	await page.keyboard.press('f');
	await expect.poll(() => page.evaluate(() => document.documentElement.dataset.fullscreenRequests)).toBe('1');
	await expect.poll(fullscreen).toBe('HTML');
	await page.keyboard.press('F');
	await expect.poll(fullscreen).toBeNull();
	// Neither press stepped the deck.
	await expectShown(page, 'conv1/0');
	expectCleanRun(guard);
	await context.close();
});

test('a reveal fades in, and appears at once for a reader who asks for less motion', async () => {
	const { page, context, guard } = await openGuardedPage(browser, { viewport: FULL_HD });
	await gotoApp(page, '/lesson/conv1/');
	await expectShown(page, 'conv1/0');
	// Every element of the deck whose opacity is set while it appears: what the fade does.
	await page.evaluate(() => {
		const faded: string[] = [];
		Object.assign(window, { faded });
		const note = (node: Node) => {
			if (node instanceof HTMLElement && node.style.opacity !== '') faded.push(node.className);
		};
		new MutationObserver((records) => {
			for (const record of records) {
				note(record.target);
				record.addedNodes.forEach(note);
			}
		}).observe(document.querySelector('[data-testid="deck"]')!, {
			subtree: true,
			childList: true,
			attributes: true,
			attributeFilter: ['style']
		});
	});
	const faded = () => page.evaluate(() => (window as unknown as { faded: string[] }).faded.splice(0));
	await page.keyboard.press('ArrowRight');
	await expectShown(page, 'conv1/1');
	await expect.poll(faded).not.toEqual([]);
	// Let that fade finish (350 ms) before asking for less motion.
	await page.waitForTimeout(1000);
	await faded();

	// Less motion: the answer (reveal 6) and the maps (reveal 7) are simply there.
	await page.emulateMedia({ reducedMotion: 'reduce' });
	for (let reveal = 2; reveal <= 7; reveal++) {
		await page.keyboard.press('ArrowRight');
		await expectShown(page, `conv1/${reveal}`);
	}
	await page.getByTestId('slide-maps').waitFor();
	expect(await faded()).toEqual([]);
	const answer = page.getByTestId('size-answer');
	const motion = await answer.evaluate((el) => {
		const style = getComputedStyle(el);
		return {
			inline: el.style.opacity,
			opacity: style.opacity,
			transition: style.transitionDuration,
			animation: style.animationName
		};
	});
	expect(motion).toEqual({ inline: '', opacity: '1', transition: '0s', animation: 'none' });
	expectCleanRun(guard);
	await context.close();
});

test('a lesson URL opened directly lands on its slide, reveal and variant', async () => {
	const { page, context, guard } = await openGuardedPage(browser, { viewport: FULL_HD });
	await gotoApp(page, '/lesson/pool1/?reveal=3&variant=paper2012');
	await expectShown(page, 'pool1/3');
	// paper2012: conv1 has no padding, 55 → 27 after norm1.
	expect(await page.getByTestId('size-formula').textContent()).toContain('55');
	expect(await page.getByTestId('slide-counter').textContent()).toContain(
		`of ${lessonSlides(deriveNetwork(variants.paper2012)).length}`
	);
	await gotoApp(page, '/lesson/norm1/?variant=paper2012');
	await expectShown(page, 'norm1/0');
	expectCleanRun(guard);
	await context.close();
});

/** The presenter window that P opens from the lesson, its errors counted with the lesson's. */
async function openPresenter(page: Page, guard: PageGuard): Promise<Page> {
	const [presenter] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('p')]);
	presenter.on('console', (message) => {
		if (message.type() === 'error') guard.consoleErrors.push(`presenter: ${message.text()}`);
	});
	presenter.on('pageerror', (error) => guard.consoleErrors.push(`presenter: ${error.message}`));
	await presenter.waitForSelector('html[data-app-ready]', { state: 'attached' });
	return presenter;
}

const presenterAt = (presenter: Page) => () =>
	presenter.getByTestId('presenter').evaluate((el) => `${el.dataset.slide}/${el.dataset.reveal}`);

test('P opens the presenter window, which follows the lesson and drives it back; either can close', async () => {
	const { page, context, guard } = await openGuardedPage(browser, { viewport: FULL_HD });
	await gotoApp(page, '/lesson/conv1/?reveal=1');
	const presenter = await openPresenter(page, guard);
	const at = presenterAt(presenter);
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
	expectCleanRun(guard);
	await context.close();
});

test('with both windows open, closing the lesson window leaves the presenter stepping on its own', async () => {
	const { page, context, guard } = await openGuardedPage(browser, { viewport: FULL_HD });
	await gotoApp(page, '/lesson/fc1/');
	const presenter = await openPresenter(page, guard);
	const at = presenterAt(presenter);
	await expect.poll(at, { timeout: 15_000 }).toBe('fc1/0');
	await page.close();
	await presenter.keyboard.press('ArrowRight');
	await expect.poll(at).toBe('fc1/1');
	await presenter.getByRole('button', { name: /Next/ }).click();
	await expect.poll(at).toBe('fc1/2');
	await presenter.keyboard.press('PageUp');
	await expect.poll(at).toBe('fc1/1');
	expect(await presenter.getByTestId('speaker-notes').textContent()).toMatch(/bias/);
	expectCleanRun(guard);
	await context.close();
});

test('the follow-along QR code decodes to the URL of the slide on screen', async () => {
	const { page, context, guard } = await openGuardedPage(browser, { viewport: FULL_HD });
	await gotoApp(page, '/lesson/conv3/?reveal=2&variant=torchvision');
	await expectShown(page, 'conv3/2');
	await page.getByRole('button', { name: 'Follow along' }).click();
	const panel = page.getByTestId('follow-along');
	await panel.waitFor();
	expect(await panel.textContent()).toContain('Nothing is sent anywhere');
	const code = await decodeQr(await page.getByTestId('qr-code').screenshot());
	const expected = new URL('/lesson/conv3/?reveal=2&variant=torchvision', baseUrl()).href;
	expect(code).toBe(expected);
	expect(await panel.getByRole('link').textContent()).toBe(expected);
	expectCleanRun(guard);
	await context.close();
});

async function answer(page: Page, question: number, value: string) {
	const form = page.getByTestId('exercise').nth(question);
	await form.getByRole('textbox').fill(value);
	await form.getByRole('textbox').press('Enter');
	return form.getByTestId('verdict');
}

test('your turn: a right answer is right, each of the four slips is named, progress counts on /lesson/', async () => {
	const { page, context, guard } = await openGuardedPage(browser);
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
	expectCleanRun(guard);
	await context.close();
});

/** The element is inside the viewport and nothing covers its middle: it can be seen and clicked as it is. */
function inView(locator: Locator) {
	return locator.evaluate((el) => {
		const box = el.getBoundingClientRect();
		const inside = box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth;
		const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
		return inside && box.height > 0 && (hit === el || el.contains(hit));
	});
}

const causeOf = (verdict: Locator) => verdict.locator('[data-cause]').first().getAttribute('data-cause');

test('your turn on a fully revealed slide at 1280×720: over the slide, from the keyboard; typing stays in the field; verdicts', async () => {
	const { page, context, guard } = await openGuardedPage(browser, { viewport: { width: 1280, height: 720 } });
	await gotoApp(page, '/lesson/conv1/?reveal=7');
	await expectShown(page, 'conv1/7');
	const opener = page.getByRole('button', { name: 'Your turn' });
	await opener.focus();
	await page.keyboard.press('Enter');
	const dialog = page.getByRole('dialog', { name: 'Your turn: conv1' });
	await dialog.waitFor();
	const size = dialog.getByTestId('exercise').nth(0);
	const field = size.getByRole('textbox');
	const check = size.getByRole('button', { name: 'Check' });
	// The first answer field has focus; it and its Check button are on screen, uncovered.
	await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
	expect(await inView(field)).toBe(true);
	expect(await inView(check)).toBe(true);

	// Digits, arrows and the deck's other keys edit the answer; the deck stays where it is.
	await page.keyboard.type('5');
	for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'Home', 'End', 'Enter']) {
		if (key === 'Enter') await page.keyboard.type('5');
		else await page.keyboard.press(key);
	}
	expect(await field.inputValue()).toBe('55');
	await page.waitForTimeout(300);
	await expectShown(page, 'conv1/7');
	expect(appPath(page)).toBe('/lesson/conv1/?reveal=7');
	await check.click();
	const verdict = size.getByTestId('verdict');
	await expect.poll(() => verdict.textContent()).toContain('Right: 55');

	// A wrong answer is explained by its cause.
	await field.fill('21');
	await field.press('Enter');
	await expect.poll(() => causeOf(verdict)).toBe('kernel-stride-swapped');
	expect(await verdict.textContent()).toContain('F and S are swapped');

	// Multiply–adds: 48 × 3 × 11² at each of the 55 × 55 positions.
	const macs = dialog.getByTestId('exercise').nth(2);
	await macs.getByRole('textbox').fill('17424');
	await macs.getByRole('button', { name: 'Check' }).click();
	await expect.poll(() => causeOf(macs.getByTestId('verdict'))).toBe('positions-forgotten');
	await macs.getByRole('textbox').fill('52707600');
	await macs.getByRole('textbox').press('Enter');
	await expect.poll(() => macs.getByTestId('verdict').textContent()).toContain('Right: 52,707,600');
	expect(await inView(macs.getByRole('button', { name: 'Check' }))).toBe(true);

	// Esc closes the dialog (not the grid), focus goes back to its button, and the deck steps again.
	await page.keyboard.press('Escape');
	await dialog.waitFor({ state: 'hidden' });
	expect(await page.getByTestId('slide-grid').count()).toBe(0);
	expect(await opener.evaluate((el) => el === document.activeElement)).toBe(true);
	await page.keyboard.press('ArrowRight');
	await expectShown(page, 'relu1/0');
	expectCleanRun(guard);
	await context.close();
});

test('torchvision’s adaptive pool asks for its output size, whatever comes in', async () => {
	const { page, context, guard } = await openGuardedPage(browser);
	await gotoApp(page, '/layer/avgpool/?variant=torchvision');
	const exercise = page.getByTestId('your-turn');
	expect(await exercise.getByLabel(/AdaptiveAvgPool2d\(\(6, 6\)\) receives maps of 6×6/).count()).toBe(1);
	let verdict = await answer(page, 0, '1');
	await expect.poll(() => causeOf(verdict)).toBe('adaptive-window');
	verdict = await answer(page, 0, '6');
	await expect.poll(() => verdict.textContent()).toContain('Right: 6');
	// Another input: a larger one, and still 6.
	await exercise.getByRole('button', { name: 'Another one' }).click();
	const label = await exercise.getByTestId('exercise').first().locator('label').textContent();
	const w = Number(/maps of (\d+)×/.exec(label ?? '')?.[1]);
	expect(w).toBeGreaterThan(6);
	verdict = await answer(page, 0, String(w));
	await expect.poll(() => causeOf(verdict)).toBe('adaptive-keeps-input');
	verdict = await answer(page, 0, '6');
	await expect.poll(() => verdict.textContent()).toContain('Right: 6');
	expectCleanRun(guard);
	await context.close();
});

test('on a 390×844 phone the picture, conv1 and recap slides stack into one column: no sideways scroll, text ≥ 16 px', async () => {
	const { page, context, guard } = await openGuardedPage(browser, { viewport: { width: 390, height: 844 } });
	mkdirSync(SCREENSHOTS, { recursive: true });
	// A full-page screenshot resizes the window while it captures: without fades, it captures the final drawing.
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await gotoApp(page, '/lesson/picture/');
	// The class's picture, once the model has run: the later slides' maps come from the same pass.
	await page.locator('.kind-picture .visual canvas').waitFor({ timeout: 90_000 });
	const visits: [string, () => Promise<void>][] = [
		['picture/0', async () => {}],
		[
			'conv1/7',
			async () => {
				for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
			}
		],
		['recap/0', () => page.keyboard.press('End')]
	];
	for (const [position, go] of visits) {
		await go();
		await expectShown(page, position);
		if (position === 'conv1/7') await page.locator('[data-testid="slide-maps"] canvas').waitFor();
		const measured = await page.evaluate(() => {
			const slide = document.querySelector<HTMLElement>('[data-testid="deck"] .slide')!;
			const visible = (e: Element) => e.getClientRects().length > 0;
			const boxes = (parent: Element | null) =>
				[...(parent?.children ?? [])].filter(visible).map((e) => e.getBoundingClientRect());
			// Each block starts below the one before it, in the slide and in its body.
			const sideBySide = [boxes(slide), boxes(slide.querySelector('.body'))].flatMap((list) =>
				list.slice(1).filter((box, i) => box.top < list[i].bottom - 1)
			).length;
			const text = [...slide.querySelectorAll('p, li, summary, label, button, dt, dd')]
				.filter((e) => visible(e) && !e.closest('figure, .diagram, .katex') && e.textContent?.trim())
				.map((e) => parseFloat(getComputedStyle(e).fontSize));
			return {
				sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
				sideBySide,
				smallestText: Math.min(...text)
			};
		});
		expect(measured.sideways, position).toBeLessThanOrEqual(0);
		expect(measured.sideBySide, position).toBe(0);
		expect(measured.smallestText, position).toBeGreaterThanOrEqual(16);
		await page.screenshot({
			path: resolve(SCREENSHOTS, `lesson-phone-${position.split('/')[0]}-390x844.png`),
			fullPage: true
		});
	}
	expectCleanRun(guard);
	await context.close();
});

for (const viewport of [FULL_HD, { width: 1280, height: 720 }, { width: 1024, height: 768 }]) {
	const size = `${viewport.width}×${viewport.height}`;
	const sizes = viewport === FULL_HD ? '; text ≥ 28 px and formulas ≥ 36 px' : '';
	test(`every seed slide, fully revealed and with its maps, fits without scrolling at ${size}${sizes}`, async () => {
		const slides = lessonSlides(deriveNetwork(variants.seed));
		const { page, context, guard } = await openGuardedPage(browser, { viewport });
		// Walked with the keyboard, so the class's picture goes through the model once and every slide shows its maps.
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await gotoApp(page, '/lesson/start/');
		for (const [i, slide] of slides.entries()) {
			const last = slide.stages.length - 1;
			for (let reveal = 0; reveal <= last; reveal++) {
				if (i > 0 || reveal > 0) await page.keyboard.press('ArrowRight');
				await expectShown(page, `${slide.id}/${reveal}`);
			}
			if (slide.kind === 'picture') await page.locator('.kind-picture .visual canvas').waitFor({ timeout: 90_000 });
			if (slide.kind === 'step') await page.locator(SLIDE_VIEW).first().waitFor();
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
			const where = `${slide.id} at ${size}`;
			expect(measured.overflow, where).toBeLessThanOrEqual(1);
			expect(measured.pageScroll, where).toBeLessThanOrEqual(0);
			if (viewport === FULL_HD) {
				expect(measured.text, where).toBeGreaterThanOrEqual(28);
				expect(measured.formula, where).toBeGreaterThanOrEqual(36);
			}
		}
		expectCleanRun(guard);
		await context.close();
	});
}

/** Every kind of lesson page, and each panel a teacher opens over the deck. */
const axePages: { path: string; open?: string; act?: (page: Page) => Promise<void> }[] = [
	{ path: '/lesson/' },
	{
		path: '/lesson/picture/',
		open: 'the picture chooser',
		act: async (page) => {
			await page.locator('.kind-picture details.yours > summary').click();
			await page.locator('.kind-picture [data-testid="image-chooser"]').waitFor();
		}
	},
	{ path: '/lesson/conv1/?reveal=7' },
	{
		path: '/lesson/conv1/?reveal=7',
		open: 'your turn',
		act: async (page) => {
			await page.getByRole('button', { name: 'Your turn' }).click();
			await page.getByRole('dialog', { name: 'Your turn: conv1' }).waitFor();
		}
	},
	{ path: '/lesson/fc1/?reveal=2' },
	{ path: '/lesson/why-overlapping-pooling/' },
	{
		path: '/lesson/conv2/',
		open: 'the Esc grid',
		act: async (page) => {
			await page.keyboard.press('Escape');
			await page.getByTestId('slide-grid').waitFor();
		}
	},
	{
		path: '/lesson/conv2/',
		open: 'Follow along',
		act: async (page) => {
			await page.getByRole('button', { name: 'Follow along' }).click();
			await page.getByTestId('qr-code').waitFor();
		}
	},
	{ path: '/lesson/recap/' },
	{ path: '/lesson/presenter/?slide=conv1&reveal=3' }
];

for (const { path, open, act } of axePages) {
	test(`axe: ${path}${open ? ` with ${open} open` : ''} has no violation of any impact`, async () => {
		const { page, context, guard } = await openGuardedPage(browser, { viewport: FULL_HD });
		await gotoApp(page, path);
		await page.waitForTimeout(500);
		await act?.(page);
		expect(await axeViolations(page)).toEqual([]);
		expectCleanRun(guard);
		await context.close();
	});
}

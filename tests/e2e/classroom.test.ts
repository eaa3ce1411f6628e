/**
 * The app on a projector and a phone (issue 12): one walk of the network pages
 * with ← → PageUp PageDown (a clicker) from every page of it, focused controls
 * keeping the keys they need, Esc on the zoom handing focus back to its tile,
 * the variant switch waiting for Enter, projector mode scaling controls,
 * legends and canvases (measured), and a phone layout whose header and picture
 * fold into a short band, with no page scrolling sideways.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { deriveNetwork, variants } from '../../src/lib/model';
import { appPath, gotoApp, guardedPages } from './harness';

const SCRATCH = '.scratch';
const FULL_HD = { width: 1920, height: 1080 };
const PHONE = { width: 390, height: 844 };
/** The first forward pass, on a machine that may be busy. */
const FIRST_PICTURE_MS = 180_000;
/** Tests that load many pages or wait for the first picture. */
const LONG = 400_000;

const guarded = guardedPages();

/** Waits for state, with room for a busy machine. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 30_000 });

async function open(path: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
	const { page } = await guarded.open({ viewport });
	await gotoApp(page, path);
	return page;
}

async function expectPath(page: Page, path: string) {
	await poll(() => appPath(page)).toBe(path);
	await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
}

/** Waits until the current picture's maps are drawn, tiles and all. */
const tile = (page: Page, channel: number) =>
	page.locator(`[data-testid="feature-maps"] button[aria-label="Channel ${channel}"]`);
const focusedLabel = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);

describe('walking the network with the keys', () => {
	test(
		'→ on the overview opens the first layer; PageDown, Space, PageUp and ← walk on; softmax → is the summary',
		async () => {
			const page = await open('/');
			await page.keyboard.press('ArrowRight');
			await expectPath(page, '/layer/conv1/');
			await page.keyboard.press('PageDown');
			await expectPath(page, '/layer/relu1/');
			await page.keyboard.press(' ');
			await expectPath(page, '/layer/pool1/');
			await page.keyboard.press('PageUp');
			await expectPath(page, '/layer/relu1/');
			await page.keyboard.press('ArrowLeft');
			await expectPath(page, '/layer/conv1/');
			await page.keyboard.press('ArrowLeft');
			await expectPath(page, '/');
			await gotoApp(page, '/layer/softmax/?variant=torchvision');
			await page.keyboard.press('ArrowRight');
			await expectPath(page, '/summary/?variant=torchvision');
			await page
				.getByRole('link', { name: /softmax/ })
				.last()
				.waitFor();
			await page.keyboard.press('PageUp');
			await expectPath(page, '/layer/softmax/?variant=torchvision');
			// The paper's walk has its LRN pages.
			await gotoApp(page, '/layer/relu1/?variant=paper2012');
			await page.keyboard.press('PageDown');
			await expectPath(page, '/layer/norm1/?variant=paper2012');
		},
		LONG
	);

	test(
		'the hints on the pages name the keys that work',
		async () => {
			const page = await open('/');
			expect(await page.locator('main').textContent()).toContain('PageDown');
			await gotoApp(page, '/layer/conv2/');
			expect(await page.locator('.hint', { hasText: 'PageDown' }).count()).toBe(1);
			await gotoApp(page, '/summary/');
			expect(await page.getByRole('navigation', { name: 'Previous and next step' }).textContent()).toContain('softmax');
		},
		LONG
	);

	test(
		'a focused radio, tile, slider or Play keeps its arrows; a clicker still steps from a radio or a tile',
		async () => {
			const page = await open('/layer/conv1/');
			await tile(page, 0).waitFor({ timeout: FIRST_PICTURE_MS });

			const radio = page.locator('[data-testid="feature-maps"] input[type="radio"]').first();
			await radio.focus();
			await page.keyboard.press('ArrowRight');
			expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).not.toBe(
				await radio.getAttribute('value')
			);
			expect(appPath(page)).toBe('/layer/conv1/');

			await tile(page, 0).focus();
			await page.keyboard.press('ArrowRight');
			expect(await focusedLabel(page)).toBe('Channel 1');
			await page.keyboard.press('ArrowLeft');
			await page.keyboard.press('ArrowLeft');
			expect(await focusedLabel(page)).toBe('Channel 0');
			expect(appPath(page)).toBe('/layer/conv1/');

			const count = page.locator('.at-work .count').first();
			const slider = page.locator('.at-work input[type="range"]').first();
			await slider.focus();
			await page.keyboard.press('ArrowRight');
			await poll(() => count.textContent()).toBe('2 / 3025');
			await page.keyboard.press('PageDown');
			expect(appPath(page)).toBe('/layer/conv1/');
			const shown = await count.textContent();
			await page.locator('.at-work button[aria-pressed]').first().focus();
			await page.keyboard.press('ArrowRight');
			await poll(() => count.textContent()).not.toBe(shown);
			expect(appPath(page)).toBe('/layer/conv1/');

			await tile(page, 2).focus();
			await page.keyboard.press('PageDown');
			await expectPath(page, '/layer/relu1/');
			await page.locator('[data-testid="feature-maps"] input[type="radio"]').first().focus();
			await page.keyboard.press('PageUp');
			await expectPath(page, '/layer/conv1/');
		},
		LONG
	);

	test(
		'Esc or Close on the zoom hands the focus back to the tile that opened it; arrows in the zoom stay there',
		async () => {
			const page = await open('/layer/conv1/');
			await tile(page, 0).waitFor({ timeout: FIRST_PICTURE_MS });
			await tile(page, 4).focus();
			await page.keyboard.press('Enter');
			const dialog = page.getByRole('dialog');
			await dialog.waitFor();
			await page.keyboard.press('ArrowRight');
			await page.keyboard.press('PageDown');
			expect(appPath(page)).toBe('/layer/conv1/');
			await page.keyboard.press('Escape');
			await poll(() => dialog.count()).toBe(0);
			expect(await focusedLabel(page)).toBe('Channel 4');
			await page.keyboard.press('Enter');
			await dialog.getByRole('button', { name: 'Close' }).click();
			await poll(() => dialog.count()).toBe(0);
			expect(await focusedLabel(page)).toBe('Channel 4');
		},
		LONG
	);

	test(
		'ArrowDown on the variant switch does not change the network until Enter, or until the focus leaves',
		async () => {
			const page = await open('/layer/conv1/');
			const select = page.getByLabel('Variant');
			const kicker = page.locator('.kicker');
			expect(await kicker.textContent()).toContain(variants.seed.title);
			await select.focus();
			await page.keyboard.press('ArrowDown');
			await poll(() => select.inputValue()).toBe('torchvision');
			expect(appPath(page)).toBe('/layer/conv1/');
			expect(await kicker.textContent()).toContain(variants.seed.title);
			await page.keyboard.press('ArrowDown');
			await poll(() => select.inputValue()).toBe('paper2012');
			await page.keyboard.press('ArrowUp');
			await poll(() => select.inputValue()).toBe('torchvision');
			expect(appPath(page)).toBe('/layer/conv1/');
			await page.keyboard.press('Enter');
			await expectPath(page, '/layer/conv1/?variant=torchvision');
			await poll(() => kicker.textContent()).toContain(variants.torchvision.title);
			expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
			await page.keyboard.press('ArrowDown');
			await poll(() => select.inputValue()).toBe('paper2012');
			expect(appPath(page)).toBe('/layer/conv1/?variant=torchvision');
			await page.keyboard.press('Tab');
			await expectPath(page, '/layer/conv1/?variant=paper2012');
		},
		LONG
	);
});

describe('projector mode at 1920×1080', () => {
	/** Sizes a reader in the back row needs to see, in CSS pixels. */
	function measure(page: Page) {
		return page.evaluate(() => {
			const box = (selector: string) => document.querySelector(selector)?.getBoundingClientRect() ?? null;
			const font = (selector: string) => {
				const element = document.querySelector(selector);
				return element ? parseFloat(getComputedStyle(element).fontSize) : 0;
			};
			const maps = '[data-testid="feature-maps"]';
			const views = [...document.querySelectorAll('.at-work .views canvas')].map((c) => c.getBoundingClientRect());
			return {
				body: font('main p'),
				radio: box(`${maps} input[type="radio"]`)?.height ?? 0,
				field: font('.at-work input[type="number"]'),
				select: font('select'),
				slider: box('.at-work input[type="range"]')?.height ?? 0,
				legendTicks: font(`${maps} .legend text`),
				convInput: views[0]?.width ?? 0,
				convOutput: views[1]?.width ?? 0
			};
		});
	}
	const zoom = (page: Page) =>
		page.evaluate(() => {
			const close = [...document.querySelectorAll('dialog button')].find((b) => b.textContent?.trim() === 'Close');
			const map = document.querySelector('dialog [role="application"] canvas')?.getBoundingClientRect();
			return {
				closeWidth: close?.getBoundingClientRect().width ?? 0,
				closeHeight: close?.getBoundingClientRect().height ?? 0,
				map: map?.width ?? 0
			};
		});

	test(
		'controls, legends, canvases, the zoom and the overview tiles grow with the text',
		async () => {
			const page = await open('/layer/conv1/', FULL_HD);
			await tile(page, 0).waitFor({ timeout: FIRST_PICTURE_MS });
			await page.getByTestId('dot-product').waitFor();
			const before = await measure(page);
			await tile(page, 3).click();
			await page.getByRole('dialog').waitFor();
			const zoomBefore = await zoom(page);
			await page.keyboard.press('Escape');

			await page.getByRole('button', { name: 'Projector mode' }).click();
			await poll(async () => (await measure(page)).convOutput).toBeGreaterThan(before.convOutput);
			const after = await measure(page);
			await tile(page, 3).click();
			await page.getByRole('dialog').waitFor();
			const zoomAfter = await zoom(page);
			await page.screenshot({ path: `${SCRATCH}/projector-conv1-zoom-1920.png` });
			await page.keyboard.press('Escape');
			console.log('projector mode, /layer/conv1/ at 1920×1080', { before, after, zoomBefore, zoomAfter });

			for (const key of Object.keys(before) as (keyof typeof before)[]) {
				expect(before[key], `${key} measured`).toBeGreaterThan(0);
				expect(after[key] / before[key], `${key} grows`).toBeGreaterThanOrEqual(1.3);
			}
			expect(after.radio).toBeGreaterThanOrEqual(17);
			expect(after.field).toBeGreaterThanOrEqual(22);
			expect(after.legendTicks).toBeGreaterThanOrEqual(15);
			for (const key of Object.keys(zoomBefore) as (keyof typeof zoomBefore)[])
				expect(zoomAfter[key] / zoomBefore[key], `zoom ${key} grows`).toBeGreaterThanOrEqual(1.3);

			// The overview's small maps (conv3's grid) grow too.
			const conv3 = () =>
				page.evaluate(() => {
					const frame = document.querySelector('[data-testid="network-maps"] li[data-step="conv3"] .frame');
					return frame ? frame.getBoundingClientRect().height : 0;
				});
			await gotoApp(page, '/');
			await expect.poll(conv3, { timeout: FIRST_PICTURE_MS }).toBeGreaterThan(0);
			const projected = await conv3();
			await page.getByRole('button', { name: 'Projector mode' }).click();
			await poll(conv3).toBeLessThan(projected);
			const plain = await conv3();
			console.log('overview conv3 grid height', { plain, projected });
			expect(projected / plain).toBeGreaterThanOrEqual(1.3);
		},
		LONG
	);
});

describe('on a 390 × 844 phone', () => {
	const bandHeight = (page: Page) =>
		page.evaluate(() => document.querySelector('[data-slot="image-chooser"]')?.getBoundingClientRect().bottom ?? 0);
	const sideways = (page: Page) =>
		page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

	test(
		'the header and the picture fold into a short band; Menu and Change picture open them',
		async () => {
			const page = await open('/', PHONE);
			await page.getByTestId('current-image-name').waitFor({ timeout: FIRST_PICTURE_MS });
			const menu = page.getByRole('button', { name: 'Menu' });
			const nav = page.getByRole('navigation', { name: 'Main' });
			expect(await menu.getAttribute('aria-expanded')).toBe('false');
			expect(await nav.isVisible()).toBe(false);
			const closed = await bandHeight(page);
			await page.screenshot({ path: `${SCRATCH}/phone-overview-menu-closed.png` });
			await menu.click();
			expect(await menu.getAttribute('aria-expanded')).toBe('true');
			await nav.waitFor();
			await page.screenshot({ path: `${SCRATCH}/phone-overview-menu-open.png` });
			await nav.getByRole('link', { name: 'Layers' }).click();
			await expectPath(page, '/layer/conv1/');
			expect(await nav.isVisible()).toBe(false);
			const onLayer = await bandHeight(page);
			await page.screenshot({ path: `${SCRATCH}/phone-conv1-menu-closed.png` });
			await menu.click();
			await page.screenshot({ path: `${SCRATCH}/phone-conv1-menu-open.png` });
			await menu.click();

			const change = page.getByRole('button', { name: 'Change picture' });
			const pick = page.getByTestId('image-chooser').getByText('Choose a picture');
			expect(await pick.isVisible()).toBe(false);
			await change.click();
			expect(await change.getAttribute('aria-expanded')).toBe('true');
			await pick.waitFor();
			await page.screenshot({ path: `${SCRATCH}/phone-conv1-chooser-open.png` });
			console.log('header + picture band on a phone', { overview: closed, layer: onLayer });
			expect(closed).toBeLessThanOrEqual(150);
			expect(onLayer).toBeLessThanOrEqual(150);
		},
		LONG
	);

	test(
		'no page scrolls sideways, /model/ included; its caption and curve text are readable',
		async () => {
			const page = await open('/model/', PHONE);
			const overflowing: string[] = [];
			for (const path of ['/', '/why-it-worked/', '/summary/', '/model/', '/lesson/']) {
				await gotoApp(page, path);
				if ((await sideways(page)) > 0) overflowing.push(path);
			}
			// One layer page of each kind here; responsive.test.ts walks every step in projector mode.
			const steps = deriveNetwork(variants.seed).steps;
			for (const step of steps.filter((s, i) => steps.findIndex((t) => t.kind === s.kind) === i)) {
				await gotoApp(page, `/layer/${step.id}/`);
				if ((await sideways(page)) > 0) overflowing.push(step.id);
			}
			expect(overflowing).toEqual([]);

			await gotoApp(page, '/model/');
			const model = await page.evaluate(() => {
				const caption = document.querySelector('caption')?.getBoundingClientRect();
				const text = [...document.querySelectorAll('figure svg text')] as SVGTextElement[];
				const sizes = text.map((t) => {
					const scale = (t.ownerSVGElement as SVGSVGElement).getScreenCTM()?.a ?? 1;
					return parseFloat(getComputedStyle(t).fontSize) * scale;
				});
				return { captionRight: caption?.right ?? Infinity, smallestCurveText: Math.min(...sizes) };
			});
			await page.screenshot({ path: `${SCRATCH}/phone-model.png`, fullPage: true });
			console.log('/model/ at 390', model);
			expect(model.captionRight).toBeLessThanOrEqual(PHONE.width);
			expect(model.smallestCurveText).toBeGreaterThanOrEqual(11);
		},
		LONG
	);

	test(
		'the summary table scrolls in its own box, its layer names stay in view, every column is reachable',
		async () => {
			const page = await open('/summary/', PHONE);
			const region = page.getByRole('region', { name: 'Layer by layer, for one image' });
			await page.screenshot({ path: `${SCRATCH}/phone-summary.png`, fullPage: true });
			const measured = await region.evaluate((box) => {
				box.scrollLeft = box.scrollWidth;
				const edge = box.getBoundingClientRect();
				const headers = [...box.querySelectorAll('thead th')].map((th) => th.getBoundingClientRect());
				const name = box.querySelector('tbody th')?.getBoundingClientRect();
				return {
					scrolls: box.scrollWidth > box.clientWidth,
					lastVisible:
						headers[headers.length - 1].right <= edge.right + 1 && headers[headers.length - 1].left >= edge.left,
					nameInView: name ? name.left >= edge.left - 1 && name.left <= edge.left + 12 : false,
					page: document.documentElement.scrollWidth - document.documentElement.clientWidth
				};
			});
			await page.screenshot({ path: `${SCRATCH}/phone-summary-scrolled.png` });
			expect(measured).toEqual({ scrolls: true, lastVisible: true, nameInView: true, page: 0 });
		},
		LONG
	);
});

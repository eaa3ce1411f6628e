/** axe-core on the main pages: no serious or critical violation, in normal and projector mode. */
import { expect, test } from 'vitest';
import { gotoApp, guardedPages } from './harness';
import { axeViolations } from './support/axe';

const guarded = guardedPages();

const pages = [
	'/',
	'/layer/conv1/',
	'/layer/pool5/?variant=torchvision',
	'/layer/norm1/?variant=paper2012',
	'/why-it-worked/',
	'/summary/',
	'/model/'
];

for (const viewport of [
	{ width: 1280, height: 800 },
	{ width: 390, height: 844 }
]) {
	for (const path of pages) {
		test(`${path} at ${viewport.width}px has no serious or critical axe violation`, async () => {
			const { page } = await guarded.open({ viewport });
			await gotoApp(page, path);
			expect(await axeViolations(page, { severeOnly: true })).toEqual([]);
		});
	}
}

test('projector mode is remembered, and still passes axe', async () => {
	const { page } = await guarded.open();
	await gotoApp(page, '/layer/conv1/');
	await page.getByRole('button', { name: 'Projector mode' }).click();
	await expect.poll(() => page.evaluate(() => document.documentElement.hasAttribute('data-projector'))).toBe(true);
	await gotoApp(page, '/summary/');
	expect(await page.evaluate(() => document.documentElement.hasAttribute('data-projector'))).toBe(true);
	expect(await page.getByRole('button', { name: 'Projector mode' }).getAttribute('aria-pressed')).toBe('true');
	expect(await axeViolations(page, { severeOnly: true })).toEqual([]);
});

test('the keyboard reaches the skip link first, and focus is visible', async () => {
	const { page } = await guarded.open();
	await gotoApp(page, '/layer/conv2/');
	await page.keyboard.press('Tab');
	const focused = page.locator(':focus');
	expect(await focused.textContent()).toBe('Skip to content');
	await page.keyboard.press('Enter');
	await page.keyboard.press('Tab');
	const outline = await page.locator(':focus').evaluate((el) => getComputedStyle(el).outlineStyle);
	expect(outline).not.toBe('none');
});

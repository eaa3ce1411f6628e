/**
 * Every page fits a phone: at 390 px wide, in projector mode (the largest
 * text), no page of any variant scrolls sideways. Wide code and tables scroll
 * inside their own boxes instead.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { deriveNetwork, variantIds, variants } from '../../src/lib/model';
import { gotoApp, guardedPages } from './harness';

const guarded = guardedPages();

const sidewaysOverflow = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const variant of variantIds) {
	test(`every ${variant} page fits a 390 px phone in projector mode`, async () => {
		const { page } = await guarded.open({ viewport: { width: 390, height: 844 } });
		const query = variant === 'seed' ? '' : `?variant=${variant}`;
		await gotoApp(page, `/${query}`);
		// On a phone the header's controls fold behind the Menu button.
		await page.getByRole('button', { name: 'Menu' }).click();
		await page.getByRole('button', { name: 'Projector mode' }).click();
		const overflowing: string[] = [];
		for (const path of ['/', '/why-it-worked/', '/summary/']) {
			await gotoApp(page, `${path}${query}`);
			if ((await sidewaysOverflow(page)) > 0) overflowing.push(path);
		}
		const steps = deriveNetwork(variants[variant]).steps;
		await gotoApp(page, `/layer/${steps[0].id}/${query}`);
		for (const [i, step] of steps.entries()) {
			await page.waitForURL((url) => url.pathname.endsWith(`/layer/${step.id}/`));
			await page.locator('h1', { hasText: step.id }).waitFor();
			if ((await sidewaysOverflow(page)) > 0) overflowing.push(step.id);
			if (i < steps.length - 1) await page.keyboard.press('ArrowRight');
		}
		expect(overflowing).toEqual([]);
	});
}

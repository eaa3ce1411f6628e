/**
 * The notebook's backbone in a real browser: every layer page reached with the
 * keyboard, the formulas' numbers read from the page and checked against the
 * model description, variant switching, the what-if panel, and a clean run
 * (no console error, no request leaving the origin) throughout.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { deriveNetwork, variantIds, variants, type DerivedStep, type VariantId } from '../../src/lib/model';
import { DEFAULT_MODEL_CARD } from '../../src/lib/state/default-model';
import { appPath, gotoApp, guardedPages } from './harness';

const guarded = guardedPages();

async function open(path: string): Promise<Page> {
	const { page } = await guarded.open();
	await gotoApp(page, path);
	return page;
}

/** The network that runs: the default model (10 classes) for seed, untrained weights of the variant's own size otherwise. */
const runningNetwork = (variant: VariantId) =>
	deriveNetwork(
		variants[variant],
		variant === DEFAULT_MODEL_CARD.variant ? { classes: DEFAULT_MODEL_CARD.classes } : {}
	);
const query = (variant: VariantId) => (variant === 'seed' ? '' : `?variant=${variant}`);
const stepPath = (id: string, variant: VariantId) => `/layer/${id}/${query(variant)}`;
const shapeText = (shape: number[]) => shape.join('×');

/** The TeX source KaTeX keeps in its MathML annotation: what the formula says, character for character. */
async function formulaTex(page: Page, key: string): Promise<string> {
	return (await page.locator(`[data-formula="${key}"] annotation[encoding="application/x-tex"]`).textContent()) ?? '';
}

async function expectStepPage(page: Page, step: DerivedStep): Promise<void> {
	await expect.poll(() => page.locator('h1').textContent()).toContain(step.id);
	expect(await page.locator('[data-fact="input"] .value').textContent()).toBe(shapeText(step.inShape));
	expect(await page.locator('[data-fact="output"] .value').textContent()).toBe(shapeText(step.outShape));
	if (step.formula) {
		const { w, f, p, s, n } = step.formula;
		const tex = await formulaTex(page, 'size');
		expect(tex).toContain(`\\frac{${w} - ${f} + 2 \\cdot ${p}}{${s}}`);
		expect(tex.trim().endsWith(`= ${n}`)).toBe(true);
	}
	if (step.params > 0) {
		const params = await formulaTex(page, 'params');
		expect(params.replace(/\{,\}/g, '')).toContain(`= ${step.params}`);
	}
}

describe('layer pages', () => {
	for (const variant of variantIds) {
		test(`→ steps through every ${variant} layer in order, and ← steps back`, async () => {
			const network = runningNetwork(variant);
			const page = await open(stepPath(network.steps[0].id, variant));
			for (const [i, step] of network.steps.entries()) {
				expect(appPath(page)).toBe(stepPath(step.id, variant));
				await expectStepPage(page, step);
				if (i < network.steps.length - 1) {
					await page.keyboard.press('ArrowRight');
					await page.waitForURL((url) => url.pathname.endsWith(`/layer/${network.steps[i + 1].id}/`));
				}
			}
			await page.keyboard.press('ArrowRight');
			await page.waitForURL((url) => url.pathname === '/summary/');
			expect(new URL(page.url()).search).toBe(query(variant));
			await page.goto(new URL(stepPath(network.steps[2].id, variant), page.url()).href);
			await page.waitForSelector('html[data-app-ready]');
			await page.keyboard.press('ArrowLeft');
			await page.waitForURL((url) => url.pathname.endsWith(`/layer/${network.steps[1].id}/`));
			await expectStepPage(page, network.steps[1]);
		});
	}

	test('the conv1 formula shows the arithmetic, floor included, with the layer’s numbers', async () => {
		const page = await open('/layer/conv1/');
		const tex = await formulaTex(page, 'size');
		expect(tex).toContain('\\left\\lfloor \\frac{224 - 11 + 2 \\cdot 2}{4} \\right\\rfloor + 1');
		expect(tex).toContain('\\lfloor 54.25 \\rfloor + 1 = 55');
		await expect.poll(() => page.locator('[data-formula="size"] .katex-html').textContent()).toContain('224');
	});

	test('a step missing from the chosen variant says so and offers the nearest one', async () => {
		const page = await open('/layer/norm1/');
		await expect.poll(() => page.locator('main').textContent()).toContain('is not a step of');
		await page.getByRole('link', { name: /Continue at pool1/ }).click();
		await page.waitForURL((url) => url.pathname.endsWith('/layer/pool1/'));
	});
});

describe('variant switch', () => {
	const variantSelect = (page: Page) => page.getByLabel('Variant');

	test('keeps the page and updates every number', async () => {
		const page = await open('/layer/conv2/');
		for (const variant of ['torchvision', 'paper2012', 'seed'] as const) {
			await variantSelect(page).selectOption(variant);
			await page.waitForURL((url) => url.search === query(variant) && url.pathname.endsWith('/layer/conv2/'));
			const step = deriveNetwork(variants[variant]).steps.find((s) => s.id === 'conv2')!;
			await expect.poll(() => page.locator('[data-fact="output"] .value').textContent()).toBe(shapeText(step.outShape));
			await expectStepPage(page, step);
		}
	});

	test('moves to the nearest shared step when the page’s step does not exist in the new variant', async () => {
		const page = await open(stepPath('norm2', 'paper2012'));
		await variantSelect(page).selectOption('seed');
		await page.waitForURL((url) => url.pathname.endsWith('/layer/pool2/') && url.search === '');
	});

	test('travels with every link, and is read from a link opened directly', async () => {
		const page = await open(stepPath('fc1', 'paper2012'));
		const fc1 = deriveNetwork(variants.paper2012).steps.find((s) => s.id === 'fc1')!;
		await expectStepPage(page, fc1);
		await page.getByRole('link', { name: 'Overview', exact: true }).click();
		await page.waitForURL((url) => url.pathname === '/' && url.search === '?variant=paper2012');
		await page.locator('a[data-step="conv1"]').click();
		await page.waitForURL((url) => url.pathname === '/layer/conv1/' && url.search === '?variant=paper2012');
		expect(await formulaTex(page, 'size')).toContain('\\frac{227 - 11 + 2 \\cdot 0}{4} + 1 = 55');
	});
});

describe('overview', () => {
	test('draws one block per step, each labelled with its output and linking to its page', async () => {
		const page = await open('/?variant=torchvision');
		const network = deriveNetwork(variants.torchvision);
		await expect.poll(() => page.locator('a[data-step]').count()).toBe(network.steps.length);
		for (const step of network.steps.filter((s) => s.kind === 'conv' || s.kind === 'linear')) {
			expect(await page.locator(`a[data-step="${step.id}"]`).textContent()).toContain(shapeText(step.outShape));
		}
		await page.locator('a[data-step="pool2"]').click();
		await page.waitForURL((url) => url.pathname === '/layer/pool2/' && url.search === '?variant=torchvision');
	});
});

describe('what-if panel', () => {
	const field = (page: Page, name: string) => page.locator(`.what-if input[name="${name}"]`);
	const problems = (page: Page) => page.locator('.what-if .problems');
	const flatten = (page: Page) => page.locator('.what-if [data-flatten]');

	test('makes conv1 impossible, explains why, and comes back', async () => {
		const page = await open('/layer/conv1/');
		await expect.poll(() => flatten(page).getAttribute('data-flatten')).toBe('match');

		await field(page, 'kernel').fill('300');
		await expect.poll(() => problems(page).textContent()).toContain('does not fit');
		expect(await flatten(page).getAttribute('data-flatten')).toBe('broken');
		expect(await page.locator('.what-if tr[data-step="pool5"] .changed').textContent()).toBe('—');

		await field(page, 'kernel').fill('11');
		await expect.poll(() => problems(page).count()).toBe(0);
		expect(await flatten(page).getAttribute('data-flatten')).toBe('match');
		const tex = await page.locator('.what-if annotation[encoding="application/x-tex"]').first().textContent();
		expect(tex?.trim().endsWith('= 55')).toBe(true);
	});

	test('shows a fractional size rounded down, and flatten no longer fitting fc1', async () => {
		const page = await open('/layer/pool1/');
		await field(page, 'stride').fill('3');
		await expect.poll(() => page.locator('.what-if .fractional').count()).toBe(1);
		await expect.poll(() => flatten(page).getAttribute('data-flatten')).toBe('mismatch');
		expect(await flatten(page).textContent()).toContain('4,608');
		expect(await problems(page).textContent()).toContain('mat1 and mat2');
		await page.getByRole('button', { name: 'Back to the real values' }).click();
		await expect.poll(() => problems(page).count()).toBe(0);
	});

	test('torchvision’s adaptive pool absorbs a different image size; the paper’s network cannot', async () => {
		const page = await open('/layer/conv1/?variant=torchvision');
		await field(page, 'image').fill('320');
		await expect.poll(() => flatten(page).getAttribute('data-flatten')).toBe('match');
		await page.goto(new URL('/layer/conv1/?variant=paper2012', page.url()).href);
		await page.waitForSelector('html[data-app-ready]');
		await field(page, 'image').fill('224');
		await expect
			.poll(() => page.locator('.what-if annotation').first().textContent())
			.toContain('\\lfloor 53.25 \\rfloor + 1 = 54');
		await expect.poll(() => flatten(page).getAttribute('data-flatten')).toBe('mismatch');
	});

	test('typing in a field does not turn the page', async () => {
		const page = await open('/layer/conv3/');
		await field(page, 'padding').focus();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowLeft');
		expect(appPath(page)).toBe('/layer/conv3/');
	});
});

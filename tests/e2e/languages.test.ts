/**
 * Two languages: every route in Chinese under /zh/, with no English sentence
 * left (names and code excepted), no sideways scroll on a phone, axe clean;
 * the header's switch keeps the page, the variant and the picture; a first
 * visit follows the browser's language.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { appPath, baseUrl, gotoApp, guardedPages } from './harness';
import { axeViolations } from './support/axe';

const guarded = guardedPages({ launchTimeout: 120_000 });

async function open(path: string, viewport?: { width: number; height: number }): Promise<Page> {
	const { page } = await guarded.open({ viewport });
	await gotoApp(page, path);
	return page;
}

/** One page of every route, and one layer page of every kind of step (LRN and the average pool from their variants). */
const ROUTES = [
	'/',
	'/layer/conv1/',
	'/layer/relu1/',
	'/layer/pool1/',
	'/layer/norm1/?variant=paper2012',
	'/layer/avgpool/?variant=torchvision',
	'/layer/flatten/',
	'/layer/drop1/',
	'/layer/fc1/',
	'/layer/softmax/',
	'/why-it-worked/',
	'/summary/',
	'/model/',
	'/lesson/',
	'/lesson/conv1/?reveal=3',
	'/lesson/presenter/?slide=conv1'
];
const zh = (path: string) => `/zh${path}`;

/**
 * Words in Latin letters a Chinese page may show: names of things (people, networks, libraries, file formats,
 * backends, step ids), units and symbols. Anything else in Latin letters is an untranslated sentence.
 */
const NAMES = new Set(
	(
		'AlexNet PyTorch torchvision TensorFlow js tfjs ReLU Dropout LRN GPU GPUs CPU WebGPU WebGL WASM WebAssembly JavaScript SIMD ImageNet ' +
		'Fashion MNIST Krizhevsky Sutskever Hinton Zeiler Fergus Selvaraju Erhan Olah Nair Simonyan LeCun Grad CAM KaTeX ' +
		'softmax Softmax logit logits conv pool norm relu fc drop flatten avgpool input features classifier groups ' +
		'Conv2d MaxPool2d Linear AdaptiveAvgPool2d LocalResponseNorm nn seed paper2012 sigmoid tanh Sigmoid Tanh ' +
		'pth pt zip JSON PNG JPEG WebP SVG RGB MB KB GB ms px max min mean std ReLUs npm run patches train wild IndexedDB OPFS ' +
		'English QR URL HTTPS SGD Adam AdamW One weird trick Lab T VGG Debian Chelsea DSCOVR kB top Top log float ' +
		'CIFAR Caffe GTX Cireşan Zalando Research MIT README Python torchinfo jemalloc ' +
		// Keys, as printed on them.
		'Enter Ctrl Shift Tab Esc Space Home End PageUp PageDown'
	).split(' ')
);

/** Visible text of the page outside code, formulas and what is marked not to be translated. */
function visibleProse(page: Page): Promise<string> {
	return page.evaluate(() => {
		const skip = 'pre, code, kbd, .katex, [translate="no"], script, style, [hidden], [aria-hidden="true"]';
		const parts: string[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const parent = node.parentElement;
			if (!parent || parent.closest(skip)) continue;
			const style = getComputedStyle(parent);
			if (style.display === 'none' || style.visibility === 'hidden') continue;
			parts.push(node.textContent ?? '');
		}
		const labels = [...document.querySelectorAll('[aria-label], [alt], [title], [placeholder]')]
			.filter((el) => !el.closest(skip))
			.flatMap((el) => ['aria-label', 'alt', 'title', 'placeholder'].map((name) => el.getAttribute(name) ?? ''));
		return [...parts, ...labels].join('\n');
	});
}

/** Code and terms of art written as in English in Chinese too: `print(model)`, a one-cycle schedule. */
const CODE_LIKE = /[\w.]+\([\w, ]*\)|one-cycle/g;

/** Latin-letter words that are not names: what is left of an English sentence. */
function englishWords(text: string): string[] {
	const words = text.replace(CODE_LIKE, ' ').match(/[A-Za-zÀ-ž][A-Za-zÀ-ž’']*[A-Za-zÀ-ž]/g) ?? [];
	return [...new Set(words.filter((w) => !NAMES.has(w) && !/^(conv|pool|relu|norm|fc|drop)\d*$/i.test(w)))];
}

describe('every route in Chinese', () => {
	for (const path of ROUTES) {
		test(`${zh(path)}: zh-CN, no English sentence left`, { timeout: 120_000 }, async () => {
			const page = await open(zh(path));
			expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
			// The network has run (or the page has no maps): the last words to appear are there.
			await page.waitForLoadState('networkidle');
			expect(englishWords(await visibleProse(page)), zh(path)).toEqual([]);
		});
	}

	test('the English pages stay English', async () => {
		const page = await open('/layer/conv1/');
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
		expect(await page.getByRole('link', { name: '简体中文' }).getAttribute('hreflang')).toBe('zh-CN');
	});
});

/** The lesson's pages are held to no violation of any impact; the other pages to none serious or critical. */
const isLesson = (path: string) => path.startsWith('/lesson/');

describe('Chinese on a phone and for assistive technology', () => {
	for (const path of [
		'/',
		'/layer/conv1/',
		'/why-it-worked/',
		'/summary/',
		'/model/',
		'/lesson/',
		'/lesson/conv1/?reveal=7',
		'/lesson/presenter/?slide=conv1&reveal=3'
	]) {
		test(`${zh(path)} at 390 px: no sideways scroll, axe clean`, { timeout: 120_000 }, async () => {
			const page = await open(zh(path), { width: 390, height: 844 });
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow).toBeLessThanOrEqual(0);
			expect(await axeViolations(page, { severeOnly: !isLesson(path) })).toEqual([]);
		});
	}

	for (const path of ['/lesson/conv1/?reveal=7', '/lesson/presenter/?slide=conv1&reveal=3']) {
		test(`${zh(path)} at 1920×1080: no axe violation of any impact`, { timeout: 120_000 }, async () => {
			const page = await open(zh(path), { width: 1920, height: 1080 });
			expect(await axeViolations(page)).toEqual([]);
		});
	}
});

describe('the language switch', () => {
	test('keeps the page, the variant and the picture, and comes back', { timeout: 120_000 }, async () => {
		const page = await open('/layer/conv2/?variant=torchvision');
		await page.locator('[data-testid="image-chooser"] summary').click();
		const sample = page.locator('[data-testid="image-chooser"] button[data-sample="fashion-2"]');
		await sample.click();
		await expect.poll(() => sample.getAttribute('aria-pressed'), { timeout: 60_000 }).toBe('true');

		await page.getByRole('link', { name: '简体中文' }).click();
		await expect.poll(() => appPath(page)).toBe('/zh/layer/conv2/?variant=torchvision');
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
		expect(await sample.getAttribute('aria-pressed')).toBe('true');

		await page.getByRole('link', { name: 'English' }).click();
		await expect.poll(() => appPath(page)).toBe('/layer/conv2/?variant=torchvision');
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
	});

	test('the lesson keeps the slide and the reveal', { timeout: 120_000 }, async () => {
		const page = await open('/lesson/conv1/?reveal=2');
		await page.getByRole('link', { name: '简体中文' }).click();
		await expect.poll(() => appPath(page)).toBe('/zh/lesson/conv1/?reveal=2');
	});
});

describe('the first visit', () => {
	async function visitWithLocale(locale: string, path: string): Promise<Page> {
		// A plain context (the locale is the point): nothing is recorded, the context is only closed after the test.
		const context = await guarded.browser().newContext({ locale });
		const { page } = guarded.adopt({
			context,
			page: await context.newPage(),
			guard: { consoleErrors: [], offOriginRequests: [] }
		});
		await page.goto(new URL(path, baseUrl()).href);
		return page;
	}

	test('follows a browser that prefers Chinese, then the reader’s own choice', { timeout: 120_000 }, async () => {
		const page = await visitWithLocale('zh-CN', '/summary/');
		await expect.poll(() => appPath(page)).toBe('/zh/summary/');
		await page.getByRole('link', { name: 'English' }).click();
		await expect.poll(() => appPath(page)).toBe('/summary/');
		await page.reload();
		await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
		expect(appPath(page)).toBe('/summary/');
	});

	test('follows a link that names Chinese, even in a browser that prefers English', async () => {
		const page = await visitWithLocale('en-US', '/zh/summary/');
		await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
		expect(appPath(page)).toBe('/zh/summary/');
	});

	test('leaves a browser that prefers English where it is', async () => {
		const page = await visitWithLocale('en-GB', '/summary/');
		await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
		expect(appPath(page)).toBe('/summary/');
	});
});

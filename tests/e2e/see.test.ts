/**
 * Seeing the network think, in Chromium: the app opens with a sample already
 * run; a picture arrives by the file input, by drag and drop and from the
 * keyboard-driven gallery; every layer's maps are drawn; the top-5 match
 * `npm run predict --image`; each bad file gets its message while the previous
 * picture and maps stay; an explanation the engine fails to compute is said in
 * the page's language and loses nothing; the grid, the zoom and the animation
 * work from the keyboard; axe finds nothing serious; screenshots for a person to look at.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Sample } from '../../src/lib/image/samples';
import { blankPng, svgFile, textFile } from '../../src/lib/image/testing/files';
import { breakEngine, gotoApp, guardedPages } from './harness';
import { axeViolations } from './support/axe';

const ROOT = resolve(import.meta.dirname, '../..');
const SAMPLES = join(ROOT, 'static/samples');
const MODEL_DIR = join(ROOT, 'static/models/fashion-mnist');
const SCREENSHOTS = join(ROOT, 'test-results/screenshots');

const guarded = guardedPages();
let files: string;

/** A photo as PNG: lossless, so the browser and `predict` decode exactly the same pixels. */
function photoAsPng(jpegPath: string, out: string): void {
	const image = jpeg.decode(readFileSync(jpegPath), { useTArray: true, formatAsRGBA: true });
	const png = new PNG({ width: image.width, height: image.height });
	png.data = Buffer.from(image.data);
	writeFileSync(out, PNG.sync.write(png));
}

beforeAll(() => {
	files = mkdtempSync(join(tmpdir(), 'see-'));
	writeFileSync(join(files, 'notes.png'), textFile);
	const coffee = readFileSync(join(SAMPLES, 'photos/coffee.jpg'));
	writeFileSync(join(files, 'cut-off.jpg'), coffee.subarray(0, coffee.length >> 1));
	writeFileSync(join(files, 'huge.png'), blankPng(12000, 12000));
	writeFileSync(join(files, 'large.png'), blankPng(6000, 4000));
	writeFileSync(join(files, 'drawing.svg'), svgFile);
	writeFileSync(join(files, 'empty.png'), new Uint8Array(0));
	// Sparse: 200 MB on paper, nothing on disk; the app must refuse it before reading a byte.
	writeFileSync(join(files, 'enormous.jpg'), new Uint8Array(0));
	truncateSync(join(files, 'enormous.jpg'), 200 * 1024 * 1024);
	photoAsPng(join(SAMPLES, 'photos/cat.jpg'), join(files, 'cat.png'));
	mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(() => {
	rmSync(files, { recursive: true, force: true });
});

/** Opens a page and waits until the first picture has gone through the network. */
async function open(path: string, viewport?: { width: number; height: number }): Promise<Page> {
	const { page } = await guarded.open({ viewport });
	await gotoApp(page, path);
	await page.getByTestId('current-image-name').waitFor({ timeout: 60_000 });
	return page;
}

const currentName = (page: Page) => page.getByTestId('current-image-name').textContent();
const chooser = (page: Page) => page.getByTestId('image-chooser');

async function upload(page: Page, file: string): Promise<void> {
	await chooser(page).locator('input[type="file"]').setInputFiles(file);
}

/** The top-5 as the page lists them: [label, percent]. */
async function shownTop5(page: Page): Promise<[string, number][]> {
	const items = await page.getByRole('list', { name: 'Predictions' }).getByRole('listitem').allTextContents();
	return items.map((text) => {
		const match = text.trim().match(/^(.*?)\s+([\d.]+) %$/s);
		if (!match) throw new Error(`Unexpected prediction text: ${text}`);
		return [match[1].trim(), Number(match[2])];
	});
}

/** Distinct opaque colours on a canvas: 1 means a flat picture. */
function distinctColours(page: Page, selector: string): Promise<number> {
	return page.locator(selector).evaluate((canvas: HTMLCanvasElement) => {
		const { data } = (canvas.getContext('2d') as CanvasRenderingContext2D).getImageData(
			0,
			0,
			canvas.width,
			canvas.height
		);
		const seen = new Set<number>();
		for (let i = 0; i < data.length; i += 4)
			if (data[i + 3] === 255) seen.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
		return seen.size;
	});
}

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, selector: string, limit = 200): Promise<void> {
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
	}
	throw new Error(`Tab never reached ${selector}`);
}

function predictTop5(file: string): [string, number][] {
	const run = spawnSync('npx', ['tsx', 'src/cli/predict.ts', '--weights', MODEL_DIR, '--image', file, '--json'], {
		cwd: ROOT,
		encoding: 'utf8'
	});
	expect(run.status, run.stderr).toBe(0);
	const { top5 } = JSON.parse(run.stdout) as { top5: { label: string; p: number }[] };
	return top5.map((r) => [r.label, r.p * 100]);
}

function expectSameTop5(shown: [string, number][], expected: [string, number][]): void {
	expect(shown.map(([label]) => label)).toEqual(expected.map(([label]) => label));
	shown.forEach(([, percent], i) => expect(Math.abs(percent - expected[i][1])).toBeLessThanOrEqual(0.11));
}

describe('choosing a picture', () => {
	test('the app opens with a sample already run, predictions most probable first', async () => {
		const page = await open('/');
		expect(await currentName(page)).toBe('Ankle boot');
		const top5 = await shownTop5(page);
		expect(top5).toHaveLength(5);
		expect(top5.map(([, p]) => p)).toEqual([...top5.map(([, p]) => p)].sort((a, b) => b - a));
	});

	test('a file from the file input goes through the network, and the top-5 equal npm run predict', async () => {
		const page = await open('/');
		const coat = join(SAMPLES, 'fashion-mnist/0006-coat.png');
		await upload(page, coat);
		await expect.poll(() => currentName(page)).toBe('0006-coat.png');
		expectSameTop5(await shownTop5(page), predictTop5(coat));
		const cat = join(files, 'cat.png');
		await upload(page, cat);
		await expect.poll(() => currentName(page)).toBe('cat.png');
		expectSameTop5(await shownTop5(page), predictTop5(cat));
	});

	test('a photo-like sample from the gallery gives the same top-5 as npm run predict on the same file', async () => {
		const index = JSON.parse(readFileSync(join(SAMPLES, 'index.json'), 'utf8')) as Sample[];
		const sample = index.find((s) => s.kind === 'photo-like');
		expect(sample, 'the gallery has photo-like samples').toBeDefined();
		const page = await open('/');
		await page.locator('[data-testid="image-chooser"] summary').click();
		await page.locator(`[data-testid="image-chooser"] button[data-sample="${sample!.id}"]`).click();
		await expect.poll(() => currentName(page)).toBe(sample!.title);
		expectSameTop5(await shownTop5(page), predictTop5(join(SAMPLES, sample!.file)));
	});

	test('a file dropped on the chooser goes through the network', async () => {
		const page = await open('/');
		const bytes = [...readFileSync(join(SAMPLES, 'fashion-mnist/0001-pullover.png'))];
		await chooser(page).evaluate((zone, data) => {
			const transfer = new DataTransfer();
			transfer.items.add(new File([new Uint8Array(data)], 'dropped-pullover.png', { type: 'image/png' }));
			zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
			zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
		}, bytes);
		await expect.poll(() => currentName(page)).toBe('dropped-pullover.png');
	});

	const badFiles: [string, RegExp][] = [
		['notes.png', /holds text, not a picture/],
		['cut-off.jpg', /JPEG file is cut off/],
		['huge.png', /12000 × 12000 pixels \(144 megapixels\)/],
		['drawing.svg', /SVG drawing/],
		['empty.png', /file is empty/],
		['enormous.jpg', /200 MB/]
	];

	test('each bad file gets its own message, and the previous picture, predictions and maps stay', async () => {
		const page = await open('/');
		const before = { name: await currentName(page), top5: await shownTop5(page) };
		const maps = '[data-testid="network-maps"] li[data-step="conv1"] canvas';
		for (const [file, message] of badFiles) {
			await upload(page, join(files, file));
			await expect.poll(() => chooser(page).getByRole('alert').textContent()).toMatch(message);
			expect(await chooser(page).getByRole('alert').textContent()).toContain('The previous picture is still shown.');
			expect(await currentName(page)).toBe(before.name);
			expect(await shownTop5(page)).toEqual(before.top5);
			expect(await distinctColours(page, maps)).toBeGreaterThan(1);
		}
		// And the page still answers: a good file after all that is shown at once.
		await upload(page, join(SAMPLES, 'fashion-mnist/0009-sneaker.png'));
		await expect.poll(() => currentName(page)).toBe('0009-sneaker.png');
		expect(await chooser(page).getByRole('alert').count()).toBe(0);
	});

	test('a large picture is accepted and scaled down before it reaches the tensor', async () => {
		const page = await open('/');
		await upload(page, join(files, 'large.png'));
		await expect.poll(() => currentName(page), { timeout: 60_000 }).toBe('large.png');
		expect(await chooser(page).locator('figcaption span').textContent()).toBe('6000 × 4000');
		expect(await page.getByTestId('original-size').textContent()).toMatch(
			/^The picture as chosen: 6000 × 4000 \(scaled to 1024 × 68[23] on opening\)$/
		);
	});
});

describe('feature maps', () => {
	test("every layer's grid is drawn, with pixels that vary", async () => {
		const page = await open('/');
		const steps = await page
			.locator('[data-testid="network-maps"] li[data-step]')
			.evaluateAll((items) => items.map((li) => li.getAttribute('data-step') as string));
		expect(steps).toContain('conv1');
		expect(steps).toContain('pool5');
		expect(steps).toContain('softmax');
		for (const step of steps) {
			await expect
				.poll(() => distinctColours(page, `[data-testid="network-maps"] li[data-step="${step}"] canvas`), {
					message: step
				})
				.toBeGreaterThan(1);
		}
	});

	test("a layer page draws its own step's maps, at the screen's pixel density", async () => {
		const { page, context } = await guarded.open();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setDeviceMetricsOverride', {
			width: 1280,
			height: 800,
			deviceScaleFactor: 2,
			mobile: false
		});
		await gotoApp(page, '/layer/relu2/');
		await page.getByTestId('current-image-name').waitFor({ timeout: 60_000 });
		const grid = '[data-testid="feature-maps"] canvas';
		await expect.poll(() => distinctColours(page, grid)).toBeGreaterThan(1);
		const { width, cssWidth } = await page
			.locator(grid)
			.first()
			.evaluate((c: HTMLCanvasElement) => ({ width: c.width, cssWidth: c.clientWidth }));
		expect(width).toBe(cssWidth * 2);
	});
});

describe('where it runs', () => {
	/** The backend line's state: which backend ran the pass on screen, and why. */
	const running = (page: Page) =>
		page.getByTestId('backend').evaluate((el: HTMLElement) => ({ ...el.dataset }) as Record<string, string>);

	test(
		'the page names the backend, runs on another from the keyboard, and remembers it',
		{ timeout: 240_000 },
		async () => {
			const page = await open('/');
			await expect
				.poll(async () => (await running(page)).backend, { timeout: 60_000 })
				.toMatch(/^(webgpu|webgl|wasm|cpu)$/);
			expect(await page.getByTestId('backend').locator('p').first().textContent()).toContain(
				'Computed in this browser by TensorFlow.js on'
			);
			const before = await shownTop5(page);

			const menu = page.getByLabel('Run on');
			await menu.focus();
			// The keys move the choice; only Enter applies it (a slow backend is never started by passing over it).
			await page.keyboard.press('End');
			expect((await running(page)).reason).not.toBe('user');
			await page.keyboard.press('Enter');
			await expect
				.poll(async () => running(page), { timeout: 120_000 })
				.toMatchObject({ backend: 'cpu', reason: 'user' });
			// The picture ran again on the CPU: its time is there, and the same predictions to the shown precision.
			await expect.poll(async () => Number((await running(page)).ms), { timeout: 120_000 }).toBeGreaterThan(0);
			expect(await shownTop5(page)).toEqual(before);

			await page.reload();
			await page.getByTestId('current-image-name').waitFor({ timeout: 60_000 });
			await expect
				.poll(async () => running(page), { timeout: 120_000 })
				.toMatchObject({ backend: 'cpu', reason: 'user' });
			expect(await menu.inputValue()).toBe('cpu');
			await menu.selectOption('auto');
			await expect.poll(async () => (await running(page)).reason, { timeout: 120_000 }).not.toBe('user');
		}
	);
});

describe('where it looked', () => {
	test(
		'a failing explanation is said in the page’s language, the engine’s message folded, the predictions kept',
		{ timeout: 240_000 },
		async () => {
			const page = await open('/zh/');
			const gradCam = page.locator('.gradcam');
			const predictions = () => page.getByTestId('predictions').getByRole('list').first().textContent();
			await expect.poll(() => gradCam.locator('canvas').count(), { timeout: 120_000 }).toBeGreaterThan(0);
			const before = await predictions();
			const classChooser = page.getByLabel('要解释的类别');

			await breakEngine(page, true);
			await classChooser.selectOption({ index: 1 });
			const failure = gradCam.getByRole('alert');
			await failure.waitFor({ timeout: 60_000 });
			expect(await failure.locator('p').first().textContent()).toBe('无法计算这个解释；图片和它的预测都没有变。');
			const detail = failure.locator('details');
			expect(await detail.locator('summary').textContent()).toBe('技术细节');
			expect(await detail.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
			expect(await detail.locator('p[translate="no"]').textContent()).toContain('forced failure (test)');
			await page.locator('.occlusion button').click();
			await page.locator('.occlusion').getByRole('alert').waitFor({ timeout: 60_000 });
			expect(await predictions()).toBe(before);

			await breakEngine(page, false);
			await classChooser.selectOption({ index: 0 });
			await expect.poll(() => failure.count(), { timeout: 60_000 }).toBe(0);
			await expect.poll(() => gradCam.locator('canvas').count(), { timeout: 60_000 }).toBeGreaterThan(0);
		}
	);
});

describe('from the keyboard alone', () => {
	test('the gallery: open it and choose a sample', async () => {
		const page = await open('/');
		await tabTo(page, '[data-testid="image-chooser"] summary');
		await page.keyboard.press('Enter');
		await tabTo(page, '[data-testid="image-chooser"] button[data-sample="fashion-2"]');
		await page.keyboard.press('Enter');
		await expect.poll(() => currentName(page)).toBe('Trouser');
		expect(
			await page.locator('[data-testid="image-chooser"] button[data-sample="fashion-2"]').getAttribute('aria-pressed')
		).toBe('true');
	});

	test('the grid: arrows between tiles, Enter opens one, arrows read values out, Escape closes', async () => {
		const page = await open('/layer/conv1/');
		await tabTo(page, '[data-testid="feature-maps"] button[aria-label="Channel 0"]');
		await page.keyboard.press('ArrowRight');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Channel 1');
		await page.keyboard.press('Enter');
		const dialog = page.getByRole('dialog');
		await expect.poll(() => dialog.locator('#zoom-title').textContent()).toBe('conv1, channel 1');
		const readout = dialog.getByTestId('zoom-readout');
		expect(await readout.textContent()).toMatch(/^channel 1, row 0, column 0: value -?\d/);
		await tabTo(page, 'dialog [role="application"]', 30);
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowDown');
		expect(await readout.textContent()).toMatch(/^channel 1, row 1, column 1: value -?\d/);
		await page.keyboard.press('Escape');
		await expect.poll(() => dialog.count()).toBe(0);
	});

	test('the convolution animation: step with the keys, play and pause with space', async () => {
		const page = await open('/layer/conv1/');
		await tabTo(page, 'button[aria-label="Next position"]');
		const count = page.locator('.at-work .count').first();
		expect(await count.textContent()).toBe('1 / 3025');
		await page.keyboard.press('Enter');
		expect(await count.textContent()).toBe('2 / 3025');
		await page.keyboard.press('ArrowRight');
		expect(await count.textContent()).toBe('3 / 3025');
		const tex = () => page.getByTestId('dot-product').locator('annotation').last().textContent();
		expect(await tex()).toContain('y_{0,0,2}');
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Space');
		const play = page.locator('.at-work button[aria-pressed]').first();
		expect(await play.getAttribute('aria-pressed')).toBe('true');
		await expect.poll(() => count.textContent()).not.toBe('3 / 3025');
		await page.keyboard.press('Space');
		expect(await play.getAttribute('aria-pressed')).toBe('false');
	});
});

describe('accessibility and screenshots', () => {
	const pages = ['/', '/layer/conv1/', '/layer/relu1/', '/layer/pool1/', '/layer/conv3/', '/layer/softmax/'];

	for (const path of pages) {
		test(`${path} with the current picture has no serious or critical axe violation`, async () => {
			const page = await open(path);
			if (path === '/layer/conv1/') {
				await page.locator('[data-testid="feature-maps"] button[aria-label="Channel 0"]').click();
				await page.getByRole('dialog').waitFor();
			}
			expect(await axeViolations(page, { severeOnly: true })).toEqual([]);
		});
	}

	for (const viewport of [
		{ width: 1280, height: 800 },
		{ width: 390, height: 844 }
	]) {
		test(`screenshots at ${viewport.width}×${viewport.height}, no sideways scrolling`, async () => {
			const size = `${viewport.width}x${viewport.height}`;
			const page = await open('/', viewport);
			await page.getByTestId('network-maps').waitFor();
			await page.screenshot({ path: join(SCREENSHOTS, `see-overview-${size}.png`), fullPage: true });
			await gotoApp(page, '/layer/conv1/');
			await page.getByTestId('dot-product').waitFor();
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
			await page.screenshot({ path: join(SCREENSHOTS, `see-conv1-${size}.png`), fullPage: true });
			await page.locator('[data-testid="feature-maps"] button[aria-label="Channel 3"]').click();
			await page.getByRole('dialog').waitFor();
			await page.screenshot({ path: join(SCREENSHOTS, `see-conv1-zoom-${size}.png`) });
		});
	}
});

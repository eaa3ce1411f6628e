import { openAsBlob } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { halfToFloatTable } from '../weights/float16';
import type { ModelJson } from '../weights/manifest';
import { blobSource } from './byte-source';
import { loadPthModel } from './load-model';
import { checksum, fixtureIndex, fixturePath } from './testing/fixtures';

const index = fixtureIndex();
const caseOf = (file: string) => index.valid.find((c) => c.file === file) as NonNullable<(typeof index.valid)[number]>;

/** Each weight's values, decoded from the in-memory model the way the engine reads it. */
function decode(manifest: ModelJson, data: ArrayBuffer): Map<string, Float32Array> {
	const out = new Map<string, Float32Array>();
	let at = 0;
	for (const entry of manifest.weightsManifest[0].weights) {
		const n = entry.shape.reduce((a, b) => a * b, 1);
		if (entry.quantization?.dtype === 'float16') {
			const table = halfToFloatTable();
			const halves = new Uint16Array(data, at, n);
			const values = new Float32Array(n);
			for (let i = 0; i < n; i++) values[i] = table[halves[i]];
			out.set(entry.name, values);
			at += 2 * n;
		} else {
			out.set(entry.name, new Float32Array(data.slice(at, at + 4 * n)));
			at += 4 * n;
		}
	}
	expect(at).toBe(data.byteLength);
	return out;
}

async function load(file: string, onProgress?: (done: number, total: number) => void) {
	return loadPthModel(blobSource(await openAsBlob(fixturePath(file))), {
		name: file,
		labels: async (list) => Array.from({ length: list === 'imagenet' ? 1000 : 10 }, (_, i) => `${list} ${i}`),
		onProgress
	});
}

describe('loadPthModel (what the page’s worker does with a picked file)', () => {
	// torchvision's own alexnet-owt-7be5be79.pth is in the legacy format; re-saved files are zips.
	it.each(['torchvision-1000.pth', 'legacy-torchvision-1000.pth'])(
		'turns torchvision’s 233 MB checkpoint (%s) into weights with ImageNet labels, within 2.5× the file in memory',
		async (file) => {
			global.gc?.();
			const before = process.memoryUsage().arrayBuffers;
			let peak = before;
			const progress: number[] = [];
			const model = await load(file, (done, total) => {
				progress.push(done / total);
				peak = Math.max(peak, process.memoryUsage().arrayBuffers);
			});
			expect(peak - before).toBeLessThanOrEqual(2.5 * model.fileBytes);
			expect(progress[0]).toBe(0);
			expect(progress.at(-1)).toBe(1);
			expect(progress.every((p, i) => i === 0 || p >= progress[i - 1])).toBe(true);

			expect([model.variant, model.classes, model.params]).toEqual(['torchvision', 1000, 61100840]);
			expect(model.manifest.modelCard.labels[0]).toBe('imagenet 0');
			expect(model.manifest.modelCard.preprocessing.preset).toBe('imagenet');
			expect(model.notes.join(' ')).toContain('Assumed imagenet preprocessing and imagenet labels');
			const weights = decode(model.manifest, model.data);
			for (const [key, [sum, weighted]] of Object.entries(caseOf(file).checksums)) {
				const [s, w] = checksum(weights.get(key) as Float32Array);
				expect(Math.abs(s - sum) + Math.abs(w - weighted), key).toBeLessThan(1e-9 * Math.max(1, Math.abs(weighted)));
			}
		}
	);

	it('keeps a float16 checkpoint in float16 (half the memory), values unchanged', async () => {
		const file = 'paper2012-1000-float16.pth';
		const model = await load(file);
		expect(model.dtypes).toEqual(['float16']);
		expect(model.data.byteLength).toBe(2 * model.params);
		expect(model.manifest.weightsManifest[0].weights.every((w) => w.quantization?.dtype === 'float16')).toBe(true);
		expect(model.manifest.modelCard.inputSize).toBe(227);
		const weights = decode(model.manifest, model.data);
		for (const [key, [sum]] of Object.entries(caseOf(file).checksums)) {
			const [s] = checksum(weights.get(key) as Float32Array);
			expect(Math.abs(s - sum), key).toBeLessThan(1e-9 * Math.max(1, Math.abs(sum)));
		}
	});

	it('guesses Fashion-MNIST for this project’s 10-class seed net, and says so', async () => {
		const model = await load('dataparallel.pth');
		expect(model.manifest.modelCard.preprocessing.grayscale).toBe(true);
		expect(model.manifest.modelCard.labels[9]).toBe('fashion-mnist 9');
		expect(model.notes.join(' ')).toContain('module.');
	});
});

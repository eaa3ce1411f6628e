/** `npm run convert`, run as npm runs it (tsx): what it writes, and how it refuses. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readWeightsDir } from '../lib/engine/node';
import type { ModelJson } from '../lib/weights/manifest';
import { bytesSource } from '../lib/pth/byte-source';
import { matchVariant } from '../lib/pth/match-variant';
import { readPthStateDict } from '../lib/pth/read-pth';
import { checksum, fixtureBytes, fixtureIndex, fixturePath } from '../lib/pth/testing/fixtures';
import { readAllFloat32 } from '../lib/pth/to-weights';

const scratch = mkdtempSync(join(tmpdir(), 'convert-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function convert(...args: string[]) {
	const run = spawnSync('npx', ['tsx', 'src/cli/convert.ts', ...args], { encoding: 'utf8' });
	if (run.error) throw run.error;
	return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const modelJson = (dir: string) => JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8')) as ModelJson;
const seed = fixtureIndex().valid.find((c) => c.file === 'seed-10.pth');

describe('convert writes the app’s weights format', () => {
	it('float32 by default: values exactly as PyTorch saved them, Fashion-MNIST card guessed', async () => {
		const out = join(scratch, 'plain');
		const run = convert(fixturePath('seed-10.pth'), '--out', out, '--name', 'Seed test');
		expect([run.status, run.stderr]).toEqual([0, '']);
		expect(run.stdout).toContain('seed AlexNet, 10 classes, 14,601,930 parameters.');
		const card = modelJson(out).modelCard;
		expect([card.name, card.variant, card.classes, card.inputSize]).toEqual(['Seed test', 'seed', 10, 224]);
		expect(card.labels[0]).toBe('T-shirt/top');
		expect(card.preprocessing.preset).toBe('fashion-mnist');
		const weights = await readWeightsDir(out);
		for (const [key, [sum, weighted]] of Object.entries(seed?.checksums ?? {})) {
			const [s, w] = checksum(weights.parameters.get(key)?.data ?? []);
			expect(Math.abs(s - sum) + Math.abs(w - weighted), key).toBeLessThan(1e-9 * Math.max(1, Math.abs(weighted)));
		}
	});

	/** How far each encoding may move a value: half a float16 ulp, or half a uint8 step of the tensor's range. */
	const allowed = {
		float16: (v: number) => Math.max(Math.abs(v) * 2 ** -11, 2 ** -25),
		uint8: (_: number, range: number) => range / 255 / 2 + 1e-7
	};

	it.each(['float16', 'uint8'] as const)('--quantize %s stays within its rounding step', async (encoding) => {
		const checkpoint = await readPthStateDict(bytesSource(fixtureBytes('seed-10.pth')));
		const match = matchVariant(new Map([...checkpoint.tensors].map(([k, t]) => [k, t.shape])));
		const exact = await readAllFloat32(checkpoint, match);
		const out = join(scratch, encoding);
		expect(convert(fixturePath('seed-10.pth'), '--out', out, '--quantize', encoding).status).toBe(0);
		const weights = await readWeightsDir(out);
		expect(modelJson(out).weightsManifest[0].weights.every((w) => w.quantization?.dtype === encoding)).toBe(true);
		for (const { name: key, values: data } of exact) {
			const range = data.reduce((m, v) => Math.max(m, v), -Infinity) - data.reduce((m, v) => Math.min(m, v), Infinity);
			const got = weights.parameters.get(key)?.data ?? new Float32Array();
			const outside = data.findIndex((v, i) => !(Math.abs(v - got[i]) <= allowed[encoding](v, range)));
			expect(outside, key).toBe(-1);
		}
	});

	it('--labels and --preprocess replace the guesses', () => {
		const out = join(scratch, 'labelled');
		const labels = join(scratch, 'labels.txt');
		writeFileSync(labels, Array.from({ length: 10 }, (_, i) => `thing ${i}`).join('\n') + '\n\n');
		expect(
			convert(fixturePath('seed-10.pth'), '--out', out, '--labels', labels, '--preprocess', 'imagenet').status
		).toBe(0);
		const card = modelJson(out).modelCard;
		expect(card.labels).toEqual(Array.from({ length: 10 }, (_, i) => `thing ${i}`));
		expect(card.preprocessing).toMatchObject({
			preset: 'imagenet',
			resize: { kind: 'resize-crop', resize: 256, crop: 224 }
		});
	});

	it('--preprocess fashion-photo --stats: colour, resize and crop, the run’s mean and std, Fashion-MNIST labels', () => {
		const out = join(scratch, 'photo');
		const stats = join(scratch, 'preprocessing.json');
		const backgrounds = [{ package: 'gnome-backgrounds', licence: 'CC-BY-SA 3.0', pictures: 12 }];
		writeFileSync(stats, JSON.stringify({ mean: [0.35, 0.36, 0.37], std: [0.31, 0.29, 0.3], backgrounds }));
		const run = convert(fixturePath('seed-10.pth'), '--out', out, '--preprocess', 'fashion-photo', '--stats', stats);
		expect(run.status, run.stderr).toBe(0);
		expect(run.stdout).toContain(`Preprocessing: fashion-photo (mean and std from ${stats})`);
		const card = modelJson(out).modelCard;
		expect(card.preprocessing).toEqual({
			preset: 'fashion-photo',
			resize: { kind: 'resize-crop', resize: 224, crop: 224 },
			grayscale: false,
			mean: [0.35, 0.36, 0.37],
			std: [0.31, 0.29, 0.3]
		});
		expect(card.labels[0]).toBe('T-shirt/top');
		expect(card.description).toMatch(/colour.*shorter side.*centre/);
	});

	it.each([
		['{"mean": [0.3, 0.3], "std": [0.3, 0.3, 0.3]}', '"mean" must be a list of three numbers'],
		['{"mean": [0.3, 0.3, 0.3], "std": [0.3, 0, 0.3]}', '"std" must be a list of three positive numbers'],
		['not json', 'Bad --stats']
	])('--stats %s is refused in one line', (text, message) => {
		const stats = join(scratch, 'bad-stats.json');
		writeFileSync(stats, text);
		const run = convert(fixturePath('seed-10.pth'), '--out', join(scratch, 'bad'), '--stats', stats);
		expect(run.status).toBe(2);
		expect(run.stderr).toContain(message);
		expect(run.stderr.trim().split('\n')).toHaveLength(1);
	});

	it('torchvision gets ImageNet’s labels and preprocessing; old shards are removed', () => {
		const out = join(scratch, 'torchvision');
		mkdirSync(out, { recursive: true });
		writeFileSync(join(out, 'group1-shard9of9.bin'), 'stale');
		expect(convert(fixturePath('torchvision-1000.pth'), '--out', out, '--quantize', 'float16').status).toBe(0);
		const card = modelJson(out).modelCard;
		expect([card.labels[0], card.labels[999], card.preprocessing.preset]).toEqual([
			'tench',
			'toilet tissue',
			'imagenet'
		]);
		expect(readdirSync(out).sort()).toEqual([...modelJson(out).weightsManifest[0].paths, 'model.json'].sort());
	});
});

describe('convert refuses', () => {
	it('a malicious file, naming the global, writing nothing', () => {
		const out = join(scratch, 'evil');
		const run = convert(fixturePath('evil-builtins-eval.pth'), '--out', out);
		expect(run.status).toBe(2);
		expect(run.stderr).toContain('"builtins.eval"');
		expect(existsSync(out)).toBe(false);
	});

	it('weights that fit no variant, listing the differences', () => {
		const run = convert(fixturePath('wrong-shapes.pth'), '--out', join(scratch, 'wrong'));
		expect(run.status).toBe(2);
		expect(run.stderr).toContain('features.3.weight: the file has [96, 48, 5, 5], seed expects [128, 48, 5, 5]');
	});

	it('usage mistakes with exit code 2', () => {
		expect(convert('--out', 'x').status).toBe(2);
		expect(convert(fixturePath('seed-10.pth'), '--out', join(scratch, 'q'), '--quantize', 'int4').stderr).toContain(
			'Unknown --quantize "int4"'
		);
		const labels = join(scratch, 'three.txt');
		writeFileSync(labels, 'a\nb\nc\n');
		const run = convert(fixturePath('seed-10.pth'), '--out', join(scratch, 'three'), '--labels', labels);
		expect([run.status, run.stderr.trim()]).toEqual([2, 'The model has 10 classes but 3 labels were given.']);
	});
});

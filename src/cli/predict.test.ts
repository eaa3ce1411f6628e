/** `npm run predict` end to end: PyTorch's logits from the fixture, images through the card's preprocessing, one-line errors. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { parseNpy } from '../lib/engine/npy';
import { relativeError } from '../lib/engine/testing/fixture-check';
import { fixtureDir, requireFixtures } from '../lib/engine/testing/fixtures';

requireFixtures();
const weights = fixtureDir('seed-10');

function predict(...args: string[]) {
	const result = spawnSync('npx', ['tsx', 'src/cli/predict.ts', ...args], { encoding: 'utf8' });
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface Prediction {
	backend: string;
	logits: number[];
	top5: { index: number; label: string; p: number }[];
}

/** A 40×30 RGBA gradient. */
function pixels(): Uint8Array {
	const data = new Uint8Array(40 * 30 * 4);
	for (let i = 0; i < 40 * 30; i++) data.set([(i * 7) % 256, (i * 3) % 256, 128, 255], 4 * i);
	return data;
}

describe('predict', () => {
	it.each(['wasm', 'cpu'])(
		'prints PyTorch’s logits and the top 5 as JSON (%s)',
		(backend) => {
			const { code, stdout } = predict(
				'--weights',
				weights,
				'--input',
				join(weights, 'input.npy'),
				'--backend',
				backend,
				'--json'
			);
			expect(code).toBe(0);
			const out = JSON.parse(stdout) as Prediction;
			expect(out.backend).toBe(backend);
			const expected = parseNpy(readFileSync(join(weights, 'logits.npy'))).data.subarray(0, 10);
			expect(relativeError(new Float32Array(out.logits), expected)).toBeLessThan(1e-4);
			expect(out.top5.map((t) => t.index)[0]).toBe(expected.indexOf(Math.max(...expected)));
			expect(out.top5).toHaveLength(5);
			expect(out.top5[0].label).toBe(`class ${out.top5[0].index}`);
			expect(out.top5.map((t) => t.p)).toEqual([...out.top5.map((t) => t.p)].sort((a, b) => b - a));
		},
		60_000
	);

	it('prints a readable top 5 by default', () => {
		const { code, stdout } = predict('--weights', weights, '--input', join(weights, 'input.npy'));
		expect(code).toBe(0);
		expect(stdout.trim().split('\n')).toHaveLength(6);
		expect(stdout).toMatch(/^1\. class \d/m);
	}, 60_000);

	it('reads PNG and JPEG images and applies the model card’s preprocessing', () => {
		const dir = mkdtempSync(join(tmpdir(), 'predict-'));
		const png = new PNG({ width: 40, height: 30 });
		png.data = Buffer.from(pixels());
		writeFileSync(join(dir, 'photo.png'), PNG.sync.write(png));
		writeFileSync(join(dir, 'photo.jpg'), jpeg.encode({ data: pixels(), width: 40, height: 30 }, 95).data);
		for (const file of ['photo.png', 'photo.jpg']) {
			const { code, stdout } = predict('--weights', weights, '--image', join(dir, file), '--json');
			expect(code, file).toBe(0);
			expect((JSON.parse(stdout) as Prediction).logits).toHaveLength(10);
		}
	}, 60_000);

	it.each([
		[
			'a missing weights folder',
			['--weights', '/no/such/dir', '--input', join(weights, 'input.npy')],
			/^Bad --weights/
		],
		['a batch of two', ['--weights', weights, '--input', join(weights, 'batch.npy')], /takes one image/],
		['a file that is not .npy', ['--weights', weights, '--input', join(weights, 'model.json')], /not a NumPy/],
		[
			'an image that is not one',
			['--weights', weights, '--image', join(weights, 'model.json')],
			/not a readable image/
		],
		['an unknown backend', ['--weights', weights, '--input', 'x.npy', '--backend', 'tpu'], /Unknown --backend/],
		['no input at all', ['--weights', weights], /exactly one of --input and --image/]
	])(
		'refuses %s with one line and exit code 2',
		(_what, args, message) => {
			const { code, stdout, stderr } = predict(...args);
			expect(code).toBe(2);
			expect(stdout).toBe('');
			expect(stderr.trim().split('\n')).toHaveLength(1);
			expect(stderr).toMatch(message);
		},
		60_000
	);
});

/**
 * `npm run evaluate` on a small slice of Fashion-MNIST's test set, with the
 * shipped default model: the figures hang together and the model is real.
 * The full 10,000-image evaluation is a benchmark (see README), not a test.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readWeightsDir } from '../lib/engine/node';
import { filterSmoothness } from '../lib/evaluation/smoothness';
import { makeTeacherFolder } from './testing/teacher-folder';

const MODEL = 'static/models/fashion-mnist';

function evaluate(...args: string[]) {
	const run = spawnSync('npx', ['tsx', 'src/cli/evaluate.ts', ...args], { encoding: 'utf8' });
	if (run.error) throw run.error;
	return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const folder = mkdtempSync(join(tmpdir(), 'evaluate-images-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
makeTeacherFolder(folder);

describe('npm run evaluate', () => {
	it('measures the shipped model on the first 100 test images', async () => {
		const run = evaluate('--model', MODEL, '--dataset', 'fashion-mnist', '--limit', '100', '--json');
		expect(run.status, run.stderr).toBe(0);
		const report = JSON.parse(run.stdout);
		expect(report.count).toBe(100);
		expect(report.confusion).toHaveLength(10);
		const total = report.confusion.flat().reduce((a: number, b: number) => a + b, 0);
		const diagonal = report.confusion.reduce((sum: number, row: number[], i: number) => sum + row[i], 0);
		expect(total).toBe(100);
		expect(diagonal).toBe(report.correct);
		expect(report.accuracy).toBe(report.correct / 100);
		// A trained model, not random weights (which would score about 10 %).
		expect(report.accuracy).toBeGreaterThan(0.8);
		expect(report.perClass['Ankle boot'].count).toBe(report.confusion[9].reduce((a: number, b: number) => a + b, 0));
		// conv1's smoothness from the shipped (dequantised) weights.
		const conv1 = (await readWeightsDir(MODEL)).parameters.get('features.0.weight');
		expect(report.conv1Smoothness).toBeCloseTo(filterSmoothness(conv1?.data ?? [], conv1?.shape ?? []), 4);
	});

	it('prints the accuracy and a labelled confusion matrix as text', () => {
		const run = evaluate('--model', MODEL, '--dataset', 'fashion-mnist', '--limit', '20');
		expect(run.status, run.stderr).toBe(0);
		expect(run.stdout).toMatch(/top-1 accuracy: \d+\.\d\d % \(\d+\/20\)/);
		expect(run.stdout).toContain('Ankle boot');
	});

	it('evaluates a folder of pictures, reporting what it cannot read', () => {
		const run = evaluate('--model', MODEL, '--images', folder, '--json');
		expect(run.status, run.stderr).toBe(0);
		const report = JSON.parse(run.stdout);
		expect([report.count, report.pictures]).toEqual([3, 5]);
		expect(report.perClass['T-shirt/top'].count).toBe(2);
		expect(report.perClass['Sneaker'].count).toBe(1);
		expect(report.confusion.flat().reduce((a: number, b: number) => a + b, 0)).toBe(3);
		expect(report.unknownFolders).toEqual(['Cats']);
		expect(report.unreadable.map((p: { path: string }) => p.path)).toEqual([
			'sNEAKER/more',
			'sNEAKER/empty.jpg',
			'sNEAKER/notes.png'
		]);
		expect(typeof report.conv1Smoothness).toBe('number');
	});

	it('says in text which folders and files it skipped', () => {
		const run = evaluate('--model', MODEL, '--images', folder, '--limit', '4');
		expect(run.status, run.stderr).toBe(0);
		expect(run.stdout).toMatch(/\(3 images\)/);
		expect(run.stdout).toContain('skipped folder Cats/');
		expect(run.stdout).toContain('skipped: sNEAKER/empty.jpg');
		expect(run.stdout).toMatch(/conv1 smoothness: -?\d\.\d{3}/);
	});

	it.each([
		[['--model', MODEL, '--images', '/nonexistent'], 'Cannot read --images /nonexistent'],
		[['--model', MODEL, '--images', 'static/samples'], 'holds no pictures in folders named after'],
		[['--model', MODEL, '--images', 'x', '--dataset', 'fashion-mnist'], 'Give --dataset or --images, not both'],
		[['--dataset', 'fashion-mnist'], '--model is required'],
		[['--model', MODEL, '--dataset', 'imagenet'], 'Unknown --dataset'],
		[['--model', MODEL, '--limit', 'lots'], '--limit must be a whole number'],
		[['--model', '/nonexistent', '--limit', '5'], 'Bad --model /nonexistent']
	])('refuses %j in one line with exit code 2', (args, message) => {
		const run = evaluate(...args);
		expect(run.status).toBe(2);
		expect(run.stderr).toContain(message);
		expect(run.stderr.trim().split('\n')).toHaveLength(1);
	});
});

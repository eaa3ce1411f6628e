/**
 * `npm run evaluate` on a small slice of Fashion-MNIST's test set, with the
 * shipped default model: the figures hang together and the model is real.
 * The full 10,000-image evaluation is a benchmark (see README), not a test.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const MODEL = 'static/models/fashion-mnist';

function evaluate(...args: string[]) {
	const run = spawnSync('npx', ['tsx', 'src/cli/evaluate.ts', ...args], { encoding: 'utf8' });
	if (run.error) throw run.error;
	return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run evaluate', () => {
	it('measures the shipped model on the first 100 test images', () => {
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
	});

	it('prints the accuracy and a labelled confusion matrix as text', () => {
		const run = evaluate('--model', MODEL, '--dataset', 'fashion-mnist', '--limit', '20');
		expect(run.status, run.stderr).toBe(0);
		expect(run.stdout).toMatch(/top-1 accuracy: \d+\.\d\d % \(\d+\/20\)/);
		expect(run.stdout).toContain('Ankle boot');
	});

	it.each([
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

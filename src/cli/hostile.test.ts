/**
 * The CLIs against hostile files, each run in a child process as npm runs it:
 * every case ends with exit code 2 and one line on stderr saying why, within a
 * generous watchdog and under 1 GB of peak memory (GNU time's maximum resident
 * set size), and writes nothing it should not.
 */
import { spawnSync } from 'node:child_process';
import {
	existsSync,
	lstatSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	symlinkSync,
	truncateSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ModelJson } from '../lib/weights/manifest';
import { ROOT } from '../lib/pth/testing/fixtures';
import { hostileIndex, hostilePath } from '../lib/pth/testing/fixtures';
import { decodeImageFile } from './read-image';

const index = hostileIndex();
const scratch = mkdtempSync(join(tmpdir(), 'hostile-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The budget for any hostile file. */
const MAX_RSS_KB = 1024 * 1024;
/** Generous: the slowest case takes about two seconds here; a regression hangs for minutes. */
const WATCHDOG_MS = 30_000;

interface Run {
	status: number | null;
	stdout: string;
	stderr: string;
	peakKb: number;
}

/** `node --import tsx src/cli/<cli>.ts …` under /usr/bin/time, which writes the peak RSS to a file of its own. */
function cli(name: string, ...args: string[]): Run {
	const rss = join(scratch, `rss-${process.hrtime.bigint()}`);
	const run = spawnSync(
		'/usr/bin/time',
		['-f', '%M', '-o', rss, process.execPath, '--import', 'tsx', `src/cli/${name}.ts`, ...args],
		{ cwd: ROOT, encoding: 'utf8', timeout: WATCHDOG_MS, killSignal: 'SIGKILL' }
	);
	if (run.error) throw run.error;
	const peakKb = Number(readFileSync(rss, 'utf8').trim().split('\n').at(-1));
	return { status: run.status, stdout: run.stdout, stderr: run.stderr, peakKb };
}

/** Exit 2, and exactly one line on stderr holding every word. */
function expectRefusal(run: Run, words: readonly string[]): void {
	expect(run.status, run.stderr).toBe(2);
	const lines = run.stderr.split('\n').filter(Boolean);
	expect(lines).toHaveLength(1);
	for (const word of words) expect(lines[0]).toContain(word);
	// eslint-disable-next-line no-control-regex
	expect(lines[0]).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
	expect(run.peakKb).toBeGreaterThan(0);
	expect(run.peakKb).toBeLessThan(MAX_RSS_KB);
}

describe('npm run convert refuses each hostile .pth in one line, within 1 GB', () => {
	it.each(index.refused.map((c) => [c.file, c] as const))(
		'%s',
		(_, c) => {
			const out = join(scratch, `out-${c.file}`);
			expectRefusal(cli('convert', hostilePath(c.file), '--out', out), c.words);
			expect(existsSync(out)).toBe(false);
		},
		WATCHDOG_MS
	);
});

describe('npm run convert converts honest files that look like bombs in little memory', () => {
	/** Half the budget: float64-small-view.pth's storage alone declares 512 MB, which it once inflated whole. */
	const MAX_VALID_RSS_KB = 512 * 1024;

	it.each(index.valid.map((c) => [c.file, c] as const))(
		'%s',
		(_, c) => {
			const out = join(scratch, `valid-${c.file}`);
			const run = cli('convert', hostilePath(c.file), '--out', out);
			expect([run.status, run.stderr]).toEqual([0, '']);
			expect(run.stdout).toContain(`${c.variant} AlexNet, ${c.classes} classes`);
			expect(run.peakKb).toBeGreaterThan(0);
			expect(run.peakKb).toBeLessThan(MAX_VALID_RSS_KB);
		},
		WATCHDOG_MS
	);
});

describe('npm run convert with NaN weights', () => {
	it(
		'--allow-nonfinite writes them and marks the model card; uint8 cannot hold them',
		() => {
			const out = join(scratch, 'nan-allowed');
			const run = cli('convert', hostilePath('nan-weights.pth'), '--out', out, '--allow-nonfinite');
			expect([run.status, run.stderr]).toEqual([0, '']);
			expect(run.stdout).toContain('Kept 3 NaN or infinite weights');
			const card = (JSON.parse(readFileSync(join(out, 'model.json'), 'utf8')) as ModelJson).modelCard;
			expect(card.nonFiniteWeights).toBe(3);
			const uint8 = cli(
				'convert',
				hostilePath('nan-weights.pth'),
				'--out',
				join(scratch, 'nan-u8'),
				'--allow-nonfinite',
				'--quantize',
				'uint8'
			);
			expectRefusal(uint8, ['uint8 cannot hold NaN']);
		},
		2 * WATCHDOG_MS
	);
});

describe('npm run convert: what --out and --labels name', () => {
	const model = hostilePath('shared-storage-deflate.pth');

	it(
		'--out naming an existing file, or a folder under a file',
		() => {
			const file = join(scratch, 'a-file');
			writeFileSync(file, 'keep me');
			expectRefusal(cli('convert', model, '--out', file), ['is a file, not a folder']);
			expectRefusal(cli('convert', model, '--out', join(file, 'model')), [
				'Cannot create',
				'part of the path is a file'
			]);
			expect(readFileSync(file, 'utf8')).toBe('keep me');
		},
		2 * WATCHDOG_MS
	);

	it(
		'--out where even root cannot write: /proc takes no new folder, nor a file in itself',
		() => {
			// chmod does not stop root (CI runs as root); /proc refuses everyone. Node's recursive mkdir once hung here.
			expectRefusal(cli('convert', model, '--out', '/proc/alexnet-lab-out/model'), [
				'Cannot create --out /proc/alexnet-lab-out/model',
				'/proc does not take new folders'
			]);
			expectRefusal(cli('convert', model, '--out', '/proc'), ['Cannot write /proc/group1-shard1of14.bin']);
		},
		2 * WATCHDOG_MS
	);

	it(
		'what no check foresees still ends in one line: an old shard that cannot be removed, an unreadable --labels',
		() => {
			const out = join(scratch, 'shard-is-a-folder');
			mkdirSync(join(out, 'group1-shard3of9.bin'), { recursive: true });
			expectRefusal(cli('convert', model, '--out', out), [
				`Cannot remove the old shard ${join(out, 'group1-shard3of9.bin')}`,
				'it is a folder'
			]);
			// A file of size 0 that stat calls a file, whose first read fails with EIO, even for root.
			expectRefusal(cli('convert', model, '--out', join(scratch, 'mem-labels'), '--labels', '/proc/self/mem'), [
				'Cannot read --labels /proc/self/mem',
				'input/output error'
			]);
			expect(existsSync(join(scratch, 'mem-labels'))).toBe(false);
		},
		2 * WATCHDOG_MS
	);

	it(
		'--labels naming a 2 GB file is refused before reading it',
		() => {
			const huge = join(scratch, 'huge-labels.txt');
			writeFileSync(huge, '');
			truncateSync(huge, 2 * 1024 ** 3); // sparse: no disk used
			expectRefusal(cli('convert', model, '--out', join(scratch, 'labels-out'), '--labels', huge), [
				'2,147,483,648 bytes'
			]);
			expectRefusal(
				cli('convert', model, '--out', join(scratch, 'labels-out'), '--labels', join(scratch, 'none.txt')),
				['no such file']
			);
		},
		2 * WATCHDOG_MS
	);

	it(
		'a symlink inside --out is replaced, never followed to overwrite its target',
		() => {
			const out = join(scratch, 'linked');
			mkdirSync(out);
			const victim = join(scratch, 'victim.txt');
			writeFileSync(victim, 'precious');
			symlinkSync(victim, join(out, 'model.json'));
			symlinkSync(victim, join(out, 'group1-shard1of15.bin'));
			const run = cli('convert', model, '--out', out);
			expect([run.status, run.stderr]).toEqual([0, '']);
			expect(readFileSync(victim, 'utf8')).toBe('precious');
			expect(lstatSync(join(out, 'model.json')).isSymbolicLink()).toBe(false);
			expect((JSON.parse(readFileSync(join(out, 'model.json'), 'utf8')) as ModelJson).modelCard.variant).toBe('seed');
		},
		WATCHDOG_MS
	);
});

describe('npm run predict refuses hostile inputs in one line, within 1 GB', () => {
	const weights = join(ROOT, 'static/models/fashion-mnist');

	it.each(index.images.map((c) => [c.file, c] as const))(
		'--image %s',
		(_, c) => {
			expectRefusal(cli('predict', '--weights', weights, '--image', hostilePath(c.file)), c.words);
		},
		WATCHDOG_MS
	);

	it.each(index.npy.map((c) => [c.file, c] as const))(
		'--input %s',
		(_, c) => {
			expectRefusal(cli('predict', '--weights', weights, '--input', hostilePath(c.file)), c.words);
		},
		WATCHDOG_MS
	);
});

describe('--image decodes as the browser does', () => {
	it('transparent pixels are drawn over white', () => {
		const pixels = decodeImageFile(new Uint8Array(readFileSync(hostilePath('transparent.png'))), 'transparent.png');
		const at = (x: number, y: number) => Array.from(pixels.data.subarray(4 * (y * 4 + x), 4 * (y * 4 + x) + 4));
		expect(at(0, 0)).toEqual([255, 127, 127, 255]); // red at half opacity over white
		expect(at(3, 3)).toEqual([255, 255, 255, 255]); // fully transparent black becomes white
	});
});

/**
 * `npm run wild`: the held-out in-the-wild test set is made from the Fashion-MNIST
 * test split only, on held-out backgrounds, and the same seed gives the same bytes.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { loadFashionMnist } from './fashion-mnist';

interface WildManifest {
	seed: number;
	n: number;
	split: string;
	held_out_packages: string[];
	backgrounds: { package: string; pictures: number }[];
	pictures: { file: string; label: string; split: string; index: number }[];
}

const labels = JSON.parse(readFileSync('static/labels/fashion-mnist.json', 'utf8')) as string[];
const folders: string[] = [];

function makeWild(seed: number, n: number): string {
	const out = mkdtempSync(join(tmpdir(), 'wild-'));
	folders.push(out);
	const run = spawnSync(
		'/usr/bin/python3',
		['python/make_wild.py', '--out', out, '--n', String(n), '--seed', String(seed)],
		{
			encoding: 'utf8'
		}
	);
	expect(run.status, run.stderr).toBe(0);
	return out;
}

function digest(folder: string, manifest: WildManifest): string {
	const hash = createHash('sha256');
	for (const p of manifest.pictures) hash.update(p.file).update(readFileSync(join(folder, p.file)));
	return hash.digest('hex');
}

const readManifest = (folder: string): WildManifest => JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));

afterAll(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));

describe('npm run wild', () => {
	let first = '';
	let manifest: WildManifest;
	beforeAll(() => {
		first = makeWild(7, 24);
		manifest = readManifest(first);
	}, 300_000);

	it('makes n pictures, 224×224 RGB, one folder per label', () => {
		expect(manifest.pictures).toHaveLength(24);
		const expectedFolders = labels.map((l) => l.replace(/[/\\:*?"<>|]/g, '_')).sort();
		expect(
			readdirSync(first)
				.filter((f) => f !== 'manifest.json')
				.sort()
		).toEqual(expectedFolders);
		const png = PNG.sync.read(readFileSync(join(first, manifest.pictures[0].file)));
		expect([png.width, png.height]).toEqual([224, 224]);
	});

	it('takes every garment from the test split, under its true label', () => {
		const test = loadFashionMnist('test');
		for (const p of manifest.pictures) {
			expect(p.split).toBe('test');
			expect(p.index).toBeGreaterThanOrEqual(0);
			expect(p.index).toBeLessThan(test.count);
			expect(p.label).toBe(labels[test.labels[p.index]]);
			expect(p.file.startsWith(p.label.replace('/', '_') + '/')).toBe(true);
		}
	});

	it('uses only the held-out background packages', () => {
		expect(manifest.held_out_packages).toEqual(['mate-backgrounds', 'sway-backgrounds']);
		expect(manifest.backgrounds.map((b) => b.package)).toEqual(manifest.held_out_packages);
		expect(manifest.backgrounds.every((b) => b.pictures > 0)).toBe(true);
	});

	it('is deterministic for a seed and different for another', { timeout: 300_000 }, () => {
		const again = makeWild(7, 24);
		expect(digest(again, readManifest(again))).toBe(digest(first, manifest));
		const other = makeWild(8, 24);
		expect(digest(other, readManifest(other))).not.toBe(digest(first, manifest));
	});

	it('refuses an impossible --n with one line and exit 2', () => {
		const run = spawnSync('/usr/bin/python3', ['python/make_wild.py', '--out', join(tmpdir(), 'never'), '--n', '0'], {
			encoding: 'utf8'
		});
		expect(run.status).toBe(2);
		expect(run.stderr.trim().split('\n')).toHaveLength(1);
	});
});

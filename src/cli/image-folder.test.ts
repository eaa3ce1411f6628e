/**
 * The image-folder reader of `evaluate --images`: class folders matched to
 * labels case-insensitively with `/` written `_`; folders that name no label,
 * nested folders and files that are no readable picture reported, not fatal.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { classOfFolder, labelFolderName } from '../lib/evaluation/label-folders';
import { listImageFolder, readFolderPicture } from './image-folder';
import { FASHION_LABELS as LABELS, makeTeacherFolder } from './testing/teacher-folder';

const root = mkdtempSync(join(tmpdir(), 'image-folder-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
makeTeacherFolder(root);

describe('folder names and labels', () => {
	it('writes characters that cannot stand in a file name as _', () => {
		expect(labelFolderName('T-shirt/top')).toBe('T-shirt_top');
		expect(labelFolderName('Ankle boot')).toBe('Ankle boot');
	});

	it.each([
		['T-shirt_top', 0],
		['t-shirt_top', 0],
		['ANKLE BOOT', 9],
		['sneaker', 7],
		['T-shirt', null],
		['Cats', null]
	])('%s names class %s', (folder, index) => {
		expect(classOfFolder(folder, LABELS)).toBe(index);
	});
});

describe('listImageFolder', () => {
	const folder = listImageFolder(root, LABELS);

	it('finds the pictures of each class folder, in name order, whatever the letter case', () => {
		expect(folder.pictures).toEqual([
			{ path: 'T-shirt_top/a.png', label: 0 },
			{ path: 'T-shirt_top/b.jpg', label: 0 },
			{ path: 'sNEAKER/c.png', label: 7 },
			{ path: 'sNEAKER/empty.jpg', label: 7 },
			{ path: 'sNEAKER/notes.png', label: 7 }
		]);
	});

	it('reports folders that name no label and folders nested in a class folder', () => {
		expect(folder.unknownFolders).toEqual(['Cats']);
		expect(folder.skipped.map((s) => s.path)).toEqual(['sNEAKER/more']);
	});

	it('reads JPEG and PNG, and gives the reason for a file that is no picture', async () => {
		const read = await Promise.all(folder.pictures.map((p) => readFolderPicture(root, p)));
		const sizes = read.map((r) => ('pixels' in r ? [r.pixels.width, r.pixels.height] : null));
		expect(sizes.slice(0, 3)).toEqual([
			[28, 28],
			[600, 400],
			[28, 28]
		]);
		const problems = read.flatMap((r) => ('problem' in r ? [r.problem] : []));
		expect(problems.map((p) => p.path)).toEqual(['sNEAKER/empty.jpg', 'sNEAKER/notes.png']);
		expect(problems[1].reason).toMatch(/not a readable image \(text\)/);
	});

	it('throws when the folder itself cannot be read', () => {
		expect(() => listImageFolder(join(root, 'nowhere'), LABELS)).toThrow(/ENOENT/);
	});
});

/**
 * A folder of pictures, one subfolder per class named after one of the
 * model's labels (src/lib/evaluation/label-folders.ts), read for
 * `npm run evaluate -- --images`. What cannot be used is reported, never
 * fatal: a subfolder that names no label, a file that is not a readable JPEG
 * or PNG, a file too large to read.
 */
import { readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { classOfFolder } from '../lib/evaluation/label-folders';
import { MAX_FILE_BYTES } from '../lib/image/limits';
import type { Pixels } from '../lib/image/preprocess';
import { decodeImageFile } from './read-image';

export interface FolderPicture {
	/** Relative to the root: `Sneaker/00012.png`. */
	path: string;
	label: number;
}

export interface FolderProblem {
	path: string;
	reason: string;
}

export interface ImageFolder {
	root: string;
	/** Sorted by folder then file name, so a --limit takes the same pictures every time. */
	pictures: FolderPicture[];
	/** Subfolders whose name is no label (their pictures are not counted). */
	unknownFolders: string[];
	/** Entries inside class folders that are not files (a nested folder, a socket). */
	skipped: FolderProblem[];
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const visible = (name: string) => !name.startsWith('.');

/** Lists the pictures under `root` with their classes; throws only when `root` itself cannot be read. */
export function listImageFolder(root: string, labels: readonly string[]): ImageFolder {
	const folder: ImageFolder = { root, pictures: [], unknownFolders: [], skipped: [] };
	const entries = readdirSync(root, { withFileTypes: true }).filter((e) => visible(e.name));
	for (const entry of entries.sort((a, b) => byName(a.name, b.name))) {
		if (!entry.isDirectory()) continue; // files beside the class folders (a manifest, a README)
		const label = classOfFolder(entry.name, labels);
		if (label === null) {
			folder.unknownFolders.push(entry.name);
			continue;
		}
		const names = readdirSync(join(root, entry.name), { withFileTypes: true }).filter((e) => visible(e.name));
		for (const file of names.sort((a, b) => byName(a.name, b.name))) {
			const path = `${entry.name}/${file.name}`;
			if (file.isFile()) folder.pictures.push({ path, label });
			else
				folder.skipped.push({
					path,
					reason: `${path} is not a file (only pictures directly in a class folder are read).`
				});
		}
	}
	return folder;
}

/** One picture's pixels, or the reason it cannot be used. */
export async function readFolderPicture(
	root: string,
	picture: FolderPicture
): Promise<{ pixels: Pixels } | { problem: FolderProblem }> {
	const full = join(root, picture.path);
	try {
		const bytes = statSync(full).size;
		if (bytes > MAX_FILE_BYTES) {
			return {
				problem: { path: picture.path, reason: `${picture.path} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB.` }
			};
		}
		return { pixels: decodeImageFile(await readFile(full), picture.path) };
	} catch (error) {
		return { problem: { path: picture.path, reason: (error as Error).message } };
	}
}

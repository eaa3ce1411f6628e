/**
 * The colour preset's PyTorch reference (python/fixtures/make_preprocess_fixtures.py):
 * two non-square test photos and the model input PyTorch makes from each.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const PHOTO_FIXTURES_DIR = join(process.cwd(), 'tests', 'fixtures', 'generated', 'preprocess');

export interface PhotoFixtures {
	size: number;
	mean: [number, number, number];
	std: [number, number, number];
	photos: string[];
}

/** The index; fails (never skips) with the command that makes the fixtures. */
export function photoFixtures(): PhotoFixtures {
	try {
		return JSON.parse(readFileSync(join(PHOTO_FIXTURES_DIR, 'index.json'), 'utf8')) as PhotoFixtures;
	} catch {
		throw new Error(
			'The preprocessing fixtures are missing: run `bash scripts/fixtures.sh` (needs /usr/bin/python3 with torch) first.'
		);
	}
}

/** PyTorch's input tensor for a photo, 3 × size × size, channel-major. */
export function referenceInput(photo: string): Float32Array {
	const bytes = readFileSync(join(PHOTO_FIXTURES_DIR, `${photo}.f32`));
	return new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

/** The largest absolute difference between two tensors of the same length. */
export function maxDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
	if (a.length !== b.length) throw new Error(`${a.length} values against ${b.length}.`);
	let worst = 0;
	for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i] - b[i]));
	return worst;
}

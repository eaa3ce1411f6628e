/**
 * The PyTorch-made fixtures of python/fixtures/make_pth_fixtures.py, for tests.
 * Missing fixtures fail the test (run scripts/fixtures.sh), never skip it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../../..');
export const FIXTURES = join(ROOT, 'tests/fixtures/generated/pth');

export interface ValidCase {
	file: string;
	variant: string;
	classes: number;
	input: string;
	/** Keys the reader's notes must mention (`state_dict`, `module.`). */
	notes: string[];
	logits: number[] | null;
	/** Per tensor: [sum, sum weighted by (index mod 7) + 1], in float64. */
	checksums: Record<string, [number, number]>;
}

export interface MaliciousCase {
	file: string;
	refused: string;
	/** Relative to the repo root: the file the payload would create if anything ran it. */
	marker: string;
}

export interface ErrorCase {
	file: string;
	kind: string;
	words: string[];
}

export interface FixtureIndex {
	valid: ValidCase[];
	malicious: MaliciousCase[];
	errors: ErrorCase[];
}

export function fixtureIndex(): FixtureIndex {
	const path = join(FIXTURES, 'index.json');
	if (!existsSync(path)) throw new Error(`${path} is missing: run bash scripts/fixtures.sh`);
	return JSON.parse(readFileSync(path, 'utf8')) as FixtureIndex;
}

export const fixturePath = (file: string) => join(FIXTURES, file);

export function fixtureBytes(file: string): Uint8Array {
	return new Uint8Array(readFileSync(fixturePath(file)));
}

/** A little-endian float32 file (the fixed inputs). */
export function fixtureFloats(file: string): Float32Array {
	const bytes = readFileSync(fixturePath(file));
	return new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

/** The fixture script's order-sensitive checksum of a tensor's values. */
export function checksum(values: ArrayLike<number>): [number, number] {
	let sum = 0;
	let weighted = 0;
	for (let i = 0; i < values.length; i++) {
		sum += values[i];
		weighted += values[i] * ((i % 7) + 1);
	}
	return [sum, weighted];
}

/** python/fixtures/make_hostile_fixtures.py: files built to hang, exhaust or mislead a reader. */
export const HOSTILE = join(ROOT, 'tests/fixtures/generated/hostile');

export interface HostileCase {
	file: string;
	bytes: number;
	/** The PthError kind it must end with. */
	kind: string;
	/** Words its one-line message must hold. */
	words: string[];
}

export interface HostileIndex {
	refused: HostileCase[];
	valid: { file: string; variant: string; classes: number }[];
	images: { file: string; words: string[] }[];
	npy: { file: string; words: string[] }[];
}

export function hostileIndex(): HostileIndex {
	const path = join(HOSTILE, 'index.json');
	if (!existsSync(path)) throw new Error(`${path} is missing: run bash scripts/fixtures.sh`);
	return JSON.parse(readFileSync(path, 'utf8')) as HostileIndex;
}

export const hostilePath = (file: string) => join(HOSTILE, file);

/** Where the generated engine fixtures live, and what each one holds (tests/goldens/engine-fixtures.json). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES_DIR = join(process.cwd(), 'tests', 'fixtures', 'generated', 'engine');
const SUMMARY = join(process.cwd(), 'tests', 'goldens', 'engine-fixtures.json');

export interface FixtureCase {
	variant: string;
	classes: number;
	inputSize: number;
	encoding: 'float32' | 'float16' | 'uint8';
	activations: Record<string, number[]>;
}

export function fixtureCases(): Record<string, FixtureCase> {
	return JSON.parse(readFileSync(SUMMARY, 'utf8')) as Record<string, FixtureCase>;
}

export function fixtureDir(name: string): string {
	return join(FIXTURES_DIR, name);
}

/** Fails (never skips) with the command that makes the fixtures. */
export function requireFixtures(): void {
	try {
		readFileSync(join(FIXTURES_DIR, 'seed-10', 'model.json'));
	} catch {
		throw new Error(
			'The engine fixtures are missing: run `bash scripts/fixtures.sh` (needs /usr/bin/python3 with torch) first.'
		);
	}
}

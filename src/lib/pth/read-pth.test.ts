import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bytesSource } from './byte-source';
import { PthError } from './errors';
import { matchVariant } from './match-variant';
import { readPthStateDict } from './read-pth';
import { readFloat32 } from './tensor-data';
import { checksum, fixtureBytes, fixtureIndex, ROOT } from './testing/fixtures';

const index = fixtureIndex();

async function read(file: string) {
	return readPthStateDict(bytesSource(fixtureBytes(file)));
}

const shapesOf = (checkpoint: Awaited<ReturnType<typeof read>>) =>
	new Map([...checkpoint.tensors].map(([key, tensor]) => [key, tensor.shape]));

async function failure(promise: Promise<unknown>): Promise<PthError> {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(PthError);
	return error as PthError;
}

describe('readPthStateDict on files torch.save wrote', () => {
	it.each(index.valid.map((c) => [c.file, c] as const))(
		'%s: variant, class count, notes and every value',
		async (_, c) => {
			const checkpoint = await read(c.file);
			const match = matchVariant(shapesOf(checkpoint));
			expect(match.variant).toBe(c.variant);
			expect(match.classes).toBe(c.classes);
			for (const word of c.notes) expect(checkpoint.notes.join(' ')).toContain(word);
			if (c.notes.length === 0) expect(checkpoint.notes).toEqual([]);
			expect([...checkpoint.tensors.keys()].sort()).toEqual(Object.keys(c.checksums).sort());
			for (const [key, tensor] of checkpoint.tensors) {
				const values = await readFloat32(tensor, await checkpoint.openStorage(tensor));
				const [sum, weighted] = checksum(values);
				const [expectedSum, expectedWeighted] = c.checksums[key];
				const scale = Math.max(1, Math.abs(expectedWeighted));
				expect(Math.abs(sum - expectedSum), key).toBeLessThan(1e-9 * scale);
				expect(Math.abs(weighted - expectedWeighted), key).toBeLessThan(1e-9 * scale);
			}
		}
	);
});

describe('malicious pickles', () => {
	it.each(index.malicious.map((c) => [c.file, c] as const))(
		'%s is refused, naming the global, and nothing runs',
		async (_, c) => {
			const marker = join(ROOT, c.marker);
			expect(existsSync(marker)).toBe(false);
			const error = await failure(read(c.file));
			expect(error.kind).toBe('refused-global');
			expect(error.message).toContain(`"${c.refused}"`);
			expect(error.message).toContain('Nothing was run');
			// Popen would have returned before `touch` finished: give a payload time to show itself.
			await new Promise((r) => setTimeout(r, 200));
			expect(existsSync(marker)).toBe(false);
		}
	);
});

describe('files that are refused with a clear message', () => {
	it.each(index.errors.map((c) => [c.file, c] as const))('%s', async (_, c) => {
		const error = await failure(read(c.file).then((checkpoint) => matchVariant(shapesOf(checkpoint))));
		expect(error.kind).toBe(c.kind);
		for (const word of c.words) expect(error.message).toContain(word);
	});
});

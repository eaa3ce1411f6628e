/**
 * Files built to hang, exhaust or mislead the reader
 * (python/fixtures/make_hostile_fixtures.py), loaded as the page's worker
 * loads them: each ends quickly with a PthError of its kind, whose message
 * names what is wrong in one escaped line. Peak memory is checked on the CLI,
 * in a child process (src/cli/hostile.test.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bytesSource, type ByteSource } from './byte-source';
import { PthError } from './errors';
import { loadPthModel } from './load-model';
import { hostileIndex, hostilePath } from './testing/fixtures';

const index = hostileIndex();
/** Generous: each case takes milliseconds to a second; a regression hangs for minutes. */
const WATCHDOG_MS = 10_000;

async function refusal(file: string): Promise<PthError> {
	const bytes = new Uint8Array(readFileSync(hostilePath(file)));
	try {
		await loadPthModel(bytesSource(bytes), { name: file });
	} catch (error) {
		if (error instanceof PthError) return error;
		throw error;
	}
	throw new Error(`${file} was loaded`);
}

describe('hostile .pth files end with one clear refusal', () => {
	it.each(index.refused.map((c) => [c.file, c] as const))(
		'%s',
		async (_, c) => {
			const error = await refusal(c.file);
			expect([error.kind, error.message]).toEqual([c.kind, expect.any(String)]);
			for (const word of c.words) expect(error.message).toContain(word);
			// eslint-disable-next-line no-control-regex
			expect(error.message).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
			// Only the variant mismatch lists its differences on lines of their own.
			if (c.kind !== 'mismatch') expect(error.message).not.toContain('\n');
			expect(error.message.length).toBeLessThan(1500);
		},
		WATCHDOG_MS
	);

	it('every kind of hostile file is there', () => {
		expect(index.refused.length).toBeGreaterThanOrEqual(27);
		for (const c of index.refused) expect(c.bytes, c.file).toBeLessThan(4 * 1024 * 1024);
	});
});

describe('honest files that look like bombs', () => {
	it(
		'16 tensors sharing one deflated storage: loaded, the storage read and inflated once',
		async () => {
			const shared = index.valid.find((c) => c.file === 'shared-storage-deflate.pth');
			if (!shared) throw new Error('shared-storage-deflate.pth is not in the index');
			const bytes = new Uint8Array(readFileSync(hostilePath(shared.file)));
			let read = 0;
			const inner = bytesSource(bytes);
			const counted: ByteSource = {
				size: inner.size,
				read: (offset, length) => {
					read += length;
					return inner.read(offset, length);
				}
			};
			const model = await loadPthModel(counted, { name: shared.file });
			expect([model.variant, model.classes]).toEqual([shared.variant, shared.classes]);
			// The zip's tail (here the whole file) once, then the storage's 58 KB once: not once per tensor.
			expect(read).toBeLessThan(3 * bytes.length);
		},
		WATCHDOG_MS
	);

	// Each is loaded in time here; src/cli/hostile.test.ts checks how little memory converting it takes.
	it.each(index.valid.map((c) => [c.file, c] as const))(
		'%s is loaded',
		async (_, c) => {
			const model = await loadPthModel(bytesSource(new Uint8Array(readFileSync(hostilePath(c.file)))), {
				name: c.file
			});
			expect([model.variant, model.classes]).toEqual([c.variant, c.classes]);
		},
		WATCHDOG_MS
	);
});

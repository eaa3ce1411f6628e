import { openAsBlob } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blobSource, bytesSource } from './byte-source';
import { PthError } from './errors';
import { readPthStateDict } from './read-pth';
import { fixtureBytes, fixturePath } from './testing/fixtures';
import { DEFLATE, openEntry, openZip, readEntry, STORED, type ZipEntry } from './zip';

/** These tests read whole entries of real files: no budget of interest. */
const TEST_BUDGET = { bytes: Number.MAX_SAFE_INTEGER, why: '' };

describe('openZip', () => {
	it('lists what torch.save wrote: stored entries under one folder', async () => {
		const archive = await openZip(bytesSource(fixtureBytes('seed-10.pth')));
		const names = [...archive.entries.keys()];
		expect(names).toContain('seed-10/data.pkl');
		expect(names.filter((n) => n.startsWith('seed-10/data/'))).toHaveLength(16);
		expect([...archive.entries.values()].every((e) => e.method === STORED)).toBe(true);
	});

	it('inflates deflated entries to the same bytes', async () => {
		const stored = await openZip(bytesSource(fixtureBytes('seed-10.pth')));
		const deflated = await openZip(bytesSource(fixtureBytes('seed-10-deflate.pth')));
		const entry = deflated.entries.get('seed-10/data/0');
		expect(entry?.method).toBe(DEFLATE);
		const a = await readEntry(stored, stored.entries.get('seed-10/data/0') as NonNullable<typeof entry>, TEST_BUDGET);
		const b = await readEntry(deflated, entry as NonNullable<typeof entry>, TEST_BUDGET);
		expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
	});

	it('inflates a deflated entry only as far as its reader reaches', async () => {
		const archive = await openZip(bytesSource(fixtureBytes('seed-10-deflate.pth')));
		const entry = archive.entries.get('seed-10/data/2') as ZipEntry; // conv2's weights: 1.2 MB
		const whole = await readEntry(archive, entry, TEST_BUDGET);
		const prefix = await openEntry(archive, entry, { ...TEST_BUDGET, reach: 1000 });
		expect(prefix.size).toBe(1000);
		expect(Buffer.from(await prefix.read(0, 1000)).equals(Buffer.from(whole.subarray(0, 1000)))).toBe(true);
		// A reach past the entry's end is the entry's size: the tensor-too-short check then names the storage.
		expect((await openEntry(archive, entry, { ...TEST_BUDGET, reach: entry.size + 5 })).size).toBe(entry.size);
	});

	it('a file that stops being readable while an entry is inflated says so, not that the entry is damaged', async () => {
		const inner = bytesSource(fixtureBytes('seed-10-deflate.pth'));
		let failing = false;
		const archive = await openZip({
			size: inner.size,
			// The entry's 30-byte local header is still read; its compressed bytes are not.
			read: (offset, length) =>
				failing && length > 30 ? Promise.reject(new Error('The file could not be read.')) : inner.read(offset, length)
		});
		failing = true;
		const entry = archive.entries.get('seed-10/data/2') as ZipEntry;
		await expect(readEntry(archive, entry, TEST_BUDGET)).rejects.toThrow('The file could not be read.');
	});

	it('reads zip64 directories and sizes', async () => {
		const archive = await openZip(bytesSource(fixtureBytes('seed-10-zip64.pth')));
		const plain = await openZip(bytesSource(fixtureBytes('seed-10.pth')));
		expect([...archive.entries.keys()]).toEqual([...plain.entries.keys()]);
		for (const [name, entry] of archive.entries) expect(entry.size, name).toBe(plain.entries.get(name)?.size);
	});

	it('reads a Blob range by range exactly as it reads bytes in memory', async () => {
		const fromBlob = await openZip(blobSource(await openAsBlob(fixturePath('seed-10.pth'))));
		const entry = fromBlob.entries.get('seed-10/data.pkl') as NonNullable<ReturnType<typeof fromBlob.entries.get>>;
		const inMemory = await openZip(bytesSource(fixtureBytes('seed-10.pth')));
		const a = await readEntry(fromBlob, entry, TEST_BUDGET);
		const b = await readEntry(inMemory, entry, TEST_BUDGET);
		expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
	});
});

describe('cut-short files', () => {
	it('every prefix of a small checkpoint is refused as damaged, before its contents are judged', async () => {
		// Whole, this file is read and refused for holding a list; no prefix may get that far.
		const whole = fixtureBytes('list.pth');
		await expect(readPthStateDict(bytesSource(whole))).rejects.toMatchObject({ kind: 'not-state-dict' });
		for (let length = 0; length < whole.length; length++) {
			const error = await readPthStateDict(bytesSource(whole.subarray(0, length))).then(
				() => null,
				(e: unknown) => e
			);
			expect(error, `length ${length}`).toBeInstanceOf(PthError);
			expect(['truncated', 'not-pytorch', 'corrupt']).toContain((error as PthError).kind);
		}
	});

	it('a large checkpoint cut anywhere says it ends too early', async () => {
		const whole = fixtureBytes('seed-10.pth');
		for (const fraction of [0.001, 0.1, 0.37, 0.5, 0.9, 0.99999]) {
			const length = Math.floor(whole.length * fraction);
			const error = await readPthStateDict(bytesSource(whole.subarray(0, length))).then(
				() => null,
				(e: unknown) => e
			);
			expect(error, `length ${length}`).toBeInstanceOf(PthError);
			expect((error as PthError).kind).toBe('truncated');
		}
	});
});

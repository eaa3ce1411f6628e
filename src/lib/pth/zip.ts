/**
 * The zip container of `torch.save` (PyTorch ≥ 1.6): the central directory at
 * the end says where every entry is. PyTorch stores entries uncompressed and
 * 64-byte aligned, so a tensor can be read as a plain range; DEFLATE (a file
 * re-zipped by hand) is inflated by the platform's DecompressionStream. Zip64
 * records are read when present.
 */
import { bytesSource, sliceSource, type ByteSource } from './byte-source';
import { PthError, quoted, truncatedFile } from './errors';
import { tooLarge } from './limits';

export const STORED = 0;
export const DEFLATE = 8;

export interface ZipEntry {
	name: string;
	method: number;
	flags: number;
	compressedSize: number;
	size: number;
	localHeaderOffset: number;
}

export interface ZipArchive {
	source: ByteSource;
	entries: Map<string, ZipEntry>;
}

const EOCD_SIGNATURE = 0x06054b50;
const EOCD64_LOCATOR_SIGNATURE = 0x07064b50;
const EOCD64_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const EOCD64_LOCATOR_SIZE = 20;
const EOCD64_SIZE = 56;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
const MAX_COMMENT = 0xffff;
const ZIP64_EXTRA_ID = 0x0001;
/** A 32-bit field holding this means "see the zip64 record". */
const U32_MAX = 0xffffffff;
const U16_MAX = 0xffff;
const FLAG_ENCRYPTED = 0x1;

/**
 * Compressed bytes handed to the inflater at a time: deflate packs at most
 * 1,032 bytes into one, so one step makes at most 17 MB, in small chunks,
 * before the inflater waits for them to be taken.
 */
const INFLATE_CHUNK = 16 * 1024;
/** Compressed bytes read from the file at a time: a deflated entry is never held whole beside what it inflates to. */
const PACKED_READ = 1024 * 1024;

const corrupt = (what: string) => new PthError('corrupt', `The zip structure of this file is damaged: ${what}.`);

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

function u64(data: DataView, offset: number): number {
	const value = data.getBigUint64(offset, true);
	if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw corrupt('a zip64 size or offset is impossibly large');
	return Number(value);
}

async function readRange(source: ByteSource, offset: number, length: number, what: string): Promise<Uint8Array> {
	if (offset < 0 || length < 0) throw corrupt(`${what} has a negative offset`);
	if (offset + length > source.size) throw truncatedFile(what);
	return source.read(offset, length);
}

interface DirectoryLocation {
	count: number;
	size: number;
	offset: number;
}

/** The end-of-central-directory record is the last 22 bytes, unless a comment follows it. */
async function findDirectory(source: ByteSource): Promise<DirectoryLocation> {
	const tailLength = Math.min(source.size, EOCD_SIZE + MAX_COMMENT);
	const tailStart = source.size - tailLength;
	const tail = await source.read(tailStart, tailLength);
	const data = view(tail);
	for (let i = tailLength - EOCD_SIZE; i >= 0; i--) {
		if (data.getUint32(i, true) !== EOCD_SIGNATURE) continue;
		if (i + EOCD_SIZE + data.getUint16(i + 20, true) !== tailLength) continue;
		const location = {
			count: data.getUint16(i + 10, true),
			size: data.getUint32(i + 12, true),
			offset: data.getUint32(i + 16, true)
		};
		const eocdOffset = tailStart + i;
		const zip64 = location.count === U16_MAX || location.size === U32_MAX || location.offset === U32_MAX;
		return zip64 ? findZip64Directory(source, eocdOffset) : location;
	}
	throw truncatedFile('the zip directory at the end of the file');
}

async function findZip64Directory(source: ByteSource, eocdOffset: number): Promise<DirectoryLocation> {
	const locatorOffset = eocdOffset - EOCD64_LOCATOR_SIZE;
	const locator = view(await readRange(source, locatorOffset, EOCD64_LOCATOR_SIZE, 'the zip64 locator'));
	if (locator.getUint32(0, true) !== EOCD64_LOCATOR_SIGNATURE) throw corrupt('the zip64 locator is missing');
	const recordOffset = u64(locator, 8);
	const record = view(await readRange(source, recordOffset, EOCD64_SIZE, 'the zip64 directory record'));
	if (record.getUint32(0, true) !== EOCD64_SIGNATURE) throw corrupt('the zip64 directory record is missing');
	return { count: u64(record, 32), size: u64(record, 40), offset: u64(record, 48) };
}

/** Replaces 0xFFFFFFFF sizes and offsets with the 64-bit values of the zip64 extra field. */
function applyZip64Extra(entry: ZipEntry, extra: DataView): void {
	let p = 0;
	while (p + 4 <= extra.byteLength) {
		const id = extra.getUint16(p, true);
		const length = extra.getUint16(p + 2, true);
		const end = p + 4 + length;
		if (end > extra.byteLength) break;
		if (id === ZIP64_EXTRA_ID) {
			let q = p + 4;
			const next = (): number => {
				if (q + 8 > end) throw corrupt(`the zip64 field of ${quoted(entry.name)} is too short`);
				const value = u64(extra, q);
				q += 8;
				return value;
			};
			if (entry.size === U32_MAX) entry.size = next();
			if (entry.compressedSize === U32_MAX) entry.compressedSize = next();
			if (entry.localHeaderOffset === U32_MAX) entry.localHeaderOffset = next();
			return;
		}
		p = end;
	}
}

function parseDirectory(bytes: Uint8Array, count: number): Map<string, ZipEntry> {
	const data = view(bytes);
	const decoder = new TextDecoder();
	const entries = new Map<string, ZipEntry>();
	let p = 0;
	for (let i = 0; i < count; i++) {
		if (p + CENTRAL_SIZE > bytes.length || data.getUint32(p, true) !== CENTRAL_SIGNATURE) {
			throw corrupt(`entry ${i + 1} of ${count} in the zip directory is not where the directory says`);
		}
		const nameLength = data.getUint16(p + 28, true);
		const extraLength = data.getUint16(p + 30, true);
		const commentLength = data.getUint16(p + 32, true);
		const nameStart = p + CENTRAL_SIZE;
		const extraStart = nameStart + nameLength;
		const next = extraStart + extraLength + commentLength;
		if (next > bytes.length) throw corrupt(`entry ${i + 1} of the zip directory runs past its end`);
		const entry: ZipEntry = {
			name: decoder.decode(bytes.subarray(nameStart, extraStart)),
			flags: data.getUint16(p + 8, true),
			method: data.getUint16(p + 10, true),
			compressedSize: data.getUint32(p + 20, true),
			size: data.getUint32(p + 24, true),
			localHeaderOffset: data.getUint32(p + 42, true)
		};
		applyZip64Extra(entry, new DataView(bytes.buffer, bytes.byteOffset + extraStart, extraLength));
		entries.set(entry.name, entry);
		p = next;
	}
	return entries;
}

export async function openZip(source: ByteSource): Promise<ZipArchive> {
	const location = await findDirectory(source);
	const directory = await readRange(source, location.offset, location.size, 'part of the zip directory');
	return { source, entries: parseDirectory(directory, location.count) };
}

/** Where an entry's bytes start: after its local header, whose name and extra lengths may differ from the directory's. */
async function dataOffset(archive: ZipArchive, entry: ZipEntry): Promise<number> {
	const header = view(
		await readRange(archive.source, entry.localHeaderOffset, LOCAL_SIZE, `the header of ${quoted(entry.name)}`)
	);
	if (header.getUint32(0, true) !== LOCAL_SIGNATURE)
		throw corrupt(`${quoted(entry.name)} is not where the directory says`);
	return entry.localHeaderOffset + LOCAL_SIZE + header.getUint16(26, true) + header.getUint16(28, true);
}

/** The most an entry may hold, and why: what its reader needs of it. */
export interface EntryBudget {
	bytes: number;
	/** "its tensors need", "a pickle may be": ends the refusal's sentence. */
	why: string;
	/**
	 * The bytes its reader will look at, from the start (`bytes` when absent):
	 * a deflated entry is inflated this far and no further.
	 */
	reach?: number;
}

/**
 * An entry as a byte source of its own. A stored entry is a window onto the
 * file, so a tensor can be read in chunks; a deflated one is inflated first,
 * never past its declared size nor past the budget's reach. Either is refused
 * when it declares more than the budget, before a byte of it is read.
 */
export async function openEntry(archive: ZipArchive, entry: ZipEntry, budget: EntryBudget): Promise<ByteSource> {
	if (entry.flags & FLAG_ENCRYPTED) throw new PthError('unsupported', `${quoted(entry.name)} is encrypted.`);
	if (entry.size > budget.bytes) {
		throw tooLarge(
			`its entry ${quoted(entry.name)} declares ${entry.size.toLocaleString('en')} bytes, where ${budget.why} ${budget.bytes.toLocaleString('en')}`
		);
	}
	const start = await dataOffset(archive, entry);
	if (start + entry.compressedSize > archive.source.size) throw truncatedFile(`the data of ${quoted(entry.name)}`);
	if (entry.method === STORED) {
		if (entry.size !== entry.compressedSize) throw corrupt(`${quoted(entry.name)} is stored but its two sizes differ`);
		return sliceSource(archive.source, start, entry.size);
	}
	const wanted = Math.min(entry.size, budget.reach ?? entry.size);
	return bytesSource(await inflateEntry(archive, entry, start, wanted));
}

/** An entry's whole uncompressed contents. */
export async function readEntry(archive: ZipArchive, entry: ZipEntry, budget: EntryBudget): Promise<Uint8Array> {
	const source = await openEntry(archive, entry, budget);
	return source.read(0, source.size);
}

/**
 * Inflates the first `wanted` of an entry's `declared` bytes with the
 * platform's own inflater (DecompressionStream, in browsers and Node alike),
 * handing it the compressed bytes a step at a time and taking what it makes
 * as it comes: it inflates only as far as it is read. When all the bytes are
 * wanted, a stream that gives more is a zip bomb's lie; when fewer are,
 * inflating stops there, whatever follows.
 */
async function inflateBounded(packed: ByteSource, declared: number, wanted: number, name: string): Promise<Uint8Array> {
	const out = new Uint8Array(wanted);
	if (wanted === 0) return out;
	const mismatch = () =>
		corrupt(`${quoted(name)} does not inflate to the ${declared.toLocaleString('en')} bytes it declares`);
	const inflater = new DecompressionStream('deflate-raw');
	const writer = inflater.writable.getWriter();
	const reader = inflater.readable.getReader();
	let readError: unknown = null;
	const feeding = (async () => {
		for (let read = 0; read < packed.size; read += PACKED_READ) {
			const piece = await packed.read(read, Math.min(PACKED_READ, packed.size - read)).catch((error: unknown) => {
				readError = error;
				throw error;
			});
			for (let offset = 0; offset < piece.length; offset += INFLATE_CHUNK) {
				// Waits while what it made is not yet taken: the inflater runs only as far as it is read.
				await writer.ready;
				// A file's bytes, never a SharedArrayBuffer's.
				const step = piece.subarray(offset, offset + INFLATE_CHUNK) as Uint8Array<ArrayBuffer>;
				void writer.write(step).catch(() => {});
			}
		}
		await writer.close();
	})().catch((error: unknown) => writer.abort(error).catch(() => {}));
	let at = 0;
	try {
		for (;;) {
			const { value, done } = await reader.read();
			if (done) break;
			const room = wanted - at;
			if (value.length > room && wanted === declared) throw mismatch();
			out.set(value.length > room ? value.subarray(0, room) : value, at);
			at += Math.min(room, value.length);
			if (at === wanted && wanted < declared) break;
		}
	} catch (error) {
		// A file that cannot be read says so; anything else is the stream's own fault.
		throw readError ?? (error instanceof PthError ? error : mismatch());
	} finally {
		// Stops the inflater (and the feeding) wherever they are.
		await reader.cancel().catch(() => {});
		await feeding;
	}
	if (at !== wanted) throw readError ?? mismatch();
	return out;
}

async function inflateEntry(archive: ZipArchive, entry: ZipEntry, start: number, wanted: number): Promise<Uint8Array> {
	if (entry.method === DEFLATE) {
		return inflateBounded(sliceSource(archive.source, start, entry.compressedSize), entry.size, wanted, entry.name);
	}
	throw new PthError(
		'unsupported',
		`${quoted(entry.name)} uses zip compression method ${entry.method}; only stored (what torch.save writes) and deflate are read.`
	);
}

/**
 * torch.save's legacy format (PyTorch before 1.6, or
 * `_use_new_zipfile_serialization=False`), which torchvision's own ImageNet
 * AlexNet still uses: pickles one after another (a magic number, the format
 * version, facts about the machine that wrote it, the saved object, the list of
 * storage keys), then the storages' bytes. Every pickle goes through the same
 * interpreter as the zip format's data.pkl, so nothing in the file runs; the
 * header pickles may not name any global at all.
 *
 * Where the pickles end is known only by reading them, so the reader takes the
 * head of the file and, if a pickle runs past it, a head twice as long. They
 * are a few kilobytes for a state dict; the storages are then read range by
 * range, like zip entries.
 */
import type { ByteSource } from './byte-source';
import { PthError, truncatedFile } from './errors';
import { LegacyStorages } from './legacy-storages';
import { MAX_PICKLE_BYTES, tooLarge } from './limits';
import { unpickleAt, type UnpickleOptions } from './pickle';
import { PickleEndedEarly } from './pickle-cursor';
import { describeValue } from './pickle-values';
import type { PthCheckpoint } from './read-pth';
import { findStateDict } from './state-dict';
import { refuseGlobal, torchGlobals } from './torch-globals';

const MAGIC_NUMBER = 0x1950a86a20f9469cfc6cn;
const PROTOCOL_VERSION = 1001;
const FIRST_READ = 64 << 10;
/** The pickled magic number is 15 to 26 bytes, whatever the protocol: a first pickle longer than this is something else. */
const MAGIC_PICKLE_MAX = 64;
const HEADER = 'part of its header';

/** For the header pickles and the key list: plain values only. */
const PLAIN_VALUES: UnpickleOptions = {
	globals: new Map(),
	persistentLoad: () => {
		throw new PthError('corrupt', 'A header of this file refers to a storage, which headers never do.');
	},
	refuse: refuseGlobal
};

/** The pickles at the start of the file, read one after another from a head that grows as needed. */
class PickleSequence {
	private head: Uint8Array = new Uint8Array(0);
	constructor(
		private readonly source: ByteSource,
		/** Where the next pickle starts. */
		public at: number
	) {}

	/**
	 * A retry reads the same opcodes again from the same place, so it makes the
	 * same persistent-load calls; the storage loader memoises them by key.
	 */
	async next(what: string, options: UnpickleOptions): Promise<unknown> {
		for (;;) {
			try {
				const { value, end } = unpickleAt(this.head, this.at, options);
				this.at = end;
				return value;
			} catch (error) {
				if (!(error instanceof PickleEndedEarly)) throw error;
				if (this.head.length >= this.source.size) throw truncatedFile(what);
				if (this.head.length >= MAX_PICKLE_BYTES)
					throw tooLarge(`its pickles go on past the first ${MAX_PICKLE_BYTES / 1024 / 1024} MB`);
				const length = Math.min(this.source.size, MAX_PICKLE_BYTES, Math.max(FIRST_READ, 2 * this.head.length));
				this.head = await this.source.read(0, length);
			}
		}
	}
}

/** Where the pickled magic number ends, or null when the file's first pickle is anything else. */
async function magicNumberEnd(source: ByteSource): Promise<number | null> {
	const head = await source.read(0, Math.min(source.size, MAGIC_PICKLE_MAX));
	try {
		const { value, end } = unpickleAt(head, 0, PLAIN_VALUES);
		return value === MAGIC_NUMBER ? end : null;
	} catch (error) {
		if (error instanceof PickleEndedEarly && head.length === source.size) throw truncatedFile(HEADER);
		return null;
	}
}

/** Reads a file whose first byte is a pickle's PROTO: torch's legacy format, or refused as a bare pickle. */
export async function readLegacyCheckpoint(source: ByteSource): Promise<PthCheckpoint> {
	const start = await magicNumberEnd(source);
	if (start === null)
		throw new PthError('not-pytorch', 'This is a bare Python pickle, not a file written by torch.save.');
	const pickles = new PickleSequence(source, start);
	const version = await pickles.next(HEADER, PLAIN_VALUES);
	if (typeof version !== 'number') {
		throw new PthError(
			'corrupt',
			`The header of this file is damaged: its format version is ${describeValue(version)}, not a number.`
		);
	}
	if (version !== PROTOCOL_VERSION) {
		throw new PthError(
			'unsupported',
			`This file uses version ${version} of torch's legacy format; only ${PROTOCOL_VERSION} is read.`
		);
	}
	// The writer's byte order and C type sizes: storages are little-endian whatever it says, as torch reads them.
	await pickles.next(HEADER, PLAIN_VALUES);
	const storages = new LegacyStorages(source);
	const root = await pickles.next('part of the pickled weights', {
		globals: torchGlobals(),
		persistentLoad: storages.load,
		refuse: refuseGlobal
	});
	const keys = await pickles.next('part of the list of storages', PLAIN_VALUES);
	await storages.locate(pickles.at, keys);
	return { ...findStateDict(root), openStorage: async (tensor) => storages.open(tensor.storage) };
}

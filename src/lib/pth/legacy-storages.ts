/**
 * The storages of a legacy-format file: the references its pickle makes, and
 * where their bytes lie. After the pickles come the storages in the order of
 * the saved key list, each an 8-byte little-endian element count and then its
 * elements. PyTorch before 0.4 could also save a storage that is a window onto
 * another (view_metadata `(view_key, offset, size)`, in elements): such a
 * storage has no bytes of its own and is read from its root.
 */
import { sliceSource, type ByteSource } from './byte-source';
import { PthError, quoted, truncatedFile } from './errors';
import { describeValue, PyTuple } from './pickle-values';
import { DTYPE_BYTES, type StorageRef } from './tensors';
import { parseStorageId, rootStorage } from './torch-globals';

const COUNT_BYTES = 8;

const corrupt = (message: string) => new PthError('corrupt', `The storages of this file are malformed: ${message}.`);

interface View {
	root: StorageRef;
	/** Elements into the root. */
	offset: number;
}

export class LegacyStorages {
	private readonly roots = new Map<string, StorageRef>();
	private readonly views = new Map<StorageRef, View>();
	private readonly viewsByKey = new Map<string, StorageRef>();
	/** Byte ranges of the roots in the file, once `locate` has found them. */
	private readonly ranges = new Map<StorageRef, { start: number; size: number }>();

	constructor(private readonly source: ByteSource) {}

	/** BINPERSID for the object's pickle. The same id always gives the same reference. */
	readonly load = (pid: unknown): StorageRef => {
		const id = parseStorageId(pid);
		const root = rootStorage(this.roots, id);
		if (id.view === null) return root;
		if (root.dtype !== id.dtype)
			throw corrupt(`storage ${quoted(root.key)} is read both as ${root.dtype} and as ${id.dtype}`);
		return this.viewOf(root, id.view);
	};

	private viewOf(root: StorageRef, metadata: unknown): StorageRef {
		const [key, offset, size] = metadata instanceof PyTuple ? metadata.items : [];
		if (typeof key !== 'string' || !Number.isSafeInteger(offset) || !Number.isSafeInteger(size)) {
			throw corrupt(`a storage view is described by ${describeValue(metadata)}, not (key, offset, size)`);
		}
		const known = this.viewsByKey.get(key);
		if (known) return known;
		const [first, count] = [offset as number, size as number];
		if (first < 0 || count < 0 || first + count > root.numel) {
			throw corrupt(`view ${quoted(key)} reaches past the end of storage ${quoted(root.key)} (${root.numel} elements)`);
		}
		const view: StorageRef = { key, dtype: root.dtype, numel: count };
		this.viewsByKey.set(key, view);
		this.views.set(view, { root, offset: first });
		return view;
	}

	/**
	 * Finds every root's bytes, from `start` (just after the key list) on: one
	 * small read per storage. Checks each count against the pickle's, so a bad
	 * file is refused before any tensor is read.
	 */
	async locate(start: number, keys: unknown): Promise<void> {
		if (!Array.isArray(keys) || !keys.every((key) => typeof key === 'string')) {
			throw corrupt(`the list of storages is ${describeValue(keys)}, not a list of keys`);
		}
		for (const key of this.viewsByKey.keys()) {
			if (this.roots.has(key)) throw corrupt(`${quoted(key)} names both a storage and a view`);
		}
		const { source } = this;
		let at = start;
		for (const key of keys) {
			const storage = this.roots.get(key);
			if (!storage) throw corrupt(`storage ${quoted(key)} is listed, but no tensor uses it`);
			if (this.ranges.has(storage)) throw corrupt(`storage ${quoted(key)} is listed twice`);
			const what = `part of the values of storage ${quoted(key)}`;
			if (at + COUNT_BYTES > source.size) throw truncatedFile(what);
			const count = new DataView((await source.read(at, COUNT_BYTES)).slice().buffer).getBigUint64(0, true);
			if (count !== BigInt(storage.numel)) {
				throw corrupt(`storage ${quoted(key)} holds ${count} elements where the pickle says ${storage.numel}`);
			}
			const size = storage.numel * DTYPE_BYTES[storage.dtype];
			at += COUNT_BYTES;
			if (at + size > source.size) throw truncatedFile(what);
			this.ranges.set(storage, { start: at, size });
			at += size;
		}
		const missing = [...this.roots.values()].find((storage) => !this.ranges.has(storage));
		if (missing) throw corrupt(`storage ${quoted(missing.key)} is used by a tensor but its values are not in the file`);
	}

	/** A storage's bytes, as a window onto the file (after `locate`). */
	open(storage: StorageRef): ByteSource {
		const { source } = this;
		const view = this.views.get(storage);
		const range = this.ranges.get(view?.root ?? storage);
		if (!range) throw new Error(`internal: storage ${quoted(storage.key)} was not located`);
		if (!view) return sliceSource(source, range.start, range.size);
		const itemBytes = DTYPE_BYTES[storage.dtype];
		return sliceSource(source, range.start + view.offset * itemBytes, storage.numel * itemBytes);
	}
}

/**
 * torch.save's zip format (PyTorch ≥ 1.6): `<archive>/data.pkl` holds the
 * pickled object, and each storage is the entry `<archive>/data/<key>`.
 */
import type { ByteSource } from './byte-source';
import { PthError, quoted } from './errors';
import { MAX_PICKLE_BYTES } from './limits';
import { unpickle } from './pickle';
import type { PthCheckpoint } from './read-pth';
import { findStateDict } from './state-dict';
import { DTYPE_BYTES, storageReach, type TensorRef } from './tensors';
import { refuseGlobal, storageLoader, torchGlobals } from './torch-globals';
import { openEntry, openZip, readEntry, type EntryBudget, type ZipArchive, type ZipEntry } from './zip';

const PICKLE_BUDGET: EntryBudget = { bytes: MAX_PICKLE_BYTES, why: 'a state dict’s pickle needs at most' };
/** "little" or "big", and a newline. */
const BYTEORDER_BUDGET: EntryBudget = { bytes: 16, why: 'it needs at most' };

/** torch names the zip's top folder after the file (`model/data.pkl`) or `archive/`; find it from data.pkl. */
function findPickle(archive: ZipArchive): { prefix: string; pickle: ZipEntry } {
	const entries = [...archive.entries.values()].filter((e) => e.name === 'data.pkl' || e.name.endsWith('/data.pkl'));
	const pickle = entries.sort((a, b) => a.name.length - b.name.length)[0];
	if (pickle === undefined) {
		throw new PthError('not-pytorch', 'This zip file has no data.pkl, so it was not written by torch.save.');
	}
	return { prefix: pickle.name.slice(0, -'data.pkl'.length), pickle };
}

async function checkByteOrder(archive: ZipArchive, prefix: string): Promise<void> {
	const entry = archive.entries.get(`${prefix}byteorder`);
	if (!entry) return;
	const order = new TextDecoder().decode(await readEntry(archive, entry, BYTEORDER_BUDGET)).trim();
	if (order === 'big')
		throw new PthError('unsupported', 'This file stores its numbers big-endian; only little-endian files are read.');
	if (order !== 'little')
		throw new PthError('corrupt', `This file's byte order is ${quoted(order)}, not little or big.`);
}

export async function readZipCheckpoint(source: ByteSource): Promise<PthCheckpoint> {
	const archive = await openZip(source);
	const { prefix, pickle } = findPickle(archive);
	await checkByteOrder(archive, prefix);
	const root = unpickle(await readEntry(archive, pickle, PICKLE_BUDGET), {
		globals: torchGlobals(),
		persistentLoad: storageLoader(),
		refuse: refuseGlobal
	});
	const stateDict = findStateDict(root);
	const storageEntry = (tensor: TensorRef): ZipEntry => {
		const name = `${prefix}data/${tensor.storage.key}`;
		const entry = archive.entries.get(name);
		if (!entry) throw new PthError('corrupt', `The file has no ${quoted(name)}, which holds a tensor's values.`);
		return entry;
	};
	// Each entry is inflated only as far as its tensors reach (checked against the budget in findStateDict).
	const reach = storageReach(stateDict.tensors.values());
	// Tensors that share a storage share one opened (for a deflated entry: inflated) copy of it, kept only
	// until the last of them has it: then the reader holds one tensor's storage at a time, not all of them.
	const opened = new Map<ZipEntry, Promise<ByteSource>>();
	const waiting = new Map<ZipEntry, number>();
	// Every entry the weights need is there before any is read: a missing one is named at once.
	for (const tensor of stateDict.tensors.values()) {
		const entry = storageEntry(tensor);
		waiting.set(entry, (waiting.get(entry) ?? 0) + 1);
	}
	const openStorage = async (tensor: TensorRef) => {
		const entry = storageEntry(tensor);
		let storage = opened.get(entry);
		if (!storage) {
			const { numel, dtype } = tensor.storage;
			storage = openEntry(archive, entry, {
				bytes: numel * DTYPE_BYTES[dtype],
				why: 'the pickle says the storage holds',
				reach: reach.get(tensor.storage)
			});
			opened.set(entry, storage);
		}
		const left = (waiting.get(entry) ?? 0) - 1;
		waiting.set(entry, left);
		if (left <= 0) opened.delete(entry);
		return storage;
	};
	return { ...stateDict, openStorage };
}

/**
 * torch.save's zip format (PyTorch ≥ 1.6): `<archive>/data.pkl` holds the
 * pickled object, and each storage is the entry `<archive>/data/<key>`.
 */
import type { ByteSource } from './byte-source';
import { PthError } from './errors';
import { unpickle } from './pickle';
import type { PthCheckpoint } from './read-pth';
import { findStateDict } from './state-dict';
import type { TensorRef } from './tensors';
import { refuseGlobal, storageLoader, torchGlobals } from './torch-globals';
import { openEntry, openZip, readEntry, type ZipArchive, type ZipEntry } from './zip';

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
	const order = new TextDecoder().decode(await readEntry(archive, entry)).trim();
	if (order !== 'little') {
		throw new PthError(
			'unsupported',
			`This file stores its numbers ${order}-endian; only little-endian files are read.`
		);
	}
}

export async function readZipCheckpoint(source: ByteSource): Promise<PthCheckpoint> {
	const archive = await openZip(source);
	const { prefix, pickle } = findPickle(archive);
	await checkByteOrder(archive, prefix);
	const root = unpickle(await readEntry(archive, pickle), {
		globals: torchGlobals(),
		persistentLoad: storageLoader(),
		refuse: refuseGlobal
	});
	const openStorage = async (tensor: TensorRef) => {
		const name = `${prefix}data/${tensor.storage.key}`;
		const entry = archive.entries.get(name);
		if (!entry) throw new PthError('corrupt', `The file has no "${name}", which holds a tensor's values.`);
		return openEntry(archive, entry);
	};
	return { ...findStateDict(root), openStorage };
}

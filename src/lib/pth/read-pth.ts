/**
 * `readPthStateDict`: a `torch.save` file → its state dict, as tensor
 * references, without running any of its code. Tensor values are read later,
 * one storage at a time, through `openStorage`.
 */
import type { ByteSource } from './byte-source';
import { PthError } from './errors';
import { unpickle } from './pickle';
import { findStateDict, type StateDict } from './state-dict';
import type { TensorRef } from './tensors';
import { storageLoader, torchGlobals } from './torch-globals';
import { openEntry, openZip, readEntry, type ZipArchive, type ZipEntry } from './zip';

export interface PthCheckpoint extends StateDict {
	/** The bytes of one tensor's storage (zip entry `<archive>/data/<key>`). */
	openStorage(tensor: TensorRef): Promise<ByteSource>;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** The pickled magic number that opens torch's pre-1.6 format: PROTO 2, LONG1 0x1950a86a20f9469cfc6c. */
const LEGACY_MAGIC = [0x80, 0x02, 0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19];
const TAR_MAGIC_OFFSET = 257;

const startsWith = (bytes: Uint8Array, magic: number[], at = 0) => magic.every((b, i) => bytes[at + i] === b);
const ascii = (bytes: Uint8Array, at: number, length: number) =>
	String.fromCharCode(...bytes.subarray(at, at + length));

const RESAVE =
	"Re-save it with a recent PyTorch: torch.save(torch.load('old.pth', map_location='cpu'), 'new.pth'), then load new.pth here.";

/** Recognises what a file is when it is not a zip, to say something more useful than "not a zip". */
function refuseNonZip(head: Uint8Array): never {
	if (startsWith(head, LEGACY_MAGIC) || ascii(head, TAR_MAGIC_OFFSET, 5) === 'ustar') {
		throw new PthError(
			'legacy-format',
			"This .pth was saved in PyTorch's legacy format (torch.save before version 1.6, or with _use_new_zipfile_serialization=False), " +
				`which cannot be read without running its code. ${RESAVE}`
		);
	}
	if (head[0] === 0x80 && head[1] >= 2 && head[1] <= 5) {
		throw new PthError('not-pytorch', 'This is a bare Python pickle, not a file written by torch.save.');
	}
	throw new PthError(
		'not-pytorch',
		'This is not a PyTorch checkpoint: torch.save writes a zip file, and this file is not one.'
	);
}

/** Whole pickled models name their class; say how to save the weights instead. */
function refusal(fullName: string): PthError {
	const wholeModel = /^(__main__|torch\.nn\.modules|torchvision\.models)\./.test(fullName);
	const advice = wholeModel
		? ' It looks like the whole model object was saved (torch.save(model, path)); save its weights with torch.save(model.state_dict(), path) instead.'
		: '';
	return new PthError(
		'refused-global',
		`This file asks to run the Python code "${fullName}" while loading. Nothing was run: a .pth is read here only as ` +
			`tensors and plain containers, the same rule as torch.load(path, weights_only=True).${advice}`
	);
}

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

export async function readPthStateDict(source: ByteSource): Promise<PthCheckpoint> {
	const head = await source.read(0, Math.min(source.size, 512));
	if (!startsWith(head, ZIP_MAGIC)) refuseNonZip(head);
	const archive = await openZip(source);
	const { prefix, pickle } = findPickle(archive);
	await checkByteOrder(archive, prefix);
	const root = unpickle(await readEntry(archive, pickle), {
		globals: torchGlobals(),
		persistentLoad: storageLoader(),
		refuse: refusal
	});
	const stateDict = findStateDict(root);
	const openStorage = async (tensor: TensorRef) => {
		const name = `${prefix}data/${tensor.storage.key}`;
		const entry = archive.entries.get(name);
		if (!entry) throw new PthError('corrupt', `The file has no "${name}", which holds a tensor's values.`);
		return openEntry(archive, entry);
	};
	return { ...stateDict, openStorage };
}

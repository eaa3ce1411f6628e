/**
 * `readPthStateDict`: a `torch.save` file → its state dict, as tensor
 * references, without running any of its code. Tensor values are read later,
 * one storage at a time, through `openStorage`. Both of torch.save's formats
 * are read: the zip of PyTorch ≥ 1.6 and the legacy pickle sequence before it.
 */
import type { ByteSource } from './byte-source';
import { PthError } from './errors';
import { readLegacyCheckpoint } from './legacy';
import { OP } from './pickle-opcodes';
import type { StateDict } from './state-dict';
import type { TensorRef } from './tensors';
import { readZipCheckpoint } from './zip-checkpoint';

export interface PthCheckpoint extends StateDict {
	/** The bytes of one tensor's storage: a window onto the file, read range by range. */
	openStorage(tensor: TensorRef): Promise<ByteSource>;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const TAR_MAGIC = 'ustar';
const TAR_MAGIC_OFFSET = 257;

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const ascii = (bytes: Uint8Array, at: number, length: number) =>
	String.fromCharCode(...bytes.subarray(at, at + length));

/** PyTorch 0.1's tar archive: rare, and laid out unlike anything else here, so it is not read. */
const tarFormat = () =>
	new PthError(
		'legacy-format',
		"This .pth was saved in PyTorch's oldest format (a tar archive, from PyTorch 0.1), which is not read here. " +
			"Re-save it with a recent PyTorch: torch.save(torch.load('old.pth', map_location='cpu'), 'new.pth'), then load new.pth here."
	);

export async function readPthStateDict(source: ByteSource): Promise<PthCheckpoint> {
	const head = await source.read(0, Math.min(source.size, 512));
	if (startsWith(head, ZIP_MAGIC)) return readZipCheckpoint(source);
	if (ascii(head, TAR_MAGIC_OFFSET, TAR_MAGIC.length) === TAR_MAGIC) throw tarFormat();
	if (head[0] === OP.PROTO) return readLegacyCheckpoint(source);
	throw new PthError(
		'not-pytorch',
		'This is not a PyTorch checkpoint: torch.save writes a zip file or a sequence of pickles, and this file is neither.'
	);
}

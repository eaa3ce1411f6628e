/**
 * What a checkpoint may ask of the reader. Any file can be picked, so every
 * quantity the file itself declares (lengths, counts, sizes, strides) is held
 * to a budget before work or memory is spent on it: a hostile file of a few
 * hundred bytes must not be able to hang the page or take gigabytes. Each
 * limit is far above what a real AlexNet checkpoint needs, and says why.
 */
import { deriveNetwork } from '../model/derive';
import { variantIds, variants } from '../model/variants';
import { PthError } from './errors';

/**
 * torch's pickle holds only the structure (tensor values live in their own
 * zip entries or after the pickles): about 150 bytes per tensor. 4 MiB is
 * room for some 25,000 tensors, hundreds of times a training checkpoint of
 * AlexNet with its optimiser state.
 */
export const MAX_PICKLE_BYTES = 4 * 1024 * 1024;

/**
 * The decoded values of a pickle, in estimated bytes of JavaScript memory, may
 * be this many times the pickle's own size. Each opcode builds at most one
 * value, of at most 112 estimated bytes (TUPLE1, one byte, makes a tuple), so
 * no pickle reaches this by its opcodes alone; only values copied again and
 * again through the memo and callables ("billion laughs") do. With
 * MAX_PICKLE_BYTES, 512 MB at most.
 */
export const DECODE_BYTES_PER_PICKLE_BYTE = 128;
/** The decode budget of a small pickle (the header pickles are 20 bytes). */
export const MIN_DECODE_BUDGET = 4 * 1024 * 1024;

/** Memo entries: one per value torch wants to reuse, a few per tensor. A million is twenty thousand tensors' worth. */
export const MAX_MEMO_ENTRIES = 1 << 20;

/** Python ints in a checkpoint are sizes, offsets and torch's 10-byte magic number; longer LONG1/LONG4 values are refused. */
export const MAX_LONG_BYTES = 64;

/**
 * The most classes a checkpoint's last layer may have: five times ImageNet's
 * 1,000, the most any published AlexNet has (Places365 has 365). The budgets
 * below follow from it, so that the largest file the reader accepts still
 * converts in well under the 1 GB every hostile file is held to.
 */
export const MAX_CLASSES = 5_000;

/**
 * Elements in all the tensors of a state dict: the largest variant's
 * parameters at MAX_CLASSES (torchvision's: 77.5 million; 61.1 million at
 * 1,000 classes). Also the most one tensor or one storage may declare.
 */
export const MAX_CHECKPOINT_ELEMENTS = Math.max(
	...variantIds.map((id) => deriveNetwork(variants[id], { classes: MAX_CLASSES }).totals.params)
);

/**
 * Bytes the tensors may reach in their storages, all storages together
 * (`storageReach`): what a deflated storage is inflated to, and what the
 * reader holds at most besides the weights it makes. The largest variant's
 * weights at MAX_CLASSES as float32 (310 MB): 1.27 times torchvision's real
 * 233 MB ImageNet file. A worst file, every tensor in one deflated storage
 * that reaches this far, then costs `convert` this much for the storage plus
 * as much again for the float32 weights: 721 MB at its peak, measured with
 * Node itself. float64 weights of more than 38 million parameters are refused
 * by it (save them as float32).
 */
export const MAX_STORAGE_BYTES = 4 * MAX_CHECKPOINT_ELEMENTS;

/** Wrappers stripped from keys ("module." of DataParallel, "_orig_mod." of torch.compile): real files nest two or three. */
export const MAX_STRIPPED_PREFIXES = 8;

export const tooLarge = (what: string) =>
	new PthError(
		'too-large',
		`This file asks for more than any AlexNet checkpoint needs: ${what}. Nothing more was read.`
	);

/** Estimated bytes of the values a pickle builds: refused as soon as a file's share is spent. */
export class DecodeBudget {
	private left: number;

	constructor(readonly pickleBytes: number) {
		this.left = Math.max(MIN_DECODE_BUDGET, DECODE_BYTES_PER_PICKLE_BYTE * pickleBytes);
	}

	charge(bytes: number): void {
		this.left -= bytes;
		if (this.left < 0) {
			throw tooLarge(
				`its ${this.pickleBytes.toLocaleString('en')}-byte pickle builds values far larger than itself ` +
					'(the same values copied again and again)'
			);
		}
	}
}

/**
 * Every way a .pth file can be refused, as one error type the UI can show as-is:
 * the message is written for the person who picked the file.
 */
export type PthErrorKind =
	/** Not a zip at all, or a zip that is not a PyTorch checkpoint. */
	| 'not-pytorch'
	/** torch.save before 1.6 (or `_use_new_zipfile_serialization=False`). */
	| 'legacy-format'
	/** The file stops before its own structures say it should. */
	| 'truncated'
	/** A pickle global outside the allow-list: the file asked us to run code. */
	| 'refused-global'
	/** A pickle opcode or a construct we do not interpret. */
	| 'unsupported'
	/** Structures that contradict themselves (bad offsets, shapes beyond the storage). */
	| 'corrupt'
	/** Loaded fine, but holds no state dict we can use. */
	| 'not-state-dict'
	/** A state dict whose keys or shapes fit no AlexNet variant. */
	| 'mismatch';

export class PthError extends Error {
	readonly kind: PthErrorKind;

	constructor(kind: PthErrorKind, message: string) {
		super(message);
		this.name = 'PthError';
		this.kind = kind;
	}
}

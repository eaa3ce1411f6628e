/**
 * Every way a .pth file can be refused, as one error type the UI can show as-is:
 * the message is written for the person who picked the file.
 */
export type PthErrorKind =
	/** Neither of torch.save's formats (a zip, or the legacy pickle sequence): a bare pickle, a zip of something else. */
	| 'not-pytorch'
	/** torch.save's oldest format, a tar archive (PyTorch 0.1), which is not read. */
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

export const truncatedFile = (what: string) =>
	new PthError(
		'truncated',
		`The file ends too early: ${what} is missing. It was probably cut short while downloading or copying; get a fresh copy.`
	);

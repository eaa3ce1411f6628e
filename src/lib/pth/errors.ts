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
	| 'mismatch'
	/** Asks for more work or memory than any AlexNet checkpoint needs (limits.ts): refused before it is spent. */
	| 'too-large'
	/** Weights that are NaN or infinite: the training that made them diverged. */
	| 'non-finite';

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

/** Longer keys and names are cut in messages: enough to recognise, never a megabyte of text. */
const MAX_SHOWN_CHARS = 80;

/**
 * A key or name from the file, quoted for a message: control characters
 * (newlines, escape sequences that would repaint a terminal) are escaped and
 * a long one is cut, so a message stays one honest line whatever the file holds.
 */
export function quoted(text: string): string {
	const cut = text.length > MAX_SHOWN_CHARS ? `${text.slice(0, MAX_SHOWN_CHARS)}…` : text;
	// eslint-disable-next-line no-control-regex
	const escaped = cut.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029"\\]/g, (c) =>
		c === '"' || c === '\\' ? `\\${c}` : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
	);
	return `"${escaped}"`;
}

/** A state-dict key as messages list it: bare when it is a plain dotted name, quoted and escaped otherwise. */
export const keyName = (key: string): string => (/^[\w.-]{1,80}$/.test(key) ? key : quoted(key));

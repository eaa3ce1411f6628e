/**
 * A small command-line parser the project's CLIs share: `--name value`,
 * `--name=value`, `--flag` and positional arguments. Every mistake throws a
 * UsageError, which `runCli` turns into one line on stderr and exit code 2.
 */

export class UsageError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'UsageError';
	}
}

export interface ArgSpec {
	/** Options that take a value: `--variant seed`. */
	values?: readonly string[];
	/** Options that stand alone: `--help`. */
	flags?: readonly string[];
	/** How many positional arguments are allowed (default 0). */
	maxPositional?: number;
}

export interface WholeNumberRange {
	min: number;
	max: number;
}

export class ParsedArgs {
	constructor(
		private readonly values: ReadonlyMap<string, string>,
		private readonly flags: ReadonlySet<string>,
		readonly positional: readonly string[]
	) {}

	flag(name: string): boolean {
		return this.flags.has(name);
	}

	string(name: string): string | undefined {
		return this.values.get(name);
	}

	/** One of a fixed set of words, such as a variant id. */
	choice<T extends string>(name: string, choices: readonly T[], fallback: T): T {
		const value = this.values.get(name);
		if (value === undefined) return fallback;
		if ((choices as readonly string[]).includes(value)) return value as T;
		throw new UsageError(`Unknown --${name} "${value}": choose ${listChoices(choices)}.`);
	}

	/** A whole number written in plain digits, within a range. */
	wholeNumber(name: string, fallback: number, range: WholeNumberRange): number {
		const value = this.values.get(name);
		if (value === undefined) return fallback;
		const n = /^\d+$/.test(value) ? Number(value) : Number.NaN;
		if (!Number.isSafeInteger(n) || n < range.min || n > range.max) {
			throw new UsageError(`--${name} must be a whole number from ${range.min} to ${range.max} (got "${value}").`);
		}
		return n;
	}
}

const listChoices = (choices: readonly string[]): string =>
	choices.length < 2 ? choices.join('') : `${choices.slice(0, -1).join(', ')} or ${choices.at(-1)}`;

export function parseArgs(argv: readonly string[], spec: ArgSpec): ParsedArgs {
	const valueNames = new Set(spec.values ?? []);
	const flagNames = new Set(spec.flags ?? []);
	const values = new Map<string, string>();
	const flags = new Set<string>();
	const positional: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (!arg.startsWith('--') || arg === '--') {
			if (arg !== '--') positional.push(arg);
			continue;
		}
		const [name, inline] = splitOnce(arg.slice(2), '=');
		if (flagNames.has(name)) {
			if (inline !== undefined) throw new UsageError(`--${name} takes no value.`);
			flags.add(name);
		} else if (valueNames.has(name)) {
			const value = inline ?? argv[++i];
			if (value === undefined || (inline === undefined && value.startsWith('--'))) {
				throw new UsageError(`--${name} needs a value.`);
			}
			if (values.has(name)) throw new UsageError(`--${name} is given twice.`);
			values.set(name, value);
		} else {
			const known = [...valueNames, ...flagNames].map((n) => `--${n}`);
			throw new UsageError(`Unknown option --${name}${known.length ? `: known are ${known.join(', ')}` : ''}.`);
		}
	}
	const max = spec.maxPositional ?? 0;
	if (positional.length > max) {
		throw new UsageError(`Unexpected argument "${positional[max]}"${max ? ` (at most ${max})` : ''}.`);
	}
	return new ParsedArgs(values, flags, positional);
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
	const at = text.indexOf(separator);
	return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

/** A file system error as the end of a sentence: "no such file or folder", not a stack trace. */
export function errorReason(error: unknown): string {
	const code = (error as NodeJS.ErrnoException | null)?.code;
	const known: Record<string, string> = {
		ENOENT: 'no such file or folder',
		EACCES: 'permission denied',
		EPERM: 'permission denied',
		EISDIR: 'it is a folder',
		ERR_FS_EISDIR: 'it is a folder',
		ENOTDIR: 'part of the path is a file, not a folder',
		EEXIST: 'it already exists',
		EROFS: 'the file system is read-only',
		ENOSPC: 'the disk is full',
		EIO: 'the file cannot be read (input/output error)'
	};
	if (code && known[code]) return known[code];
	if (!(error instanceof Error)) return String(error);
	// "RangeError: Array buffer allocation failed" says more than its message alone.
	const named = error.name && error.name !== 'Error' ? `${error.name}: ` : '';
	return `${named}${error.message || 'no message'}`;
}

/**
 * Runs `task`; any failure that no check foresaw (an allocation failure, a
 * file system error, a bug) becomes a UsageError saying `what` failed and
 * why, so it too ends as one line and exit code 2, never a stack trace.
 */
export async function oneLineFailures<T>(what: string, task: () => Promise<T>): Promise<T> {
	try {
		return await task();
	} catch (error) {
		if (error instanceof UsageError) throw error;
		throw new UsageError(`${what}: ${errorReason(error)}.`);
	}
}

/**
 * One line of text whatever it holds: line breaks become spaces, and other
 * control characters (escape sequences from a file name or a file's contents
 * that would repaint a terminal) are written as \u escapes.
 */
export function oneLine(text: string): string {
	return (
		text
			.replace(/\s*[\n\r\u2028\u2029]\s*/g, ' ')
			// eslint-disable-next-line no-control-regex
			.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
	);
}

/**
 * Runs a CLI's main function: a UsageError becomes one line on stderr and exit
 * code 2; any other error keeps its stack, since that is a bug to report
 * (a CLI that takes files wraps its work in `oneLineFailures`).
 */
export async function runCli(main: (argv: readonly string[]) => number | void | Promise<number | void>): Promise<void> {
	try {
		process.exitCode = (await main(process.argv.slice(2))) ?? 0;
	} catch (error) {
		if (!(error instanceof UsageError)) throw error;
		process.stderr.write(`${oneLine(error.message)}\n`);
		process.exitCode = 2;
	}
}

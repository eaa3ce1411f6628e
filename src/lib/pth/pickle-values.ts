/**
 * What the safe unpickler builds: plain JavaScript values for Python's basic
 * types, plus these few classes where JavaScript has no faithful equivalent.
 */

/** A Python tuple (kept apart from lists: tensor sizes and persistent ids are tuples). */
export class PyTuple {
	constructor(readonly items: unknown[]) {}
}

/** A Python dict or OrderedDict; insertion order is kept, as in Python. */
export class PyDict extends Map<unknown, unknown> {}

/**
 * An allow-listed global that may be called by REDUCE or NEWOBJ. Its body is
 * TypeScript written for this project; nothing named in the file is looked up
 * or executed.
 */
export class PyCallable {
	constructor(
		readonly fullName: string,
		readonly call: (args: unknown[]) => unknown
	) {}
}

/** An allow-listed global that is only a value: a storage type, a dtype. */
export class PyConstant {
	constructor(readonly fullName: string) {}
}

/** What a value is, in a few words, never its contents: values may be huge, nested or cyclic. */
export function describeValue(value: unknown): string {
	if (value === null) return 'None';
	if (value === undefined) return 'nothing';
	if (value instanceof PyTuple) return 'a tuple';
	if (value instanceof PyDict) return 'a dict';
	if (Array.isArray(value)) return 'a list';
	if (value instanceof PyCallable || value instanceof PyConstant) return value.fullName;
	if (value instanceof Uint8Array) return 'bytes';
	if (value instanceof Set) return 'a set';
	if (typeof value === 'string') return 'a string';
	if (typeof value === 'number' || typeof value === 'bigint') return 'a number';
	if (typeof value === 'boolean') return 'a bool';
	return 'an object';
}

/**
 * A pickle interpreter that executes nothing. It builds values from the
 * opcodes `torch.save` writes (protocol 2, plus the harmless ones of 3–5);
 * a global is resolved only through the caller's allow-list, whose entries
 * are TypeScript functions, and any other global is refused by name before
 * anything could be called. This is the promise of PyTorch's
 * `torch.load(weights_only=True)`.
 */
import { PthError } from './errors';
import { damagedPickle, Cursor, decodeLong, PickleEndedEarly } from './pickle-cursor';
import { DecodeBudget, MAX_LONG_BYTES, MAX_MEMO_ENTRIES, tooLarge } from './limits';
import { isOpcode, OP, opcodeName } from './pickle-opcodes';
import { describeValue, PyCallable, PyConstant, PyDict, PyTuple } from './pickle-values';

export interface UnpickleOptions {
	/** `module.name` → what GLOBAL pushes. Anything absent is refused. */
	globals: ReadonlyMap<string, PyCallable | PyConstant>;
	/** BINPERSID: turns a persistent id (torch: a storage reference) into a value. */
	persistentLoad: (pid: unknown) => unknown;
	/** The error for a refused global; lets the caller add advice. */
	refuse: (fullName: string) => Error;
}

/** Estimated memory of what the opcodes build, charged to the pickle's DecodeBudget. */
const VALUE_BYTES = 16; // a slot on the stack or in a container
const CONTAINER_BYTES = 64; // an empty array, Map or Set
const ENTRY_BYTES = 32; // an item put into a container, a memo entry

/** How many items a value holds directly (what a callable given it may walk through once). */
function directSize(value: unknown): number {
	if (Array.isArray(value)) return value.length;
	if (value instanceof PyTuple) return value.items.length;
	if (value instanceof Map || value instanceof Set) return value.size;
	if (value instanceof Uint8Array || typeof value === 'string') return value.length;
	return 0;
}

export function unpickle(bytes: Uint8Array, options: UnpickleOptions): unknown {
	return unpickleAt(bytes, 0, options).value;
}

/**
 * The pickle that starts at byte `start`, and the byte after its STOP: torch's
 * legacy format is several pickles one after another. Throws PickleEndedEarly
 * when `bytes` stops before the pickle does.
 */
export function unpickleAt(
	bytes: Uint8Array,
	start: number,
	options: UnpickleOptions
): { value: unknown; end: number } {
	const input = new Cursor(bytes, start);
	let stack: unknown[] = [];
	const metastack: unknown[][] = [];
	const memo = new Map<number, unknown>();
	// Every value is built from opcodes in this pickle, so its own size sets the budget.
	const budget = new DecodeBudget(bytes.length - start);

	const pop = (op: string): unknown => {
		if (stack.length === 0) throw damagedPickle(`${op} finds nothing on the stack`);
		return stack.pop();
	};
	const top = (op: string): unknown => {
		if (stack.length === 0) throw damagedPickle(`${op} finds nothing on the stack`);
		return stack[stack.length - 1];
	};
	const popMark = (op: string): unknown[] => {
		const items = stack;
		const below = metastack.pop();
		if (below === undefined) throw damagedPickle(`${op} has no MARK before it`);
		stack = below;
		return items;
	};
	const resolveGlobal = (module: string, name: string): PyCallable | PyConstant => {
		const fullName = `${module}.${name}`;
		const value = options.globals.get(fullName);
		if (value === undefined) throw options.refuse(fullName);
		return value;
	};
	const call = (op: string, callee: unknown, args: unknown): unknown => {
		if (!(callee instanceof PyCallable)) {
			throw new PthError(
				'unsupported',
				`${op} asks to call ${describeValue(callee)}, which is not a function we allow.`
			);
		}
		if (!(args instanceof PyTuple)) throw damagedPickle(`${op}'s arguments are ${describeValue(args)}, not a tuple`);
		// A callable walks through or copies its arguments once: the same big list from the memo, given again and again, is charged each time.
		budget.charge(CONTAINER_BYTES + ENTRY_BYTES * args.items.reduce((sum: number, a) => sum + directSize(a), 0));
		return callee.call(args.items);
	};
	const setItems = (op: string, target: unknown, items: unknown[]) => {
		if (!(target instanceof PyDict)) throw new PthError('unsupported', `${op} on ${describeValue(target)}.`);
		if (items.length % 2 !== 0) throw damagedPickle(`${op} has a key without a value`);
		budget.charge(ENTRY_BYTES * items.length);
		for (let i = 0; i < items.length; i += 2) target.set(items[i], items[i + 1]);
	};
	const appendItems = (op: string, target: unknown, items: unknown[]) => {
		if (!Array.isArray(target)) throw new PthError('unsupported', `${op} on ${describeValue(target)}.`);
		budget.charge(ENTRY_BYTES * items.length);
		for (const item of items) target.push(item);
	};
	const memoGet = (index: number): unknown => {
		if (!memo.has(index)) throw damagedPickle(`it refers to memo entry ${index}, which was never stored`);
		return memo.get(index);
	};
	const memoPut = (index: number, op: string) => {
		if (!memo.has(index)) {
			if (memo.size >= MAX_MEMO_ENTRIES)
				throw tooLarge(`it keeps more than ${MAX_MEMO_ENTRIES.toLocaleString('en')} values in its memo`);
			budget.charge(ENTRY_BYTES);
		}
		memo.set(index, top(op));
	};
	/** Containers and their items, charged as they are made. */
	const made = <T>(value: T, items = 0): T => {
		budget.charge(CONTAINER_BYTES + ENTRY_BYTES * items);
		return value;
	};
	const text = (value: string): string => {
		budget.charge(VALUE_BYTES + value.length);
		return value;
	};
	const raw = (value: Uint8Array): Uint8Array => {
		budget.charge(CONTAINER_BYTES + value.length);
		return value;
	};
	const longLength = (length: number, op: string): number => {
		if (length > MAX_LONG_BYTES) throw tooLarge(`${op} holds a whole number ${length.toLocaleString('en')} bytes long`);
		return length;
	};

	while (!input.done) {
		const at = input.pos;
		const code = input.u8('an opcode');
		const name = opcodeName(code);
		budget.charge(VALUE_BYTES);
		switch (code) {
			case OP.PROTO: {
				const version = input.u8(name);
				if (version > 5)
					throw new PthError('unsupported', `The pickle uses protocol ${version}; protocols up to 5 are read.`);
				break;
			}
			case OP.FRAME:
				input.u64(name); // framing is only a read-ahead hint
				break;
			case OP.STOP:
				if (metastack.length > 0) throw damagedPickle('it stops inside an unfinished MARK');
				return { value: pop(name), end: input.pos };
			case OP.MARK:
				metastack.push(stack);
				stack = [];
				break;
			case OP.POP:
				pop(name);
				break;
			case OP.POP_MARK:
				popMark(name);
				break;
			case OP.DUP:
				stack.push(top(name));
				break;
			case OP.NONE:
				stack.push(null);
				break;
			case OP.NEWTRUE:
				stack.push(true);
				break;
			case OP.NEWFALSE:
				stack.push(false);
				break;
			case OP.BININT:
				stack.push(input.i32(name));
				break;
			case OP.BININT1:
				stack.push(input.u8(name));
				break;
			case OP.BININT2:
				stack.push(input.u16(name));
				break;
			case OP.LONG1:
				stack.push(decodeLong(input.bytesOf(longLength(input.u8(name), name), name)));
				break;
			case OP.LONG4:
				stack.push(decodeLong(input.bytesOf(longLength(input.i32(name), name), name)));
				break;
			case OP.BINFLOAT:
				stack.push(input.f64be(name));
				break;
			case OP.SHORT_BINUNICODE:
				stack.push(text(input.utf8(input.u8(name), name)));
				break;
			case OP.BINUNICODE:
				stack.push(text(input.utf8(input.u32(name), name)));
				break;
			case OP.BINUNICODE8:
				stack.push(text(input.utf8(input.u64(name), name)));
				break;
			// Python 2 strings: torch.load decodes them as text (latin-1 is lossless).
			case OP.SHORT_BINSTRING:
				stack.push(text(input.latin1(input.u8(name), name)));
				break;
			case OP.BINSTRING:
				stack.push(text(input.latin1(input.i32(name), name)));
				break;
			case OP.SHORT_BINBYTES:
				stack.push(raw(input.bytesOf(input.u8(name), name)));
				break;
			case OP.BINBYTES:
				stack.push(raw(input.bytesOf(input.u32(name), name)));
				break;
			case OP.BINBYTES8:
				stack.push(raw(input.bytesOf(input.u64(name), name)));
				break;
			case OP.EMPTY_TUPLE:
				stack.push(made(new PyTuple([])));
				break;
			case OP.TUPLE1:
				stack.push(made(new PyTuple([pop(name)]), 1));
				break;
			case OP.TUPLE2: {
				const b = pop(name);
				stack.push(made(new PyTuple([pop(name), b]), 2));
				break;
			}
			case OP.TUPLE3: {
				const c = pop(name);
				const b = pop(name);
				stack.push(made(new PyTuple([pop(name), b, c]), 3));
				break;
			}
			// popMark replaces `stack`: take the items before touching it.
			case OP.TUPLE: {
				const items = popMark(name);
				stack.push(made(new PyTuple(items), items.length));
				break;
			}
			case OP.EMPTY_LIST:
				stack.push(made([]));
				break;
			case OP.LIST: {
				const items = popMark(name);
				stack.push(made(items, items.length));
				break;
			}
			case OP.APPEND: {
				const item = pop(name);
				appendItems(name, top(name), [item]);
				break;
			}
			case OP.APPENDS: {
				const items = popMark(name);
				appendItems(name, top(name), items);
				break;
			}
			case OP.EMPTY_DICT:
				stack.push(made(new PyDict()));
				break;
			case OP.DICT: {
				const dict = made(new PyDict());
				setItems(name, dict, popMark(name));
				stack.push(dict); // after popMark, so onto the restored stack
				break;
			}
			case OP.SETITEM: {
				const value = pop(name);
				const key = pop(name);
				setItems(name, top(name), [key, value]);
				break;
			}
			case OP.SETITEMS: {
				const items = popMark(name);
				setItems(name, top(name), items);
				break;
			}
			case OP.EMPTY_SET:
				stack.push(made(new Set()));
				break;
			case OP.ADDITEMS: {
				const items = popMark(name);
				const target = top(name);
				if (!(target instanceof Set)) throw new PthError('unsupported', `${name} on ${describeValue(target)}.`);
				budget.charge(ENTRY_BYTES * items.length);
				for (const item of items) target.add(item);
				break;
			}
			case OP.FROZENSET: {
				const items = popMark(name);
				stack.push(made(new Set(items), items.length));
				break;
			}
			case OP.BINPUT:
				memoPut(input.u8(name), name);
				break;
			case OP.LONG_BINPUT:
				memoPut(input.u32(name), name);
				break;
			case OP.MEMOIZE:
				memoPut(memo.size, name);
				break;
			case OP.BINGET:
				stack.push(memoGet(input.u8(name)));
				break;
			case OP.LONG_BINGET:
				stack.push(memoGet(input.u32(name)));
				break;
			case OP.GLOBAL: {
				const module = input.line(name);
				stack.push(resolveGlobal(module, input.line(name)));
				break;
			}
			case OP.STACK_GLOBAL: {
				const globalName = pop(name);
				const module = pop(name);
				if (typeof module !== 'string' || typeof globalName !== 'string')
					throw damagedPickle(`${name} needs two strings`);
				stack.push(resolveGlobal(module, globalName));
				break;
			}
			case OP.REDUCE: {
				const args = pop(name);
				stack.push(call(name, pop(name), args));
				break;
			}
			case OP.NEWOBJ: {
				const args = pop(name);
				stack.push(call(name, pop(name), args));
				break;
			}
			case OP.BUILD: {
				pop(name); // the state: a state_dict's `_metadata` (layer versions), which nothing here needs
				const target = top(name);
				if (!(target instanceof PyDict)) {
					throw new PthError('unsupported', `The pickle asks to set the state of ${describeValue(target)} (BUILD).`);
				}
				break;
			}
			case OP.BINPERSID:
				stack.push(options.persistentLoad(pop(name)));
				break;
			case OP.INST: {
				// INST names a class to instantiate: refuse by that name (or as an opcode if it were allowed).
				const module = input.line(name);
				resolveGlobal(module, input.line(name));
				throw new PthError('unsupported', `The pickle uses opcode ${name} at byte ${at}, which is not read.`);
			}
			default:
				// Not an opcode at all: the bytes are not a pickle (garbage, or the wrong part of a file), not a newer one.
				if (!isOpcode(code))
					throw damagedPickle(`byte ${at} holds ${name.replace('unknown opcode ', '')}, which is no pickle opcode`);
				throw new PthError('unsupported', `The pickle uses opcode ${name} at byte ${at}, which is not read.`);
		}
	}
	throw new PickleEndedEarly('it ends without a STOP');
}

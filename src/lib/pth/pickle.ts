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
import { OP, opcodeName } from './pickle-opcodes';
import { describeValue, PyCallable, PyConstant, PyDict, PyTuple } from './pickle-values';

export interface UnpickleOptions {
	/** `module.name` → what GLOBAL pushes. Anything absent is refused. */
	globals: ReadonlyMap<string, PyCallable | PyConstant>;
	/** BINPERSID: turns a persistent id (torch: a storage reference) into a value. */
	persistentLoad: (pid: unknown) => unknown;
	/** The error for a refused global; lets the caller add advice. */
	refuse: (fullName: string) => Error;
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
		return callee.call(args.items);
	};
	const setItems = (op: string, target: unknown, items: unknown[]) => {
		if (!(target instanceof PyDict)) throw new PthError('unsupported', `${op} on ${describeValue(target)}.`);
		if (items.length % 2 !== 0) throw damagedPickle(`${op} has a key without a value`);
		for (let i = 0; i < items.length; i += 2) target.set(items[i], items[i + 1]);
	};
	const appendItems = (op: string, target: unknown, items: unknown[]) => {
		if (!Array.isArray(target)) throw new PthError('unsupported', `${op} on ${describeValue(target)}.`);
		for (const item of items) target.push(item);
	};
	const memoGet = (index: number): unknown => {
		if (!memo.has(index)) throw damagedPickle(`it refers to memo entry ${index}, which was never stored`);
		return memo.get(index);
	};

	while (!input.done) {
		const at = input.pos;
		const code = input.u8('an opcode');
		const name = opcodeName(code);
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
				stack.push(decodeLong(input.bytesOf(input.u8(name), name)));
				break;
			case OP.LONG4:
				stack.push(decodeLong(input.bytesOf(input.i32(name), name)));
				break;
			case OP.BINFLOAT:
				stack.push(input.f64be(name));
				break;
			case OP.SHORT_BINUNICODE:
				stack.push(input.utf8(input.u8(name), name));
				break;
			case OP.BINUNICODE:
				stack.push(input.utf8(input.u32(name), name));
				break;
			case OP.BINUNICODE8:
				stack.push(input.utf8(input.u64(name), name));
				break;
			// Python 2 strings: torch.load decodes them as text (latin-1 is lossless).
			case OP.SHORT_BINSTRING:
				stack.push(input.latin1(input.u8(name), name));
				break;
			case OP.BINSTRING:
				stack.push(input.latin1(input.i32(name), name));
				break;
			case OP.SHORT_BINBYTES:
				stack.push(input.bytesOf(input.u8(name), name));
				break;
			case OP.BINBYTES:
				stack.push(input.bytesOf(input.u32(name), name));
				break;
			case OP.BINBYTES8:
				stack.push(input.bytesOf(input.u64(name), name));
				break;
			case OP.EMPTY_TUPLE:
				stack.push(new PyTuple([]));
				break;
			case OP.TUPLE1:
				stack.push(new PyTuple([pop(name)]));
				break;
			case OP.TUPLE2: {
				const b = pop(name);
				stack.push(new PyTuple([pop(name), b]));
				break;
			}
			case OP.TUPLE3: {
				const c = pop(name);
				const b = pop(name);
				stack.push(new PyTuple([pop(name), b, c]));
				break;
			}
			// popMark replaces `stack`: take the items before touching it.
			case OP.TUPLE: {
				const items = popMark(name);
				stack.push(new PyTuple(items));
				break;
			}
			case OP.EMPTY_LIST:
				stack.push([]);
				break;
			case OP.LIST: {
				const items = popMark(name);
				stack.push(items);
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
				stack.push(new PyDict());
				break;
			case OP.DICT: {
				const dict = new PyDict();
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
				stack.push(new Set());
				break;
			case OP.ADDITEMS: {
				const items = popMark(name);
				const target = top(name);
				if (!(target instanceof Set)) throw new PthError('unsupported', `${name} on ${describeValue(target)}.`);
				for (const item of items) target.add(item);
				break;
			}
			case OP.FROZENSET: {
				const items = popMark(name);
				stack.push(new Set(items));
				break;
			}
			case OP.BINPUT:
				memo.set(input.u8(name), top(name));
				break;
			case OP.LONG_BINPUT:
				memo.set(input.u32(name), top(name));
				break;
			case OP.MEMOIZE:
				memo.set(memo.size, top(name));
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
				throw new PthError('unsupported', `The pickle uses opcode ${name} at byte ${at}, which is not read.`);
		}
	}
	throw new PickleEndedEarly('it ends without a STOP');
}

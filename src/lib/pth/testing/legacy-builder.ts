/** Writes small legacy-format files by hand for tests: the five pickles, then the storages. */
import { OP } from '../pickle-opcodes';
import { pickle, type PickleBuilder } from './pickle-builder';

/** torch's MAGIC_NUMBER 0x1950a86a20f9469cfc6c, as the little-endian bytes of LONG1. */
const MAGIC_BYTES = [0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19];

export interface LegacyTensor {
	key: string;
	/** Elements in the (root) storage, as the persistent id declares. */
	numel: number;
	/** view_metadata: (view key, offset, size). */
	view?: [string, number, number];
	offset: number;
	shape: number[];
	stride: number[];
}

/** `torch._utils._rebuild_tensor(storage, offset, size, stride)` on a float32 storage. */
export function legacyTensor(p: PickleBuilder, t: LegacyTensor): PickleBuilder {
	p.global('torch._utils', '_rebuild_tensor').op(OP.MARK, OP.MARK).str('storage').global('torch', 'FloatStorage');
	p.str(t.key).str('cpu').int(t.numel);
	if (t.view) p.op(OP.MARK).str(t.view[0]).int(t.view[1]).int(t.view[2]).op(OP.TUPLE);
	else p.op(OP.NONE);
	p.op(OP.TUPLE, OP.BINPERSID).int(t.offset);
	p.op(OP.MARK);
	for (const n of t.shape) p.int(n);
	p.op(OP.TUPLE, OP.MARK);
	for (const n of t.stride) p.int(n);
	return p.op(OP.TUPLE, OP.TUPLE, OP.REDUCE);
}

/** A dict of string keys, its values written by `value`. */
export function dictPickle(entries: [string, (p: PickleBuilder) => PickleBuilder][]): Uint8Array {
	return pickle((p) => {
		p.op(OP.EMPTY_DICT, OP.MARK);
		for (const [key, value] of entries) value(p.str(key));
		return p.op(OP.SETITEMS);
	});
}

export interface LegacyParts {
	version?: number;
	/** The object's pickle. */
	main: Uint8Array;
	keys: string[];
	/** In key order: the element count written before the values, and the float32 values. */
	storages: { count?: number; values: number[] }[];
}

export function legacyFile({ version = 1001, main, keys, storages }: LegacyParts): Uint8Array {
	const parts: ArrayLike<number>[] = [
		pickle((p) => p.op(OP.LONG1, MAGIC_BYTES.length, ...MAGIC_BYTES)),
		pickle((p) => p.int(version)),
		pickle((p) => p.op(OP.EMPTY_DICT)),
		main,
		pickle((p) => {
			p.op(OP.EMPTY_LIST, OP.MARK);
			for (const key of keys) p.str(key);
			return p.op(OP.APPENDS);
		})
	];
	for (const { count, values } of storages) {
		const header = new DataView(new ArrayBuffer(8));
		header.setBigUint64(0, BigInt(count ?? values.length), true);
		parts.push(new Uint8Array(header.buffer), new Uint8Array(Float32Array.from(values).buffer));
	}
	const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
	let at = 0;
	for (const part of parts) {
		out.set(part, at);
		at += part.length;
	}
	return out;
}

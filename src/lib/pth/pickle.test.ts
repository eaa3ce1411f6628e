import { describe, expect, it } from 'vitest';
import { bytesSource } from './byte-source';
import { PthError } from './errors';
import { unpickle, type UnpickleOptions } from './pickle';
import { OP } from './pickle-opcodes';
import { PyCallable, PyConstant, PyDict, PyTuple } from './pickle-values';
import { pickle } from './testing/pickle-builder';
import { fixtureBytes } from './testing/fixtures';
import { storageLoader, torchGlobals } from './torch-globals';
import { openZip, readEntry } from './zip';

/** These tests read whole entries of real files: no budget of interest. */
const TEST_BUDGET = { bytes: Number.MAX_SAFE_INTEGER, why: '' };

const calls: string[] = [];
const options: UnpickleOptions = {
	globals: new Map<string, PyCallable | PyConstant>([
		['demo.pair', new PyCallable('demo.pair', (args) => (calls.push('pair'), new PyTuple(args)))],
		['demo.CONSTANT', new PyConstant('demo.CONSTANT')]
	]),
	persistentLoad: (pid) => ({ loaded: pid }),
	refuse: (name) => new PthError('refused-global', `refused ${name}`)
};

const load = (bytes: Uint8Array) => unpickle(bytes, options);

function thrown(run: () => unknown): PthError {
	try {
		run();
	} catch (error) {
		expect(error).toBeInstanceOf(PthError);
		return error as PthError;
	}
	throw new Error('expected an error');
}

describe('unpickle: values', () => {
	it('reads the scalars torch.save writes', () => {
		expect(load(pickle((p) => p.op(OP.NONE)))).toBeNull();
		expect(load(pickle((p) => p.op(OP.NEWTRUE)))).toBe(true);
		expect(load(pickle((p) => p.int(200)))).toBe(200);
		expect(load(pickle((p) => p.op(OP.BININT2, 0x34, 0x12)))).toBe(0x1234);
		expect(load(pickle((p) => p.op(OP.BININT).u32(-5)))).toBe(-5);
		expect(load(pickle((p) => p.str('héllo')))).toBe('héllo');
		expect(load(pickle((p) => p.op(OP.SHORT_BINUNICODE, 2, 0x6f, 0x6b)))).toBe('ok');
		// 0.875 as a big-endian double
		expect(load(pickle((p) => p.op(OP.BINFLOAT, 0x3f, 0xec, 0, 0, 0, 0, 0, 0)))).toBe(0.875);
	});

	it('reads LONG1 integers of any size and sign', () => {
		expect(load(pickle((p) => p.op(OP.LONG1, 0)))).toBe(0);
		expect(load(pickle((p) => p.op(OP.LONG1, 1, 0xff)))).toBe(-1);
		expect(load(pickle((p) => p.op(OP.LONG1, 6, 0, 0, 0, 0, 0, 1)))).toBe(2 ** 40);
		expect(load(pickle((p) => p.op(OP.LONG1, 9, 0, 0, 0, 0, 0, 0, 0, 0, 1)))).toBe(2n ** 64n);
	});

	it('builds tuples, lists and dicts, sharing memoised objects', () => {
		const value = load(
			pickle((p) =>
				p
					.op(OP.EMPTY_DICT, OP.BINPUT, 0, OP.MARK)
					.str('list')
					.op(OP.EMPTY_LIST, OP.BINPUT, 1, OP.MARK)
					.int(1)
					.int(2)
					.op(OP.APPENDS)
					.str('same')
					.op(OP.BINGET, 1)
					.str('tuple')
					.op(OP.MARK)
					.int(7)
					.int(8)
					.int(9)
					.op(OP.TUPLE, OP.SETITEMS)
			)
		) as PyDict;
		expect(value).toBeInstanceOf(PyDict);
		expect([...value.keys()]).toEqual(['list', 'same', 'tuple']);
		expect(value.get('list')).toEqual([1, 2]);
		expect(value.get('same')).toBe(value.get('list'));
		expect((value.get('tuple') as PyTuple).items).toEqual([7, 8, 9]);
	});

	it('calls only allow-listed globals, with their TypeScript body', () => {
		calls.length = 0;
		const value = load(pickle((p) => p.global('demo', 'pair').int(1).int(2).op(OP.TUPLE2, OP.REDUCE)));
		expect((value as PyTuple).items).toEqual([1, 2]);
		expect(calls).toEqual(['pair']);
	});

	it('hands persistent ids to persistentLoad', () => {
		expect(load(pickle((p) => p.str('key').op(OP.BINPERSID)))).toEqual({ loaded: 'key' });
	});
});

describe('unpickle: refusals', () => {
	it('refuses a global outside the allow-list by name, before anything is called', () => {
		calls.length = 0;
		const error = thrown(() => load(pickle((p) => p.global('os', 'system').str('touch x').op(OP.TUPLE1, OP.REDUCE))));
		expect(error.message).toBe('refused os.system');
		expect(calls).toEqual([]);
	});

	it('refuses STACK_GLOBAL and INST the same way', () => {
		const stack = pickle((p) => p.str('subprocess').str('Popen').op(OP.STACK_GLOBAL));
		expect(thrown(() => load(stack)).message).toBe('refused subprocess.Popen');
		const inst = pickle((p) => p.op(OP.MARK).raw(new TextEncoder().encode('ibuiltins\neval\n')));
		expect(thrown(() => load(inst)).message).toBe('refused builtins.eval');
	});

	it('will not call a constant or a plain value', () => {
		const error = thrown(() => load(pickle((p) => p.global('demo', 'CONSTANT').op(OP.EMPTY_TUPLE, OP.REDUCE))));
		expect(error.kind).toBe('unsupported');
		expect(error.message).toContain('demo.CONSTANT');
		const notCallable = thrown(() => load(pickle((p) => p.str('eval').op(OP.EMPTY_TUPLE, OP.REDUCE))));
		expect(notCallable.message).toContain('a string');
	});

	it('names opcodes it does not read', () => {
		for (const [code, name] of [
			[OP.EXT1, 'EXT1'],
			[OP.OBJ, 'OBJ'],
			[OP.PERSID, 'PERSID'],
			[OP.NEXT_BUFFER, 'NEXT_BUFFER']
		] as const) {
			const error = thrown(() => load(pickle((p) => p.op(code))));
			expect(error.kind).toBe('unsupported');
			expect(error.message).toContain(name);
		}
	});

	it('calls a byte that is no opcode damage, not a feature it lacks', () => {
		const error = thrown(() => load(pickle((p) => p.op(0xff))));
		expect(error.kind).toBe('corrupt');
		expect(error.message).toBe('The pickle inside this file is damaged: byte 2 holds 0xff, which is no pickle opcode.');
	});

	it('refuses BUILD on anything but a dict', () => {
		const error = thrown(() => load(pickle((p) => p.op(OP.EMPTY_LIST, OP.EMPTY_DICT, OP.BUILD))));
		expect(error.message).toContain('BUILD');
	});

	it('reports damage: no STOP, a missing memo entry, an empty stack, an unclosed MARK', () => {
		expect(thrown(() => load(new Uint8Array([OP.PROTO, 2, OP.NONE]))).message).toContain('without a STOP');
		expect(thrown(() => load(pickle((p) => p.op(OP.BINGET, 9)))).message).toContain('memo entry 9');
		expect(thrown(() => load(pickle((p) => p.op(OP.TUPLE1)))).message).toContain('nothing on the stack');
		expect(thrown(() => load(pickle((p) => p.op(OP.MARK, OP.NONE)))).message).toContain('unfinished MARK');
		expect(thrown(() => load(pickle((p) => p.op(OP.BINUNICODE).u32(1e9)))).kind).toBe('corrupt');
	});
});

/** Deterministic pseudo-random numbers (mulberry32), so a failing case can be replayed. */
function random(seed: number): () => number {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

describe('unpickle: damaged real pickles never hang or crash', async () => {
	const archive = await openZip(bytesSource(fixtureBytes('wrapped-model-state-dict.pth')));
	const entry = [...archive.entries.values()].find((e) => e.name.endsWith('data.pkl'));
	const real = await readEntry(archive, entry as NonNullable<typeof entry>, TEST_BUDGET);
	const torchOptions = (): UnpickleOptions => ({
		globals: torchGlobals(),
		persistentLoad: storageLoader(),
		refuse: (name) => new PthError('refused-global', name)
	});

	it('the intact pickle loads', () => {
		expect(unpickle(real, torchOptions())).toBeInstanceOf(PyDict);
	});

	it('every truncation throws a PthError', () => {
		for (let length = 0; length < real.length; length++) {
			expect(() => unpickle(real.subarray(0, length), torchOptions()), `length ${length}`).toThrow(PthError);
		}
	});

	it('random byte changes either load or throw a PthError, never another error', () => {
		const next = random(42);
		for (let trial = 0; trial < 3000; trial++) {
			const bytes = real.slice();
			const changes = 1 + Math.floor(next() * 4);
			for (let c = 0; c < changes; c++) bytes[Math.floor(next() * bytes.length)] = Math.floor(next() * 256);
			try {
				unpickle(bytes, torchOptions());
			} catch (error) {
				expect(error, `trial ${trial}: ${String(error)}`).toBeInstanceOf(PthError);
			}
		}
	});
});

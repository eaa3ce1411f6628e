import { describe, expect, it } from 'vitest';
import { errorReason, oneLine, oneLineFailures, parseArgs, UsageError } from './args';

const spec = { values: ['out', 'steps'], flags: ['verbose'], maxPositional: 1 } as const;

describe('parseArgs', () => {
	it('reads values, inline values, flags and positional arguments', () => {
		const args = parseArgs(['model.pth', '--out', 'x.json', '--steps=12', '--verbose'], spec);
		expect([args.string('out'), args.wholeNumber('steps', 1, { min: 1, max: 99 }), args.flag('verbose')]).toEqual([
			'x.json',
			12,
			true
		]);
		expect(args.positional).toEqual(['model.pth']);
	});

	it('falls back to defaults', () => {
		const args = parseArgs([], spec);
		expect([args.string('out'), args.wholeNumber('steps', 7, { min: 1, max: 9 }), args.flag('verbose')]).toEqual([
			undefined,
			7,
			false
		]);
		expect(args.choice('out', ['a', 'b'], 'b')).toBe('b');
	});

	it.each([
		[['--steps'], '--steps needs a value.'],
		[['--out', '--verbose'], '--out needs a value.'],
		[['--out', 'a', '--out', 'b'], '--out is given twice.'],
		[['--verbose=yes'], '--verbose takes no value.'],
		[['--colour'], 'Unknown option --colour: known are --out, --steps, --verbose.'],
		[['a', 'b'], 'Unexpected argument "b" (at most 1).']
	])('refuses %j', (argv, message) => {
		expect(() => parseArgs(argv, spec)).toThrow(new UsageError(message));
	});

	it.each(['1e3', '0x10', '', ' 5', '100'])('refuses %j as a whole number from 1 to 99', (value) => {
		const args = parseArgs(['--steps', value], spec);
		expect(() => args.wholeNumber('steps', 1, { min: 1, max: 99 })).toThrow(UsageError);
	});

	it('names the choices', () => {
		const args = parseArgs(['--out', 'c'], spec);
		expect(() => args.choice('out', ['a', 'b'], 'a')).toThrow('Unknown --out "c": choose a or b.');
	});
});

describe('one line for every failure', () => {
	it('folds line breaks and escapes the other control characters', () => {
		expect(oneLine('a.pth: bad\n  key "x\u001b[2J"\r\nend\u0007')).toBe('a.pth: bad key "x\\u001b[2J" end\\u0007');
	});

	it('turns what no check foresaw into a UsageError naming what failed, and keeps UsageErrors as they are', async () => {
		const failing = (error: unknown) => oneLineFailures('Cannot convert in.pth', () => Promise.reject(error));
		await expect(failing(new RangeError('Array buffer allocation failed'))).rejects.toThrow(
			new UsageError('Cannot convert in.pth: RangeError: Array buffer allocation failed.')
		);
		const denied = Object.assign(new Error("EACCES: permission denied, open 'in.pth'"), { code: 'EACCES' });
		await expect(failing(denied)).rejects.toThrow(new UsageError('Cannot convert in.pth: permission denied.'));
		await expect(failing('a string')).rejects.toThrow(new UsageError('Cannot convert in.pth: a string.'));
		await expect(failing(new UsageError('As it was.'))).rejects.toThrow(new UsageError('As it was.'));
		expect(errorReason(new Error(''))).toBe('no message');
	});
});

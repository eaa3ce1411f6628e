import { describe, expect, it } from 'vitest';
import { floatToHalf, halfToFloatTable } from './float16';

describe('float16', () => {
	it('decodes the landmarks of IEEE half precision', () => {
		const table = halfToFloatTable();
		expect(table[0x3c00]).toBe(1);
		expect(table[0xc000]).toBe(-2);
		expect(table[0x7bff]).toBe(65504);
		expect(table[0x0001]).toBe(2 ** -24);
		expect(table[0x0400]).toBe(2 ** -14);
		expect(table[0x7c00]).toBe(Infinity);
		expect(table[0xfc00]).toBe(-Infinity);
		expect(table[0x7e00]).toBeNaN();
		expect(Object.is(table[0x8000], -0)).toBe(true);
	});

	it('encodes every half value back to its own bits', () => {
		const table = halfToFloatTable();
		for (let bits = 0; bits < 0x10000; bits++) {
			if (Number.isNaN(table[bits])) continue;
			if (floatToHalf(table[bits]) !== bits) throw new Error(`0x${bits.toString(16)} does not round-trip`);
		}
	});

	it('rounds to nearest, ties to even, and overflows to infinity', () => {
		expect(floatToHalf(1 + 2 ** -11)).toBe(0x3c00); // halfway between 1 and the next half: even is 1
		expect(floatToHalf(1 + 3 * 2 ** -11)).toBe(0x3c02); // halfway, rounds up to the even neighbour
		expect(floatToHalf(1 + 2 ** -11 + 2 ** -20)).toBe(0x3c01);
		expect(floatToHalf(65519)).toBe(0x7bff);
		expect(floatToHalf(65520)).toBe(0x7c00);
		expect(floatToHalf(2 ** -25)).toBe(0); // halfway to the smallest subnormal: even is zero
		expect(floatToHalf(3 * 2 ** -26)).toBe(0x0001);
		expect(floatToHalf(1e-10)).toBe(0);
		expect(floatToHalf(-1e-10)).toBe(0x8000);
		expect(floatToHalf(NaN) & 0x7c00).toBe(0x7c00);
	});
});

/**
 * Half-precision bit patterns ↔ float32, for reading float16 checkpoints and
 * writing float16-quantised weights (tfjs's `float16`).
 */

let halfTable: Float32Array | null = null;

function decodeHalf(bits: number): number {
	const sign = bits & 0x8000 ? -1 : 1;
	const exponent = (bits >> 10) & 0x1f;
	const fraction = bits & 0x3ff;
	if (exponent === 0) return sign * fraction * 2 ** -24;
	if (exponent === 0x1f) return fraction ? NaN : sign * Infinity;
	return sign * (1 + fraction / 1024) * 2 ** (exponent - 15);
}

/** All 65 536 half values, built once: a lookup beats decoding 60 million weights one by one. */
export function halfToFloatTable(): Float32Array {
	if (!halfTable) {
		halfTable = new Float32Array(0x10000);
		for (let bits = 0; bits < 0x10000; bits++) halfTable[bits] = decodeHalf(bits);
	}
	return halfTable;
}

const scratchF32 = new Float32Array(1);
const scratchU32 = new Uint32Array(scratchF32.buffer);

/** float32 → float16 bits, rounding to nearest even, with subnormals, overflow to ±Infinity and NaN. */
export function floatToHalf(value: number): number {
	scratchF32[0] = value;
	const x = scratchU32[0];
	const sign = (x >>> 16) & 0x8000;
	const exponent = (x >>> 23) & 0xff;
	const mantissa = x & 0x7fffff;
	if (exponent === 0xff) return sign | 0x7c00 | (mantissa ? 0x200 : 0);
	const e = exponent - 127 + 15;
	if (e >= 0x1f) return sign | 0x7c00;
	if (e <= 0) {
		if (e < -10) return sign;
		// Subnormal half: shift the mantissa (with its implicit 1) right, rounding to nearest even.
		const m = mantissa | 0x800000;
		const shift = 14 - e;
		const half = m >>> shift;
		const rest = m & ((1 << shift) - 1);
		const halfway = 1 << (shift - 1);
		const round = rest > halfway || (rest === halfway && half & 1) ? 1 : 0;
		return sign | (half + round);
	}
	const half = (e << 10) | (mantissa >>> 13);
	const rest = mantissa & 0x1fff;
	const round = rest > 0x1000 || (rest === 0x1000 && half & 1) ? 1 : 0;
	// A carry out of the mantissa correctly bumps the exponent (up to Infinity).
	return sign | (half + round);
}

import { describe, expect, it } from 'vitest';
import { floatToHalf } from '../weights/float16';
import { bytesSource } from './byte-source';
import { PthError } from './errors';
import { readFloat16Bits, readFloat32 } from './tensor-data';
import type { StorageDtype, TensorRef } from './tensors';

const bytesOf = (array: ArrayBufferView) => new Uint8Array(array.buffer, array.byteOffset, array.byteLength);

function tensor(dtype: StorageDtype, numel: number, shape: number[], stride: number[], offset = 0): TensorRef {
	return { storage: { key: '0', dtype, numel }, offset, shape, stride };
}

/** 0, 1, 2, … as float32: each value says which storage element it came from. */
const counting = (n: number) => Float32Array.from({ length: n }, (_, i) => i);

describe('readFloat32', () => {
	it('reads a contiguous tensor at an offset', async () => {
		const values = await readFloat32(tensor('float32', 10, [2, 3], [3, 1], 4), bytesSource(bytesOf(counting(10))));
		expect([...values]).toEqual([4, 5, 6, 7, 8, 9]);
	});

	it('gathers a transposed view', async () => {
		// storage holds [[0,1,2],[3,4,5]]; its transpose is 3×2 with stride (1, 3)
		const values = await readFloat32(tensor('float32', 6, [3, 2], [1, 3]), bytesSource(bytesOf(counting(6))));
		expect([...values]).toEqual([0, 3, 1, 4, 2, 5]);
	});

	it('gathers a strided slice of a 4-d storage with an offset', async () => {
		// x = arange(2*3*4).reshape(2,3,4); x[:, 1:, ::2] has shape (2,2,2), stride (12,4,2), offset 4
		const values = await readFloat32(
			tensor('float32', 24, [2, 2, 2], [12, 4, 2], 4),
			bytesSource(bytesOf(counting(24)))
		);
		expect([...values]).toEqual([4, 6, 8, 10, 16, 18, 20, 22]);
	});

	it('reads from a storage that is not 4-byte aligned in its buffer', async () => {
		const shifted = new Uint8Array(4 * 5 + 1);
		shifted.set(bytesOf(counting(5)), 1);
		const values = await readFloat32(tensor('float32', 5, [5], [1]), bytesSource(shifted.subarray(1)));
		expect([...values]).toEqual([0, 1, 2, 3, 4]);
	});

	it('widens float16, bfloat16 and float64', async () => {
		const source = [1, -2.5, 65504, 2 ** -24, 0.1];
		const halves = Uint16Array.from(source, floatToHalf);
		expect([...(await readFloat32(tensor('float16', 5, [5], [1]), bytesSource(bytesOf(halves))))]).toEqual([
			1,
			-2.5,
			65504,
			2 ** -24,
			Math.fround(0.0999755859375)
		]);
		// values bfloat16 holds exactly: its bits are the top half of the float32's
		const exact = Float32Array.from([1.5, -3, 2 ** 100]);
		const bf16 = Uint16Array.from(new Uint32Array(exact.buffer), (bits) => bits >>> 16);
		expect([...(await readFloat32(tensor('bfloat16', 3, [3], [1]), bytesSource(bytesOf(bf16))))]).toEqual([...exact]);
		const doubles = Float64Array.from([0.5, -1e-3]);
		expect([...(await readFloat32(tensor('float64', 2, [2], [1]), bytesSource(bytesOf(doubles))))]).toEqual([
			0.5,
			Math.fround(-1e-3)
		]);
	});

	it('keeps float16 bits unchanged when asked', async () => {
		const halves = Uint16Array.from([0x3c00, 0xc100, 0x7bff, 0x0001]);
		const bits = await readFloat16Bits(tensor('float16', 4, [2, 2], [1, 2]), bytesSource(bytesOf(halves)));
		expect([...bits]).toEqual([0x3c00, 0x7bff, 0xc100, 0x0001]);
	});

	it('refuses integer tensors and storages shorter than their tensor', async () => {
		await expect(readFloat32(tensor('int64', 2, [2], [1]), bytesSource(new Uint8Array(16)))).rejects.toThrow(/int64/);
		await expect(readFloat32(tensor('float32', 4, [4], [1]), bytesSource(new Uint8Array(12)))).rejects.toBeInstanceOf(
			PthError
		);
	});
});

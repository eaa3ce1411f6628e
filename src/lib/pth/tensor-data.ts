/**
 * A tensor's values, read from its storage entry into a caller's array.
 * Contiguous tensors stream through in chunks (the page never holds a second
 * copy of a 150 MB layer); views with offsets or strides are gathered from the
 * part of the storage they span.
 */
import { halfToFloatTable } from '../weights/float16';
import type { ByteSource } from './byte-source';
import { PthError, quoted } from './errors';
import { DTYPE_BYTES, isContiguous, numel, storageSpan, type StorageDtype, type TensorRef } from './tensors';

/** Elements per read: 16 MB of float32, small beside a model, large enough to keep reads few. */
const CHUNK_ELEMENTS = 4 << 20;

type Target = Float32Array | Uint16Array;

/** A typed view needs its byte offset to be a multiple of the element size; copy when it is not. */
function aligned(bytes: Uint8Array, itemBytes: number): Uint8Array {
	return bytes.byteOffset % itemBytes === 0 ? bytes : bytes.slice();
}

/** Decodes `bytes` (elements of `dtype`) into `out` from index `at`. */
function decodeInto(dtype: StorageDtype, bytes: Uint8Array, out: Target, at: number): void {
	const count = bytes.length / DTYPE_BYTES[dtype];
	const sameBits =
		(dtype === 'float32' && out instanceof Float32Array) || (dtype === 'float16' && out instanceof Uint16Array);
	if (sameBits) {
		new Uint8Array(out.buffer, out.byteOffset + at * out.BYTES_PER_ELEMENT, bytes.length).set(bytes);
		return;
	}
	if (!(out instanceof Float32Array)) throw new Error(`internal: ${dtype} cannot be kept as float16 bits`);
	const src = aligned(bytes, DTYPE_BYTES[dtype]);
	switch (dtype) {
		case 'float16': {
			const table = halfToFloatTable();
			const halves = new Uint16Array(src.buffer, src.byteOffset, count);
			for (let i = 0; i < count; i++) out[at + i] = table[halves[i]];
			return;
		}
		case 'bfloat16': {
			// bfloat16 is the top half of a float32: shift the bits into place.
			const halves = new Uint16Array(src.buffer, src.byteOffset, count);
			const bits = new Uint32Array(out.buffer, out.byteOffset + at * 4, count);
			for (let i = 0; i < count; i++) bits[i] = halves[i] << 16;
			return;
		}
		case 'float64':
			out.set(new Float64Array(src.buffer, src.byteOffset, count), at);
			return;
		default:
			throw new PthError('unsupported', `A ${dtype} tensor cannot be used as weights.`);
	}
}

/** Copies the strided elements of `tensor` out of `span` (its decoded storage span, starting at `first`). */
function gather(tensor: TensorRef, span: Target, first: number, out: Target): void {
	const { shape, stride } = tensor;
	const index = new Array<number>(shape.length).fill(0);
	const total = numel(shape);
	let source = tensor.offset - first;
	for (let n = 0; n < total; n++) {
		out[n] = span[source];
		// Odometer over the multi-index: bump the last axis, carrying into earlier ones.
		for (let axis = shape.length - 1; axis >= 0; axis--) {
			index[axis]++;
			source += stride[axis];
			if (index[axis] < shape[axis]) break;
			source -= stride[axis] * shape[axis];
			index[axis] = 0;
		}
	}
}

/** Called as values arrive: how many of the tensor's elements are done. */
export type ElementProgress = (done: number) => void;

async function readInto(
	tensor: TensorRef,
	storage: ByteSource,
	out: Target,
	onElements?: ElementProgress
): Promise<void> {
	const { dtype, key } = tensor.storage;
	const itemBytes = DTYPE_BYTES[dtype];
	const count = numel(tensor.shape);
	if (out.length !== count) throw new Error(`internal: ${count} elements into an array of ${out.length}`);
	const { first, end } = storageSpan(tensor);
	if (end * itemBytes > storage.size) {
		throw new PthError(
			'corrupt',
			`Storage ${quoted(key)} holds ${storage.size} bytes, fewer than its tensor needs (${end * itemBytes}).`
		);
	}
	if (isContiguous(tensor)) {
		for (let done = 0; done < count; done += CHUNK_ELEMENTS) {
			const n = Math.min(CHUNK_ELEMENTS, count - done);
			decodeInto(dtype, await storage.read((first + done) * itemBytes, n * itemBytes), out, done);
			onElements?.(done + n);
		}
		return;
	}
	const span = out instanceof Float32Array ? new Float32Array(end - first) : new Uint16Array(end - first);
	decodeInto(dtype, await storage.read(first * itemBytes, (end - first) * itemBytes), span, 0);
	gather(tensor, span, first, out);
	onElements?.(count);
}

/** The tensor as float32, whatever its floating-point dtype. */
export async function readFloat32(
	tensor: TensorRef,
	storage: ByteSource,
	out?: Float32Array,
	onElements?: ElementProgress
): Promise<Float32Array> {
	const target = out ?? new Float32Array(numel(tensor.shape));
	await readInto(tensor, storage, target, onElements);
	return target;
}

/** A float16 tensor's bit patterns, unconverted (kept as tfjs `float16` quantisation). */
export async function readFloat16Bits(
	tensor: TensorRef,
	storage: ByteSource,
	out?: Uint16Array,
	onElements?: ElementProgress
): Promise<Uint16Array> {
	if (tensor.storage.dtype !== 'float16') throw new Error(`internal: ${tensor.storage.dtype} is not float16`);
	const target = out ?? new Uint16Array(numel(tensor.shape));
	await readInto(tensor, storage, target, onElements);
	return target;
}

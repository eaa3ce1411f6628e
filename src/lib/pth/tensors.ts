/**
 * Tensors as torch saves them: a reference into a storage (the zip entry
 * `data/<key>`) with an offset, a shape and strides. Nothing is read from a
 * storage until a tensor is converted (tensor-data.ts).
 */

export type StorageDtype =
	'float32' | 'float16' | 'bfloat16' | 'float64' | 'int64' | 'int32' | 'int16' | 'int8' | 'uint8' | 'bool';

export const DTYPE_BYTES: Record<StorageDtype, number> = {
	float32: 4,
	float16: 2,
	bfloat16: 2,
	float64: 8,
	int64: 8,
	int32: 4,
	int16: 2,
	int8: 1,
	uint8: 1,
	bool: 1
};

export interface StorageRef {
	/** The zip entry `<archive>/data/<key>`. */
	key: string;
	dtype: StorageDtype;
	/** Elements, as the pickle declares; checked against the entry's size when read. */
	numel: number;
}

export interface TensorRef {
	storage: StorageRef;
	/** In elements, as PyTorch counts them. */
	offset: number;
	shape: number[];
	stride: number[];
}

export function isTensorRef(value: unknown): value is TensorRef {
	return typeof value === 'object' && value !== null && 'storage' in value && 'stride' in value;
}

export const numel = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);

/** Strides of a row-major tensor of this shape. */
export function contiguousStrides(shape: readonly number[]): number[] {
	const strides = new Array<number>(shape.length);
	let step = 1;
	for (let i = shape.length - 1; i >= 0; i--) {
		strides[i] = step;
		step *= shape[i];
	}
	return strides;
}

export function isContiguous(tensor: TensorRef): boolean {
	const expected = contiguousStrides(tensor.shape);
	return tensor.shape.every((size, i) => size === 1 || tensor.stride[i] === expected[i]);
}

/** The element range [first, end) of the storage a tensor touches. */
export function storageSpan(tensor: TensorRef): { first: number; end: number } {
	if (numel(tensor.shape) === 0) return { first: tensor.offset, end: tensor.offset };
	const last = tensor.shape.reduce((sum, size, i) => sum + (size - 1) * tensor.stride[i], tensor.offset);
	return { first: tensor.offset, end: last + 1 };
}

/**
 * Whether two indices of the tensor reach the same storage element (stride 0,
 * or strides too small for the sizes inside them). Axes of size 1 never step.
 * Sorted by stride, each axis must step past everything the smaller ones span.
 */
export function overlaps(tensor: TensorRef): boolean {
	if (numel(tensor.shape) === 0) return false;
	const axes = tensor.shape
		.map((size, i) => ({ size, stride: tensor.stride[i] }))
		.filter((a) => a.size > 1)
		.sort((a, b) => a.stride - b.stride);
	let spanned = 1; // elements covered by the axes so far, from one start
	for (const { size, stride } of axes) {
		if (stride < spanned) return true;
		spanned = stride * (size - 1) + spanned;
	}
	return false;
}

/**
 * Per storage, the bytes its tensors reach: the furthest byte any of them
 * reads, (offset + Σ (size − 1) · stride + 1) × element size. A deflated
 * storage is inflated only this far, whatever the pickle or the zip declares.
 */
export function storageReach(tensors: Iterable<TensorRef>): Map<StorageRef, number> {
	const reach = new Map<StorageRef, number>();
	for (const tensor of tensors) {
		const bytes = numel(tensor.shape) === 0 ? 0 : storageSpan(tensor).end * DTYPE_BYTES[tensor.storage.dtype];
		reach.set(tensor.storage, Math.max(reach.get(tensor.storage) ?? 0, bytes));
	}
	return reach;
}

/**
 * A matched checkpoint → the app's weights format: tensors in the variant's
 * parameter order, read storage by storage. The browser builds one
 * ArrayBuffer the engine loads directly; the converter reads float32 and
 * encodes as asked.
 */
import { countNonFinite, countNonFiniteHalves, nonFiniteError, type NonFiniteTensor } from '../weights/finite';
import type { ModelCard, ModelJson, WeightEntry } from '../weights/manifest';
import type { NamedTensor } from '../weights/writer';
import type { VariantComparison } from './match-variant';
import { expectedShapes } from './match-variant';
import type { PthCheckpoint } from './read-pth';
import { keyName, PthError } from './errors';
import { numel, type StorageDtype, type TensorRef } from './tensors';
import { readFloat16Bits, readFloat32 } from './tensor-data';

export type ProgressListener = (done: number, total: number) => void;

interface Named {
	name: string;
	tensor: TensorRef;
}

const FLOATING: readonly StorageDtype[] = ['float32', 'float16', 'bfloat16', 'float64'];

/**
 * The manifest lists weights in the order PyTorch's module defines them. Every
 * one must be floating point, checked before any is read.
 */
function ordered(checkpoint: PthCheckpoint, match: VariantComparison): Named[] {
	const named = [...expectedShapes(match.network).keys()].map((name) => ({
		name,
		tensor: checkpoint.tensors.get(name) as TensorRef
	}));
	const whole = named.find(({ tensor }) => !FLOATING.includes(tensor.storage.dtype));
	if (whole) {
		throw new PthError(
			'unsupported',
			`${keyName(whole.name)} holds ${whole.tensor.storage.dtype} values; weights must be floating point (${FLOATING.join(', ')}).`
		);
	}
	return named;
}

/** float16 checkpoints stay float16 in memory (half the size), marked as tfjs float16 quantisation. */
const keptAsFloat16 = (tensor: TensorRef) => tensor.storage.dtype === 'float16';
const encodedBytes = (tensor: TensorRef) => numel(tensor.shape) * (keptAsFloat16(tensor) ? 2 : 4);

export interface InMemoryWeights {
	manifest: ModelJson;
	/** Every tensor end to end, in manifest order: transferable to the engine's worker. */
	data: ArrayBuffer;
}

export async function toInMemoryWeights(
	checkpoint: PthCheckpoint,
	match: VariantComparison,
	card: ModelCard,
	onProgress: ProgressListener = () => {}
): Promise<InMemoryWeights> {
	const tensors = ordered(checkpoint, match);
	const total = tensors.reduce((sum, t) => sum + encodedBytes(t.tensor), 0);
	const data = new ArrayBuffer(total);
	const entries: WeightEntry[] = [];
	let at = 0;
	const nonFinite: NonFiniteTensor[] = [];
	onProgress(0, total);
	for (const { name, tensor } of tensors) {
		const storage = await checkpoint.openStorage(tensor);
		const count = numel(tensor.shape);
		const entry: WeightEntry = { name, shape: tensor.shape, dtype: 'float32' };
		const start = at;
		const progress = (done: number) => onProgress(start + (done * encodedBytes(tensor)) / count, total);
		let bad: number;
		if (keptAsFloat16(tensor)) {
			entry.quantization = { dtype: 'float16' };
			bad = countNonFiniteHalves(await readFloat16Bits(tensor, storage, new Uint16Array(data, at, count), progress));
		} else if (at % 4 === 0) {
			bad = countNonFinite(await readFloat32(tensor, storage, new Float32Array(data, at, count), progress));
		} else {
			// After an odd number of float16 values a Float32Array cannot start here: go through a copy.
			const values = await readFloat32(tensor, storage, undefined, progress);
			new Uint8Array(data, at, values.byteLength).set(new Uint8Array(values.buffer));
			bad = countNonFinite(values);
		}
		if (bad > 0) nonFinite.push({ name, count: bad });
		entries.push(entry);
		at += encodedBytes(tensor);
	}
	// The page has no use for a model whose every prediction is NaN: refused, as convert does without its flag.
	if (nonFinite.length > 0) throw nonFiniteError(nonFinite);
	const manifest: ModelJson = {
		format: 'alexnet-lab-weights',
		version: 1,
		modelCard: card,
		weightsManifest: [{ paths: [], weights: entries }]
	};
	return { manifest, data };
}

/**
 * Every parameter as float32, one at a time in manifest order, for the
 * converter to check and encode: only one float32 copy is held at a time
 * when it keeps a smaller encoding.
 */
export async function forEachFloat32(
	checkpoint: PthCheckpoint,
	match: VariantComparison,
	use: (tensor: NamedTensor) => void
): Promise<void> {
	for (const { name, tensor } of ordered(checkpoint, match)) {
		const values = await readFloat32(tensor, await checkpoint.openStorage(tensor));
		use({ name, shape: tensor.shape, values });
	}
}

/** Every parameter as float32. */
export async function readAllFloat32(checkpoint: PthCheckpoint, match: VariantComparison): Promise<NamedTensor[]> {
	const out: NamedTensor[] = [];
	await forEachFloat32(checkpoint, match, (tensor) => out.push(tensor));
	return out;
}

/**
 * Writing the app's weights format: each tensor encoded (float32, or
 * quantised to float16 / uint8 as tfjs defines them), laid end to end in
 * manifest order, cut into shards, with the model card beside the manifest.
 */
import { floatToHalf } from './float16';
import type { ModelCard, ModelJson, Quantization, WeightEntry } from './manifest';

export type Encoding = 'float32' | 'float16' | 'uint8';

export interface NamedTensor {
	name: string;
	shape: number[];
	values: Float32Array;
}

export interface EncodedTensor {
	entry: WeightEntry;
	bytes: Uint8Array;
}

/** tfjs's usual shard size: big enough for few requests, small enough for caches and progress. */
export const SHARD_BYTES = 4 * 1024 * 1024;

/** Affine uint8: value ≈ byte * scale + min, with the tensor's own range (as tfjs's converter does). */
function quantizeUint8(values: Float32Array): { bytes: Uint8Array; quantization: Quantization } {
	let min = Infinity;
	let max = -Infinity;
	for (const v of values) {
		if (v < min) min = v;
		if (v > max) max = v;
	}
	if (values.length === 0) min = max = 0;
	const scale = max > min ? (max - min) / 255 : 1;
	const bytes = new Uint8Array(values.length);
	for (let i = 0; i < values.length; i++) bytes[i] = Math.min(255, Math.max(0, Math.round((values[i] - min) / scale)));
	return { bytes, quantization: { dtype: 'uint8', scale, min } };
}

function quantizeFloat16(values: Float32Array): Uint8Array {
	const halves = new Uint16Array(values.length);
	for (let i = 0; i < values.length; i++) halves[i] = floatToHalf(values[i]);
	return new Uint8Array(halves.buffer);
}

export function encodeTensor(tensor: NamedTensor, encoding: Encoding): EncodedTensor {
	const entry: WeightEntry = { name: tensor.name, shape: tensor.shape, dtype: 'float32' };
	switch (encoding) {
		case 'float32':
			return { entry, bytes: new Uint8Array(tensor.values.buffer, tensor.values.byteOffset, tensor.values.byteLength) };
		case 'float16':
			return { entry: { ...entry, quantization: { dtype: 'float16' } }, bytes: quantizeFloat16(tensor.values) };
		case 'uint8': {
			const { bytes, quantization } = quantizeUint8(tensor.values);
			return { entry: { ...entry, quantization }, bytes };
		}
	}
}

/** tfjs's shard names: `group1-shard1of3.bin`. */
export function shardNames(count: number): string[] {
	return Array.from({ length: count }, (_, i) => `group1-shard${i + 1}of${count}.bin`);
}

export interface WrittenWeights {
	modelJson: ModelJson;
	/**
	 * File name → contents, model.json's shards in order. Each shard is its
	 * pieces, views of the encoded tensors it spans, written one after another:
	 * no second copy of the model is made.
	 */
	shards: Map<string, Uint8Array[]>;
}

/** Tensors' bytes end to end, cut every `shardBytes`: each shard as the pieces of the tensors it spans. */
function cutShards(tensors: readonly EncodedTensor[], shardBytes: number): Uint8Array[][] {
	const shards: Uint8Array[][] = [];
	let pieces: Uint8Array[] = [];
	let filled = 0;
	for (const { bytes } of tensors) {
		for (let at = 0; at < bytes.length;) {
			const take = Math.min(shardBytes - filled, bytes.length - at);
			pieces.push(bytes.subarray(at, at + take));
			filled += take;
			at += take;
			if (filled === shardBytes) {
				shards.push(pieces);
				pieces = [];
				filled = 0;
			}
		}
	}
	if (filled > 0 || shards.length === 0) shards.push(pieces);
	return shards;
}

/** The manifest and its shards: tensors in order, cut every `shardBytes`. */
export function writeWeights(card: ModelCard, tensors: EncodedTensor[], shardBytes = SHARD_BYTES): WrittenWeights {
	const cut = cutShards(tensors, shardBytes);
	const names = shardNames(cut.length);
	const shards = new Map(names.map((name, i) => [name, cut[i]]));
	const modelJson: ModelJson = {
		format: 'alexnet-lab-weights',
		version: 1,
		modelCard: card,
		weightsManifest: [{ paths: names, weights: tensors.map((t) => t.entry) }]
	};
	return { modelJson, shards };
}

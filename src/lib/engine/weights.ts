/**
 * Reading the weights format (src/lib/weights/manifest.ts): tfjs weights
 * manifest groups whose shards are concatenated, entries packed back to back,
 * float32 or quantised (float16, uint8 with scale/min) and dequantised here.
 * Plain typed arrays in PyTorch's layouts; the forward pass makes tensors.
 */
import { halfToFloatTable } from '../weights/float16';
import type { ModelJson, WeightEntry } from '../weights/manifest';
import type { WeightsSource } from './types';

/** One parameter, float32, in PyTorch's layout (conv OIHW, linear [out, in]). */
export interface Parameter {
	shape: number[];
	data: Float32Array;
}

export interface DecodedWeights {
	manifest: ModelJson;
	/** By PyTorch state-dict name: `features.0.weight`. */
	parameters: Map<string, Parameter>;
}

const elementCount = (shape: number[]): number => shape.reduce((a, b) => a * b, 1);

/** Bytes one entry takes in its shard. */
export function entryBytes(entry: WeightEntry): number {
	const perValue = entry.quantization ? (entry.quantization.dtype === 'uint8' ? 1 : 2) : 4;
	return elementCount(entry.shape) * perValue;
}

function decodeEntry(entry: WeightEntry, bytes: Uint8Array): Float32Array {
	const n = elementCount(entry.shape);
	const q = entry.quantization;
	if (!q) return new Float32Array(bytes.slice().buffer, 0, n);
	const out = new Float32Array(n);
	if (q.dtype === 'float16') {
		const table = halfToFloatTable();
		const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
		for (let i = 0; i < n; i++) out[i] = table[view.getUint16(2 * i, true)];
		return out;
	}
	if (q.scale === undefined || q.min === undefined) {
		throw new Error(`weights: ${entry.name} is uint8-quantised but has no scale/min.`);
	}
	for (let i = 0; i < n; i++) out[i] = bytes[i] * q.scale + q.min;
	return out;
}

function concatBytes(buffers: ArrayBuffer[]): Uint8Array {
	if (buffers.length === 1) return new Uint8Array(buffers[0]);
	const total = buffers.reduce((sum, b) => sum + b.byteLength, 0);
	const out = new Uint8Array(total);
	let offset = 0;
	for (const b of buffers) {
		out.set(new Uint8Array(b), offset);
		offset += b.byteLength;
	}
	return out;
}

/**
 * Decodes every entry. `data` is all shards in manifest order (one buffer per
 * path, or everything already concatenated into one buffer).
 */
export function readWeights(manifest: ModelJson, data: ArrayBuffer | ArrayBuffer[]): DecodedWeights {
	if (manifest.format !== 'alexnet-lab-weights') {
		throw new Error(`weights: model.json has format ${JSON.stringify(manifest.format)}, not "alexnet-lab-weights".`);
	}
	const all = concatBytes(Array.isArray(data) ? data : [data]);
	const parameters = new Map<string, Parameter>();
	let offset = 0;
	for (const group of manifest.weightsManifest) {
		for (const entry of group.weights) {
			const size = entryBytes(entry);
			if (offset + size > all.byteLength) {
				throw new Error(
					`weights: the shards end at byte ${all.byteLength} but ${entry.name} needs bytes ${offset}–${offset + size}.`
				);
			}
			parameters.set(entry.name, { shape: entry.shape, data: decodeEntry(entry, all.subarray(offset, offset + size)) });
			offset += size;
		}
	}
	if (offset !== all.byteLength) {
		throw new Error(`weights: the manifest describes ${offset} bytes but the shards hold ${all.byteLength}.`);
	}
	return { manifest, parameters };
}

/** Fetches `model.json` and its shards (paths relative to it) from the app's own origin. */
export async function fetchWeights(url: string, fetchFn: typeof fetch = fetch): Promise<DecodedWeights> {
	const response = await fetchFn(url);
	if (!response.ok) throw new Error(`weights: ${url} answered ${response.status} ${response.statusText}.`);
	const manifest = (await response.json()) as ModelJson;
	const base = new URL(url, typeof location === 'undefined' ? undefined : location.href);
	const paths = manifest.weightsManifest.flatMap((group) => group.paths);
	const shards = await Promise.all(
		paths.map(async (path) => {
			const shardUrl = new URL(path, base).href;
			const shard = await fetchFn(shardUrl);
			if (!shard.ok) throw new Error(`weights: ${shardUrl} answered ${shard.status} ${shard.statusText}.`);
			return shard.arrayBuffer();
		})
	);
	return readWeights(manifest, shards);
}

export async function weightsFrom(source: WeightsSource): Promise<DecodedWeights> {
	return 'url' in source ? fetchWeights(source.url) : readWeights(source.manifest, source.data);
}

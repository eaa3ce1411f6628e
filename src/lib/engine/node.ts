/**
 * The engine in Node: WASM and CPU backends, weights read from a folder.
 * Imported by the CLI, the benchmark and the unit tests, never by the app.
 */
import * as tf from '@tensorflow/tfjs-core';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ModelJson } from '../weights/manifest';
import { createEngine, type Engine, type EngineOptions } from './engine';
import type { BackendName } from './types';
import { readWeights, type DecodedWeights } from './weights';

/** What runs in Node: the GPU backends need a browser. */
export const nodeBackends: readonly BackendName[] = ['wasm', 'cpu'];

/** `dir/model.json` and its shards' bytes, as the engine loads them. */
export async function readWeightsSource(dir: string): Promise<{ manifest: ModelJson; data: ArrayBuffer[] }> {
	const manifest = JSON.parse(await readFile(join(dir, 'model.json'), 'utf8')) as ModelJson;
	const paths = manifest.weightsManifest.flatMap((group) => group.paths);
	const data = await Promise.all(paths.map(async (path) => new Uint8Array(await readFile(join(dir, path))).buffer));
	return { manifest, data };
}

/** Reads and decodes `dir/model.json` and its shards. */
export async function readWeightsDir(dir: string): Promise<DecodedWeights> {
	const { manifest, data } = await readWeightsSource(dir);
	return readWeights(manifest, data);
}

export function createNodeEngine(options: Omit<EngineOptions, 'offered'> = {}): Engine {
	// Production mode silences tfjs's console advice (install tfjs-node) that would pollute CLI output.
	tf.enableProdMode();
	return createEngine({ ...options, offered: nodeBackends });
}

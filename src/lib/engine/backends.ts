/**
 * Starting a tfjs backend and saying what it runs on. Backend packages are
 * imported only when asked for, so a page that ends up on WASM never loads
 * the WebGPU or WebGL code.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { BackendName } from './types';
import { describeAdapter, gpuAdapter, type AdapterDescription } from './adapters';

const imports: Record<BackendName, () => Promise<unknown>> = {
	webgpu: () => import('@tensorflow/tfjs-backend-webgpu'),
	webgl: () => import('@tensorflow/tfjs-backend-webgl'),
	wasm: () => import('@tensorflow/tfjs-backend-wasm'),
	cpu: () => import('@tensorflow/tfjs-backend-cpu')
};

/** Platform-specific set-up around a backend's start (the browser worker points WASM at its own files). */
export interface BackendHooks {
	beforeStart?(name: BackendName): void | Promise<void>;
	afterStart?(name: BackendName): void;
}

/**
 * Makes `name` tfjs's current backend, starting it the first time; throws with
 * a readable reason when it cannot start. WebGPU is refused before start-up when
 * the browser offers no adapter at all.
 */
export async function startBackend(name: BackendName, hooks: BackendHooks = {}): Promise<AdapterDescription> {
	if (name === 'webgpu' && !(await gpuAdapter())) throw new Error('this browser offers no WebGPU adapter');
	if (!tf.findBackendFactory(name)) await imports[name]();
	if (!tf.findBackendFactory(name)) throw new Error(`${name} is not available on this platform`);
	const firstStart = !tf.engine().registry[name];
	if (firstStart) await hooks.beforeStart?.(name);
	try {
		if (!(await tf.setBackend(name))) throw new Error(`${name} failed to initialise`);
		await tf.ready();
	} finally {
		if (firstStart) hooks.afterStart?.(name);
	}
	return describeAdapter(name);
}

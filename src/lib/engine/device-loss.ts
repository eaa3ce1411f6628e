/**
 * Noticing that a GPU backend died under us (driver reset, tab backgrounded
 * too long, `device.destroy()`), and forgetting the dead backend so that it
 * can be started afresh later.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { BackendName } from './types';

interface WebGpuBackendLike {
	device?: { lost?: Promise<{ reason?: string; message?: string }>; destroy?(): void };
}
interface WebGlBackendLike {
	canvas?: EventTarget;
	gpgpu?: { gl?: WebGLRenderingContext | WebGL2RenderingContext };
}

/** Calls `onLost` once if the current backend's device goes away. */
export function watchDeviceLoss(name: BackendName, onLost: (why: string) => void): void {
	if (name === 'webgpu') {
		const device = (tf.backend() as unknown as WebGpuBackendLike).device;
		void device?.lost?.then((info) =>
			onLost(`the WebGPU device was lost (${info.message || info.reason || 'no reason given'})`)
		);
	}
	if (name === 'webgl') {
		const canvas = (tf.backend() as unknown as WebGlBackendLike).canvas;
		canvas?.addEventListener('webglcontextlost', () => onLost('the WebGL context was lost'), { once: true });
	}
}

/** Test hook: makes the current GPU backend lose its device, as a driver reset would. */
export function loseDevice(name: BackendName): boolean {
	if (name === 'webgpu') {
		const device = (tf.backend() as unknown as WebGpuBackendLike).device;
		device?.destroy?.();
		return Boolean(device?.destroy);
	}
	if (name === 'webgl') {
		const gl = (tf.backend() as unknown as WebGlBackendLike).gpgpu?.gl;
		const lose = gl?.getExtension('WEBGL_lose_context');
		lose?.loseContext();
		return Boolean(lose);
	}
	return false;
}

/** Drops a dead backend's instance but keeps its factory, so a later start builds a new one. */
export function forgetBackend(name: BackendName): void {
	const factory = tf.findBackendFactory(name);
	try {
		tf.removeBackend(name);
	} catch {
		// Disposing a backend whose device is gone may throw; the instance is dropped either way.
	}
	if (factory) tf.registerBackend(name, factory);
}

/**
 * What a backend actually runs on. A "GPU" backend may be a software
 * rasteriser on the CPU (SwiftShader, llvmpipe), typically 20–80× slower than
 * WASM: the adapter says so before anything is measured.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { BackendName } from './types';

export interface AdapterDescription {
	/** In words, for the CLIs and the benchmark: `SwiftShader (software GPU)`, `WebAssembly SIMD, 2 threads`. */
	adapter: string;
	/** GPU backends: the GPU's name as the browser reports it (the page words the rest in its language). */
	gpu?: string;
	software: boolean;
	threads?: number;
	simd?: boolean;
}

/** The parts of WebGPU's adapter we read (not every TypeScript DOM lib has them). */
interface GpuAdapterLike {
	info?: { vendor?: string; architecture?: string; description?: string; isFallbackAdapter?: boolean };
	isFallbackAdapter?: boolean;
}
interface GpuLike {
	requestAdapter(): Promise<GpuAdapterLike | null>;
}

const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software|basic render/i;

export async function gpuAdapter(): Promise<GpuAdapterLike | null> {
	const gpu = (globalThis.navigator as (Navigator & { gpu?: GpuLike }) | undefined)?.gpu;
	if (!gpu) return null;
	try {
		return await gpu.requestAdapter();
	} catch {
		return null;
	}
}

async function describeWebGpu(): Promise<AdapterDescription> {
	const adapter = await gpuAdapter();
	const info = adapter?.info ?? {};
	const name = [info.vendor, info.architecture, info.description].filter(Boolean).join(' ') || 'unknown GPU';
	const software = Boolean(info.isFallbackAdapter ?? adapter?.isFallbackAdapter) || SOFTWARE_RENDERER.test(name);
	return { adapter: software ? `${name} (software GPU)` : name, gpu: name, software };
}

interface WebGlBackendLike {
	gpgpu?: { gl?: WebGLRenderingContext | WebGL2RenderingContext };
}

function describeWebGl(): AdapterDescription {
	const gl = (tf.backend() as unknown as WebGlBackendLike).gpgpu?.gl;
	const debug = gl?.getExtension('WEBGL_debug_renderer_info');
	const renderer = gl ? String(gl.getParameter(debug ? debug.UNMASKED_RENDERER_WEBGL : gl.RENDERER)) : 'unknown GPU';
	const software = SOFTWARE_RENDERER.test(renderer);
	return { adapter: software ? `${renderer} (software GPU)` : renderer, gpu: renderer, software };
}

interface WasmModuleLike {
	getThreadsCount(): number;
}

async function describeWasm(): Promise<AdapterDescription> {
	const wasm = (await import('@tensorflow/tfjs-backend-wasm')) as unknown as WasmModuleLike;
	const simd = Boolean(await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT'));
	const threads = wasm.getThreadsCount();
	const plural = threads === 1 ? 'thread' : 'threads';
	return { adapter: `WebAssembly${simd ? ' SIMD' : ''}, ${threads} ${plural}`, software: false, threads, simd };
}

/** Call with `name` already the current backend. */
export async function describeAdapter(name: BackendName): Promise<AdapterDescription> {
	switch (name) {
		case 'webgpu':
			return describeWebGpu();
		case 'webgl':
			return describeWebGl();
		case 'wasm':
			return describeWasm();
		case 'cpu':
			return { adapter: 'JavaScript (no acceleration)', software: false };
	}
}

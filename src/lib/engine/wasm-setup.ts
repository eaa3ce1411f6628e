/**
 * WASM in the browser: binaries from the app's own origin (Vite copies them
 * out of node_modules at build time; no CDN), and one thread per core.
 *
 * tfjs 4.22 sizes XNNPACK's pool as navigator.hardwareConcurrency / 2 and caps
 * setThreadsCount at that (tensorflow/tfjs#8513): one thread on a 2-core
 * machine. The wasm module reads hardwareConcurrency once, while it starts, so
 * the worker reports twice the cores for that moment only. Threads need the
 * page to be cross-origin isolated (COOP/COEP headers); otherwise tfjs loads
 * the single-threaded SIMD binary and this changes nothing.
 */
import { setThreadsCount, setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import plainWasm from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import simdWasm from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import threadedSimdWasm from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import type { BackendHooks } from './backends';

/** tfjs pre-creates 8 pthread workers; more threads than that cannot run. */
const MAX_THREADS = 8;

export function wasmThreads(): number {
	return Math.max(1, Math.min(MAX_THREADS, navigator.hardwareConcurrency || 1));
}

export const browserHooks: BackendHooks = {
	beforeStart(name) {
		if (name !== 'wasm') return;
		setWasmPaths({
			'tfjs-backend-wasm.wasm': plainWasm,
			'tfjs-backend-wasm-simd.wasm': simdWasm,
			'tfjs-backend-wasm-threaded-simd.wasm': threadedSimdWasm
		});
		const threads = wasmThreads();
		setThreadsCount(threads);
		Object.defineProperty(navigator, 'hardwareConcurrency', { value: threads * 2, configurable: true });
	},
	afterStart(name) {
		// Removing the own property uncovers the real getter on the prototype again.
		if (name === 'wasm') delete (navigator as { hardwareConcurrency?: number }).hardwareConcurrency;
	}
};

/**
 * Build and server set-up the engine needs, as Vite plugins registered in
 * vite.config.ts:
 *
 *   plugins: [crossOriginIsolation(), sveltekit()],
 *   worker: { format: 'es', plugins: () => [tfjsWasmThreads()] },
 */
import type { Connect, Plugin } from 'vite';

/** The two headers that make a page cross-origin isolated: SharedArrayBuffer, hence WASM threads. */
export const ISOLATION_HEADERS = {
	'Cross-Origin-Opener-Policy': 'same-origin',
	'Cross-Origin-Embedder-Policy': 'require-corp'
} as const;

const setIsolationHeaders: Connect.NextHandleFunction = (_request, response, next) => {
	for (const [name, value] of Object.entries(ISOLATION_HEADERS)) response.setHeader(name, value);
	next();
};

/**
 * Sends the isolation headers on every response of `vite dev` and `vite preview`.
 * Vite's own `server.headers` / `preview.headers` never reach the pages and static
 * files SvelteKit answers itself, so without this the WASM backend runs one thread.
 */
export function crossOriginIsolation(): Plugin {
	return {
		name: 'alexnet-lab:cross-origin-isolation',
		configureServer: (server) => void server.middlewares.use(setIsolationHeaders),
		configurePreviewServer: (server) => void server.middlewares.use(setIsolationHeaders)
	};
}

const THREADED_GLUE = /@tensorflow\/tfjs-backend-wasm\/wasm-out\/tfjs-backend-wasm-threaded-simd\.js$/;
const GUARDED_STATEMENT = 'if(typeof _scriptDir !== "undefined" && _scriptDir){scriptDirectory=_scriptDir}';

/**
 * Keeps tfjs-backend-wasm's multi-threaded build working once minified (worker
 * plugin). tfjs starts its pthread workers with the text of the Emscripten
 * factory (`factory.toString()`), which runs there without the closure that
 * declares `_scriptDir`. Unminified, `typeof _scriptDir !== "undefined" &&
 * _scriptDir` guards that; the minifier sees the declaration and shortens the
 * guard to `_scriptDir !== void 0 && _scriptDir`, a ReferenceError in every
 * pthread worker, and the backend never starts. In a bundled module worker
 * `_scriptDir` is always undefined (no document.currentScript, no __filename),
 * so the statement does nothing and can simply go.
 */
export function tfjsWasmThreads(): Plugin {
	return {
		name: 'alexnet-lab:tfjs-wasm-threads',
		transform(code, id) {
			if (!THREADED_GLUE.test(id.split('?')[0])) return null;
			if (!code.includes(GUARDED_STATEMENT)) {
				this.error('tfjs-backend-wasm changed: re-check src/lib/engine/vite-plugins.ts before upgrading.');
			}
			return { code: code.replace(GUARDED_STATEMENT, ''), map: null };
		}
	};
}

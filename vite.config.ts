import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { crossOriginIsolation, tfjsWasmThreads } from './src/lib/engine/vite-plugins';
import { offlineBuild } from './src/lib/offline/vite-plugin';

export default defineConfig({
	// Cross-origin isolation lets the WASM backend use threads (SharedArrayBuffer);
	// a static host must send the same two headers (see README).
	plugins: [crossOriginIsolation(), sveltekit(), offlineBuild()],
	worker: { format: 'es', plugins: () => [tfjsWasmThreads()] },
	test: {
		include: ['src/**/*.test.ts'],
		environment: 'node',
		testTimeout: 60_000
	}
});

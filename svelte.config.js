import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ fallback: undefined, strict: true }),
		// Relative asset paths: the built site works from any folder of any static host.
		paths: { relative: true },
		// src/lib/offline/register.ts registers the worker (it reloads once for cross-origin isolation).
		serviceWorker: { register: false },
		// `*` is every English page; the Chinese ones (`/zh/…`) are found from `/zh/`.
		prerender: { handleHttpError: 'fail', entries: ['*', '/zh/'] }
	}
};

export default config;

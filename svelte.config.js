import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ fallback: undefined, strict: true }),
		// Relative asset paths: the built site works from any folder of any static host.
		paths: { relative: true },
		prerender: { handleHttpError: 'fail' }
	}
};

export default config;

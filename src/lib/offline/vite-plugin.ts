/**
 * What the service worker must know about the finished build, as a Vite plugin
 * registered in vite.config.ts after sveltekit().
 *
 * SvelteKit's `$service-worker` lists the app's chunks, but not the files the
 * engine's module worker brings (its chunks and tfjs's WASM binaries), and gives
 * no content hash for static files. After SvelteKit has built the client and the
 * worker, and before the adapter copies them to build/, this fills in the
 * worker's placeholder with every immutable file and the SHA-256 of every
 * static file, so nothing is listed by hand and renamed or resized model files
 * are picked up by the next build.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import type { OfflineBuild } from './precache-plan';

/** The name the worker reads (src/service-worker.ts). */
export const OFFLINE_BUILD_DEFINE = '__ALEXNET_OFFLINE_BUILD__';
const PLACEHOLDER = '@@alexnet-offline-build@@';
const PLACEHOLDER_LITERAL = /(["'`])@@alexnet-offline-build@@\1/;
const EMPTY: OfflineBuild = { immutable: [], hashes: {} };

function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesUnder(path) : [path];
	});
}

/** Every file under `dir` as a site path (`/models/…`), sorted. */
function sitePaths(root: string, dir: string): string[] {
	if (!existsSync(dir)) return [];
	return filesUnder(dir)
		.map((file) => '/' + relative(root, file).split(sep).join('/'))
		.sort();
}

/** The SHA-256 of every file in `staticDir`, keyed by its path from the site root. */
export function hashStaticFiles(staticDir: string): Record<string, string> {
	const hashes: Record<string, string> = {};
	for (const path of sitePaths(staticDir, staticDir)) {
		hashes[path] = createHash('sha256')
			.update(readFileSync(join(staticDir, path)))
			.digest('hex');
	}
	return hashes;
}

/** Puts the build's facts into the built worker script; fails the build if the placeholder is missing. */
export function fillOfflineBuild(script: string, facts: OfflineBuild): string {
	if (!PLACEHOLDER_LITERAL.test(script)) throw new Error(`${OFFLINE_BUILD_DEFINE} is missing from service-worker.js`);
	return script.replace(PLACEHOLDER_LITERAL, () => JSON.stringify(JSON.stringify(facts)));
}

export function offlineBuild(
	options = { staticDir: 'static', kitOutput: '.svelte-kit/output', appDir: '_app' }
): Plugin {
	let config: ResolvedConfig;
	return {
		name: 'alexnet-lab:offline-build',
		config: (_config, { command }) => ({
			define: { [OFFLINE_BUILD_DEFINE]: JSON.stringify(command === 'build' ? PLACEHOLDER : JSON.stringify(EMPTY)) }
		}),
		configResolved: (resolved) => void (config = resolved),
		writeBundle: {
			order: 'post',
			sequential: true,
			handler() {
				// SvelteKit builds client and worker inside the server build's writeBundle; the adapter copies in closeBundle.
				if (!config.build.ssr) return;
				const client = resolve(config.root, options.kitOutput, 'client');
				const worker = join(client, 'service-worker.js');
				if (!existsSync(worker)) return;
				const facts: OfflineBuild = {
					immutable: sitePaths(client, join(client, options.appDir, 'immutable')),
					hashes: hashStaticFiles(resolve(config.root, options.staticDir))
				};
				writeFileSync(worker, fillOfflineBuild(readFileSync(worker, 'utf8'), facts));
			}
		}
	};
}

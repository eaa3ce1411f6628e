/**
 * What the service worker keeps, as a pure function of SvelteKit's file lists
 * (`$service-worker`) and the build-time content hashes: nothing is listed by
 * hand, so renamed or resized model files are picked up by the next build.
 *
 * Two caches:
 * - pages, one per deploy (`alexnet-lab-pages-<version>`): the prerendered HTML,
 *   which changes with every deploy and is small;
 * - files, one for all deploys (`alexnet-lab-files`), content-addressed: built
 *   assets carry their hash in their name, static files (the model's weights,
 *   samples, labels, icons) are stored under `<url>?sha256=<hash>` (the Cache API
 *   ignores fragments, not queries). A deploy that
 *   leaves a file unchanged finds it already there and does not download it;
 *   entries no deploy lists any more are pruned when the new worker activates.
 */

export const PAGES_CACHE_PREFIX = 'alexnet-lab-pages-';
export const FILES_CACHE = 'alexnet-lab-files';

/** Filled in after the build (vite-plugin.ts): what `$service-worker` does not say. */
export interface OfflineBuild {
	/** Every file under `_app/immutable`, as a path without the base: includes the engine worker's chunks and WASM. */
	immutable: string[];
	/** SHA-256 of each static file, keyed by its path without the base (`/models/…`). */
	hashes: Record<string, string>;
}

export interface PrecacheInput {
	/** `$service-worker`'s lists: URL paths that already include the base. */
	build: string[];
	files: string[];
	prerendered: string[];
	version: string;
	base: string;
	offline: OfflineBuild;
}

export interface StoredFile {
	/** Where it is fetched from. */
	url: string;
	/** Where it is kept: content-addressed. */
	key: string;
}

export interface PrecachePlan {
	pagesCache: string;
	pages: string[];
	stored: StoredFile[];
}

/** KaTeX ships each font as woff2, woff and ttf; every browser with service workers reads woff2. */
const REDUNDANT = /\.(woff|ttf)$/;

export function precachePlan(input: PrecacheInput): PrecachePlan {
	const immutable = new Set([...input.build, ...input.offline.immutable.map((path) => input.base + path)]);
	const built = [...immutable].filter((url) => !REDUNDANT.test(url)).map((url) => ({ url, key: url }));
	const statics = input.files.map((url) => {
		const hash = input.offline.hashes[url.slice(input.base.length)];
		return { url, key: hash ? `${url}?sha256=${hash}` : url };
	});
	return {
		pagesCache: PAGES_CACHE_PREFIX + input.version,
		pages: [...input.prerendered],
		stored: [...built, ...statics]
	};
}

/** The cache key of each kept file, by the URL path it is requested at. */
export function storedKeys(plan: PrecachePlan): Map<string, string> {
	return new Map(plan.stored.map((file) => [file.url, file.key]));
}

/** Caches an older deploy left behind. */
export function staleCaches(plan: PrecachePlan, names: string[]): string[] {
	return names.filter((name) => name.startsWith(PAGES_CACHE_PREFIX) && name !== plan.pagesCache);
}

/** Entries of the files cache (by URL as the Cache API returns them) that this deploy no longer lists. */
export function staleFiles(plan: PrecachePlan, cachedUrls: string[], origin: string): string[] {
	const wanted = new Set(plan.stored.map((file) => new URL(file.key, origin).href));
	return cachedUrls.filter((url) => !wanted.has(url));
}

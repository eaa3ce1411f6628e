/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * The offline worker. After one visit every page, the built code, KaTeX's
 * fonts, tfjs's WASM binaries, the samples and the default model come from the
 * browser's caches (src/lib/offline/precache-plan.ts says which and how they are
 * versioned). Every response it serves carries the cross-origin isolation
 * headers, so the WASM backend gets its threads on hosts that send none;
 * src/lib/offline/register.ts reloads the first page once to benefit.
 *
 * Requests it does not know (anything not in the build) go to the network
 * untouched, apart from navigations, which get the headers too.
 */
import { base, build, files, prerendered, version } from '$service-worker';
import { withIsolationHeaders } from '$lib/offline/isolation';
import {
	FILES_CACHE,
	precachePlan,
	staleCaches,
	staleFiles,
	storedKeys,
	type OfflineBuild
} from '$lib/offline/precache-plan';

/** JSON of an OfflineBuild, written into the built script by src/lib/offline/vite-plugin.ts. */
declare const __ALEXNET_OFFLINE_BUILD__: string;

const worker = self as unknown as ServiceWorkerGlobalScope;
const offline = JSON.parse(__ALEXNET_OFFLINE_BUILD__) as OfflineBuild;
const plan = precachePlan({ build, files, prerendered, version, base, offline });
const keys = storedKeys(plan);
const pages = new Set(plan.pages);
/** Downloads at once while installing: enough to fill a slow link, few enough for a small server. */
const PARALLEL = 6;

async function fetchForCache(url: string): Promise<Response> {
	// `no-cache`: revalidate with the server, never store a stale HTTP-cached copy under a new key.
	const response = await fetch(url, { cache: 'no-cache' });
	if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
	return response;
}

async function inParallel<T>(items: T[], task: (item: T) => Promise<void>): Promise<void> {
	const queue = [...items];
	const lane = async () => {
		for (let item = queue.shift(); item !== undefined; item = queue.shift()) await task(item);
	};
	await Promise.all(Array.from({ length: PARALLEL }, lane));
}

async function install(): Promise<void> {
	const pageCache = await caches.open(plan.pagesCache);
	const fileCache = await caches.open(FILES_CACHE);
	await inParallel(plan.pages, async (url) => pageCache.put(url, await fetchForCache(url)));
	await inParallel(plan.stored, async ({ url, key }) => {
		if (!(await fileCache.match(key))) await fileCache.put(key, await fetchForCache(url));
	});
}

async function activate(): Promise<void> {
	for (const name of staleCaches(plan, await caches.keys())) await caches.delete(name);
	const fileCache = await caches.open(FILES_CACHE);
	const cached = (await fileCache.keys()).map((request) => request.url);
	for (const url of staleFiles(plan, cached, location.origin)) await fileCache.delete(url);
	await worker.clients.claim();
}

async function respond(request: Request, url: URL): Promise<Response> {
	const key = keys.get(url.pathname);
	if (key) {
		const cached = await caches.match(key, { cacheName: FILES_CACHE });
		return withIsolationHeaders(cached ?? (await fetch(request)));
	}
	if (pages.has(url.pathname)) {
		// The variant lives in the query (?variant=…); the page is the same HTML.
		const cached = await caches.match(url.pathname, { cacheName: plan.pagesCache });
		if (cached) return withIsolationHeaders(cached);
	}
	return withIsolationHeaders(await fetch(request));
}

worker.addEventListener('install', (event) => {
	// A new deploy takes over at once: its pages and files are complete by now.
	event.waitUntil(install().then(() => worker.skipWaiting()));
});

worker.addEventListener('activate', (event) => event.waitUntil(activate()));

worker.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== location.origin) return;
	if (request.mode !== 'navigate' && !keys.has(url.pathname)) return;
	event.respondWith(respond(request, url));
});

import { ISOLATION_HEADERS } from '$lib/engine/vite-plugins';

/**
 * The response with the cross-origin isolation headers added, so a page served
 * by the service worker gets SharedArrayBuffer (threaded WASM) even when its
 * host sends no headers. Redirects and opaque responses pass unchanged: they
 * cannot be rebuilt, and they are not documents or workers.
 */
export function withIsolationHeaders(response: Response): Response {
	if (response.type !== 'basic' && response.type !== 'default') return response;
	if (response.status < 200 || response.status > 599 || response.redirected) return response;
	const headers = new Headers(response.headers);
	for (const [name, value] of Object.entries(ISOLATION_HEADERS)) headers.set(name, value);
	return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

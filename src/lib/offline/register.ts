/**
 * Registers the offline worker (src/service-worker.ts) from the site's own
 * folder, so scope and URLs follow wherever the build was copied.
 *
 * First visit on a host that sends no isolation headers: the page works at once
 * on one WASM thread while the worker stores the site. When the worker takes
 * control, the page reloads once, by itself, to be served with the headers and
 * get its threads — unless the reader has already clicked or typed, in which case
 * nothing is taken from under them: the next link they follow loads in full
 * instead. Once per tab (sessionStorage), so a host or browser that will not
 * isolate can never cause a reload loop. A host that sends the headers itself,
 * and every later visit, never reloads.
 */
import { asset } from '$app/paths';

const RELOADED = 'alexnet-lab:offline:isolation-reload';

export function registerOfflineWorker(): void {
	if (!('serviceWorker' in navigator)) return;
	const container = navigator.serviceWorker;
	const firstVisit = !container.controller;
	let interacted = false;
	const markInteraction = () => (interacted = true);
	for (const type of ['pointerdown', 'keydown']) addEventListener(type, markInteraction, { capture: true, once: true });

	container.addEventListener('controllerchange', () => {
		if (!firstVisit || crossOriginIsolated || sessionStorage.getItem(RELOADED)) return;
		sessionStorage.setItem(RELOADED, '1');
		if (interacted) document.body.dataset.sveltekitReload = '';
		else location.reload();
	});

	// No scope option: it would be read against this page's URL; the default is the worker's own folder.
	const script = new URL(asset('/service-worker.js'), location.href);
	container.register(script).catch((error: unknown) => {
		console.warn('The offline worker could not start; the site still works online.', error);
	});
}

/**
 * For the root layout: one image session for the whole app. Once the page is
 * interactive it runs the weights the app state chose for the variant in the
 * URL, and follows every change of variant or of loaded weights.
 */
import { asset } from '$app/paths';
import type { Asset } from '$app/types';
import { untrack } from 'svelte';
import { samplePath } from '$lib/image/samples';
import type { AppState } from '$lib/state/app-state.svelte';
import { connectEngine, ImageSession, setImageSession } from '$lib/state/image.svelte';

/** Call during the root layout's initialisation. */
export function provideImageSession(app: AppState): ImageSession {
	const session = setImageSession(
		new ImageSession(connectEngine, {
			wanted: () => (app.hydrated ? app.running : null),
			sampleUrl: (sample) => asset(samplePath(sample) as Asset)
		})
	);
	$effect(() => {
		if (session.wanted) untrack(() => void session.refresh());
	});
	return session;
}

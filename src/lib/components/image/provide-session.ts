/**
 * For the root layout: one image session for the whole app, started once the
 * page is interactive with the default model and its first sample picture.
 */
import { onMount } from 'svelte';
import { asset } from '$app/paths';
import type { Asset } from '$app/types';
import { samplePath } from '$lib/image/samples';
import { connectEngine, DEFAULT_MODEL_PATH, ImageSession, setImageSession } from '$lib/state/image.svelte';

/** Call during the root layout's initialisation. */
export function provideImageSession(): ImageSession {
	const session = setImageSession(new ImageSession(connectEngine));
	onMount(() => {
		void session.start(asset(DEFAULT_MODEL_PATH as Asset), (sample) => asset(samplePath(sample) as Asset));
	});
	return session;
}

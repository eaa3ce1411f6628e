/**
 * App-wide UI state shared through context: the chosen variant (read from the
 * URL), its derived network, and projector mode.
 *
 * The static build is prerendered with the default variant, and query strings
 * cannot be read while prerendering. So the page hydrates with the default and
 * only then reads `?variant=` — this way hydration matches the HTML, and
 * everything (KaTeX markup included) updates reactively afterwards.
 */
import { createContext } from 'svelte';
import { page } from '$app/state';
import { deriveNetwork, variants, type Network, type VariantId, type VariantSpec } from '$lib/model';
import { ProjectorMode } from './projector.svelte';
import { DEFAULT_VARIANT, variantFromSearch } from './variant-url';

export class AppState {
	hydrated = $state(false);
	variantId: VariantId = $derived(this.hydrated ? variantFromSearch(page.url.searchParams) : DEFAULT_VARIANT);
	variant: VariantSpec = $derived(variants[this.variantId]);
	network: Network = $derived(deriveNetwork(this.variant));
	projector = new ProjectorMode();
}

export const [getAppState, setAppState] = createContext<AppState>();

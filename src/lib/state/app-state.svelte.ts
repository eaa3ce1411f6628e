/**
 * App-wide UI state shared through context: the chosen variant (read from the
 * URL), the weights that run for it, the network they make, and projector mode.
 *
 * The static build is prerendered with the default variant, and query strings
 * cannot be read while prerendering. So the page hydrates with the default and
 * only then reads `?variant=` — this way hydration matches the HTML, and
 * everything (KaTeX markup included) updates reactively afterwards.
 *
 * One network on the page: the description is derived with the running
 * weights' classes and input size, and the engine runs those same weights.
 */
import { createContext } from 'svelte';
import { asset } from '$app/paths';
import { page } from '$app/state';
import type { Asset } from '$app/types';
import { deriveNetwork, variants, type Network, type VariantId, type VariantSpec } from '$lib/model';
import { DEFAULT_MODEL_CARD, DEFAULT_MODEL_PATH } from './default-model';
import { ProjectorMode } from './projector.svelte';
import { DEFAULT_VARIANT, variantFromSearch } from './variant-url';
import { WeightsRegistry, type WeightsChoice } from './weights-registry.svelte';

export class AppState {
	hydrated = $state(false);
	variantId: VariantId = $derived(this.hydrated ? variantFromSearch(page.url.searchParams) : DEFAULT_VARIANT);
	variant: VariantSpec = $derived(variants[this.variantId]);
	weights = new WeightsRegistry({
		[DEFAULT_MODEL_CARD.variant]: { url: asset(DEFAULT_MODEL_PATH as Asset), card: DEFAULT_MODEL_CARD }
	});
	/** The weights that run for the chosen variant: every number on the page belongs to them. */
	running: WeightsChoice = $derived(this.weights.weightsFor(this.variantId));
	network: Network = $derived(
		deriveNetwork(this.variant, { classes: this.running.card.classes, inputSize: this.running.card.inputSize })
	);
	projector = new ProjectorMode();
}

export const [getAppState, setAppState] = createContext<AppState>();

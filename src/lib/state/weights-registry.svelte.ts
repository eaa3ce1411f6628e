/**
 * Which weights run for each variant: the one place that decides it.
 *
 * - a `.pth` the reader loaded for that variant, if any (kept in memory; a store
 *   such as IndexedDB can plug in by calling `setLoadedWeights` at start-up and
 *   by listening through `onLoaded`);
 * - else the shipped default model, for the variants that have one (seed);
 * - else untrained, seeded random weights, labelled as such.
 *
 * `weightsFor(variant)` is reactive (it reads `$state`), so the page's
 * description and the engine both follow a newly loaded file.
 */
import type { VariantId } from '../model/types';
import { variants } from '../model/variants';
import type { WeightsSource } from '../engine/types';
import type { ModelCard, ModelJson } from '../weights/manifest';
import { untrainedCard, untrainedWeights, UNTRAINED_SEED } from '../weights/untrained';
import { runningText } from '../content/running';

export type WeightsKind = 'default' | 'loaded' | 'untrained';

/** One set of weights the page can run, described before it is loaded. */
export interface WeightsChoice {
	/** Equal keys: the same weights (the engine need not load them again). */
	key: string;
	variant: VariantId;
	kind: WeightsKind;
	/** What will run: name, classes, labels, input size, preprocessing. */
	card: ModelCard;
	/** Made when the engine needs it (untrained weights are generated then, not kept). */
	source(): WeightsSource;
}

/** Weights already in memory, e.g. read from a `.pth`. */
export interface LoadedWeights {
	manifest: ModelJson;
	data: ArrayBuffer | ArrayBuffer[];
}

/** A model shipped with the app: its `model.json` URL and its card (known without fetching). */
export interface ShippedModel {
	url: string;
	card: ModelCard;
}

export interface RegistryOptions {
	/** Called after `setLoadedWeights`, e.g. to remember the file. */
	onLoaded?: (variant: VariantId, weights: LoadedWeights) => void;
}

export class WeightsRegistry {
	#defaults: Partial<Record<VariantId, ShippedModel>>;
	#loaded = $state.raw<Partial<Record<VariantId, WeightsChoice>>>({});
	// A private cache of fixed values, never read reactively: a plain Map on purpose.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#untrained = new Map<VariantId, WeightsChoice>();
	#loads = 0;
	#onLoaded?: RegistryOptions['onLoaded'];

	constructor(defaults: Partial<Record<VariantId, ShippedModel>>, options: RegistryOptions = {}) {
		this.#defaults = defaults;
		this.#onLoaded = options.onLoaded;
	}

	/** The weights that run when `variant` is chosen. */
	weightsFor(variant: VariantId): WeightsChoice {
		const loaded = this.#loaded[variant];
		if (loaded) return loaded;
		const shipped = this.#defaults[variant];
		if (shipped) {
			const { url, card } = shipped;
			return { key: `default:${variant}`, variant, kind: 'default', card, source: () => ({ url }) };
		}
		return this.#untrainedFor(variant);
	}

	/** From now on `variant` runs these weights; a second file of the same variant replaces the first. */
	setLoadedWeights(variant: VariantId, weights: LoadedWeights): WeightsChoice {
		const card = weights.manifest.modelCard;
		if (card.variant !== variant) {
			throw new Error(`These weights are for the ${card.variant} variant, not ${variant}.`);
		}
		const choice: WeightsChoice = {
			key: `loaded:${variant}:${++this.#loads}`,
			variant,
			kind: 'loaded',
			card,
			source: () => ({ manifest: weights.manifest, data: weights.data })
		};
		this.#loaded = { ...this.#loaded, [variant]: choice };
		this.#onLoaded?.(variant, weights);
		return choice;
	}

	/** Back to the default (or untrained) weights for `variant`. */
	forgetLoadedWeights(variant: VariantId): void {
		const { [variant]: _forgotten, ...rest } = this.#loaded;
		this.#loaded = rest;
	}

	#untrainedFor(variant: VariantId): WeightsChoice {
		let choice = this.#untrained.get(variant);
		if (!choice) {
			const card = untrainedCard(variant, runningText.en.untrainedName(variants[variant].title));
			choice = {
				key: `untrained:${variant}:${UNTRAINED_SEED}`,
				variant,
				kind: 'untrained',
				card,
				source: () => untrainedWeights(card)
			};
			this.#untrained.set(variant, choice);
		}
		return choice;
	}
}

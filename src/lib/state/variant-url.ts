/**
 * The variant lives in the URL (`?variant=torchvision`) so every link a teacher
 * shares opens the same numbers. The default variant is left out of URLs.
 */
import { isVariantId, variants, type VariantId } from '$lib/model';

export const VARIANT_PARAM = 'variant';
export const DEFAULT_VARIANT: VariantId = 'seed';

export function variantFromSearch(search: URLSearchParams): VariantId {
	const value = search.get(VARIANT_PARAM);
	return value !== null && isVariantId(value) ? value : DEFAULT_VARIANT;
}

/** `href` with the variant in its query; the default variant gives the bare path. */
export function withVariant(href: string, variant: VariantId): string {
	return variant === DEFAULT_VARIANT ? href : `${href}?${VARIANT_PARAM}=${variant}`;
}

/** Every step id of every variant, in a stable order: one prerendered page each. */
export function allStepIds(): string[] {
	const ids = new Set<string>();
	for (const variant of Object.values(variants)) for (const step of variant.steps) ids.add(step.id);
	return [...ids];
}

/**
 * The page to show when switching variant on step `id`: the same step when the
 * target has it, otherwise the next step that both share (norm1 → pool1,
 * avgpool → flatten), so the reader stays at the same point of the network.
 */
export function equivalentStep(id: string, from: VariantId, to: VariantId): string {
	const target = new Set(variants[to].steps.map((s) => s.id));
	if (target.has(id)) return id;
	const source = variants[from].steps;
	const start = source.findIndex((s) => s.id === id);
	for (const step of source.slice(Math.max(start, 0))) if (target.has(step.id)) return step.id;
	return variants[to].steps[0].id;
}

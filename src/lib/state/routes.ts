/**
 * The app's pages, resolved, with the variant in the query (left out for the
 * default). Paths end in "/" (trailingSlash: 'always'), so the static build is
 * `layer/conv1/index.html` and works on any plain file server.
 */
import { resolve } from '$app/paths';
import type { VariantId } from '$lib/model';
import { DEFAULT_VARIANT, VARIANT_PARAM } from './variant-url';

type VariantQuery = '' | `?${typeof VARIANT_PARAM}=${VariantId}`;

const query = (variant: VariantId): VariantQuery => (variant === DEFAULT_VARIANT ? '' : `?${VARIANT_PARAM}=${variant}`);

export const routes = {
	overview: (variant: VariantId) => resolve(`/${query(variant)}`),
	step: (id: string, variant: VariantId) => resolve(`/layer/${id}/${query(variant)}`),
	chapter: (variant: VariantId) => resolve(`/why-it-worked/${query(variant)}`),
	summary: (variant: VariantId) => resolve(`/summary/${query(variant)}`),
	model: (variant: VariantId) => resolve(`/model/${query(variant)}`)
};

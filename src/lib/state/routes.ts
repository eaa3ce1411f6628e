/**
 * The app's pages, resolved, in the current page's language (`/zh/…` for
 * Chinese), with the variant in the query (left out for the default). Paths end in "/" (trailingSlash: 'always'), so the static build is
 * `layer/conv1/index.html` and works on any plain file server.
 */
import { resolve } from '$app/paths';
import { currentLang } from '$lib/i18n/current';
import { langPrefix, type Lang } from '$lib/i18n/languages';
import type { VariantId } from '$lib/model';
import { DEFAULT_VARIANT, VARIANT_PARAM } from './variant-url';

type VariantQuery = '' | `?${typeof VARIANT_PARAM}=${VariantId}`;

const query = (variant: VariantId): VariantQuery => (variant === DEFAULT_VARIANT ? '' : `?${VARIANT_PARAM}=${variant}`);

/** `/zh` for Chinese, nothing for English. */
const prefix = (lang: Lang) => langPrefix(lang) as '' | `/${string}`;

/** Each takes the language, by default the page's own (so call them while rendering or in a handler). */
export const routes = {
	overview: (variant: VariantId, lang = currentLang()) => resolve(`${prefix(lang)}/${query(variant)}`),
	step: (id: string, variant: VariantId, lang = currentLang()) =>
		resolve(`${prefix(lang)}/layer/${id}/${query(variant)}`),
	chapter: (variant: VariantId, lang = currentLang()) => resolve(`${prefix(lang)}/why-it-worked/${query(variant)}`),
	summary: (variant: VariantId, lang = currentLang()) => resolve(`${prefix(lang)}/summary/${query(variant)}`),
	model: (variant: VariantId, lang = currentLang()) => resolve(`${prefix(lang)}/model/${query(variant)}`)
};

/**
 * Lesson URLs: the slide in the path, the reveal and the variant in the query
 * (`/lesson/conv1/?reveal=2&variant=seed`), so a reload or a shared link lands
 * on the same state. Reveal 0 and the default variant are left out.
 */
import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';
import { currentLang } from '$lib/i18n/current';
import { langPrefix } from '$lib/i18n/languages';
import type { VariantId } from '$lib/model';
import { DEFAULT_VARIANT, VARIANT_PARAM } from '$lib/state/variant-url';

export const REVEAL_PARAM = 'reveal';
export const SLIDE_PARAM = 'slide';

function query(entries: [string, string | number | null][]): string {
	const params = new URLSearchParams();
	for (const [key, value] of entries) if (value !== null) params.set(key, String(value));
	const text = params.toString();
	return text ? `?${text}` : '';
}

/** `/zh` on a Chinese page, nothing on an English one. */
const lang = () => langPrefix(currentLang()) as '' | `/${string}`;

const variantValue = (variant: VariantId) => (variant === DEFAULT_VARIANT ? null : variant);

export function slideHref(slideId: string, variant: VariantId, reveal = 0): ResolvedPathname {
	const q = query([
		[REVEAL_PARAM, reveal > 0 ? reveal : null],
		[VARIANT_PARAM, variantValue(variant)]
	]);
	return resolve(`${lang()}/lesson/${slideId}/${q}`);
}

export function lessonHome(variant: VariantId): ResolvedPathname {
	const q = query([[VARIANT_PARAM, variantValue(variant)]]);
	return resolve(`${lang()}/lesson/${q}`);
}

export function presenterHref(variant: VariantId, slideId: string, reveal: number): ResolvedPathname {
	const q = query([
		[SLIDE_PARAM, slideId],
		[REVEAL_PARAM, reveal > 0 ? reveal : null],
		[VARIANT_PARAM, variantValue(variant)]
	]);
	return resolve(`${lang()}/lesson/presenter/${q}`);
}

/**
 * The language of the page being shown, from its URL (`/zh/…` → zh). Read
 * during rendering or in an event handler, as `page` from `$app/state` is.
 */
import { page } from '$app/state';
import { langOf, type Lang } from './languages';
import type { Localised } from './localised';

export function currentLang(): Lang {
	return langOf(page.params.lang);
}

/** The current language's version of a text: `const text = $derived(t(modelCardPage))`. */
export function t<T>(text: Localised<T>): T {
	return text[currentLang()];
}

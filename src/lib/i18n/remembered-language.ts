/**
 * The reader's language choice, per device. The first visit (nothing stored)
 * follows the browser's preferred language; after that, the language the
 * reader last chose or landed on is kept, and links say their own language.
 */
import { DEFAULT_LANG, isLang, preferredLanguage, type Lang } from './languages';

const KEY = 'alexnet-lab:lang';

export function rememberLanguage(lang: Lang): void {
	try {
		localStorage.setItem(KEY, lang);
	} catch {
		// Storage refused (private mode, quota): the URL still names the language.
	}
}

/**
 * On a first visit, the language to switch to: only from an unprefixed (English)
 * page, and only when the browser prefers another of ours; null to stay. A link
 * that names its language (`/zh/…`) is always followed. Remembers the outcome.
 */
export function firstVisitLanguage(current: Lang, preferences: readonly string[]): Lang | null {
	let stored: string | null = null;
	try {
		stored = localStorage.getItem(KEY);
	} catch {
		return null;
	}
	if (isLang(stored)) return null;
	const preferred = current === DEFAULT_LANG ? preferredLanguage(preferences) : null;
	const chosen = preferred ?? current;
	rememberLanguage(chosen);
	return chosen === current ? null : chosen;
}

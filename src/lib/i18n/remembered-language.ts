/**
 * The reader's language choice, per device. The first visit (nothing stored)
 * follows the browser's preferred language; after that, the language the
 * reader last chose or landed on is kept, and links say their own language.
 */
import { preferredLanguage, type Lang, isLang } from './languages';

const KEY = 'alexnet-lab:lang';

export function rememberLanguage(lang: Lang): void {
	try {
		localStorage.setItem(KEY, lang);
	} catch {
		// Storage refused (private mode, quota): the URL still names the language.
	}
}

/**
 * On a first visit to an unprefixed (English) page, the language to switch to
 * when the browser prefers another of ours; null to stay. Remembers the outcome.
 */
export function firstVisitLanguage(current: Lang, preferences: readonly string[]): Lang | null {
	let stored: string | null = null;
	try {
		stored = localStorage.getItem(KEY);
	} catch {
		return null;
	}
	if (isLang(stored)) return null;
	const preferred = preferredLanguage(preferences);
	const chosen = preferred ?? current;
	rememberLanguage(chosen);
	return chosen === current ? null : chosen;
}

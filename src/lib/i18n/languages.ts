/**
 * The site's languages. English is the default and has no URL prefix;
 * every other language lives under its own prefix (`/zh/layer/conv1/`), so
 * each page is prerendered once per language and a link names its language.
 */
export const LANGUAGES = ['en', 'zh'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const DEFAULT_LANG: Lang = 'en';

/** What `<html lang>` and `Intl` get. */
export const HTML_LANG: Record<Lang, string> = { en: 'en', zh: 'zh-CN' };
/** Each language's name in itself, for the switch. */
export const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', zh: '简体中文' };

export function isLang(value: unknown): value is Lang {
	return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function isPrefixedLanguage(segment: string): boolean {
	return isLang(segment) && segment !== DEFAULT_LANG;
}

/** The language of a route's `[[lang]]` parameter (absent: the default). */
export function langOf(param: string | undefined): Lang {
	return isLang(param) ? param : DEFAULT_LANG;
}

/** `/zh` for Chinese, `` for English: what goes before an app path. */
export function langPrefix(lang: Lang): string {
	return lang === DEFAULT_LANG ? '' : `/${lang}`;
}

/**
 * The same page in another language: `path` is a pathname below the site's
 * base (as `page.url.pathname` minus the base), with or without a language prefix.
 */
export function pathInLanguage(path: string, lang: Lang): string {
	const [, first, ...rest] = path.split('/');
	const bare = isPrefixedLanguage(first) ? `/${rest.join('/')}` : path;
	return `${langPrefix(lang)}${bare}` || '/';
}

/** Whether a route has its pages in every language (the developer pages have English only). */
export function isTranslatedRoute(routeId: string | null): boolean {
	return routeId?.startsWith('/[[lang=lang]]') ?? false;
}

/** The route id without its language segment: `/[[lang=lang]]/layer/[id]` → `/layer/[id]`. */
export function routeWithoutLang(routeId: string | null): string | null {
	if (routeId === null) return null;
	return routeId.replace(/^\/\[\[lang=lang\]\]/, '') || '/';
}

/** The language a browser prefers among ours (`navigator.languages`), or null when it prefers none. */
export function preferredLanguage(preferences: readonly string[]): Lang | null {
	for (const tag of preferences) {
		const primary = tag.toLowerCase().split('-')[0];
		if (isLang(primary)) return primary;
	}
	return null;
}

/** Prerender entries of a `[[lang=lang]]` route: each entry once per language (English without a prefix). */
export function inEveryLanguage<T extends Record<string, string>>(entries: T[]): (T & { lang?: string })[] {
	return LANGUAGES.flatMap((lang) => entries.map((entry) => (lang === DEFAULT_LANG ? entry : { ...entry, lang })));
}

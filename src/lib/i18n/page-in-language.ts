/**
 * The current page in another language: the path's language prefix changes;
 * the query (variant, reveal, slide) and the hash stay.
 */
import { browser } from '$app/environment';
import { base, resolve } from '$app/paths';
import { page } from '$app/state';
import type { ResolvedPathname } from '$app/types';
import { pathInLanguage, type Lang } from './languages';

export function pageInLanguage(lang: Lang): ResolvedPathname {
	// In the browser `base` is absolute ('' or '/folder') and part of the pathname; while
	// prerendering (relative paths) it is relative and the pathname is the app's own.
	const appPath = base.startsWith('/') ? page.url.pathname.slice(base.length) : page.url.pathname;
	// The path has the app's shape, only its language differs: resolve's route types cannot know that.
	const path = resolve(pathInLanguage(appPath, lang) as '/');
	// A prerendered page has no query; the browser fills it in when the page hydrates.
	return browser ? (`${path}${page.url.search}${page.url.hash}` as ResolvedPathname) : path;
}

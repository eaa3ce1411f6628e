import type { Handle } from '@sveltejs/kit';
import { HTML_LANG, langOf } from '$lib/i18n/languages';

/** `<html lang>` of each prerendered page: `zh-CN` under `/zh/`, `en` elsewhere. */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace('<html lang="en">', `<html lang="${HTML_LANG[langOf(event.params.lang)]}">`)
	});

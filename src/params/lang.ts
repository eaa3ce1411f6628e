import type { ParamMatcher } from '@sveltejs/kit';
import { isPrefixedLanguage } from '$lib/i18n/languages';

/** `/zh/…`: the Chinese pages. English has no prefix, so `/layer/conv1/` stays as it was. */
export const match: ParamMatcher = isPrefixedLanguage;

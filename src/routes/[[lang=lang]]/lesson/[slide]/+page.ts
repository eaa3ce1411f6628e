import { error } from '@sveltejs/kit';
import { inEveryLanguage, langOf } from '$lib/i18n/languages';
import { lessonText } from '$lib/content/lesson';
import { allSlideIds } from '$lib/lesson/slides';
import type { EntryGenerator, PageLoad } from './$types';

// One page per slide id of any variant and language; the variant and the reveal are read in the browser.
export const entries: EntryGenerator = () => inEveryLanguage(allSlideIds().map((slide) => ({ slide })));

export const load: PageLoad = ({ params }) => {
	if (!allSlideIds().includes(params.slide)) error(404, lessonText[langOf(params.lang)].noSuchSlide(params.slide));
	return { slide: params.slide };
};

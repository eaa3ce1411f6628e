import { error } from '@sveltejs/kit';
import { layerPage } from '$lib/content/layer-page';
import { inEveryLanguage, langOf } from '$lib/i18n/languages';
import { allStepIds } from '$lib/state/variant-url';
import type { EntryGenerator, PageLoad } from './$types';

// One page per step id of any variant and language; the variant itself is chosen in the browser.
export const entries: EntryGenerator = () => inEveryLanguage(allStepIds().map((id) => ({ id })));

export const load: PageLoad = ({ params }) => {
	if (!allStepIds().includes(params.id)) error(404, layerPage[langOf(params.lang)].notFound(params.id));
	return { id: params.id };
};

import { error } from '@sveltejs/kit';
import { allStepIds } from '$lib/state/variant-url';
import type { EntryGenerator, PageLoad } from './$types';

// One page per step id of any variant; the variant itself is chosen in the browser.
export const entries: EntryGenerator = () => allStepIds().map((id) => ({ id }));

export const load: PageLoad = ({ params }) => {
	if (!allStepIds().includes(params.id)) error(404, `AlexNet has no step called “${params.id}”.`);
	return { id: params.id };
};

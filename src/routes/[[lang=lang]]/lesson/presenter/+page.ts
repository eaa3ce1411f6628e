import { inEveryLanguage } from '$lib/i18n/languages';
import type { EntryGenerator } from './$types';

// No page links to the presenter window (the deck opens it with window.open), so the crawler cannot find it: name it in every language.
export const entries: EntryGenerator = () => inEveryLanguage([{}]);

/**
 * The variants' names as a reader sees them. The model's own `title` (in
 * model/variants.ts) stays English for the CLIs and the tests; a page shows
 * the name in its own language.
 */
import type { Lang } from '$lib/i18n/languages';
import { localised } from '$lib/i18n/localised';
import { variants, type VariantId } from '$lib/model';

const titles = localised<Record<VariantId, string>>({
	en: {
		seed: variants.seed.title,
		torchvision: variants.torchvision.title,
		paper2012: variants.paper2012.title
	},
	zh: {
		seed: '原文版（单塔）',
		torchvision: 'torchvision',
		paper2012: '2012 年论文版（双塔）'
	}
});

export function variantTitle(id: VariantId, lang: Lang): string {
	return titles[lang][id];
}

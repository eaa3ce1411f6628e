/** One sentence saying what a .pth turned out to hold, for the loader's status line. */
import type { Lang } from '$lib/i18n/languages';
import type { LoadedPth } from '$lib/pth/load-model';
import { variantTitle } from '$lib/content/variant-names';
import { loaderText } from './loader-text';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;

function count(n: number, lang: Lang): string {
	if (lang === 'zh') return n.toLocaleString('zh-CN');
	return n >= 1e6 ? `${(n / 1e6).toFixed(1)} million` : n.toLocaleString('en');
}

export function describeLoaded(model: LoadedPth, lang: Lang = 'en'): string {
	const text = loaderText[lang];
	return text.loaded({
		name: model.manifest.modelCard.name,
		variant: variantTitle(model.variant, lang),
		classes: model.classes,
		params: count(model.params, lang),
		dtypes: model.dtypes.join(text.and),
		size: megabytes(model.fileBytes)
	});
}

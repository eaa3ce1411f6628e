/** One sentence saying what a .pth turned out to hold, for the loader's status line. */
import type { LoadedPth } from '$lib/pth/load-model';
import { variants } from '$lib/model/variants';
import { loaderText } from './loader-text';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;

function count(n: number): string {
	return n >= 1e6 ? `${(n / 1e6).toFixed(1)} million` : n.toLocaleString('en');
}

export function describeLoaded(model: LoadedPth): string {
	return loaderText.loaded({
		name: model.manifest.modelCard.name,
		variant: variants[model.variant].title,
		classes: model.classes,
		params: count(model.params),
		dtypes: model.dtypes.join(' and '),
		size: megabytes(model.fileBytes)
	});
}

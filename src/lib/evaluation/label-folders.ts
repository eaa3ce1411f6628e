/**
 * How a folder of pictures names its class: the label itself, case-insensitive,
 * with each character that cannot stand in a file name (such as `/`) written
 * `_`, so "T-shirt/top" lives in `T-shirt_top`. The same rule as
 * `folder_name` in python/make_wild.py.
 */

const NOT_IN_FILE_NAMES = /[/\\:*?"<>|]/g;

/** The folder a label's pictures go in: `T-shirt/top` → `T-shirt_top`. */
export function labelFolderName(label: string): string {
	return label.replace(NOT_IN_FILE_NAMES, '_');
}

/** The class a folder names, or null: `t-shirt_top` → the index of "T-shirt/top". */
export function classOfFolder(folder: string, labels: readonly string[]): number | null {
	const wanted = folder.toLowerCase();
	const index = labels.findIndex((label) => labelFolderName(label).toLowerCase() === wanted);
	return index < 0 ? null : index;
}

/**
 * Everything the page needs from a picked .pth, in one call: read it safely,
 * find its variant, write a model card and the in-memory weights the engine
 * loads. Runs in the loader's worker; in Node, the tests call it directly.
 */
import type { VariantId } from '../model/types';
import { makeModelCard } from '../weights/card';
import { defaultLabelsFile, defaultPreset, type LabelsFile, type PresetName } from '../weights/presets';
import type { ByteSource } from './byte-source';
import { matchVariant } from './match-variant';
import { readPthStateDict } from './read-pth';
import { numel, type StorageDtype } from './tensors';
import { toInMemoryWeights, type InMemoryWeights } from './to-weights';

export interface LoadOptions {
	/** The file's name, shown as the model's name. */
	name: string;
	/** How images are prepared; by default guessed from the variant and class count. */
	preset?: PresetName;
	/** Fetches a shipped label list (static/labels/<file>.json). */
	labels?: (file: LabelsFile) => Promise<string[]>;
	/** Bytes of weights converted so far, of `total`. */
	onProgress?: (done: number, total: number) => void;
}

export interface LoadedPth extends InMemoryWeights {
	variant: VariantId;
	classes: number;
	params: number;
	/** Element types found in the file, e.g. `['float16']`. */
	dtypes: StorageDtype[];
	fileBytes: number;
	/** What was done to find and read the weights. */
	notes: string[];
}

export async function loadPthModel(source: ByteSource, options: LoadOptions): Promise<LoadedPth> {
	const checkpoint = await readPthStateDict(source);
	const shapes = new Map([...checkpoint.tensors].map(([key, tensor]) => [key, tensor.shape]));
	const match = matchVariant(shapes);
	const preset = options.preset ?? defaultPreset(match.variant, match.classes);
	const labelsFile = defaultLabelsFile(preset, match.classes);
	const labels = labelsFile && options.labels ? await options.labels(labelsFile) : undefined;
	const card = makeModelCard({
		name: options.name,
		variant: match.variant,
		classes: match.classes,
		inputSize: match.network.inputSize,
		preset,
		labels,
		source: `Loaded from ${options.name}`
	});
	const weights = await toInMemoryWeights(checkpoint, match, card, options.onProgress);
	const tensors = [...checkpoint.tensors.values()];
	const notes = [...checkpoint.notes];
	if (!options.preset) notes.push(`Assumed ${preset} preprocessing${labels ? ` and ${labelsFile} labels` : ''}.`);
	return {
		...weights,
		variant: match.variant,
		classes: match.classes,
		params: tensors.reduce((sum, t) => sum + numel(t.shape), 0),
		dtypes: [...new Set(tensors.map((t) => t.storage.dtype))],
		fileBytes: source.size,
		notes
	};
}

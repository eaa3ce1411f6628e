/**
 * The sample gallery shipped in static/samples (written by
 * python/export_samples.py): Fashion-MNIST test items for the default model
 * and a few free-licence photos. Sources and licences are in CREDITS.md there.
 */
import type { ModelCard } from '../weights/manifest';
import index from '../../../static/samples/index.json';

export interface Sample {
	id: string;
	/** Path under static/samples. */
	file: string;
	title: string;
	kind: 'fashion-mnist' | 'photo';
	/** Fashion-MNIST class index, for the samples that have one. */
	label?: number;
	source: string;
	licence?: string;
}

export const samples = index as Sample[];

/** Samples the model can recognise first: the Fashion-MNIST items for a Fashion-MNIST model, else the photos. */
export function samplesFor(card: ModelCard | null): Sample[] {
	const fashion = card?.preprocessing.preset === 'fashion-mnist' || card?.dataset?.toLowerCase().includes('fashion');
	const first = fashion ? 'fashion-mnist' : 'photo';
	return [...samples.filter((s) => s.kind === first), ...samples.filter((s) => s.kind !== first)];
}

/** The picture the app opens with, so no view is ever empty. */
export function defaultSample(card: ModelCard | null): Sample {
	return samplesFor(card)[0];
}

/** Path of a sample among the static files, for `asset()` from $app/paths. */
export const samplePath = (sample: Sample) => `/samples/${sample.file}`;

/**
 * The sample gallery shipped in static/samples (written by
 * python/export_samples.py): Fashion-MNIST test items for the default model
 * and a few free-licence photos. Sources and licences are in CREDITS.md there.
 */
import type { ModelCard } from '../weights/manifest';
import { isFashionPreset } from '../weights/presets';
import index from '../../../static/samples/index.json';

export interface Sample {
	id: string;
	/** Path under static/samples. */
	file: string;
	title: string;
	/** Photo-like: a Fashion-MNIST test garment in colour on a photographed background (the held-out set). */
	kind: 'fashion-mnist' | 'photo-like' | 'photo';
	/** Fashion-MNIST class index, for the samples that have one. */
	label?: number;
	source: string;
	licence?: string;
}

export const samples = index as Sample[];

/**
 * Samples the model can recognise first: for a Fashion-MNIST model its own items, then the photo-like
 * garments, then the photos; for any other model the photos first.
 */
export function samplesFor(card: ModelCard | null): Sample[] {
	const fashion =
		(card && isFashionPreset(card.preprocessing.preset)) || card?.dataset?.toLowerCase().includes('fashion');
	const order: Sample['kind'][] = fashion
		? ['fashion-mnist', 'photo-like', 'photo']
		: ['photo', 'photo-like', 'fashion-mnist'];
	return order.flatMap((kind) => samples.filter((s) => s.kind === kind));
}

/** The picture the app opens with, so no view is ever empty. */
export function defaultSample(card: ModelCard | null): Sample {
	return samplesFor(card)[0];
}

/** Path of a sample among the static files, for `asset()` from $app/paths. */
export const samplePath = (sample: Sample) => `/samples/${sample.file}`;

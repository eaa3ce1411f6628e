/** The model card every converted model carries: what it is, its classes, how to prepare an image for it. */
import type { VariantId } from '../model/types';
import type { ModelCard } from './manifest';
import { placeholderLabels, preprocessingPreset, type ChannelStats, type PresetName } from './presets';

export interface CardFacts {
	name: string;
	variant: VariantId;
	classes: number;
	inputSize: number;
	preset: PresetName;
	/** The training run's per-channel mean and std, in place of the preset's. */
	stats?: ChannelStats;
	/** One per class; placeholders (`class 3`) when absent. */
	labels?: string[];
	source?: string;
	description?: string;
	dataset?: string;
}

/** What each preset does to an image, in one sentence for the card. */
const PRESET_NOTES: Record<PresetName, string> = {
	imagenet:
		'Images are resized so the shorter side is 256 pixels, centre-cropped, and normalised with ImageNet statistics.',
	seed: 'Images are stretched to the input size without cropping (as the article does) and normalised with ImageNet statistics.',
	'fashion-mnist':
		"Images are made grey, stretched to the input size, and normalised with Fashion-MNIST's mean and std.",
	'fashion-photo':
		'Images stay in colour (RGB); the shorter side is resized to the input size and the centre cropped square, so a photo keeps its proportions; each channel is normalised with the mean and std measured on the photo-like training pictures.'
};

export function makeModelCard(facts: CardFacts): ModelCard {
	const labels = facts.labels ?? placeholderLabels(facts.classes);
	if (labels.length !== facts.classes) {
		throw new Error(`The model has ${facts.classes} classes but ${labels.length} labels were given.`);
	}
	const card: ModelCard = {
		name: facts.name,
		variant: facts.variant,
		classes: facts.classes,
		labels,
		inputSize: facts.inputSize,
		preprocessing: preprocessingPreset(facts.preset, facts.inputSize, facts.stats),
		description: [facts.description, PRESET_NOTES[facts.preset]].filter(Boolean).join(' ')
	};
	if (facts.source) card.source = facts.source;
	if (facts.dataset) card.dataset = facts.dataset;
	return card;
}

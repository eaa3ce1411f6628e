/**
 * The preprocessing a model was trained with, by name: the model card
 * carries the full recipe so the browser, the CLI and the evaluation agree.
 */
import type { VariantId } from '../model/types';
import type { Preprocessing } from './manifest';

export type PresetName = 'imagenet' | 'seed' | 'fashion-mnist' | 'fashion-photo';
export const presetNames: PresetName[] = ['imagenet', 'seed', 'fashion-mnist', 'fashion-photo'];

export function isPresetName(value: string): value is PresetName {
	return (presetNames as string[]).includes(value);
}

const IMAGENET_MEAN: [number, number, number] = [0.485, 0.456, 0.406];
const IMAGENET_STD: [number, number, number] = [0.229, 0.224, 0.225];
const FASHION_MEAN = 0.286;
const FASHION_STD = 0.353;
/**
 * The colour model's statistics as its training run measured them (preprocessing.json); a card
 * made with `--stats` carries the run's own, so these only serve a .pth loaded without them.
 */
const FASHION_PHOTO_MEAN: RGB = [0.3549, 0.3567, 0.3747];
const FASHION_PHOTO_STD: RGB = [0.307, 0.2944, 0.3041];

type RGB = [number, number, number];

/** Per-channel statistics measured on a training distribution, replacing a preset's defaults. */
export interface ChannelStats {
	mean: RGB;
	std: RGB;
}

/** `inputSize` is the side the network takes: 224, or 227 for the 2012 paper's net. */
export function preprocessingPreset(name: PresetName, inputSize: number, stats?: ChannelStats): Preprocessing {
	const preset = presetRecipe(name, inputSize);
	return stats ? { ...preset, mean: [...stats.mean], std: [...stats.std] } : preset;
}

function presetRecipe(name: PresetName, inputSize: number): Preprocessing {
	switch (name) {
		// torchvision's recipe: shorter side to 256, centre crop.
		case 'imagenet':
			return {
				preset: name,
				resize: { kind: 'resize-crop', resize: 256, crop: inputSize },
				grayscale: false,
				mean: IMAGENET_MEAN,
				std: IMAGENET_STD
			};
		// The article's recipe: ImageNet statistics, but the whole image stretched to the input size.
		case 'seed':
			return {
				preset: name,
				resize: { kind: 'stretch', size: inputSize },
				grayscale: false,
				mean: IMAGENET_MEAN,
				std: IMAGENET_STD
			};
		case 'fashion-mnist':
			return {
				preset: name,
				resize: { kind: 'stretch', size: inputSize },
				grayscale: true,
				mean: [FASHION_MEAN, FASHION_MEAN, FASHION_MEAN],
				std: [FASHION_STD, FASHION_STD, FASHION_STD]
			};
		// The colour model: a phone photo keeps its proportions (shorter side to the input size, centre
		// crop); its training pictures are already square at the input size, so for them this is a no-op.
		case 'fashion-photo':
			return {
				preset: name,
				resize: { kind: 'resize-crop', resize: inputSize, crop: inputSize },
				grayscale: false,
				mean: FASHION_PHOTO_MEAN,
				std: FASHION_PHOTO_STD
			};
	}
}

/** Both presets of the ten Fashion-MNIST classes: the grey model's and the colour model's. */
export function isFashionPreset(preset: string): boolean {
	return preset === 'fashion-mnist' || preset === 'fashion-photo';
}

/**
 * Reads `{mean: [r, g, b], std: [r, g, b]}` (a training run's preprocessing.json; other fields are
 * ignored); throws one line saying what is wrong.
 */
export function parseChannelStats(value: unknown): ChannelStats {
	const triple = (key: 'mean' | 'std', positive: boolean): RGB => {
		const v = (value as Record<string, unknown> | null)?.[key];
		const ok =
			Array.isArray(v) &&
			v.length === 3 &&
			v.every((x) => typeof x === 'number' && Number.isFinite(x) && (!positive || x > 0));
		if (!ok) throw new Error(`"${key}" must be a list of three ${positive ? 'positive ' : ''}numbers (R, G, B).`);
		return v as RGB;
	};
	return { mean: triple('mean', false), std: triple('std', true) };
}

/**
 * A guess when nobody says: 1000 classes is ImageNet; the seed net with 10
 * classes is what this project's training script makes (Fashion-MNIST).
 */
export function defaultPreset(variant: VariantId, classes: number): PresetName {
	if (variant === 'seed' && classes === 10) return 'fashion-mnist';
	if (variant === 'seed') return 'seed';
	return 'imagenet';
}

/** The label lists that ship with the app: static/labels/<name>.json. */
export type LabelsFile = 'imagenet' | 'fashion-mnist';

/** The shipped list that fits a model, if any: by class count, and the preset for the 10 Fashion-MNIST classes. */
export function defaultLabelsFile(preset: PresetName, classes: number): LabelsFile | null {
	if (classes === 1000) return 'imagenet';
	if (isFashionPreset(preset) && classes === 10) return 'fashion-mnist';
	return null;
}

/** Labels when none are known: `class 0` … `class N−1`. */
export function placeholderLabels(classes: number): string[] {
	return Array.from({ length: classes }, (_, i) => `class ${i}`);
}

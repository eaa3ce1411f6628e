/**
 * The preprocessing a model was trained with, by name: the model card
 * carries the full recipe so the browser, the CLI and the evaluation agree.
 */
import type { VariantId } from '../model/types';
import type { Preprocessing } from './manifest';

export type PresetName = 'imagenet' | 'seed' | 'fashion-mnist';
export const presetNames: PresetName[] = ['imagenet', 'seed', 'fashion-mnist'];

export function isPresetName(value: string): value is PresetName {
	return (presetNames as string[]).includes(value);
}

const IMAGENET_MEAN: [number, number, number] = [0.485, 0.456, 0.406];
const IMAGENET_STD: [number, number, number] = [0.229, 0.224, 0.225];
const FASHION_MEAN = 0.286;
const FASHION_STD = 0.353;

/** `inputSize` is the side the network takes: 224, or 227 for the 2012 paper's net. */
export function preprocessingPreset(name: PresetName, inputSize: number): Preprocessing {
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
	}
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
	if (preset === 'fashion-mnist' && classes === 10) return 'fashion-mnist';
	return null;
}

/** Labels when none are known: `class 0` … `class N−1`. */
export function placeholderLabels(classes: number): string[] {
	return Array.from({ length: classes }, (_, i) => `class ${i}`);
}

/**
 * The weights format the app ships and loads: TensorFlow.js's weights manifest
 * (`model.json` + `.bin` shards, readable with `tf.io`) plus our model card.
 *
 * Weight names are PyTorch's state-dict keys (`features.0.weight`) and shapes
 * are PyTorch's layouts (conv OIHW, linear [out, in]); the engine transposes on
 * load. Quantised entries carry tfjs's `quantization` field and are dequantised
 * on load.
 */
import type { VariantId } from '../model/types';

export type WeightDtype = 'float32';

export interface Quantization {
	dtype: 'float16' | 'uint8';
	/** uint8 only: value = byte * scale + min. */
	scale?: number;
	min?: number;
}

export interface WeightEntry {
	name: string;
	shape: number[];
	dtype: WeightDtype;
	quantization?: Quantization;
}

export interface WeightsGroup {
	paths: string[];
	weights: WeightEntry[];
}

export type ResizePolicy =
	/** Stretch the image to inputSize × inputSize (what the Fashion-MNIST model was trained on). */
	| { kind: 'stretch'; size: number }
	/** torchvision: resize the shorter side to `resize`, then centre-crop `crop` × `crop`. */
	| { kind: 'resize-crop'; resize: number; crop: number };

export interface Preprocessing {
	/** Named preset this came from: `imagenet`, `seed`, `fashion-mnist`. */
	preset: string;
	resize: ResizePolicy;
	/** Convert to grey (ITU-R BT.601 luma) and replicate to three channels first. */
	grayscale: boolean;
	/** Per channel (R, G, B), applied to values scaled to [0, 1]. */
	mean: [number, number, number];
	std: [number, number, number];
}

export interface ModelCard {
	name: string;
	variant: VariantId;
	classes: number;
	labels: string[];
	inputSize: number;
	preprocessing: Preprocessing;
	/** Free text and figures for the model card page. */
	description?: string;
	dataset?: string;
	metrics?: Record<string, number>;
	source?: string;
	/** Weights that are NaN or infinite, kept on purpose (`convert --allow-nonfinite`): the page warns. */
	nonFiniteWeights?: number;
	/** The top-activating patches' index, relative to model.json (`npm run patches`; src/lib/weights/patch-atlas.ts). */
	patches?: string;
}

export interface ModelJson {
	format: 'alexnet-lab-weights';
	version: 1;
	modelCard: ModelCard;
	weightsManifest: WeightsGroup[];
}

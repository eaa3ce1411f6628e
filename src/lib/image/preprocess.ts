/**
 * The model card's preprocessing, as one pure function used everywhere: in the
 * browser, by `npm run predict -- --image` and by `npm run evaluate`. Keeping
 * it in one place is what makes their predictions agree.
 */
import type { Preprocessing, ResizePolicy } from '../weights/manifest';
import { resamplePlane, type SourceRect } from './resample';

/** ITU-R BT.601 luma, as PIL's convert('L') uses. */
const LUMA = [0.299, 0.587, 0.114] as const;

export interface Pixels {
	/** RGBA (4 bytes a pixel, as ImageData gives) or grey (1 byte a pixel). */
	data: Uint8Array | Uint8ClampedArray;
	width: number;
	height: number;
	channels: 1 | 4;
}

/** Float planes scaled to [0, 1]: three (R, G, B), or one when the card asks for grey. */
export function toPlanes(pixels: Pixels, grayscale: boolean): Float32Array[] {
	const { data, width, height, channels } = pixels;
	const n = width * height;
	if (channels === 1) {
		const grey = new Float32Array(n);
		for (let i = 0; i < n; i++) grey[i] = data[i] / 255;
		return grayscale ? [grey] : [grey, grey, grey];
	}
	if (grayscale) {
		const grey = new Float32Array(n);
		for (let i = 0; i < n; i++) {
			grey[i] = (LUMA[0] * data[4 * i] + LUMA[1] * data[4 * i + 1] + LUMA[2] * data[4 * i + 2]) / 255;
		}
		return [grey];
	}
	const planes = [new Float32Array(n), new Float32Array(n), new Float32Array(n)];
	for (let i = 0; i < n; i++) {
		planes[0][i] = data[4 * i] / 255;
		planes[1][i] = data[4 * i + 1] / 255;
		planes[2][i] = data[4 * i + 2] / 255;
	}
	return planes;
}

export interface ResizePlan {
	/** The part of the source that ends up in the tensor. */
	source: SourceRect;
	/** Size of the square output. */
	size: number;
	/** For resize-crop: the intermediate size after resizing the shorter side. */
	resized?: { width: number; height: number };
}

/** Python's round(): 58.5 → 58, 59.5 → 60. */
function roundHalfToEven(x: number): number {
	const floor = Math.floor(x);
	if (x - floor !== 0.5) return Math.round(x);
	return floor % 2 === 0 ? floor : floor + 1;
}

/** Where each output pixel comes from: the numbers the preprocessing view shows. */
export function planResize(width: number, height: number, policy: ResizePolicy): ResizePlan {
	if (policy.kind === 'stretch') return { source: { x: 0, y: 0, width, height }, size: policy.size };
	// torchvision's Resize(256): the shorter side becomes 256, the longer keeps the aspect (truncated).
	const rw = width <= height ? policy.resize : Math.floor((policy.resize * width) / height);
	const rh = height <= width ? policy.resize : Math.floor((policy.resize * height) / width);
	// CenterCrop(224): offsets rounded as torchvision does (Python's round: halves to even), mapped back to source pixels.
	const left = roundHalfToEven((rw - policy.crop) / 2);
	const top = roundHalfToEven((rh - policy.crop) / 2);
	const sx = width / rw;
	const sy = height / rh;
	return {
		source: { x: left * sx, y: top * sy, width: policy.crop * sx, height: policy.crop * sy },
		size: policy.crop,
		resized: { width: rw, height: rh }
	};
}

/** Resized planes in [0, 1], before normalisation: what the "resized / cropped" view draws. */
export function resizeToInput(pixels: Pixels, pre: Preprocessing): { planes: Float32Array[]; size: number } {
	const planes = toPlanes(pixels, pre.grayscale);
	const plan = planResize(pixels.width, pixels.height, pre.resize);
	const resized = planes.map((p) => resamplePlane(p, pixels.width, pixels.height, plan.size, plan.size, plan.source));
	return { planes: resized, size: plan.size };
}

/** (x − mean) / std per channel, grey replicated to three channels: the model's input, C×H×W. */
export function normalise(planes: Float32Array[], size: number, pre: Preprocessing): Float32Array {
	const area = size * size;
	const out = new Float32Array(3 * area);
	for (let c = 0; c < 3; c++) {
		const src = planes.length === 1 ? planes[0] : planes[c];
		const mean = pre.mean[c];
		const std = pre.std[c];
		for (let i = 0; i < area; i++) out[c * area + i] = (src[i] - mean) / std;
	}
	return out;
}

/** Pixels → the model's input tensor data, 3×S×S, channel-major. */
export function preprocess(pixels: Pixels, pre: Preprocessing): { data: Float32Array; size: number } {
	const { planes, size } = resizeToInput(pixels, pre);
	return { data: normalise(planes, size, pre), size };
}

/**
 * Canvas helpers for the browser: a backing store at devicePixelRatio, so the
 * maps stay sharp on a projector and on a phone, and scaled copies without
 * smoothing, so an activation's cells stay square pixels.
 */
import type { Rgba } from './atlas';

/** Sizes the backing store for `width`×`height` CSS pixels (the element's CSS size is the caller's) and returns a context in CSS units. */
export function prepareCanvas(canvas: HTMLCanvasElement, width: number, height: number): CanvasRenderingContext2D {
	const ratio = window.devicePixelRatio || 1;
	const w = Math.max(1, Math.round(width * ratio));
	const h = Math.max(1, Math.round(height * ratio));
	if (canvas.width !== w) canvas.width = w;
	if (canvas.height !== h) canvas.height = h;
	const context = canvas.getContext('2d');
	if (!context) throw new Error('This browser cannot draw on a canvas.');
	context.setTransform(ratio, 0, 0, ratio, 0, 0);
	context.imageSmoothingEnabled = false;
	return context;
}

/** An RGBA image as a canvas source, so it can be drawn scaled. */
export function rgbaSource(image: Rgba): HTMLCanvasElement {
	const source = document.createElement('canvas');
	source.width = image.width;
	source.height = image.height;
	const context = source.getContext('2d');
	if (!context) throw new Error('This browser cannot draw on a canvas.');
	context.putImageData(new ImageData(image.data as Uint8ClampedArray<ArrayBuffer>, image.width, image.height), 0, 0);
	return source;
}

/** Copies the pixels of a finished drawing, for a cross-fade to start from. */
export function snapshot(canvas: HTMLCanvasElement): HTMLCanvasElement | null {
	if (canvas.width === 0 || canvas.height === 0) return null;
	const copy = document.createElement('canvas');
	copy.width = canvas.width;
	copy.height = canvas.height;
	copy.getContext('2d')?.drawImage(canvas, 0, 0);
	return copy;
}

export function prefersReducedMotion(): boolean {
	return typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

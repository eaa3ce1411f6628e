/**
 * Text on a coloured cell: black or white, whichever contrasts more with the
 * cell (WCAG 2 relative luminance), so every colour of a map stays readable.
 */
import { rgb } from 'd3';

function channel(value: number): number {
	const c = value / 255;
	return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance(colour: string): number {
	const { r, g, b } = rgb(colour);
	return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** `#000` or `#fff` for text on `background`. */
export function readableInk(background: string): '#000' | '#fff' {
	const l = relativeLuminance(background);
	// Contrast with black: (l + 0.05) / 0.05; with white: 1.05 / (l + 0.05).
	return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000' : '#fff';
}

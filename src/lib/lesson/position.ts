/** Where the deck is: a slide and how much of it is revealed; stepping is pure. */
import type { Slide } from './slides';

export interface Position {
	index: number;
	reveal: number;
}

const lastReveal = (slide: Slide) => slide.stages.length - 1;

/** A reveal from a URL (any string) made valid for this slide: whole, ≥ 0, ≤ its last stage. */
export function clampReveal(slide: Slide, reveal: string | number | null): number {
	const n = typeof reveal === 'number' ? reveal : Number.parseInt(reveal ?? '0', 10);
	return Number.isFinite(n) ? Math.min(Math.max(Math.trunc(n), 0), lastReveal(slide)) : 0;
}

/** One reveal on, or the next slide from its start. */
export function forward(slides: readonly Slide[], at: Position): Position {
	if (at.reveal < lastReveal(slides[at.index])) return { index: at.index, reveal: at.reveal + 1 };
	if (at.index < slides.length - 1) return { index: at.index + 1, reveal: 0 };
	return at;
}

/** One reveal back; from a slide's start, the previous slide fully revealed (as reveal.js does). */
export function backward(slides: readonly Slide[], at: Position): Position {
	if (at.reveal > 0) return { index: at.index, reveal: at.reveal - 1 };
	if (at.index > 0) return { index: at.index - 1, reveal: lastReveal(slides[at.index - 1]) };
	return at;
}

export const first = (): Position => ({ index: 0, reveal: 0 });

export function last(slides: readonly Slide[]): Position {
	return { index: slides.length - 1, reveal: lastReveal(slides[slides.length - 1]) };
}

/** The position after this one that shows a different slide (the presenter's "next"). */
export function nextSlideIndex(slides: readonly Slide[], at: Position): number | null {
	return at.index < slides.length - 1 ? at.index + 1 : null;
}

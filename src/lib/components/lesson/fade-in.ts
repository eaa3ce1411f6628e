/**
 * A Svelte action: what a reveal adds fades in, timed and eased by d3 (its
 * timer and easing only; the element stays Svelte's), or appears at once for
 * readers who ask for less motion.
 */
import { easeCubicOut, timer } from 'd3';
import { prefersReducedMotion } from '$lib/visual/canvas';

export const FADE_IN_MS = 350;

export function fadeIn(node: HTMLElement): { destroy(): void } | void {
	if (prefersReducedMotion()) return;
	node.style.opacity = '0';
	const clock = timer((elapsed) => {
		const t = Math.min(1, elapsed / FADE_IN_MS);
		node.style.opacity = String(easeCubicOut(t));
		if (t === 1) {
			node.style.removeProperty('opacity');
			clock.stop();
		}
	});
	return { destroy: () => clock.stop() };
}

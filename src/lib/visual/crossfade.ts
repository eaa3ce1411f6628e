/**
 * A short cross-fade between two drawings of a canvas, timed by d3-timer, for
 * when the layer or the image changes. With reduced motion asked for, the new
 * drawing simply replaces the old one.
 */
import { easeCubicOut, timer, type Timer } from 'd3';

export const FADE_MS = 250;

/**
 * Paints `draw` over the `previous` pixels, fading in. Returns a function that
 * stops the fade (and paints the final frame), for when another change arrives.
 */
export function crossfade(
	context: CanvasRenderingContext2D,
	previous: CanvasImageSource | null,
	draw: (context: CanvasRenderingContext2D) => void,
	duration = FADE_MS
): () => void {
	const { width, height } = context.canvas;
	const frame = (alpha: number) => {
		context.save();
		context.setTransform(1, 0, 0, 1, 0, 0);
		context.clearRect(0, 0, width, height);
		if (previous && alpha < 1) {
			context.globalAlpha = 1 - alpha;
			context.drawImage(previous, 0, 0, width, height);
		}
		context.restore();
		context.save();
		context.globalAlpha = alpha;
		draw(context);
		context.restore();
	};
	if (!previous || duration <= 0) {
		frame(1);
		return () => {};
	}
	let running: Timer | null = timer((elapsed) => {
		const t = Math.min(1, elapsed / duration);
		frame(easeCubicOut(t));
		if (t === 1) stop();
	});
	function stop() {
		if (!running) return;
		running.stop();
		running = null;
		frame(1);
	}
	return stop;
}

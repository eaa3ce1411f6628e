/**
 * Which input pixels one output cell of a step can see. The receptive field's
 * size and the cumulative stride (jump) come with the derived network; the
 * offset of the first window, pushed outwards by every padding, is added here.
 */
import { adaptiveKernel, type DerivedStep } from '../model';

export interface Field {
	/** Input pixel of the top-left corner, clipped to the image, and the side. */
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface FieldGeometry {
	rf: number;
	jump: number;
	/** Input coordinate where output cell 0's field starts (negative inside the padding). */
	start: number;
}

/** Geometry of every step's output, in step order. */
export function fieldGeometry(steps: readonly DerivedStep[]): Map<string, FieldGeometry> {
	const out = new Map<string, FieldGeometry>();
	let g: FieldGeometry = { rf: 1, jump: 1, start: 0 };
	for (const step of steps) {
		const spec = step.spec;
		if (spec.kind === 'conv' || spec.kind === 'maxpool') {
			g = { rf: g.rf + (spec.kernel - 1) * g.jump, jump: g.jump * spec.stride, start: g.start - spec.padding * g.jump };
		} else if (spec.kind === 'adaptiveavgpool' && step.inShape.length === 3) {
			const w = step.inShape[2];
			const k = adaptiveKernel(w, spec.outputSize);
			g = { rf: g.rf + (k - 1) * g.jump, jump: (g.jump * w) / spec.outputSize, start: g.start };
		}
		out.set(step.id, g);
	}
	return out;
}

/** The input square seen by output cell (row, column), clipped to an input of side `inputSize`. */
export function receptiveField(geometry: FieldGeometry, row: number, column: number, inputSize: number): Field {
	const span = (i: number) => {
		const from = Math.floor(geometry.start + i * geometry.jump);
		const to = from + geometry.rf;
		const lo = Math.max(0, from);
		return [lo, Math.max(lo, Math.min(inputSize, to))] as const;
	};
	const [x0, x1] = span(column);
	const [y0, y1] = span(row);
	return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

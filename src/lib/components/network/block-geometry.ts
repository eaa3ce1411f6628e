/**
 * Sizes of the overview's blocks, from d3 scales over the whole network so
 * blocks compare across steps: a feature map is a box (face ∝ √side,
 * depth ∝ √channels), a vector a bar (height ∝ log length), and steps that
 * keep the shape (ReLU, LRN, Dropout) a small tag.
 */
import { scaleLog, scaleSqrt } from 'd3';
import type { Network, Shape, StepKind } from '$lib/model';

export type BlockGeometry =
	{ form: 'box'; face: number; depth: number } | { form: 'bar'; height: number } | { form: 'tag' };

const SHAPE_KEEPING: ReadonlySet<StepKind> = new Set(['relu', 'lrn', 'dropout']);

export const MAX_FACE = 96;
export const MAX_DEPTH = 46;
export const BAR_WIDTH = 14;

export function blockGeometry(network: Network): (shape: Shape, kind: StepKind | 'input') => BlockGeometry {
	const shapes = [network.inputShape, ...network.steps.map((s) => s.outShape)];
	const maps = shapes.filter((s) => s.length === 3);
	const vectors = shapes.filter((s) => s.length === 1);
	const maxSide = Math.max(1, ...maps.map((s) => s[1]));
	const maxChannels = Math.max(1, ...maps.map((s) => s[0]));
	const maxLength = Math.max(10, ...vectors.map((s) => s[0]));
	const face = scaleSqrt().domain([0, maxSide]).range([0, MAX_FACE]).clamp(true);
	const depth = scaleSqrt().domain([0, maxChannels]).range([2, MAX_DEPTH]).clamp(true);
	const height = scaleLog()
		.domain([1, maxLength])
		.range([10, MAX_FACE + MAX_DEPTH / 2])
		.clamp(true);

	return (shape, kind) => {
		if (kind !== 'input' && SHAPE_KEEPING.has(kind)) return { form: 'tag' };
		if (shape.length === 3) return { form: 'box', face: Math.max(4, face(shape[1])), depth: depth(shape[0]) };
		return { form: 'bar', height: height(Math.max(1, shape[0])) };
	};
}

/** Oblique projection of a box's depth: how far its back face sits right and up. */
export const obliqueOffset = (depth: number): { dx: number; dy: number } => ({ dx: depth * 0.7, dy: depth * 0.5 });

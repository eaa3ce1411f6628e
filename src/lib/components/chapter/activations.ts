/** The three activation functions of the chapter and their slopes. */

export interface ActivationCurve {
	id: 'sigmoid' | 'tanh' | 'relu';
	label: string;
	f: (x: number) => number;
	slope: (x: number) => number;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

export const activationCurves: ActivationCurve[] = [
	{ id: 'sigmoid', label: 'sigmoid', f: sigmoid, slope: (x) => sigmoid(x) * (1 - sigmoid(x)) },
	{ id: 'tanh', label: 'tanh', f: Math.tanh, slope: (x) => 1 - Math.tanh(x) ** 2 },
	// ReLU has no slope at exactly 0; like PyTorch, take 0 there.
	{ id: 'relu', label: 'ReLU', f: (x) => Math.max(0, x), slope: (x) => (x > 0 ? 1 : 0) }
];

/** Evenly spaced samples over [from, to], including both ends. */
export function samples(from: number, to: number, count: number): number[] {
	return Array.from({ length: count }, (_, i) => from + ((to - from) * i) / (count - 1));
}

/** Moves label positions apart, keeping their order, so no two are closer than `gap`. */
export function spreadLabels(positions: number[], gap: number): number[] {
	const order = positions.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
	for (let k = 1; k < order.length; k++) order[k].y = Math.max(order[k].y, order[k - 1].y + gap);
	const spread = new Array<number>(positions.length);
	for (const { y, i } of order) spread[i] = y;
	return spread;
}

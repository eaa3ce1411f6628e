/**
 * One convolution output written out in TeX with the real numbers: the largest
 * products of each input channel, the channel sums, the bias and the result.
 * All 363 products of conv1 would fill a screen; the three that weigh most in
 * each channel show the idea (the first ones are often padding zeros).
 */
import type { DotProduct } from './sliding';

const num = (x: number) => (x < 0 ? `(${x.toFixed(3)})` : x.toFixed(3));

/** Words inside the formulas, in the page's language (the maths stays the same). */
export interface DotTexWords {
	/** "363 products", in TeX. */
	products: (n: number) => string;
	bias: string;
}

const english: DotTexWords = { products: (n) => `${n}\\text{ products}`, bias: 'bias' };

export function channelTex(dot: DotProduct, c: number, name: string, shown = 3, words = english): string {
	const w = dot.weights[c];
	const x = dot.inputs[c];
	const largest = Array.from(w, (_, i) => i)
		.sort((a, b) => Math.abs(w[b] * x[b]) - Math.abs(w[a] * x[a]) || a - b)
		.slice(0, shown);
	const terms = largest.map((i) => `${num(w[i])} \\cdot ${num(x[i])}`);
	return `\\text{${name}}: \\; ${terms.join(' + ')} + \\cdots \\;(${words.products(w.length)}) = ${dot.channelSums[c].toFixed(3)}`;
}

export function totalTex(
	dot: DotProduct,
	names: readonly string[],
	cell: { o: number; row: number; column: number },
	words = english
): string {
	const parts = dot.channelSums.map((s, c) => `\\underbrace{${num(s)}}_{\\text{${names[c]}}}`);
	return `y_{${cell.o},${cell.row},${cell.column}} = ${parts.join(' + ')} + \\underbrace{${num(dot.bias)}}_{\\text{${words.bias}}} = ${dot.total.toFixed(3)}`;
}

/** The k most probable classes of one row of probabilities, named from the model card. */
export interface Ranked {
	index: number;
	label: string;
	p: number;
}

export function topK(probabilities: ArrayLike<number>, labels: readonly string[], k = 5): Ranked[] {
	return Array.from(probabilities, (p, index) => ({ index, p }))
		.sort((a, b) => b.p - a.p || a.index - b.index)
		.slice(0, k)
		.map(({ index, p }) => ({ index, label: labels[index] ?? `class ${index}`, p }));
}

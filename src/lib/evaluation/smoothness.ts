/**
 * How smooth a convolution's filters are: per filter, the Pearson correlation
 * of horizontally adjacent weights (over all its channel and row pairs) and
 * likewise vertically, each averaged over the filters, then the mean of the
 * two. Random initialisation gives about 0; edge and blob detectors, whose
 * neighbouring weights move together, score well above. The same figure as
 * `conv1_smoothness` in python/train_photo.py.
 */

/** `weights` in PyTorch's OIHW layout, `shape` = [filters, channels, height, width]. */
export function filterSmoothness(weights: ArrayLike<number>, shape: readonly number[]): number {
	const [filters, channels, height, width] = shape;
	if (shape.length !== 4 || filters * channels * height * width !== weights.length) {
		throw new Error(
			`Filters of shape [${shape.join(', ')}] need ${shape.reduce((a, b) => a * b, 1)} weights, not ${weights.length}.`
		);
	}
	if (height < 2 || width < 2) throw new Error('Filters need at least 2 × 2 weights to have neighbours.');
	const perFilter = channels * height * width;
	let horizontal = 0;
	let vertical = 0;
	for (let f = 0; f < filters; f++) {
		const base = f * perFilter;
		const at = (c: number, y: number, x: number) => weights[base + (c * height + y) * width + x];
		horizontal += pairCorrelation(channels, height, width - 1, (c, y, x) => [at(c, y, x), at(c, y, x + 1)]);
		vertical += pairCorrelation(channels, height - 1, width, (c, y, x) => [at(c, y, x), at(c, y + 1, x)]);
	}
	return (horizontal / filters + vertical / filters) / 2;
}

/** Pearson's r of the pairs `pair(c, y, x)` over a channels × rows × columns grid (0 for a flat filter). */
function pairCorrelation(
	channels: number,
	rows: number,
	columns: number,
	pair: (c: number, y: number, x: number) => [number, number]
): number {
	const n = channels * rows * columns;
	let sumA = 0;
	let sumB = 0;
	for (let c = 0; c < channels; c++)
		for (let y = 0; y < rows; y++)
			for (let x = 0; x < columns; x++) {
				const [a, b] = pair(c, y, x);
				sumA += a;
				sumB += b;
			}
	const meanA = sumA / n;
	const meanB = sumB / n;
	let ab = 0;
	let aa = 0;
	let bb = 0;
	for (let c = 0; c < channels; c++)
		for (let y = 0; y < rows; y++)
			for (let x = 0; x < columns; x++) {
				const [a, b] = pair(c, y, x);
				ab += (a - meanA) * (b - meanB);
				aa += (a - meanA) ** 2;
				bb += (b - meanB) ** 2;
			}
	// As PyTorch's clamp(min=1e-12) on the product of norms.
	return ab / Math.max(Math.sqrt(aa) * Math.sqrt(bb), 1e-12);
}

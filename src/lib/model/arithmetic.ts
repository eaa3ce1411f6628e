/** The small formulas every layer page shows, kept pure so tests can pin them. */

/** N = (W − F + 2P)/S + 1, before flooring; PyTorch floors it (ceil_mode=False). */
export function outputSizeExact(w: number, f: number, p: number, s: number): number {
	return (w - f + 2 * p) / s + 1;
}

export function outputSize(w: number, f: number, p: number, s: number): number {
	return Math.floor((w - f + 2 * p) / s) + 1;
}

/** Window [start, end) of output cell i of PyTorch's adaptive pooling. */
export function adaptiveWindow(i: number, inSize: number, outSize: number): [number, number] {
	return [Math.floor((i * inSize) / outSize), Math.ceil(((i + 1) * inSize) / outSize)];
}

/** Largest window adaptive pooling uses: its effective kernel. */
export function adaptiveKernel(inSize: number, outSize: number): number {
	let widest = 0;
	for (let i = 0; i < outSize; i++) {
		const [start, end] = adaptiveWindow(i, inSize, outSize);
		widest = Math.max(widest, end - start);
	}
	return widest;
}

export const product = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);

export const BYTES_PER_FLOAT32 = 4;

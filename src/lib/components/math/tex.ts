/** Numbers and shapes written the way KaTeX typesets them. */

/** 9439232 → `9{,}439{,}232`: braces stop TeX from adding space after the comma. */
export function texNumber(n: number): string {
	return Math.round(n).toLocaleString('en-US').replace(/,/g, '{,}');
}

/** A value that may be fractional: whole numbers as they are, else two decimals and an ellipsis when cut. */
export function texDecimal(x: number): string {
	if (Number.isInteger(x)) return texNumber(x);
	const rounded = Math.round(x * 100) / 100;
	return rounded === x ? String(rounded) : `${x.toFixed(2)}\\ldots`;
}

/** [48, 55, 55] → `48 \times 55 \times 55`. */
export const texShape = (shape: readonly number[]): string => shape.map(texNumber).join(' \\times ');

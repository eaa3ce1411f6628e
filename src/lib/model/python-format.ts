/** Python's `repr` of a float, as PyTorch's `print(model)` writes hyper-parameters. */
export function pyFloat(x: number): string {
	if (Number.isInteger(x) && Math.abs(x) < 1e16) return `${x}.0`;
	const abs = Math.abs(x);
	if (abs >= 1e-4 && abs < 1e16) return String(x);
	// Python switches to exponent notation below 1e-4: 1e-05, 2.5e-07.
	const [mantissa, exponent] = x.toExponential().split('e');
	const e = Number(exponent);
	const sign = e < 0 ? '-' : '+';
	return `${mantissa}e${sign}${String(Math.abs(e)).padStart(2, '0')}`;
}

/** Python's repr of a bool. */
export const pyBool = (b: boolean): string => (b ? 'True' : 'False');

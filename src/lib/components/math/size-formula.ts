import type { SizeFormula } from '$lib/model';
import { texDecimal } from './tex';

const GENERAL = '\\frac{W - F + 2P}{S}';

/**
 * N = (W − F + 2P)/S + 1 with the layer's numbers. When the division leaves a
 * remainder the floor brackets appear, because that is where PyTorch drops
 * the last rows; an impossible size is written out as it comes, not hidden.
 */
export function sizeFormulaTex(f: SizeFormula): string {
	const numbers = `\\frac{${f.w} - ${f.f} + 2 \\cdot ${f.p}}{${f.s}}`;
	if (!f.floored) return `N = ${GENERAL} + 1 = ${numbers} + 1 = ${texDecimal(f.n)}`;
	const quotient = (f.w - f.f + 2 * f.p) / f.s;
	return (
		`N = \\left\\lfloor ${GENERAL} \\right\\rfloor + 1 = \\left\\lfloor ${numbers} \\right\\rfloor + 1` +
		` = \\lfloor ${texDecimal(quotient)} \\rfloor + 1 = ${texDecimal(f.n)}`
	);
}

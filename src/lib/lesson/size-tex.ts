/** The size formula on a slide, its letters replaced by numbers one term at a time. */
import type { SizeFormula } from '$lib/model';
import type { FormulaTerm } from './slides';

/** Newly filled numbers are boxed, so the eye finds them without relying on colour. */
export function partialSizeTex(f: SizeFormula, filled: readonly FormulaTerm[], newest: FormulaTerm | null): string {
	const values: Record<FormulaTerm, number> = { W: f.w, F: f.f, P: f.p, S: f.s };
	const term = (t: FormulaTerm) => {
		if (!filled.includes(t)) return t;
		return t === newest ? `\\boxed{${values[t]}}` : String(values[t]);
	};
	const inner = `\\frac{${term('W')} - ${term('F')} + 2 \\cdot ${term('P')}}{${term('S')}}`;
	return `N = \\left\\lfloor ${inner} \\right\\rfloor + 1`;
}

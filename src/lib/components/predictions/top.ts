/** The softmax of the top class written out in TeX, with the real logits. */
import type { Ranked } from '$lib/engine/top-k';

/** e^z of the top class over the sum, the largest terms named and the rest counted. */
export function softmaxTex(
	ranked: readonly Ranked[],
	logits: Float32Array,
	shown = 3,
	/** The left-out terms, in TeX: "2 more". */
	more = (n: number) => `${n}\\text{ more}`
): string {
	const top = ranked[0];
	const z = (r: Ranked) => logits[r.index].toFixed(2);
	const terms = ranked.slice(0, shown).map((r) => `e^{${z(r)}}`);
	const rest = logits.length - terms.length;
	const sum = Array.from(logits).reduce((s, v) => s + Math.exp(v - logits[top.index]), 0);
	const restTerm = rest > 0 ? ` + \\underbrace{\\cdots}_{${more(rest)}}` : '';
	return (
		`p(\\text{${escapeTex(top.label)}}) = \\frac{e^{z_{${top.index}}}}{\\sum_j e^{z_j}} = ` +
		`\\frac{e^{${z(top)}}}{${terms.join(' + ')}${restTerm}} = ${(1 / sum).toFixed(4)}`
	);
}

/** Labels come from a model card: keep TeX's special characters literal. */
export function escapeTex(text: string): string {
	return text.replace(/[\\{}$&#^_%~]/g, (c) => (c === '\\' ? '\\textbackslash{}' : `\\${c}`));
}

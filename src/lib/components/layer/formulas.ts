/**
 * The formulas a layer page typesets, with the layer's own numbers filled in.
 * Pure functions of the derived step, so the numbers can be checked in tests.
 */
import { formulaWords, type FormulaWords } from '$lib/content/layer-page';
import { adaptiveKernel, type DerivedStep, type Network } from '$lib/model';
import { sizeFormulaTex } from '../math/size-formula';
import { texNumber, texShape } from '../math/tex';

export type FormulaKey = 'size' | 'params' | 'macs' | 'rule' | 'sum' | 'constants' | 'windows' | 'widest' | 'length';

export interface LayerFormula {
	key: FormulaKey;
	tex: string;
}

function convParams(step: DerivedStep, words: FormulaWords): LayerFormula[] {
	if (step.spec.kind !== 'conv') return [];
	const { outChannels: cout, kernel: k, groups } = step.spec;
	const cin = step.inChannels ?? 0;
	const perGroup = groups === 1 ? 'C_\\text{in}' : `\\frac{C_\\text{in}}{${groups}}`;
	const cinValue = groups === 1 ? `${cin}` : `\\frac{${cin}}{${groups}}`;
	const n = step.outShape[1];
	return [
		{
			key: 'params',
			tex:
				`${words.params} = C_\\text{out} \\cdot ${perGroup} \\cdot F^2 + C_\\text{out}` +
				` = ${cout} \\cdot ${cinValue} \\cdot ${k}^2 + ${cout} = ${texNumber(step.params)}`
		},
		{
			key: 'macs',
			tex:
				`${words.macs} = C_\\text{out} \\cdot N^2 \\cdot ${perGroup} \\cdot F^2` +
				` = ${cout} \\cdot ${n}^2 \\cdot ${cinValue} \\cdot ${k}^2 = ${texNumber(step.macs)}`
		}
	];
}

function linearFormulas(step: DerivedStep, words: FormulaWords): LayerFormula[] {
	if (step.spec.kind !== 'linear') return [];
	const inputs = step.spec.inFeatures;
	const outputs = step.outShape[0];
	return [
		{ key: 'rule', tex: `y = W x + b, \\quad W \\in \\mathbb{R}^{${outputs} \\times ${inputs}}` },
		{
			key: 'params',
			tex: `${words.params} = ${texNumber(inputs)} \\cdot ${texNumber(outputs)} + ${texNumber(outputs)} = ${texNumber(step.params)}`
		},
		{ key: 'macs', tex: `${words.macs} = ${texNumber(inputs)} \\cdot ${texNumber(outputs)} = ${texNumber(step.macs)}` }
	];
}

function lrnFormulas(step: DerivedStep): LayerFormula[] {
	if (step.spec.kind !== 'lrn') return [];
	const { size, alpha, beta, k } = step.spec;
	return [
		{ key: 'rule', tex: 'b_c = \\frac{a_c}{\\left(k + \\frac{\\alpha}{n} S_c\\right)^{\\beta}}' },
		{ key: 'sum', tex: "S_c = \\sum_{c' = c - \\lfloor n/2 \\rfloor}^{c + \\lfloor n/2 \\rfloor} a_{c'}^2" },
		{
			key: 'constants',
			tex: `k = ${k},\\allowbreak\\quad n = ${size},\\allowbreak\\quad \\alpha = 10^{${Math.round(Math.log10(alpha))}},\\allowbreak\\quad \\beta = ${beta}`
		}
	];
}

function adaptiveFormulas(step: DerivedStep, words: FormulaWords): LayerFormula[] {
	if (step.spec.kind !== 'adaptiveavgpool') return [];
	const w = step.inShape[2];
	const out = step.spec.outputSize;
	return [
		{
			key: 'windows',
			tex:
				`${words.window}_i = \\left[\\left\\lfloor \\frac{i \\cdot ${w}}{${out}} \\right\\rfloor,\\ ` +
				`\\left\\lceil \\frac{(i+1) \\cdot ${w}}{${out}} \\right\\rceil\\right)`
		},
		{ key: 'widest', tex: `F_${words.widest} = ${adaptiveKernel(w, out)}` }
	];
}

/** `words` are the formulas' few words (\text{params}) in the page's language; the maths is the same. */
export function layerFormulas(
	step: DerivedStep,
	network: Network,
	words: FormulaWords = formulaWords.en
): LayerFormula[] {
	const size: LayerFormula[] = step.formula ? [{ key: 'size', tex: sizeFormulaTex(step.formula) }] : [];
	switch (step.kind) {
		case 'conv':
			return [...size, ...convParams(step, words)];
		case 'maxpool':
			return [...size, { key: 'rule', tex: `y_{c,i,j} = \\max_{(u,v) \\in ${words.window}(i,j)} x_{c,u,v}` }];
		case 'relu':
			return [{ key: 'rule', tex: '\\operatorname{ReLU}(x) = \\max(0, x)' }];
		case 'lrn':
			return lrnFormulas(step);
		case 'adaptiveavgpool':
			return adaptiveFormulas(step, words);
		case 'flatten':
			return [{ key: 'length', tex: `${texShape(step.inShape)} = ${texNumber(step.outShape[0])}` }];
		case 'dropout': {
			const p = step.spec.kind === 'dropout' ? step.spec.p : 0;
			return [
				{
					key: 'rule',
					tex: `y_i = \\frac{m_i \\, x_i}{1 - p}, \\quad m_i \\sim \\operatorname{Bernoulli}(1 - p), \\quad p = ${p}`
				}
			];
		}
		case 'linear':
			return linearFormulas(step, words);
		case 'softmax':
			return [{ key: 'rule', tex: `p_i = \\frac{e^{z_i}}{\\sum_{j=1}^{${network.classes}} e^{z_j}}` }];
	}
}

/**
 * Numbers in a sentence, per language. Digits and grouping are the same in
 * both (14,601,930); Chinese writes no space before % (89.10%).
 */
import { groupThousands } from '$lib/model/summary';
import type { Lang } from './languages';

export function formatPercent(fraction: number, digits: number, lang: Lang): string {
	const value = (100 * fraction).toFixed(digits);
	return lang === 'zh' ? `${value}%` : `${value} %`;
}

/** The summary table's grouping (zh-CN groups by thousands with commas too); the language is for callers' symmetry. */
export function formatCount(n: number, _lang: Lang): string {
	return groupThousands(n);
}

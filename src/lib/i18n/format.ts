/**
 * Numbers in a sentence, per language. Digits and grouping are the same in
 * both (14,601,930); Chinese writes no space before % (89.10%).
 */
import type { Lang } from './languages';

export function formatPercent(fraction: number, digits: number, lang: Lang): string {
	const value = (100 * fraction).toFixed(digits);
	return lang === 'zh' ? `${value}%` : `${value} %`;
}

export function formatCount(n: number, lang: Lang): string {
	return n.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US');
}

import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

const RULE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * axe-core's WCAG 2.1 A/AA and best-practice rules on the page (or only inside `within`),
 * each violation as "rule (impact): where", so a failing test says what to fix.
 * `severeOnly` keeps the serious and critical ones.
 */
export async function axeViolations(
	page: Page,
	{ within, severeOnly = false }: { within?: string; severeOnly?: boolean } = {}
): Promise<string[]> {
	let axe = new AxeBuilder({ page }).withTags(RULE_TAGS);
	if (within) axe = axe.include(within);
	const { violations } = await axe.analyze();
	return violations
		.filter((v) => !severeOnly || v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

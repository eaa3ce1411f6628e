/**
 * The Lighthouse report `npm run audit` writes: for each page and mode, the four
 * category scores and every audit that failed, as Markdown.
 */

/** The part of a Lighthouse result (LHR) the report reads. */
export interface LighthouseResult {
	categories: Record<string, { title: string; score: number | null; auditRefs: { id: string; weight: number }[] }>;
	audits: Record<string, { title: string; score: number | null; scoreDisplayMode: string; displayValue?: string }>;
}

export interface AuditRun {
	page: string;
	mode: 'desktop' | 'mobile';
	result: LighthouseResult;
}

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const percent = (score: number | null) => (score === null ? '—' : String(Math.round(score * 100)));

/** Audits that count towards a category and did not pass (informative and not-applicable ones left out). */
export function failingAudits(
	result: LighthouseResult
): { category: string; id: string; title: string; detail: string }[] {
	const failing = [];
	for (const category of CATEGORIES) {
		for (const { id } of result.categories[category]?.auditRefs ?? []) {
			const audit = result.audits[id];
			if (!audit || audit.score === null || audit.score >= 0.9) continue;
			if (!['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) continue;
			failing.push({ category, id, title: audit.title, detail: audit.displayValue ?? percent(audit.score) });
		}
	}
	return failing;
}

export function auditReport(runs: AuditRun[], when: string, chromium: string): string {
	const lines = [
		`# Lighthouse audit`,
		'',
		`${when}, ${chromium}, the built site served from build/ by tests/e2e/support/static-server.ts.`,
		'',
		`| page | mode | ${CATEGORIES.join(' | ')} |`,
		`| --- | --- | ${CATEGORIES.map(() => '---:').join(' | ')} |`,
		...runs.map(
			({ page, mode, result }) =>
				`| \`${page}\` | ${mode} | ${CATEGORIES.map((c) => percent(result.categories[c]?.score ?? null)).join(' | ')} |`
		),
		'',
		'## Failing audits',
		''
	];
	for (const { page, mode, result } of runs) {
		const failing = failingAudits(result);
		lines.push(`### \`${page}\`, ${mode}`, '');
		if (!failing.length) lines.push('None.', '');
		else lines.push(...failing.map((f) => `- ${f.category}: **${f.id}** — ${f.title} (${f.detail})`), '');
	}
	return lines.join('\n');
}

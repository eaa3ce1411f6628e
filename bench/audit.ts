/**
 * npm run audit [-- --out FILE]: Lighthouse on the built site in Debian's
 * Chromium, no network: the overview, a layer page, the model page (and the
 * lesson when the build has one), each as desktop and as mobile. Writes the four
 * category scores and the failing audits to test-results/audit.md (or --out).
 * Slow (a minute a run on a small machine), so not part of npm test.
 */
import { mkdirSync, existsSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { ensureFreshBuild } from '../tests/e2e/support/fresh-build';
import { serveStatic } from '../tests/e2e/support/static-server';
import { auditReport, CATEGORIES, type AuditRun, type LighthouseResult } from './audit-report';

const ROOT = resolve(import.meta.dirname, '..');
const CHROMIUM = '/usr/bin/chromium';
const PAGES = ['/', '/layer/conv1/', '/lesson/', '/model/', '/zh/', '/zh/layer/conv1/'];

async function main(): Promise<void> {
	const { values } = parseArgs({ options: { out: { type: 'string', default: 'test-results/audit.md' } } });
	const out = resolve(ROOT, values.out as string);
	ensureFreshBuild(ROOT);
	const pages = PAGES.filter((page) => existsSync(join(ROOT, 'build', page, 'index.html')));
	// Text gzipped, as any real static host does (GitHub Pages, nginx); the e2e tests' server stays plain.
	const server = await serveStatic(join(ROOT, 'build'), { compress: true });
	const chrome = await chromeLauncher.launch({
		chromePath: CHROMIUM,
		chromeFlags: ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update']
	});
	const runs: AuditRun[] = [];
	try {
		for (const page of pages) {
			for (const mode of ['desktop', 'mobile'] as const) {
				const result = await lighthouse(
					`${server.url}${page}`,
					{ port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
					mode === 'desktop' ? desktopConfig : undefined
				);
				if (!result) throw new Error(`Lighthouse returned nothing for ${page} (${mode})`);
				const lhr = result.lhr as unknown as LighthouseResult;
				runs.push({ page, mode, result: lhr });
				const scores = CATEGORIES.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100)).join(' / ');
				console.log(`${page} ${mode}: ${scores}`);
			}
		}
	} finally {
		chrome.kill();
		await server.close();
	}
	const version = (await import('lighthouse/package.json', { with: { type: 'json' } })).default.version;
	mkdirSync(dirname(out), { recursive: true });
	writeFileSync(
		out,
		auditReport(runs, new Date().toISOString().slice(0, 16) + ' UTC', `Lighthouse ${version}, ${CHROMIUM}`)
	);
	console.log(`Report: ${out}`);
}

await main();

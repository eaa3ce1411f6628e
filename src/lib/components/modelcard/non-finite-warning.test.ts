/**
 * The Model page's NonFiniteWarning, rendered on the server as the page is
 * prerendered: a model.json written by `npm run convert --allow-nonfinite`
 * from a checkpoint with NaN and infinite weights (its card counts them) puts
 * the warning at the top of the page, in English and in Chinese; the shipped
 * card, which counts none, shows no warning.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { render } from 'svelte/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import ModelPage from '../../../routes/[[lang=lang]]/model/+page.svelte';
import { load } from '../../../routes/[[lang=lang]]/model/+page';
import { weightsWarnings } from '$lib/content/weights-warnings';
import { hostilePath, ROOT } from '$lib/pth/testing/fixtures';
import type { ModelJson } from '$lib/weights/manifest';

/** The page's language, as `$app/state` gives it (`/zh/model/` → zh). */
const route = vi.hoisted(() => ({ params: {} as { lang?: string } }));
vi.mock('$app/state', () => ({ page: route }));
// The .pth loader at the page's end needs the app's state and a browser; it has nothing to do with the card.
vi.mock('$lib/components/weights/LoadWeights.svelte', () => ({ default: () => {} }));

const STATIC = join(ROOT, 'static');
const scratch = mkdtempSync(join(tmpdir(), 'non-finite-card-'));
let converted: ModelJson;

beforeAll(() => {
	const out = join(scratch, 'nan-model');
	const run = spawnSync(
		process.execPath,
		['--import', 'tsx', 'src/cli/convert.ts', hostilePath('nan-weights.pth'), '--out', out, '--allow-nonfinite'],
		{ cwd: ROOT, encoding: 'utf8', timeout: 60_000 }
	);
	expect([run.status, run.stderr]).toEqual([0, '']);
	converted = JSON.parse(readFileSync(join(out, 'model.json'), 'utf8')) as ModelJson;
}, 90_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type PageData = Exclude<Awaited<ReturnType<typeof load>>, void>;

/** The page's own load, reading the shipped files, with `model` in place of the shipped model.json. */
async function pageData(model: ModelJson | null): Promise<PageData> {
	const fetch = async (url: string) =>
		new Response(
			model && url.endsWith('/model.json') ? JSON.stringify(model) : readFileSync(join(STATIC, url.replace(/^\//, '')))
		);
	return (await load({ fetch } as unknown as Parameters<typeof load>[0])) as PageData;
}

function renderPage(data: PageData, lang?: 'zh'): string {
	route.params = lang ? { lang } : {};
	return render(ModelPage, { props: { data, params: route.params } as never }).body;
}

const warnings = (html: string) => html.match(/<p class="warning[^"]*" role="alert">[^<]*<\/p>/g) ?? [];

describe('the Model page warns when the model card counts NaN or infinite weights', () => {
	it('convert --allow-nonfinite counts the 3 it kept in the card', () => {
		expect(converted.modelCard.nonFiniteWeights).toBe(3);
	});

	it('the warning comes first, after the heading, with the count, in English and Chinese', async () => {
		const data = await pageData(converted);
		const en = renderPage(data);
		expect(warnings(en)).toEqual([expect.stringContaining(weightsWarnings.en.nonFinite(3))]);
		expect(en.indexOf('role="alert"')).toBeLessThan(en.indexOf('<h2'));
		const zh = renderPage(data, 'zh');
		expect(warnings(zh)).toEqual([expect.stringContaining(weightsWarnings.zh.nonFinite(3))]);
		expect(weightsWarnings.zh.nonFinite(3)).toContain('3 个权重');
	});

	it('the shipped card counts none: no warning', async () => {
		const shipped = await pageData(null);
		expect(shipped.card.nonFiniteWeights).toBeUndefined();
		expect(warnings(renderPage(shipped))).toEqual([]);
	});
});

import { describe, expect, test } from 'vitest';
import { FILES_CACHE, precachePlan, staleCaches, staleFiles, storedKeys, type PrecacheInput } from './precache-plan';
import { fillOfflineBuild } from './vite-plugin';

const deploy = (version: string, weightsHash: string): PrecacheInput => ({
	base: '/school/alexnet',
	version,
	build: [
		'/school/alexnet/_app/immutable/entry/app.A1.js',
		'/school/alexnet/_app/immutable/assets/KaTeX_Main.B2.woff2'
	],
	files: ['/school/alexnet/models/m/model.json', '/school/alexnet/models/m/group1-shard1of1.bin'],
	prerendered: ['/school/alexnet/', '/school/alexnet/layer/conv1/'],
	offline: {
		immutable: [
			'/_app/immutable/entry/app.A1.js',
			'/_app/immutable/assets/KaTeX_Main.B2.woff2',
			'/_app/immutable/assets/KaTeX_Main.C3.woff',
			'/_app/immutable/assets/KaTeX_Main.D4.ttf',
			'/_app/immutable/workers/assets/tfjs-backend-wasm-simd.E5.wasm'
		],
		hashes: { '/models/m/model.json': 'aaa', '/models/m/group1-shard1of1.bin': weightsHash }
	}
});

describe('what the offline worker keeps', () => {
	test('every page, every built file the worker brings (WASM), woff2 fonts only, every static file', () => {
		const plan = precachePlan(deploy('1', 'bbb'));
		expect(plan.pages).toEqual(['/school/alexnet/', '/school/alexnet/layer/conv1/']);
		const urls = plan.stored.map((f) => f.url);
		expect(urls).toContain('/school/alexnet/_app/immutable/workers/assets/tfjs-backend-wasm-simd.E5.wasm');
		expect(urls).toContain('/school/alexnet/_app/immutable/assets/KaTeX_Main.B2.woff2');
		expect(urls.filter((u) => /\.(woff|ttf)$/.test(u))).toEqual([]);
		expect(urls.filter((u) => u.endsWith('app.A1.js'))).toHaveLength(1);
		expect(storedKeys(plan).get('/school/alexnet/models/m/group1-shard1of1.bin')).toBe(
			'/school/alexnet/models/m/group1-shard1of1.bin?sha256=bbb'
		);
	});

	test('a new deploy gets new page caches; unchanged weights keep their key, changed ones are pruned', () => {
		const before = precachePlan(deploy('1', 'bbb'));
		const same = precachePlan(deploy('2', 'bbb'));
		const changed = precachePlan(deploy('3', 'ccc'));
		expect(same.pagesCache).not.toBe(before.pagesCache);
		expect(staleCaches(same, [before.pagesCache, same.pagesCache, FILES_CACHE, 'other-app'])).toEqual([
			before.pagesCache
		]);
		expect(storedKeys(same)).toEqual(storedKeys(before));

		const origin = 'https://school.example';
		const cached = before.stored.map((f) => new URL(f.key, origin).href);
		expect(staleFiles(same, cached, origin)).toEqual([]);
		expect(staleFiles(changed, cached, origin)).toEqual([
			`${origin}/school/alexnet/models/m/group1-shard1of1.bin?sha256=bbb`
		]);
	});
});

describe('filling the built worker', () => {
	test('the placeholder becomes the JSON, whichever quotes the minifier chose', () => {
		const facts = { immutable: ['/_app/immutable/a.js'], hashes: { '/x': 'y' } };
		for (const quote of ['"', "'", '`']) {
			const script = `const o=JSON.parse(${quote}@@alexnet-offline-build@@${quote});`;
			const filled = fillOfflineBuild(script, facts);
			const literal = filled.slice('const o=JSON.parse('.length, -2);
			expect(JSON.parse(JSON.parse(literal))).toEqual(facts);
		}
	});

	test('a worker without the placeholder fails the build', () => {
		expect(() => fillOfflineBuild('self.addEventListener("fetch",()=>{})', { immutable: [], hashes: {} })).toThrow(
			/__ALEXNET_OFFLINE_BUILD__ is missing/
		);
	});
});

import { describe, expect, it } from 'vitest';
import { deriveNetwork, variantIds, variants } from '$lib/model';
import { walkHref, walkIndex, walkNeighbours, walkStops, type WalkStop } from './walk';

const name = (stop: WalkStop | null) => (stop === null ? null : stop.kind === 'step' ? stop.id : stop.kind);

describe('the walk through the network pages', () => {
	it.each(variantIds)('%s: overview, every step of the variant in order, then the summary', (id) => {
		const network = deriveNetwork(variants[id]);
		const stops = walkStops(network);
		expect(stops.map(name)).toEqual(['overview', ...network.steps.map((s) => s.id), 'summary']);
	});

	it('has LRN pages only in the paper’s variant, and each variant’s own last step before the summary', () => {
		const names = (id: (typeof variantIds)[number]) => walkStops(deriveNetwork(variants[id])).map(name);
		expect(names('paper2012')).toContain('norm1');
		expect(names('seed')).not.toContain('norm1');
		expect(names('torchvision')).toContain('avgpool');
		for (const id of variantIds) expect(names(id).slice(-2)).toEqual(['softmax', 'summary']);
	});

	it('finds each page from its route and steps one stop either way', () => {
		const network = deriveNetwork(variants.seed);
		const stops = walkStops(network);
		const first = network.steps[0].id;
		expect(walkNeighbours(stops, walkIndex(stops, '/', undefined))).toEqual({
			previous: null,
			next: { kind: 'step', id: first }
		});
		const at = (id: string) => walkNeighbours(stops, walkIndex(stops, '/layer/[id]', id));
		expect(name(at(first).previous)).toBe('overview');
		expect(name(at('conv1').next)).toBe('relu1');
		expect(name(at('softmax').next)).toBe('summary');
		const summary = walkNeighbours(stops, walkIndex(stops, '/summary', undefined));
		expect([name(summary.previous), name(summary.next)]).toEqual(['softmax', null]);
	});

	it('is not on the walk elsewhere, nor on a step the variant lacks', () => {
		const stops = walkStops(deriveNetwork(variants.seed));
		for (const [route, id] of [
			['/why-it-worked', undefined],
			['/model', undefined],
			['/lesson', undefined],
			['/layer/[id]', 'norm1'],
			[null, undefined]
		] as const)
			expect(walkNeighbours(stops, walkIndex(stops, route, id))).toEqual({ previous: null, next: null });
	});

	it('links keep the variant and the language', () => {
		expect(walkHref({ kind: 'step', id: 'conv1' }, 'torchvision', 'en')).toBe('/layer/conv1/?variant=torchvision');
		expect(walkHref({ kind: 'overview' }, 'seed', 'en')).toBe('/');
		expect(walkHref({ kind: 'summary' }, 'paper2012', 'en')).toBe('/summary/?variant=paper2012');
		expect(walkHref({ kind: 'step', id: 'conv1' }, 'torchvision', 'zh')).toBe('/zh/layer/conv1/?variant=torchvision');
		expect(walkHref({ kind: 'overview' }, 'seed', 'zh')).toBe('/zh/');
	});

	it('finds Chinese pages on the walk too', () => {
		const stops = walkStops(deriveNetwork(variants.seed));
		expect(walkIndex(stops, '/[[lang=lang]]', undefined)).toBe(0);
		expect(walkIndex(stops, '/[[lang=lang]]/summary', undefined)).toBe(stops.length - 1);
		expect(walkIndex(stops, '/[[lang=lang]]/layer/[id]', 'conv1')).toBe(1);
	});
});

import { describe, expect, test } from 'vitest';
import { allStepIds, equivalentStep, variantFromSearch, withVariant } from './variant-url';

describe('variant in the URL', () => {
	test('reads a known variant and falls back to the default', () => {
		expect(variantFromSearch(new URLSearchParams('variant=paper2012'))).toBe('paper2012');
		expect(variantFromSearch(new URLSearchParams('variant=nope'))).toBe('seed');
		expect(variantFromSearch(new URLSearchParams(''))).toBe('seed');
	});

	test('leaves the default variant out of links', () => {
		expect(withVariant('/layer/conv1/', 'seed')).toBe('/layer/conv1/');
		expect(withVariant('/layer/conv1/', 'torchvision')).toBe('/layer/conv1/?variant=torchvision');
	});

	test('every step id of every variant gets a page', () => {
		const ids = allStepIds();
		for (const id of ['conv1', 'norm1', 'norm2', 'avgpool', 'softmax']) expect(ids).toContain(id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	test('switching keeps the step, or moves to the next shared one', () => {
		expect(equivalentStep('conv3', 'seed', 'paper2012')).toBe('conv3');
		expect(equivalentStep('norm1', 'paper2012', 'seed')).toBe('pool1');
		expect(equivalentStep('avgpool', 'torchvision', 'paper2012')).toBe('flatten');
	});
});

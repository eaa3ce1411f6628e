import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveNetwork } from '../model/derive';
import { variants } from '../model/variants';
import type { VariantId } from '../model/types';
import { PthError } from './errors';
import { expectedShapes, matchVariant } from './match-variant';
import { ROOT } from './testing/fixtures';

/** Every variant's state-dict keys and shapes, as PyTorch's modules have them (python/fixtures/make_pth_fixtures.py). */
const golden = JSON.parse(readFileSync(join(ROOT, 'tests/goldens/pth-state-dict-shapes.json'), 'utf8')) as Record<
	string,
	Record<string, number[]>
>;

const shapesOf = (id: VariantId, classes: number) => expectedShapes(deriveNetwork(variants[id], { classes }));

function thrown(run: () => unknown): PthError {
	try {
		run();
	} catch (error) {
		expect(error).toBeInstanceOf(PthError);
		return error as PthError;
	}
	throw new Error('expected an error');
}

describe('expectedShapes', () => {
	it.each(Object.keys(golden))('%s: the keys, order and shapes of PyTorch’s state_dict()', (name) => {
		const [id, classes] = name.split('-') as [VariantId, string];
		expect([...shapesOf(id, Number(classes))]).toEqual(Object.entries(golden[name]));
	});
});

describe('matchVariant', () => {
	it.each(Object.keys(golden))('recognises %s from shapes alone', (name) => {
		const [id, classes] = name.split('-');
		const match = matchVariant(new Map(Object.entries(golden[name])));
		expect([match.variant, match.classes]).toEqual([id, Number(classes)]);
	});

	it('takes any class count from the last layer', () => {
		for (const classes of [1, 2, 37, 21843]) {
			expect(matchVariant(shapesOf('seed', classes)).classes).toBe(classes);
			expect(matchVariant(shapesOf('paper2012', classes)).variant).toBe('paper2012');
		}
	});

	it('names missing keys, unexpected keys and wrong shapes against the closest variant', () => {
		const shapes = shapesOf('torchvision', 1000);
		shapes.delete('features.10.bias');
		shapes.set('classifier.1.weight', [4096, 9999]);
		shapes.set('extra.weight', [3]);
		const error = thrown(() => matchVariant(shapes));
		expect(error.kind).toBe('mismatch');
		expect(error.message).toContain('closest is torchvision with 1000 classes, 3 differences away');
		expect(error.message).toContain('classifier.1.weight: the file has [4096, 9999], torchvision expects [4096, 9216]');
		expect(error.message).toContain('features.10.bias: missing from the file');
		expect(error.message).toContain('extra.weight: not a parameter of torchvision');
	});

	it('lists at most eight differences and counts the rest', () => {
		const shapes = new Map([...shapesOf('seed', 10)].map(([k, s]) => [`backbone.${k}`, s]));
		const error = thrown(() => matchVariant(shapes));
		expect(error.message).toContain('32 differences away');
		expect(error.message).toContain('… and 24 more');
	});
});

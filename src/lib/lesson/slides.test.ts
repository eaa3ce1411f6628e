import { describe, expect, test } from 'vitest';
import { deriveNetwork, variants, variantIds } from '$lib/model';
import { allSlideIds, lessonSlides } from './slides';
import { backward, clampReveal, first, forward, last } from './position';

describe('the lesson deck, derived from the description', () => {
	for (const id of variantIds) {
		const network = deriveNetwork(variants[id]);
		const slides = lessonSlides(network);

		test(`${id}: title, picture, every step in order, five contributions, recap`, () => {
			const ids = slides.map((s) => s.id);
			expect(ids.slice(0, 2)).toEqual(['start', 'picture']);
			expect(ids.slice(2, 2 + network.steps.length)).toEqual(network.steps.map((s) => s.id));
			expect(ids.slice(-6)).toEqual([
				'why-relu',
				'why-dropout',
				'why-lrn',
				'why-overlapping-pooling',
				'why-two-gpus',
				'recap'
			]);
			expect(new Set(ids).size).toBe(ids.length);
		});

		test(`${id}: every sliding window with a formula reveals question, formula, W F P S, answer, maps`, () => {
			for (const step of network.steps) {
				const slide = slides.find((s) => s.id === step.id)!;
				if (step.formula) {
					expect(slide.stages).toEqual(['question', 'formula', 'W', 'F', 'P', 'S', 'answer', 'maps']);
				} else if (step.kind === 'linear') expect(slide.stages).toEqual(['question', 'answer', 'maps']);
				else expect(slide.stages).toEqual(['show']);
			}
		});
	}

	test('LRN slides only where the variant has LRN; avgpool only in torchvision', () => {
		const ids = (v: keyof typeof variants) => lessonSlides(deriveNetwork(variants[v])).map((s) => s.id);
		expect(ids('paper2012')).toContain('norm1');
		expect(ids('seed')).not.toContain('norm1');
		expect(ids('torchvision')).toContain('avgpool');
		expect(ids('seed')).not.toContain('avgpool');
		expect(allSlideIds()).toEqual(expect.arrayContaining(['norm2', 'avgpool', 'conv1', 'recap']));
	});

	test('a new step in the description is a new slide, with no slide code', () => {
		const spec = structuredClone(variants.seed);
		spec.steps.splice(1, 0, { kind: 'maxpool', id: 'extra', group: 'features', kernel: 2, stride: 2, padding: 0 });
		const slide = lessonSlides(deriveNetwork(spec)).find((s) => s.id === 'extra');
		expect(slide?.stages).toContain('answer');
	});
});

describe('stepping through reveals', () => {
	const slides = lessonSlides(deriveNetwork(variants.seed));
	test('forward reveals, then moves on; backward lands fully revealed', () => {
		const conv1 = slides.findIndex((s) => s.id === 'conv1');
		expect(forward(slides, { index: conv1, reveal: 0 })).toEqual({ index: conv1, reveal: 1 });
		expect(forward(slides, { index: conv1, reveal: 7 })).toEqual({ index: conv1 + 1, reveal: 0 });
		expect(backward(slides, { index: conv1 + 1, reveal: 0 })).toEqual({ index: conv1, reveal: 7 });
		expect(backward(slides, first())).toEqual(first());
		expect(forward(slides, last(slides))).toEqual(last(slides));
	});
	test('a reveal from a URL is clamped to the slide', () => {
		const conv1 = slides.find((s) => s.id === 'conv1')!;
		expect(clampReveal(conv1, '3')).toBe(3);
		expect(clampReveal(conv1, '99')).toBe(7);
		expect(clampReveal(conv1, '-2')).toBe(0);
		expect(clampReveal(conv1, 'x')).toBe(0);
		expect(clampReveal(slides[0], '2')).toBe(0);
	});
});

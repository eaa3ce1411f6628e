/**
 * The lesson deck as a pure function of the derived network: title, the
 * picture, one slide per step, the five contributions, the recap. A new step
 * or variant in the description gives new slides without new code here.
 */
import { deriveNetwork, variants, type DerivedStep, type Network } from '../model';

export const CONTRIBUTIONS = ['relu', 'dropout', 'lrn', 'overlapping-pooling', 'two-gpus'] as const;
export type Contribution = (typeof CONTRIBUTIONS)[number];

/** The four numbers of the size formula, filled in this order. */
export const FORMULA_TERMS = ['W', 'F', 'P', 'S'] as const;
export type FormulaTerm = (typeof FORMULA_TERMS)[number];

/** What one press of → reveals. */
export type Stage = 'show' | 'question' | 'formula' | FormulaTerm | 'answer' | 'maps';

interface SlideBase {
	id: string;
	/** At least one; the reveal index in the URL counts from 0. */
	stages: Stage[];
}

export type Slide =
	| (SlideBase & { kind: 'title' })
	| (SlideBase & { kind: 'picture' })
	| (SlideBase & { kind: 'step'; stepId: string })
	| (SlideBase & { kind: 'contribution'; contribution: Contribution })
	| (SlideBase & { kind: 'recap' });

export const TITLE_SLIDE = 'start';
export const PICTURE_SLIDE = 'picture';
export const RECAP_SLIDE = 'recap';
export const contributionSlideId = (c: Contribution): string => `why-${c}`;

/** A sliding window with a size formula asks the class for N; a linear layer for its parameter count. */
export function stepStages(step: DerivedStep): Stage[] {
	if (step.formula) return ['question', 'formula', ...FORMULA_TERMS, 'answer', 'maps'];
	if (step.kind === 'linear') return ['question', 'answer', 'maps'];
	return ['show'];
}

export function lessonSlides(network: Network): Slide[] {
	return [
		{ id: TITLE_SLIDE, kind: 'title', stages: ['show'] },
		{ id: PICTURE_SLIDE, kind: 'picture', stages: ['show'] },
		...network.steps.map((step): Slide => ({ id: step.id, kind: 'step', stepId: step.id, stages: stepStages(step) })),
		...CONTRIBUTIONS.map((contribution): Slide => ({
			id: contributionSlideId(contribution),
			kind: 'contribution',
			contribution,
			stages: ['show']
		})),
		{ id: RECAP_SLIDE, kind: 'recap', stages: ['show'] }
	];
}

/** Every slide id of every variant, for prerendering one page each. */
export function allSlideIds(): string[] {
	const ids = new Set<string>();
	for (const variant of Object.values(variants)) for (const s of lessonSlides(deriveNetwork(variant))) ids.add(s.id);
	return [...ids];
}

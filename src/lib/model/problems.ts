/**
 * Why a configuration cannot be built, as data: derive finds the cause, the
 * sentence a student reads is written in content/model-problems.ts, tests check
 * the kind and the numbers.
 */
import type { Shape } from './types';

/** The hyper-parameters a student can change, and what each must be at least. */
export type HyperParameter = 'kernel' | 'stride' | 'padding' | 'outChannels' | 'groups';

export type ModelProblem =
	| { kind: 'not-whole'; name: HyperParameter; value: number; min: number }
	| { kind: 'bad-classes'; value: number }
	| { kind: 'bad-input-size'; value: number }
	/** N = ⌊(W − F + 2P)/S⌋ + 1 ≤ 0: the window is wider than the padded input. */
	| { kind: 'no-output'; window: 'kernel' | 'pooling window'; w: number; f: number; p: number; s: number; n: number }
	| { kind: 'padding-vs-kernel'; padding: number; kernel: number }
	| { kind: 'pool-padding'; padding: number; kernel: number }
	| { kind: 'groups'; groups: number; inChannels: number; outChannels: number }
	| { kind: 'flat-input' }
	| { kind: 'empty-map' }
	| { kind: 'flatten-mismatch'; expected: number; received: number; flattenedFrom: Shape | null };

export interface Problem {
	/** The step at fault, or `input` for the image size. */
	stepId: string;
	cause: ModelProblem;
	/** The cause in words, for students. */
	message: string;
}

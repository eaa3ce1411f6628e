/**
 * Why an image was refused, as data: the chooser turns it into a sentence for
 * students (the wording lives in content/), tests check the kind.
 */

export type ImageProblem =
	| { kind: 'empty' }
	| { kind: 'file-too-large'; bytes: number; limit: number }
	| { kind: 'svg' }
	| { kind: 'text' }
	| { kind: 'unknown-format' }
	| { kind: 'truncated'; format: string }
	| { kind: 'too-many-pixels'; width: number; height: number; limit: number }
	| { kind: 'unreadable'; format: string }
	| { kind: 'camera'; reason: 'unsupported' | 'denied' | 'no-camera' | 'failed' };

export class ImageRefused extends Error {
	constructor(readonly problem: ImageProblem) {
		super(`Image refused: ${problem.kind}`);
		this.name = 'ImageRefused';
	}
}

/** Messages between the page and the .pth loader's worker. */
import type { PresetName } from '../weights/presets';
import type { PthErrorKind } from './errors';
import type { LabelsFile } from '../weights/presets';
import type { LoadedPth } from './load-model';

export interface PthRequest {
	file: File;
	/** Omit to let the loader guess from the variant and class count. */
	preset?: PresetName;
	/** Absolute URLs of the shipped label lists (static/labels/*.json). */
	labelUrls: Record<LabelsFile, string>;
}

export type PthReply =
	| { type: 'progress'; done: number; total: number }
	| { type: 'done'; model: LoadedPth }
	| { type: 'error'; kind: PthErrorKind | 'internal'; message: string };

/**
 * Test-only (reads files with node:fs): the PyTorch goldens written by
 * python/fixtures/make_model_goldens.py, which the tests hold the description to.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { VariantId } from './types';

export const GOLDEN_DIR = fileURLToPath(new URL('../../../tests/goldens/model/', import.meta.url));

export interface GoldenLayer {
	name: string;
	type: string;
	/** Null for modules the forward pass never reached (it failed earlier). */
	inputShape: number[] | null;
	outputShape: number[] | null;
	params: number;
	parameterShapes: Record<string, number[]>;
	macs: number | null;
	activationBytes: number | null;
	/** (W − F + 2P) mod S for conv and max-pool. */
	sizeRemainder: number | null;
	/** Measured by gradients, for `features` modules only. */
	receptiveField?: number;
	jump?: number;
}

export interface GoldenCase {
	case: string;
	variant: VariantId;
	className: string;
	classes: number;
	inputSize: number;
	inputShape: number[];
	/** Where and why PyTorch refused the forward pass. */
	error: { module: string; message: string } | null;
	layers: GoldenLayer[];
	totals: { params: number; macs: number | null; activationBytes: number | null };
}

export function readGoldenCases(): { golden: GoldenCase; repr: string }[] {
	return readdirSync(GOLDEN_DIR)
		.filter((file) => file.endsWith('.json') && file !== 'pyfloat.json')
		.sort()
		.map((file) => {
			const golden = JSON.parse(readFileSync(GOLDEN_DIR + file, 'utf8')) as GoldenCase;
			const repr = readFileSync(GOLDEN_DIR + file.replace(/\.json$/, '.repr.txt'), 'utf8');
			return { golden, repr: repr.replace(/\n$/, '') };
		});
}

export function readPyFloatGoldens(): [number, string][] {
	return JSON.parse(readFileSync(GOLDEN_DIR + 'pyfloat.json', 'utf8')) as [number, string][];
}

/**
 * Single ops against PyTorch on tiny inputs (tests/goldens/engine-ops.json), for
 * configurations the whole-network fixtures never reach.
 */
import * as tf from '@tensorflow/tfjs-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AdaptiveAvgPoolSpec, ConvSpec, LrnSpec, MaxPoolSpec } from '../model/types';
import { nodeBackends } from './node';
import { startBackend } from './backends';
import { adaptiveAvgPool, adaptiveBins, conv2d, localResponseNorm, maxPool } from './ops';
import { relativeError } from './testing/fixture-check';

type Params =
	| Omit<AdaptiveAvgPoolSpec, 'id' | 'group'>
	| Omit<MaxPoolSpec, 'id' | 'group'>
	| Omit<LrnSpec, 'id' | 'group'>
	| Omit<ConvSpec, 'id' | 'group'>;

interface OpCase {
	name: string;
	params: Params;
	inputShape: number[];
	input: number[];
	outputShape: number[];
	output: number[];
	weight?: number[];
	bias?: number[];
}

const cases = JSON.parse(readFileSync(join(process.cwd(), 'tests', 'goldens', 'engine-ops.json'), 'utf8')) as OpCase[];

function apply(c: OpCase, x: tf.Tensor4D): tf.Tensor4D {
	const p = { ...c.params, id: 'op', group: 'features' as const };
	switch (p.kind) {
		case 'adaptiveavgpool':
			return adaptiveAvgPool(x, p);
		case 'maxpool':
			return maxPool(x, p);
		case 'lrn':
			return localResponseNorm(x, p);
		case 'conv': {
			const cin = c.inputShape[1] / p.groups;
			const oihw = tf.tensor4d(c.weight as number[], [p.outChannels, cin, p.kernel, p.kernel]);
			const kernels = tf.split(tf.transpose(oihw, [2, 3, 1, 0]), p.groups, 3) as tf.Tensor4D[];
			const biases = tf.split(tf.tensor1d(c.bias as number[]), p.groups) as tf.Tensor1D[];
			return conv2d(x, p, { kernels, biases });
		}
	}
}

describe('adaptiveBins', () => {
	it('follows PyTorch: floor(i·in/out) to ceil((i+1)·in/out)', () => {
		expect(adaptiveBins(13, 6)).toEqual([
			[0, 3],
			[2, 5],
			[4, 7],
			[6, 9],
			[8, 11],
			[10, 13]
		]);
		expect(adaptiveBins(5, 6)[0]).toEqual([0, 1]);
	});
});

describe.each(nodeBackends)('ops on %s match PyTorch', (backend) => {
	it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
		await startBackend(backend);
		const [n, ch, h, w] = c.inputShape;
		const result = tf.tidy(() => {
			const x = tf.transpose(tf.tensor4d(c.input, [n, ch, h, w]), [0, 2, 3, 1]) as tf.Tensor4D;
			return tf.transpose(apply(c, x), [0, 3, 1, 2]);
		});
		expect(result.shape).toEqual(c.outputShape);
		expect(relativeError(result.dataSync() as Float32Array, new Float32Array(c.output))).toBeLessThan(1e-5);
		result.dispose();
	});
});

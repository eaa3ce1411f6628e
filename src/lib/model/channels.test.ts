/** A step's channel pictures are those of the conv its channels come from. */
import { describe, expect, it } from 'vitest';
import { channelSource } from './channels';
import { deriveNetwork } from './derive';
import { variants } from './variants';

describe('channelSource', () => {
	it('follows ReLU, LRN and pooling back to their conv, and stops at anything else', () => {
		const seed = deriveNetwork(variants.seed, { classes: 10, inputSize: 224 });
		expect(['conv1', 'relu1', 'pool1', 'conv5', 'pool5'].map((id) => channelSource(seed, id))).toEqual([
			'conv1',
			'conv1',
			'conv1',
			'conv5',
			'conv5'
		]);
		expect(['fc1', 'relu6', 'nothing'].map((id) => channelSource(seed, id))).toEqual([null, null, null]);
		const paper = deriveNetwork(variants.paper2012, { classes: 1000, inputSize: 224 });
		const lrn = paper.steps.find((s) => s.kind === 'lrn')!;
		expect(channelSource(paper, lrn.id)).toBe('conv1');
	});
});

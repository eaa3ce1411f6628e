/** A page formats a problem in its own language; derive's English `message` is the English one. */
import { describe, expect, it } from 'vitest';
import { deriveNetwork, paper2012, seed, withOverrides } from '$lib/model';
import { problemMessage } from './model-problems';

const broken = [
	deriveNetwork(withOverrides(seed, { conv1: { kernel: 300 } })),
	deriveNetwork(withOverrides(seed, { conv2: { padding: Infinity } })),
	deriveNetwork(withOverrides(seed, { conv1: { stride: Number.NaN } })),
	deriveNetwork(withOverrides(seed, { conv1: { padding: 11 } })),
	deriveNetwork(withOverrides(seed, { pool1: { padding: 2 } })),
	deriveNetwork(withOverrides(paper2012, { conv2: { outChannels: 255 } })),
	deriveNetwork(seed, { inputSize: 160 }),
	deriveNetwork(seed, { inputSize: 0, classes: 0 })
];
const problems = broken.flatMap((network) => network.problems);

describe('problems in the page’s language', () => {
	it('are the derived message in English', () => {
		expect(problems.length).toBeGreaterThan(7);
		for (const p of problems) expect(problemMessage(p.stepId, p.cause, 'en')).toBe(p.message);
	});

	it('have no English words in Chinese, beyond names, symbols and PyTorch’s own error', () => {
		for (const p of problems) {
			const zh = problemMessage(p.stepId, p.cause, 'zh');
			const rest = zh
				.replace(/mat1 and mat2 shapes cannot be multiplied|PyTorch|GPU|groups=\d+/g, '')
				.replace(new RegExp(`^${p.stepId}：`), '');
			expect(rest, zh).not.toMatch(/[A-Za-z]{2,}/);
			expect(zh).not.toMatch(/NaN|Infinity|undefined/);
		}
	});
});

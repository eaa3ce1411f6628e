import { describe, expect, it } from 'vitest';
import type { InputTensor, LoadedModel, RunResult } from '../engine';
import type { Parameter } from '../engine/weights';
import type { Pixels } from '../image/preprocess';
import { ImageSession, type SessionEngine } from './image.svelte';

const model: LoadedModel = {
	card: {
		name: 'test',
		variant: 'seed',
		classes: 10,
		labels: Array.from({ length: 10 }, (_, i) => `class ${i}`),
		inputSize: 224,
		preprocessing: {
			preset: 'fashion-mnist',
			resize: { kind: 'stretch', size: 224 },
			grayscale: true,
			mean: [0.286, 0.286, 0.286],
			std: [0.353, 0.353, 0.353]
		}
	},
	variant: 'seed',
	inputShape: [3, 224, 224],
	classes: 10,
	stepIds: ['conv1']
};

/** An engine whose passes finish when the test says so, returning the input's first value as the logit. */
function fakeEngine() {
	const pending: { input: InputTensor; finish: () => void }[] = [];
	const engine: SessionEngine = {
		load: async () => model,
		run: (input) =>
			new Promise<RunResult>((resolve) => {
				const result: RunResult = {
					logits: Float32Array.of(input.data[0]),
					probabilities: Float32Array.of(1),
					activations: [{ stepId: 'conv1', shape: [1, 1, 1], data: Float32Array.of(input.data[0]) }],
					backend: 'cpu',
					timings: { totalMs: 0, readbackMs: 0 }
				};
				pending.push({ input, finish: () => resolve(result) });
			}),
		parameter: async (name) => ({ shape: [1], data: Float32Array.of(name.length) }) satisfies Parameter
	};
	return { engine, pending };
}

/** Lets pending promise callbacks run until the condition holds. */
async function until(condition: () => boolean) {
	for (let i = 0; i < 100 && !condition(); i++) await Promise.resolve();
	expect(condition()).toBe(true);
}

const grey = (value: number): Pixels => ({
	data: new Uint8Array(28 * 28).fill(value),
	width: 28,
	height: 28,
	channels: 1
});

describe('ImageSession', () => {
	it('preprocesses with the model card and keeps the pass with its picture', async () => {
		const { engine, pending } = fakeEngine();
		const session = new ImageSession(async () => engine);
		await session.loadModel({ url: 'model.json' });
		const done = session.choosePixels(grey(255), 'white');
		expect(session.busy).toBe(true);
		await until(() => pending.length === 1);
		expect(pending[0].input.shape).toEqual([3, 224, 224]);
		pending[0].finish();
		expect(await done).toBe(true);
		expect(session.busy).toBe(false);
		expect(session.seen?.image.name).toBe('white');
		expect(session.seen?.input.planes).toHaveLength(1);
		expect(session.activation('conv1')?.data[0]).toBeCloseTo((1 - 0.286) / 0.353, 5);
	});

	it('lets the newest picture win when passes finish out of order', async () => {
		const { engine, pending } = fakeEngine();
		const session = new ImageSession(async () => engine);
		await session.loadModel({ url: 'model.json' });
		const first = session.choosePixels(grey(0), 'first');
		const second = session.choosePixels(grey(255), 'second');
		await until(() => pending.length === 2);
		pending[1].finish();
		pending[0].finish();
		expect(await second).toBe(true);
		expect(await first).toBe(false);
		expect(session.seen?.image.name).toBe('second');
	});

	it('keeps the current picture when a file is refused, and says why', async () => {
		const { engine, pending } = fakeEngine();
		const session = new ImageSession(async () => engine);
		await session.loadModel({ url: 'model.json' });
		const shown = session.choosePixels(grey(128), 'kept');
		await until(() => pending.length === 1);
		pending[0].finish();
		await shown;
		expect(await session.chooseFile(new Blob(['just some notes\n']), 'notes.png')).toBe(false);
		expect(session.problem).toEqual({ kind: 'text' });
		expect(await session.chooseFile(new Blob([]), 'empty.png')).toBe(false);
		expect(session.problem).toEqual({ kind: 'empty' });
		expect(session.seen?.image.name).toBe('kept');
		expect(session.busy).toBe(false);
	});

	it('fetches each weight once per model, from the engine when it offers them', async () => {
		const { engine } = fakeEngine();
		const session = new ImageSession(async () => engine);
		await session.loadModel({ url: 'model.json' });
		const a = session.parameter('features.0.weight');
		expect(session.parameter('features.0.weight')).toBe(a);
		expect((await a).data[0]).toBe('features.0.weight'.length);
	});
});

import { describe, expect, it, vi } from 'vitest';
import type { BackendChoice, BackendInfo, EngineNotice, InputTensor, LoadedModel, RunResult } from '../engine';
import type { Parameter } from '../engine/weights';
import * as decode from '../image/decode';
import type { Pixels } from '../image/preprocess';
import type { WeightsSource } from '../engine';
import { ImageSession, type SessionEngine } from './image.svelte';
import type { WeightsChoice } from './weights-registry.svelte';

// The real decoder needs a browser; one test replaces it for a single call.
vi.mock('../image/decode', async (original) => {
	const real = await original<typeof import('../image/decode')>();
	return { ...real, decodeImage: vi.fn(real.decodeImage) };
});

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

const choice = (key: string, variant: LoadedModel['variant'] = 'seed', classes = 10): WeightsChoice => ({
	key,
	variant,
	kind: 'default',
	card: { ...model.card, name: key, variant, classes },
	source: () => ({ url: `${key}.json` })
});

/** An engine whose passes finish when the test says so, returning the input's first value as the logit. */
function fakeEngine(loaded: (source: WeightsSource) => LoadedModel = () => model) {
	const pending: { input: InputTensor; finish: () => void }[] = [];
	const loads: WeightsSource[] = [];
	const engine: SessionEngine = {
		load: async (source) => {
			loads.push(source);
			return loaded(source);
		},
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
	return { engine, pending, loads };
}

/** A session wanting `seed-default`, its first (sample) pass already shown. */
async function openSession(
	engine: SessionEngine,
	pending: { finish: () => void }[],
	wanted = { current: choice('seed-default') }
) {
	const session = new ImageSession(async () => engine, { wanted: () => wanted.current });
	const first = session.choosePixels(grey(10), 'first');
	await until(() => pending.length === 1);
	pending.shift()?.finish();
	expect(await first).toBe(true);
	return { session, wanted };
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
		const { session } = await openSession(engine, pending);
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

	it('lets the newest picture win: a pass overtaken before it starts never runs', async () => {
		const { engine, pending } = fakeEngine();
		const { session } = await openSession(engine, pending);
		const first = session.choosePixels(grey(0), 'first again');
		const second = session.choosePixels(grey(255), 'second');
		expect(await first).toBe(false);
		await until(() => pending.length === 1);
		pending.shift()?.finish();
		expect(await second).toBe(true);
		expect(pending).toHaveLength(0);
		expect(session.seen?.image.name).toBe('second');
	});

	it('keeps the current picture when a file is refused, and says why', async () => {
		const { engine, pending } = fakeEngine();
		const { session } = await openSession(engine, pending);
		expect(await session.chooseFile(new Blob(['just some notes\n']), 'notes.png')).toBe(false);
		expect(session.problem).toEqual({ kind: 'text' });
		expect(await session.chooseFile(new Blob([]), 'empty.png')).toBe(false);
		expect(session.problem).toEqual({ kind: 'empty' });
		expect(session.seen?.image.name).toBe('first');
		expect(session.busy).toBe(false);
	});

	it('fetches each weight once per model, from the engine when it offers them', async () => {
		const { engine, pending } = fakeEngine();
		const { session } = await openSession(engine, pending);
		const a = session.parameter('features.0.weight');
		expect(session.parameter('features.0.weight')).toBe(a);
		expect((await a).data[0]).toBe('features.0.weight'.length);
	});

	it('shows nothing before the page says which weights it wants', async () => {
		const { engine, loads } = fakeEngine();
		const session = new ImageSession(async () => engine);
		expect(await session.choosePixels(grey(1), 'early')).toBe(false);
		expect(await session.refresh()).toBe(false);
		expect(loads).toEqual([]);
		expect(session.seen).toBeNull();
	});

	it('hides the previous network’s pass at once when other weights are wanted, and runs the same picture through them', async () => {
		const torchvision: LoadedModel = { ...model, variant: 'torchvision', classes: 1000 };
		const { engine, pending, loads } = fakeEngine((source) =>
			'url' in source && source.url === 'seed-default.json' ? model : torchvision
		);
		const { session, wanted } = await openSession(engine, pending);
		wanted.current = choice('torchvision-untrained', 'torchvision', 1000);
		// Nothing has loaded yet, and already no view gets the seed pass.
		expect(session.seen).toBeNull();
		expect(session.stale).toBe(true);
		expect(session.network).toBeNull();
		expect(session.activation('conv1')).toBeUndefined();
		expect(session.picture?.name).toBe('first');
		const done = session.refresh();
		await until(() => pending.length === 1);
		pending.shift()?.finish();
		expect(await done).toBe(true);
		expect(loads.at(-1)).toEqual({ url: 'torchvision-untrained.json' });
		expect(session.seen?.weights.key).toBe('torchvision-untrained');
		expect(session.seen?.image.name).toBe('first');
		expect(session.network?.variant.id).toBe('torchvision');
		expect(session.network?.classes).toBe(1000);
		// Already matching: nothing to do, nothing loaded again.
		expect(await session.refresh()).toBe(false);
		expect(loads).toHaveLength(2);
	});

	it('refuses weights that are not the network the page describes, and says why', async () => {
		const { engine, pending } = fakeEngine();
		const { session, wanted } = await openSession(engine, pending);
		wanted.current = choice('claims-1000', 'seed', 1000);
		expect(await session.refresh()).toBe(false);
		expect(session.failure).toMatch(/seed network with 10 classes, not the seed network with 1000 classes/);
		expect(session.seen).toBeNull();
	});

	it('keeps a file chosen while the weights change', async () => {
		const { engine, pending } = fakeEngine();
		const { session, wanted } = await openSession(engine, pending);
		let decoded = (_: decode.DecodedImage) => {};
		vi.mocked(decode.decodeImage).mockImplementationOnce(() => new Promise((resolve) => (decoded = resolve)));
		const picked = session.chooseFile(new Blob(['a picture']), 'picked.png');
		wanted.current = choice('seed-loaded');
		const switched = session.refresh();
		// The file finishes decoding while the new weights' pass runs.
		decoded({
			name: 'picked.png',
			format: 'png',
			pixels: { data: new Uint8Array(28 * 28 * 4).fill(200), width: 28, height: 28, channels: 4 },
			original: { width: 28, height: 28 }
		});
		expect(await switched).toBe(false);
		await until(() => pending.length === 1);
		pending.shift()?.finish();
		expect(await picked).toBe(true);
		expect(session.seen?.image.name).toBe('picked.png');
		expect(session.seen?.weights.key).toBe('seed-loaded');
	});

	it('starts the remembered backend, and runs the picture again on the one the reader picks', async () => {
		const { engine, pending } = fakeEngine();
		const selected: BackendChoice[] = [];
		engine.selectBackend = async (choice = 'auto') => {
			selected.push(choice);
			return { name: choice === 'auto' ? 'wasm' : choice, adapter: '', software: false, reason: 'user' };
		};
		const { session } = await openSession(engine, pending);
		expect(selected).toEqual(['auto']);
		expect(session.backend?.name).toBe('wasm');
		const switched = session.chooseBackend('cpu');
		await until(() => pending.length === 1);
		pending.shift()?.finish();
		await switched;
		expect(selected).toEqual(['auto', 'cpu']);
		expect(session.backendChoice).toBe('cpu');
		expect(session.backend?.name).toBe('cpu');
		expect(session.seen?.image.name).toBe('first');
	});

	it('shows what the engine did on its own, and the backend it moved to', async () => {
		const { engine, pending } = fakeEngine();
		let running: BackendInfo = { name: 'webgpu', adapter: '', software: false, reason: 'probe' };
		let tell = (_: EngineNotice) => {};
		engine.selectBackend = async () => running;
		engine.status = async () => ({ backend: running });
		engine.onNotice = (listener) => {
			tell = listener;
			return () => {};
		};
		const { session } = await openSession(engine, pending);
		running = { name: 'wasm', adapter: '', software: false, reason: 'fallback' };
		tell({ kind: 'device-lost', from: 'webgpu', to: 'wasm', message: 'the GPU device was lost' });
		expect(session.notice?.kind).toBe('device-lost');
		await until(() => session.backend?.name === 'wasm');
	});
});

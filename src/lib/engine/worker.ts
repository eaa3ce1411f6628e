/// <reference lib="webworker" />
/**
 * The engine's Web Worker: owns tfjs and the weights, answers the client's
 * calls one at a time, and pushes notices when it changes backend on its own.
 */
import { createEngine } from './engine';
import { channelMaxima } from './explain/channel-peaks';
import { gradCam } from './explain/gradcam';
import { maximise } from './explain/maximise';
import { occlusion } from './explain/occlusion';
import type { CancelFlag } from './explain/steps';
import type { Calls, CallName, Reply, Request } from './protocol';
import type { RunResult } from './types';
import { browserHooks } from './wasm-setup';
import { errorMessage } from '../errors';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: Reply, transfer: Transferable[] = []) => scope.postMessage(reply, transfer);

const engine = createEngine({ hooks: browserHooks, onNotice: (notice) => post({ kind: 'notice', notice }) });

type Handlers = { [K in CallName]: (args: Calls[K]['args'], id: number) => Promise<Calls[K]['result']> };

/** Long calls still running, by request id; a cancel is answered at once, outside the engine's queue. */
const running = new Map<number, CancelFlag>();
async function cancellable<T>(id: number, task: (cancel: CancelFlag) => Promise<T>): Promise<T> {
	const cancel = { cancelled: false };
	running.set(id, cancel);
	try {
		return await task(cancel);
	} finally {
		running.delete(id);
	}
}

const handlers: Handlers = {
	select: ({ choice, cached }) => engine.selectBackend(choice, cached),
	load: ({ source }) => engine.load(source),
	run: ({ input, options }) => engine.run(input, options),
	status: async () => engine.status(),
	loseDevice: async () => engine.simulateDeviceLoss(),
	gradCam: ({ input, layer, classIndex }) => engine.withModel((model) => gradCam(model, input, layer, classIndex)),
	occlusion: ({ input, options }, id) =>
		cancellable(id, (cancel) =>
			engine.withModel((model) =>
				occlusion(model, input, {
					...options,
					cancel,
					onProgress: (done, total) => post({ kind: 'progress', id, progress: { kind: 'occlusion', done, total } })
				})
			)
		),
	maximise: ({ options }, id) =>
		cancellable(id, (cancel) =>
			engine.withModel((model) =>
				maximise(model, {
					...options,
					cancel,
					onPicture: (picture) => post({ kind: 'progress', id, progress: { kind: 'picture', picture } })
				})
			)
		),
	channelMaxima: ({ input, layers }) => engine.withModel((model) => channelMaxima(model, input, layers)),
	cancel: async ({ target }) => {
		const flag = running.get(target);
		if (flag) flag.cancelled = true;
		return flag !== undefined;
	}
};

/** The result's arrays move to the page instead of being copied; steps that share data share one buffer. */
function transferables(result: unknown): Transferable[] {
	const run = result as Partial<RunResult>;
	if (!run.logits || !run.activations) return [];
	const buffers = new Set<ArrayBuffer>([
		run.logits.buffer as ArrayBuffer,
		(run.probabilities as Float32Array).buffer as ArrayBuffer
	]);
	for (const a of run.activations) buffers.add(a.data.buffer as ArrayBuffer);
	return [...buffers];
}

scope.onmessage = async (event: MessageEvent<Request>) => {
	const { id, call, args } = event.data;
	try {
		const handler = handlers[call] as (args: unknown, id: number) => Promise<unknown>;
		const result = await handler(args, id);
		post({ kind: 'result', id, result }, transferables(result));
	} catch (error) {
		post({ kind: 'error', id, message: errorMessage(error) });
	}
};

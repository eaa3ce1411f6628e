/// <reference lib="webworker" />
/**
 * The engine's Web Worker: owns tfjs and the weights, answers the client's
 * calls one at a time, and pushes notices when it changes backend on its own.
 */
import { createEngine } from './engine';
import type { Calls, CallName, Reply, Request } from './protocol';
import type { RunResult } from './types';
import { browserHooks } from './wasm-setup';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: Reply, transfer: Transferable[] = []) => scope.postMessage(reply, transfer);

const engine = createEngine({ hooks: browserHooks, onNotice: (notice) => post({ kind: 'notice', notice }) });

type Handlers = { [K in CallName]: (args: Calls[K]['args']) => Promise<Calls[K]['result']> };

const handlers: Handlers = {
	select: ({ choice, cached }) => engine.selectBackend(choice, cached),
	load: ({ source }) => engine.load(source),
	run: ({ input, options }) => engine.run(input, options),
	status: async () => engine.status(),
	loseDevice: async () => engine.simulateDeviceLoss()
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
		const handler = handlers[call] as (args: unknown) => Promise<unknown>;
		const result = await handler(args);
		post({ kind: 'result', id, result }, transferables(result));
	} catch (error) {
		post({ kind: 'error', id, message: error instanceof Error ? error.message : String(error) });
	}
};

/**
 * The page's handle on the engine: a typed promise API over a Web Worker, so a
 * forward pass never blocks the main thread.
 */
import { chosenBackend, probedBackend, rememberChosen, rememberProbed } from './choice-cache';
import type { Calls, CallName, Reply, Request } from './protocol';
import type {
	BackendChoice,
	BackendInfo,
	EngineNotice,
	EngineStatus,
	InputTensor,
	LoadedModel,
	RunOptions,
	RunResult,
	WeightsSource
} from './types';

export interface EngineClient {
	/**
	 * Start a backend. `auto` uses the backend the probe picked earlier on this device, or
	 * probes now; a named backend is the user's override and is remembered. With no
	 * argument, the remembered override (or `auto`).
	 */
	selectBackend(choice?: BackendChoice): Promise<BackendInfo>;
	/** Load weights (URL of model.json, or manifest + bytes); replaces any loaded model. */
	load(source: WeightsSource): Promise<LoadedModel>;
	/** One forward pass; activations are batch item 0's, in PyTorch's layout. */
	run(input: InputTensor, options?: RunOptions): Promise<RunResult>;
	status(): Promise<EngineStatus>;
	/** Called when the engine changes backend on its own (start-up failure, device lost). */
	onNotice(listener: (notice: EngineNotice) => void): () => void;
	/** Test hook: the GPU backend loses its device as after a driver reset. */
	simulateDeviceLoss(): Promise<boolean>;
	/** Stops the worker and frees every tensor. */
	dispose(): void;
}

export interface ClientOptions {
	/** A worker to talk to (tests); by default the engine's own worker is started. */
	worker?: Worker;
}

interface Pending {
	resolve(value: unknown): void;
	reject(error: Error): void;
}

export function createEngineClient(options: ClientOptions = {}): EngineClient {
	const worker = options.worker ?? new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
	const pending = new Map<number, Pending>();
	const listeners = new Set<(notice: EngineNotice) => void>();
	let nextId = 1;

	worker.onmessage = (event: MessageEvent<Reply>) => {
		const reply = event.data;
		if (reply.kind === 'notice') {
			for (const listener of listeners) listener(reply.notice);
			return;
		}
		const waiting = pending.get(reply.id);
		pending.delete(reply.id);
		if (reply.kind === 'result') waiting?.resolve(reply.result);
		else waiting?.reject(new Error(reply.message));
	};
	worker.onerror = (event) => {
		const error = new Error(`engine worker failed: ${event.message}`);
		for (const waiting of pending.values()) waiting.reject(error);
		pending.clear();
	};

	function call<K extends CallName>(name: K, args: Calls[K]['args']): Promise<Calls[K]['result']> {
		const id = nextId++;
		return new Promise((resolve, reject) => {
			pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
			worker.postMessage({ id, call: name, args } as Request);
		});
	}

	return {
		async selectBackend(choice = chosenBackend()) {
			rememberChosen(choice);
			const cached = choice === 'auto' ? probedBackend() : null;
			const info = await call('select', { choice, cached });
			// Forget a cached pick that no longer works; remember a fresh probe's pick.
			if (choice === 'auto') rememberProbed(info.reason === 'fallback' ? null : info.name);
			return info;
		},
		load: (source) => call('load', { source }),
		run: (input, options = {}) => call('run', { input, options }),
		status: () => call('status', {}),
		onNotice(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		simulateDeviceLoss: () => call('loseDevice', {}),
		dispose() {
			worker.terminate();
			for (const waiting of pending.values()) waiting.reject(new Error('engine client disposed'));
			pending.clear();
		}
	};
}

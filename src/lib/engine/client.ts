/**
 * The page's handle on the engine: a typed promise API over a Web Worker, so a
 * forward pass never blocks the main thread.
 */
import { chosenBackend, probedBackend, rememberChosen, rememberProbed } from './choice-cache';
import type { LayerMaxima } from './explain/channel-peaks';
import type { GradCamResult } from './explain/gradcam';
import type { MaximiseResult, MaximisedPicture } from './explain/maximise';
import type { OcclusionResult } from './explain/occlusion';
import type { Calls, CallName, MaximiseArgs, OcclusionArgs, Progress, Reply, Request } from './protocol';
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

/** A long call: its result, and a way to stop it early (it then resolves with what it has, marked incomplete). */
export interface Job<T> {
	result: Promise<T>;
	cancel(): void;
}

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
	/** Grad-CAM of one class at one conv layer (src/lib/engine/explain/gradcam.ts). */
	gradCam(input: InputTensor, layer: string, classIndex: number): Promise<GradCamResult>;
	/** Occlusion sensitivity, with progress after each batch. */
	occlusion(
		input: InputTensor,
		options: OcclusionArgs,
		onProgress?: (done: number, total: number) => void
	): Job<OcclusionResult>;
	/** Activation maximisation of one channel, with the picture as it grows. */
	maximise(options: MaximiseArgs, onPicture?: (picture: MaximisedPicture) => void): Job<MaximiseResult>;
	/** Each channel's largest value and where it was, per picture of a batch, after each listed conv layer's ReLU. */
	channelMaxima(input: InputTensor, layers: string[]): Promise<LayerMaxima[]>;
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
	progress?(progress: Progress): void;
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
		if (reply.kind === 'progress') {
			pending.get(reply.id)?.progress?.(reply.progress);
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

	function call<K extends CallName>(
		name: K,
		args: Calls[K]['args'],
		progress?: (progress: Progress) => void,
		id = nextId++
	): Promise<Calls[K]['result']> {
		return new Promise((resolve, reject) => {
			pending.set(id, { resolve: resolve as (value: unknown) => void, reject, progress });
			worker.postMessage({ id, call: name, args } as Request);
		});
	}

	function job<K extends 'occlusion' | 'maximise'>(
		name: K,
		args: Calls[K]['args'],
		progress: (progress: Progress) => void
	): Job<Calls[K]['result']> {
		const id = nextId++;
		return { result: call(name, args, progress, id), cancel: () => void call('cancel', { target: id }) };
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
		gradCam: (input, layer, classIndex) => call('gradCam', { input, layer, classIndex }),
		occlusion: (input, options, onProgress) =>
			job('occlusion', { input, options }, (p) => {
				if (p.kind === 'occlusion') onProgress?.(p.done, p.total);
			}),
		maximise: (options, onPicture) =>
			job('maximise', { options }, (p) => {
				if (p.kind === 'picture') onPicture?.(p.picture);
			}),
		channelMaxima: (input, layers) => call('channelMaxima', { input, layers }),
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

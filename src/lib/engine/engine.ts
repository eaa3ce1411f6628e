/**
 * The engine in-process: backend choice and fallback, loading weights,
 * forward passes with read-back. The browser runs it inside a worker
 * (worker.ts); Node (CLI, benchmark, tests) uses it directly.
 */
import * as tf from '@tensorflow/tfjs-core';
import { deriveNetwork, type Network } from '../model/derive';
import { isVariantId, variants } from '../model/variants';
import { backendNames, fallbacksAfter } from './backend-names';
import { startBackend, type BackendHooks } from './backends';
import { forgetBackend, loseDevice, watchDeviceLoss } from './device-loss';
import { forward, reluInputs, type ForwardOutput } from './forward';
import { batchShape } from './input';
import { createParams, disposeParams, type StepParams } from './params';
import { bestProbed, probeBackends } from './probe';
import { readActivations, readMatrix } from './readback';
import type {
	BackendChoice,
	BackendInfo,
	BackendName,
	ChoiceReason,
	EngineNotice,
	EngineStatus,
	InputTensor,
	LoadedModel,
	PassTimings,
	ProbeResult,
	RunOptions,
	RunResult,
	WeightsSource
} from './types';
import { weightsFrom, type DecodedWeights } from './weights';
import { errorMessage } from '../errors';

export interface EngineOptions {
	/** Backends this platform offers, in fallback order (default: all four; Node offers wasm and cpu). */
	offered?: readonly BackendName[];
	hooks?: BackendHooks;
	onNotice?: (notice: EngineNotice) => void;
}

export interface Engine {
	/** `auto` starts `cached` when given and it works, else probes; a named backend falls back if it cannot start. */
	selectBackend(choice: BackendChoice, cached?: BackendName | null): Promise<BackendInfo>;
	load(source: WeightsSource | DecodedWeights): Promise<LoadedModel>;
	run(input: InputTensor, options?: RunOptions): Promise<RunResult>;
	status(): EngineStatus;
	/** Runs `task` on the loaded network and its parameters, queued like a pass (explanations: src/lib/engine/explain). */
	withModel<T>(task: (model: ModelView) => Promise<T>): Promise<T>;
	/** Test hook: the current GPU backend loses its device; false on CPU backends. */
	simulateDeviceLoss(): boolean;
	dispose(): void;
}

/** What code outside the engine may use of the loaded model: read, never dispose. */
export interface ModelView {
	network: Network;
	params: ReadonlyMap<string, StepParams>;
	info: LoadedModel;
}

interface Model {
	source: WeightsSource | DecodedWeights;
	network: Network;
	params: Map<string, StepParams>;
	info: LoadedModel;
	reluInputs: Map<string, string>;
}

const isDecoded = (source: WeightsSource | DecodedWeights): source is DecodedWeights => 'parameters' in source;

function networkFor(weights: DecodedWeights): Network {
	const card = weights.manifest.modelCard;
	if (!isVariantId(card.variant))
		throw new Error(`weights: unknown variant ${JSON.stringify(card.variant)} in the model card.`);
	const network = deriveNetwork(variants[card.variant], { classes: card.classes, inputSize: card.inputSize });
	if (!network.valid)
		throw new Error(`weights: the model card describes an impossible network: ${network.problems[0].message}`);
	return network;
}

class TfjsEngine implements Engine {
	private readonly offered: readonly BackendName[];
	private backend: BackendInfo | null = null;
	private readonly available = new Set<BackendName>();
	private probeResults: ProbeResult[] = [];
	private model: Model | null = null;
	private lastPass: PassTimings | null = null;
	private readonly notices: EngineNotice[] = [];
	/** Every public operation runs after the previous one: backend switches never interleave with a pass. */
	private queue: Promise<unknown> = Promise.resolve();
	private disposed = false;

	constructor(private readonly options: EngineOptions) {
		this.offered = options.offered ?? backendNames;
	}

	private exclusive<T>(task: () => Promise<T>): Promise<T> {
		const result = this.queue.then(task);
		this.queue = result.catch(() => undefined);
		return result;
	}

	private notify(notice: EngineNotice): void {
		this.notices.push(notice);
		this.options.onNotice?.(notice);
	}

	private async start(name: BackendName, reason: ChoiceReason): Promise<BackendInfo> {
		const description = await startBackend(name, this.options.hooks);
		this.available.add(name);
		this.backend = { name, reason, ...description };
		watchDeviceLoss(name, (why) => {
			// Checked when the queue reaches it: a failed pass may have recovered already.
			void this.exclusive(async () => {
				if (!this.disposed && this.backend?.name === name) await this.recover(name, why);
			});
		});
		return this.backend;
	}

	/** Starts `first`, or failing that the next backend that starts, with a notice. */
	private async startWithFallback(
		first: BackendName,
		reason: ChoiceReason,
		kind: EngineNotice['kind']
	): Promise<BackendInfo> {
		let why: string;
		try {
			return await this.start(first, reason);
		} catch (error) {
			why = errorMessage(error);
		}
		for (const next of fallbacksAfter(first, this.offered)) {
			try {
				const info = await this.start(next, 'fallback');
				this.notify({
					kind,
					from: first,
					to: next,
					message: `${first} could not start (${why}); running on ${next} instead.`
				});
				return info;
			} catch {
				// Try the next one; the notice names the first failure, which is the one the user asked for.
			}
		}
		throw new Error(`engine: no backend could start (${first}: ${why}).`);
	}

	selectBackend(choice: BackendChoice, cached: BackendName | null = null): Promise<BackendInfo> {
		return this.exclusive(async () => {
			const before = this.backend?.name;
			let info: BackendInfo | null = null;
			if (choice === 'auto' && cached && this.offered.includes(cached)) {
				info = await this.start(cached, 'cache').catch(() => null);
			}
			if (!info && choice === 'auto') {
				this.probeResults = await probeBackends(this.offered, this.options.hooks);
				for (const r of this.probeResults) if (r.adapter !== undefined) this.available.add(r.name);
				info = await this.startWithFallback(bestProbed(this.probeResults), 'probe', 'fallback');
			}
			if (!info) info = await this.startWithFallback(choice as BackendName, 'user', 'fallback');
			if (this.offered.length === 1) info.reason = 'only';
			if (before !== info.name) await this.rebuildParams();
			return info;
		});
	}

	/** Parameters live on one backend: after a switch they are made again from the weights. */
	private async rebuildParams(): Promise<void> {
		if (!this.model) return;
		try {
			disposeParams(this.model.params);
		} catch {
			// A lost device cannot free its buffers; they went with it.
		}
		const weights = isDecoded(this.model.source) ? this.model.source : await weightsFrom(this.model.source);
		this.model.params = createParams(this.model.network, weights.parameters);
	}

	private async recover(from: BackendName, why: string): Promise<void> {
		forgetBackend(from);
		this.available.delete(from);
		await this.startWithFallback(fallbacksAfter(from, this.offered)[0] ?? 'cpu', 'fallback', 'device-lost');
		// startWithFallback only notifies when its first choice fails; a lost device always deserves a notice.
		const to = (this.backend as BackendInfo).name;
		this.notify({ kind: 'device-lost', from, to, message: `${why}; running on ${to} instead.` });
		await this.rebuildParams();
	}

	load(source: WeightsSource | DecodedWeights): Promise<LoadedModel> {
		return this.exclusive(async () => {
			if (!this.backend) throw new Error('engine: select a backend before loading weights.');
			const weights = isDecoded(source) ? source : await weightsFrom(source);
			const network = networkFor(weights);
			const params = createParams(network, weights.parameters);
			if (this.model) disposeParams(this.model.params);
			const card = weights.manifest.modelCard;
			const info: LoadedModel = {
				card,
				variant: card.variant,
				inputShape: network.inputShape,
				classes: network.classes,
				stepIds: network.steps.map((s) => s.id)
			};
			// Kept to rebuild the parameters after a backend switch: in-memory bytes stay, URLs are fetched again.
			this.model = { source, network, params, info, reluInputs: reluInputs(network) };
			return info;
		});
	}

	private requireModel(): Model {
		if (!this.model) throw new Error('engine: no weights are loaded.');
		return this.model;
	}

	private async pass(input: InputTensor, options: RunOptions): Promise<RunResult> {
		const model = this.requireModel();
		const shape = batchShape(input, model.network);
		const wanted = options.activations ?? true;
		const keep = new Set(wanted === true ? model.info.stepIds : wanted === false ? [] : wanted);
		const start = performance.now();
		const x = tf.tensor4d(input.data, shape);
		let out: ForwardOutput;
		try {
			out = forward(model.network, model.params, x, { keep });
		} finally {
			x.dispose();
		}
		const readStart = performance.now();
		try {
			const [logits, probabilities, activations] = await Promise.all([
				readMatrix(out.logits),
				readMatrix(out.probabilities),
				readActivations(out.steps, model.info.stepIds, model.reluInputs)
			]);
			const end = performance.now();
			this.lastPass = { totalMs: end - start, readbackMs: end - readStart };
			const backend = (this.backend as BackendInfo).name;
			return { logits, probabilities, activations, backend, timings: this.lastPass };
		} finally {
			tf.dispose([out.logits, out.probabilities, ...Object.values(out.steps)]);
		}
	}

	run(input: InputTensor, options: RunOptions = {}): Promise<RunResult> {
		return this.exclusive(async () => {
			const model = this.requireModel();
			batchShape(input, model.network);
			const name = (this.backend as BackendInfo).name;
			try {
				return await this.pass(input, options);
			} catch (error) {
				// A GPU pass that fails on a valid input means the device is gone: continue on the next backend.
				if (name !== 'webgpu' && name !== 'webgl') throw error;
				await this.recover(name, `${name} failed during a pass (${errorMessage(error)})`);
				return this.pass(input, options);
			}
		});
	}

	withModel<T>(task: (model: ModelView) => Promise<T>): Promise<T> {
		return this.exclusive(() => task(this.requireModel()));
	}

	status(): EngineStatus {
		return {
			backend: this.backend,
			available: backendNames.filter((n) => this.available.has(n)),
			probe: this.probeResults,
			model: this.model?.info ?? null,
			lastPass: this.lastPass,
			notices: [...this.notices]
		};
	}

	simulateDeviceLoss(): boolean {
		return this.backend ? loseDevice(this.backend.name) : false;
	}

	dispose(): void {
		this.disposed = true;
		if (this.model) disposeParams(this.model.params);
		this.model = null;
	}
}

export function createEngine(options: EngineOptions = {}): Engine {
	return new TfjsEngine(options);
}

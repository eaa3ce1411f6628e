/**
 * The engine's public vocabulary: what the visuals, the CLI and the benchmark
 * exchange with the forward pass. Plain data only, so every value can cross a
 * worker boundary unchanged.
 */
import type { VariantId } from '../model/types';
import type { ModelCard, ModelJson } from '../weights/manifest';

/** tfjs backends the app knows, fastest-looking first (the probe decides the real order). */
export type BackendName = 'webgpu' | 'webgl' | 'wasm' | 'cpu';
export type BackendChoice = BackendName | 'auto';

/** How the current backend came to be chosen. */
export type ChoiceReason = 'probe' | 'cache' | 'user' | 'fallback' | 'only';

/** What the status line shows about the running backend. */
export interface BackendInfo {
	name: BackendName;
	/** Human-readable device: `SwiftShader (software GPU)`, `WASM SIMD, 2 threads`, `JavaScript`. */
	adapter: string;
	/** GPU backends: the GPU's name as the browser reports it. */
	gpu?: string;
	/** A GPU backend that actually runs on the CPU (SwiftShader, llvmpipe, WebGPU fallback adapter). */
	software: boolean;
	/** WASM only: threads in XNNPACK's pool and whether the SIMD build runs. */
	threads?: number;
	simd?: boolean;
	reason: ChoiceReason;
}

/** One backend's result in the start-up probe. */
export interface ProbeResult {
	name: BackendName;
	ok: boolean;
	/** Best time of the probe workload; absent when skipped or failed. */
	ms?: number;
	adapter?: string;
	software?: boolean;
	/** Why it failed or was skipped. */
	note?: string;
}

/** Shown to the user when the engine had to change backend on its own. */
export interface EngineNotice {
	kind: 'fallback' | 'device-lost';
	from: BackendName;
	to: BackendName;
	message: string;
}

export interface PassTimings {
	/** Wall time of the whole call: upload, forward pass, readback. */
	totalMs: number;
	/** Reading results back into Float32Arrays (included in totalMs). */
	readbackMs: number;
}

/** One step's output for batch item 0, in PyTorch's layout: C×H×W channel-major, or [features]. */
export interface Activation {
	stepId: string;
	shape: number[];
	data: Float32Array;
}

/** A preprocessed image (or batch) in PyTorch's layout: [3, H, W] or [N, 3, H, W], float32. */
export interface InputTensor {
	data: Float32Array;
	shape: number[];
}

export interface RunOptions {
	/** Read back every step's output (true, the default), none (false), or only the listed step ids. */
	activations?: boolean | readonly string[];
}

export interface RunResult {
	/** [N × classes] row-major: row i is batch item i's logits / softmax probabilities (N = 1: just the one row). */
	logits: Float32Array;
	probabilities: Float32Array;
	/** The requested steps of the description, in forward order (empty when none were). */
	activations: Activation[];
	backend: BackendName;
	timings: PassTimings;
}

/** Where weights come from: a `model.json` URL (shards beside it) or bytes already in memory. */
export type WeightsSource = { url: string } | { manifest: ModelJson; data: ArrayBuffer | ArrayBuffer[] };

/** What the engine reports once a model is loaded. */
export interface LoadedModel {
	card: ModelCard;
	variant: VariantId;
	/** [3, H, W] the network was built for. */
	inputShape: number[];
	classes: number;
	/** Step ids in forward order; `activations` come back in this order. */
	stepIds: string[];
}

export interface EngineStatus {
	backend: BackendInfo | null;
	/** Backends that initialised in this browser / process. */
	available: BackendName[];
	probe: ProbeResult[];
	model: LoadedModel | null;
	lastPass: PassTimings | null;
	/** Notices raised so far, oldest first. */
	notices: EngineNotice[];
}

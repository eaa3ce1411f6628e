/**
 * The current image and what the network made of it, shared by every page
 * through Svelte context: the chooser writes it, the feature maps, filters,
 * predictions and animations read it.
 *
 * A new image replaces the old one only once its forward pass has finished,
 * so the maps on screen always belong to the picture on screen, and a refused
 * file leaves both in place.
 */
import { createContext } from 'svelte';
import {
	createEngineClient,
	type Activation,
	type EngineClient,
	type InputTensor,
	type LoadedModel,
	type RunResult,
	type WeightsSource
} from '../engine';
import { weightsFrom, type Parameter } from '../engine/weights';
import { decodeImage, type DecodedImage } from '../image/decode';
import { normalise, resizeToInput, type Pixels } from '../image/preprocess';
import { ImageRefused, type ImageProblem } from '../image/problems';
import { defaultSample, type Sample } from '../image/samples';
import { deriveNetwork, variants, type Network } from '../model';
import type { RangeMode } from '../visual/range';

/** What the session needs from the engine client: loading weights and a forward pass. */
export interface SessionEngine {
	load(source: WeightsSource): Promise<LoadedModel>;
	run(input: InputTensor): Promise<RunResult>;
	/** One weight tensor of the loaded model, for the filter views; without it the session decodes the weights itself. */
	parameter?(name: string): Promise<Parameter>;
}

/** The engine calls the explanations use (Grad-CAM, occlusion, maximisation); the worker client has them. */
export type Explainer = Pick<EngineClient, 'gradCam' | 'occlusion' | 'maximise'>;

export interface ChosenImage {
	name: string;
	/** Set when the picture is one of the gallery's samples. */
	sampleId?: string;
	/** RGBA at the working size (large pictures are scaled down while decoding). */
	pixels: Pixels;
	original: { width: number; height: number };
}

/** The model's input, before and after normalising: what the preprocessing view shows. */
export interface PreparedInput {
	/** Resized (and cropped) planes in [0, 1]: one when the card asks for grey, else R, G, B. */
	planes: Float32Array[];
	size: number;
	/** 3×size×size, normalised, channel-major: exactly what the engine received. */
	data: Float32Array;
}

export interface Seen {
	image: ChosenImage;
	/** The model that made these activations (a newly loaded one takes over only with its own pass). */
	model: LoadedModel;
	input: PreparedInput;
	result: RunResult;
	activations: Map<string, Activation>;
}

export class ImageSession {
	model = $state.raw<LoadedModel | null>(null);
	seen = $state.raw<Seen | null>(null);
	/** Why the last file was refused; cleared by the next success. */
	problem = $state.raw<ImageProblem | null>(null);
	busy = $state(false);
	/** How the feature maps set their colour range; kept here so it follows the reader from page to page. */
	rangeMode = $state<RangeMode>('layer');
	/** The network of the model whose activations are on screen. */
	network: Network | null = $derived.by(() => {
		const model = this.seen?.model;
		return model
			? deriveNetwork(variants[model.variant], { classes: model.classes, inputSize: model.card.inputSize })
			: null;
	});

	/** Why the engine or the model could not start, for the page to say. */
	failure = $state.raw<string | null>(null);

	#connect: () => Promise<SessionEngine>;
	#engine: Promise<SessionEngine> | null = null;
	#source: WeightsSource | null = null;
	// Private caches, never read reactively: plain Maps on purpose.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#parameters = new Map<string, Promise<Parameter>>();
	#decoded: Promise<Map<string, Parameter>> | null = null;
	#latest = 0;

	/** `connect` makes the engine client when first needed: in the browser, never while prerendering. */
	constructor(connect: () => Promise<SessionEngine>) {
		this.#connect = connect;
	}

	#client(): Promise<SessionEngine> {
		this.#engine ??= this.#connect();
		return this.#engine;
	}

	/** Opens the app: the model, then a sample picture, so no view is ever empty. */
	async start(modelUrl: string, sampleUrl: (sample: Sample) => string): Promise<void> {
		try {
			const model = await this.loadModel({ url: modelUrl });
			const sample = defaultSample(model.card);
			await this.chooseSample(sample, sampleUrl(sample));
		} catch (error) {
			this.failure = error instanceof Error ? error.message : String(error);
		}
	}

	/** Loads weights into the engine, then shows the current picture through the new model. */
	async loadModel(source: WeightsSource): Promise<LoadedModel> {
		const model = await (await this.#client()).load(source);
		this.#source = source;
		this.#parameters.clear();
		this.#decoded = null;
		this.model = model;
		if (this.seen) await this.#show(this.seen.image);
		return model;
	}

	/** A file from the picker, a drop or a paste. Resolves false when it was refused. */
	async chooseFile(file: Blob, name?: string, sampleId?: string): Promise<boolean> {
		const ticket = ++this.#latest;
		this.busy = true;
		let decoded: DecodedImage;
		try {
			decoded = await decodeImage(file, name);
		} catch (error) {
			if (ticket === this.#latest) this.busy = false;
			if (!(error instanceof ImageRefused)) throw error;
			if (ticket === this.#latest) this.problem = error.problem;
			return false;
		}
		return this.#show({ name: decoded.name, sampleId, pixels: decoded.pixels, original: decoded.original }, ticket);
	}

	/** A picture already in pixels (a camera frame). */
	choosePixels(pixels: Pixels, name: string): Promise<boolean> {
		return this.#show({ name, pixels, original: { width: pixels.width, height: pixels.height } });
	}

	/** A sample from the gallery, fetched from the app's own static files. */
	async chooseSample(sample: Sample, url: string): Promise<boolean> {
		const response = await fetch(url);
		if (!response.ok) throw new Error(`${url} answered ${response.status}.`);
		return this.chooseFile(await response.blob(), sample.title, sample.id);
	}

	/** A refusal found outside decoding (the camera): shown like any other, the current picture kept. */
	refuse(problem: ImageProblem): void {
		this.problem = problem;
	}

	/** The engine, when it can explain (the worker client can; a test's stand-in may not). */
	async explainer(): Promise<Explainer | null> {
		const client = await this.#client();
		return 'gradCam' in client ? (client as unknown as Explainer) : null;
	}

	activation(stepId: string): Activation | undefined {
		return this.seen?.activations.get(stepId);
	}

	/** One weight tensor of the loaded model, read once per model. */
	parameter(name: string): Promise<Parameter> {
		let promise = this.#parameters.get(name);
		if (!promise) {
			promise = this.#client().then((client) =>
				client.parameter ? client.parameter(name) : this.#decodeParameter(name)
			);
			this.#parameters.set(name, promise);
		}
		return promise;
	}

	/**
	 * The engine's copy of the weights lives in its worker, so this side decodes
	 * them once more, keeping only the small `features.*` (conv) tensors.
	 */
	async #decodeParameter(name: string): Promise<Parameter> {
		const source = this.#source;
		if (!source) throw new Error('No model is loaded yet.');
		this.#decoded ??= weightsFrom(source).then(
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a private cache, never read reactively
			(weights) => new Map([...weights.parameters].filter(([key]) => key.startsWith('features.')))
		);
		const parameter = (await this.#decoded).get(name);
		if (!parameter) throw new Error(`The weights have no ${name}.`);
		return parameter;
	}

	async #show(image: ChosenImage, ticket = ++this.#latest): Promise<boolean> {
		const model = this.model;
		if (!model) throw new Error('No model is loaded yet.');
		this.busy = true;
		try {
			const preprocessing = model.card.preprocessing;
			const { planes, size } = resizeToInput(image.pixels, preprocessing);
			const data = normalise(planes, size, preprocessing);
			const result = await (await this.#client()).run({ data, shape: [3, size, size] });
			// A later choice overtook this one while it ran: drop it, so the newest image wins.
			if (ticket !== this.#latest) return false;
			// Never mutated: a new pass brings a new Map, and `seen` is replaced whole.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			const activations = new Map(result.activations.map((a) => [a.stepId, a]));
			this.seen = { image, model, input: { planes, size, data }, result, activations };
			this.problem = null;
			return true;
		} finally {
			if (ticket === this.#latest) this.busy = false;
		}
	}
}

/** The engine in its Web Worker, on the backend the probe (or the reader) chose. */
export async function connectEngine(): Promise<SessionEngine> {
	const client = createEngineClient();
	await client.selectBackend();
	return client;
}

/** Where the default model (seed AlexNet trained on Fashion-MNIST) is shipped, among the static files. */
export const DEFAULT_MODEL_PATH = '/models/fashion-mnist/model.json';

/** The root layout creates one session (`setImageSession(new ImageSession(connectEngine))`); every view reads it. */
export const [imageSession, setImageSession] = createContext<ImageSession>();

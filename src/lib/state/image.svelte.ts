/**
 * The current image and what the network made of it, shared by every page
 * through Svelte context: the chooser writes it, the feature maps, filters,
 * predictions and animations read it.
 *
 * A new image replaces the old one only once its forward pass has finished,
 * so the maps on screen always belong to the picture on screen, and a refused
 * file leaves both in place. Likewise the weights: the page says which it wants
 * (`wanted`), and a pass of any other weights is never handed to a view.
 */
import { createContext } from 'svelte';
import {
	chosenBackend,
	createEngineClient,
	type Activation,
	type BackendChoice,
	type BackendInfo,
	type EngineClient,
	type EngineNotice,
	type InputTensor,
	type LoadedModel,
	type RunResult,
	type WeightsSource
} from '../engine';
import { weightsFrom, type Parameter } from '../engine/weights';
import { decodeImage, type DecodedImage } from '../image/decode';
import { normalise, resizeToInput, type Pixels } from '../image/preprocess';
import { ImageRefused, type ImageProblem } from '../image/problems';
import { defaultSample, samplePath, type Sample } from '../image/samples';
import { deriveNetwork, variants, type Network } from '../model';
import type { RangeMode } from '../visual/range';
import type { ModelCard } from '../weights/manifest';
import type { WeightsChoice } from './weights-registry.svelte';
import { errorMessage } from '../errors';

/** What the session needs from the engine client: loading weights and a forward pass. */
export interface SessionEngine {
	load(source: WeightsSource): Promise<LoadedModel>;
	run(input: InputTensor): Promise<RunResult>;
	/** One weight tensor of the loaded model, for the filter views; without it the session decodes the weights itself. */
	parameter?(name: string): Promise<Parameter>;
	/** Where the passes run (the worker client can switch; a test's stand-in may not). */
	selectBackend?(choice?: BackendChoice): Promise<BackendInfo>;
	status?(): Promise<{ backend: BackendInfo | null }>;
	onNotice?(listener: (notice: EngineNotice) => void): () => void;
}

/** The engine calls the explanations use (Grad-CAM, occlusion, maximisation, top patches); the worker client has them. */
export type Explainer = Pick<EngineClient, 'gradCam' | 'occlusion' | 'maximise' | 'channelMaxima'>;

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
	/** The weights that made these activations, as the page asked for them. */
	weights: WeightsChoice;
	/** What the engine reported for those weights. */
	model: LoadedModel;
	input: PreparedInput;
	result: RunResult;
	activations: Map<string, Activation>;
}

export interface SessionOptions {
	/** The weights the page asks for (null: nothing yet, e.g. before hydration); read reactively. */
	wanted?: () => WeightsChoice | null;
	/** Where a sample picture is fetched from. */
	sampleUrl?: (sample: Sample) => string;
}

export class ImageSession {
	/** What the engine holds now (it may be ahead of what is shown). */
	model = $state.raw<LoadedModel | null>(null);
	/** The last finished pass, whichever weights made it. */
	#shown = $state.raw<Seen | null>(null);
	/** Why the last file was refused; cleared by the next success. */
	problem = $state.raw<ImageProblem | null>(null);
	busy = $state(false);
	/** How the feature maps set their colour range; kept here so it follows the reader from page to page. */
	rangeMode = $state<RangeMode>('layer');
	/** Why the engine or the weights could not run, for the page to say. */
	failure = $state.raw<string | null>(null);
	/** The reader's choice of backend (`auto`: the fastest the probe found), remembered on this device. */
	backendChoice = $state<BackendChoice>('auto');
	/** The backend the passes run on, once the engine has started. */
	backend = $state.raw<BackendInfo | null>(null);
	/** The last backend change the engine made on its own (start-up failure, lost GPU device). */
	notice = $state.raw<EngineNotice | null>(null);
	/** The network of the pass on screen. */
	#shownNetwork: Network | null = $derived.by(() => {
		const model = this.#shown?.model;
		return model
			? deriveNetwork(variants[model.variant], { classes: model.classes, inputSize: model.card.inputSize })
			: null;
	});

	#connect: () => Promise<SessionEngine>;
	#wanted: () => WeightsChoice | null;
	#sampleUrl: (sample: Sample) => string;
	#engine: Promise<SessionEngine> | null = null;
	#source: WeightsSource | null = null;
	#loadedKey: string | null = null;
	// Private caches, never read reactively: plain Maps on purpose.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#parameters = new Map<string, Promise<Parameter>>();
	#decoded: Promise<Map<string, Parameter>> | null = null;
	/** The newest pass asked for: any older one still running is dropped when it ends. */
	#latest = 0;
	/** The newest file chosen: only it may become the picture. */
	#latestPick = 0;
	/** The newest picture chosen (shown once its pass has finished). */
	#picture: ChosenImage | null = null;
	/** Engine work, one job at a time: a load and the pass after it are never split by another's. */
	#queue: Promise<unknown> = Promise.resolve();

	/** `connect` makes the engine client when first needed: in the browser, never while prerendering. */
	constructor(connect: () => Promise<SessionEngine>, options: SessionOptions = {}) {
		this.#connect = connect;
		this.#wanted = options.wanted ?? (() => null);
		this.#sampleUrl = options.sampleUrl ?? samplePath;
	}

	/** The weights every view must show: the page's choice. */
	get wanted(): WeightsChoice | null {
		return this.#wanted();
	}

	/**
	 * The last pass, only while it belongs to the wanted weights: maps of
	 * another network are never on screen, not even for a frame.
	 */
	get seen(): Seen | null {
		const shown = this.#shown;
		const wanted = this.wanted;
		return shown && wanted && shown.weights.key === wanted.key ? shown : null;
	}

	/** A pass is there but for other weights: the new ones are loading or running. */
	get stale(): boolean {
		return this.#shown !== null && this.seen === null;
	}

	/** The picture being looked at, kept on screen while the weights change. */
	get picture(): ChosenImage | null {
		return this.#shown?.image ?? null;
	}

	/** The network of the maps on screen (null while none are). */
	get network(): Network | null {
		return this.seen ? this.#shownNetwork : null;
	}

	#client(): Promise<SessionEngine> {
		this.#engine ??= this.#connect().then(async (client) => {
			if (client.selectBackend) {
				this.backendChoice = chosenBackend();
				this.backend = await client.selectBackend(this.backendChoice);
			}
			client.onNotice?.((notice) => {
				this.notice = notice;
				void client.status?.().then((status) => (this.backend = status.backend));
			});
			return client;
		});
		return this.#engine;
	}

	/**
	 * Runs the passes on another backend (remembered on this device) and runs the
	 * picture on screen again, so its maps and timings come from the new one.
	 */
	async chooseBackend(choice: BackendChoice): Promise<void> {
		const client = await this.#client();
		const select = client.selectBackend?.bind(client);
		if (!select) return;
		this.backendChoice = choice;
		this.notice = null;
		try {
			this.backend = await this.#serial(() => select(choice));
		} catch (error) {
			this.failure = errorMessage(error);
			return;
		}
		if (this.#shown) await this.#pass(null);
	}

	/**
	 * Makes the screen match the wanted weights: loads them and runs the current
	 * picture (the default sample for these weights if there is none yet).
	 * Call whenever `wanted` may have changed; does nothing when it already matches.
	 */
	refresh(): Promise<boolean> {
		const wanted = this.wanted;
		if (!wanted || (this.#shown?.weights.key === wanted.key && this.#picture === this.#shown.image)) {
			return Promise.resolve(false);
		}
		return this.#pass(this.#picture);
	}

	/** A file from the picker, a drop or a paste. Resolves false when it was refused. */
	async chooseFile(file: Blob, name?: string, sampleId?: string): Promise<boolean> {
		// Its own count: a change of weights while the file decodes must not drop the file.
		const pick = ++this.#latestPick;
		const pass = this.#latest;
		this.busy = true;
		let decoded: DecodedImage;
		try {
			decoded = await decodeImage(file, name);
		} catch (error) {
			if (pick === this.#latestPick && pass === this.#latest) this.busy = false;
			if (!(error instanceof ImageRefused)) throw error;
			if (pick === this.#latestPick) this.problem = error.problem;
			return false;
		}
		if (pick !== this.#latestPick) return false;
		return this.#pass({ name: decoded.name, sampleId, pixels: decoded.pixels, original: decoded.original });
	}

	/** A picture already in pixels (a camera frame). */
	choosePixels(pixels: Pixels, name: string): Promise<boolean> {
		++this.#latestPick;
		return this.#pass({ name, pixels, original: { width: pixels.width, height: pixels.height } });
	}

	/** A sample from the gallery, fetched from the app's own static files. */
	async chooseSample(sample: Sample, url: string): Promise<boolean> {
		return this.chooseFile(await fetchBlob(url), sample.title, sample.id);
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

	#serial<T>(job: () => Promise<T>): Promise<T> {
		const run = this.#queue.then(job);
		this.#queue = run.catch(() => undefined);
		return run;
	}

	/** The engine holds `choice` once this resolves; the description and the engine must agree. */
	async #ensureLoaded(choice: WeightsChoice): Promise<LoadedModel> {
		if (this.model && this.#loadedKey === choice.key) return this.model;
		this.#loadedKey = null;
		const source = choice.source();
		const model = await (await this.#client()).load(source);
		if (model.variant !== choice.variant || model.classes !== choice.card.classes) {
			throw new Error(
				`the weights are a ${model.variant} network with ${model.classes} classes, ` +
					`not the ${choice.variant} network with ${choice.card.classes} classes the page describes.`
			);
		}
		this.#source = source;
		this.#loadedKey = choice.key;
		this.#parameters.clear();
		this.#decoded = null;
		this.model = model;
		return model;
	}

	/** The picture the app opens with for these weights, so no view is ever empty. */
	async #firstPicture(card: ModelCard): Promise<ChosenImage> {
		const sample = defaultSample(card);
		const decoded = await decodeImage(await fetchBlob(this.#sampleUrl(sample)), sample.title);
		return { name: sample.title, sampleId: sample.id, pixels: decoded.pixels, original: decoded.original };
	}

	/** `image` through the wanted weights (null: the default sample); only the newest pass is shown. */
	async #pass(image: ChosenImage | null, ticket = ++this.#latest): Promise<boolean> {
		if (image) this.#picture = image;
		this.busy = true;
		try {
			return await this.#serial(async () => {
				const choice = this.wanted;
				if (ticket !== this.#latest || !choice) return false;
				const model = await this.#ensureLoaded(choice);
				const picture = this.#picture ?? (this.#picture = await this.#firstPicture(model.card));
				if (ticket !== this.#latest) return false;
				const preprocessing = model.card.preprocessing;
				const { planes, size } = resizeToInput(picture.pixels, preprocessing);
				const data = normalise(planes, size, preprocessing);
				const result = await (await this.#client()).run({ data, shape: [3, size, size] });
				// A later choice overtook this one while it ran: drop it, so the newest wins.
				if (ticket !== this.#latest) return false;
				// Never mutated: a new pass brings a new Map, and the pass is replaced whole.
				// eslint-disable-next-line svelte/prefer-svelte-reactivity
				const activations = new Map(result.activations.map((a) => [a.stepId, a]));
				this.#shown = { image: picture, weights: choice, model, input: { planes, size, data }, result, activations };
				this.problem = null;
				this.failure = null;
				return picture === image || image === null;
			});
		} catch (error) {
			if (ticket === this.#latest) this.failure = errorMessage(error);
			return false;
		} finally {
			if (ticket === this.#latest) this.busy = false;
		}
	}
}

async function fetchBlob(url: string): Promise<Blob> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url} answered ${response.status}.`);
	return response.blob();
}

/** The engine in its Web Worker; the session starts the backend the probe (or the reader) chose. */
export async function connectEngine(): Promise<SessionEngine> {
	return createEngineClient();
}

/** The root layout creates one session (`setImageSession(new ImageSession(connectEngine))`); every view reads it. */
export const [imageSession, setImageSession] = createContext<ImageSession>();

/** Messages between the engine client (page) and the engine worker. */
import type {
	BackendChoice,
	BackendInfo,
	BackendName,
	EngineNotice,
	EngineStatus,
	InputTensor,
	LoadedModel,
	RunOptions,
	RunResult,
	WeightsSource
} from './types';

import type { LayerMaxima } from './explain/channel-peaks';
import type { GradCamResult } from './explain/gradcam';
import type { MaximiseOptions, MaximiseResult, MaximisedPicture } from './explain/maximise';
import type { OcclusionOptions, OcclusionResult } from './explain/occlusion';

/** Options of the long explanations, as data (the worker adds the cancel flag and the progress callback). */
export type OcclusionArgs = Omit<OcclusionOptions, 'cancel' | 'onProgress'>;
export type MaximiseArgs = Omit<MaximiseOptions, 'cancel' | 'onPicture'>;
/** What a long call reports while it runs. */
export type Progress =
	{ kind: 'occlusion'; done: number; total: number } | { kind: 'picture'; picture: MaximisedPicture };

/** Each call's arguments and result. */
export interface Calls {
	select: { args: { choice: BackendChoice; cached: BackendName | null }; result: BackendInfo };
	load: { args: { source: WeightsSource }; result: LoadedModel };
	run: { args: { input: InputTensor; options: RunOptions }; result: RunResult };
	status: { args: Record<string, never>; result: EngineStatus };
	loseDevice: { args: Record<string, never>; result: boolean };
	gradCam: { args: { input: InputTensor; layer: string; classIndex: number }; result: GradCamResult };
	occlusion: { args: { input: InputTensor; options: OcclusionArgs }; result: OcclusionResult };
	maximise: { args: { options: MaximiseArgs }; result: MaximiseResult };
	channelMaxima: { args: { input: InputTensor; layers: string[] }; result: LayerMaxima[] };
	/** Stops the long call `target` between two of its batches or steps; it then resolves with what it has. */
	cancel: { args: { target: number }; result: boolean };
}
export type CallName = keyof Calls;

export type Request = { [K in CallName]: { id: number; call: K; args: Calls[K]['args'] } }[CallName];

export type Reply =
	| { kind: 'result'; id: number; result: unknown }
	| { kind: 'error'; id: number; message: string }
	| { kind: 'notice'; notice: EngineNotice }
	| { kind: 'progress'; id: number; progress: Progress };

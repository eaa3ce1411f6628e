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

/** Each call's arguments and result. */
export interface Calls {
	select: { args: { choice: BackendChoice; cached: BackendName | null }; result: BackendInfo };
	load: { args: { source: WeightsSource }; result: LoadedModel };
	run: { args: { input: InputTensor; options: RunOptions }; result: RunResult };
	status: { args: Record<string, never>; result: EngineStatus };
	loseDevice: { args: Record<string, never>; result: boolean };
}
export type CallName = keyof Calls;

export type Request = { [K in CallName]: { id: number; call: K; args: Calls[K]['args'] } }[CallName];

export type Reply =
	| { kind: 'result'; id: number; result: unknown }
	| { kind: 'error'; id: number; message: string }
	| { kind: 'notice'; notice: EngineNotice };

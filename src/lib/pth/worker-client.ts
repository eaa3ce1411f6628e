/**
 * The page's side of the .pth loader: one worker per file, a promise for the
 * result, progress as it reads, and cancel (picking another file) that stops
 * the worker at once.
 */
import { PthError, type PthErrorKind } from './errors';
import type { LoadedPth } from './load-model';
import type { PthReply, PthRequest } from './worker-protocol';

export interface PthLoadJob {
	result: Promise<LoadedPth>;
	cancel(): void;
}

export interface PthLoadOptions extends Omit<PthRequest, 'file'> {
	onProgress?: (done: number, total: number) => void;
	/** Tests pass their own; by default the loader's worker is started. */
	worker?: Worker;
}

export function loadPthInWorker(file: File, options: PthLoadOptions): PthLoadJob {
	const { onProgress, worker: given, ...request } = options;
	const worker = given ?? new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
	let reject: (error: Error) => void = () => {};
	const result = new Promise<LoadedPth>((resolve, fail) => {
		reject = fail;
		worker.onmessage = (event: MessageEvent<PthReply>) => {
			const reply = event.data;
			if (reply.type === 'progress') {
				onProgress?.(reply.done, reply.total);
				return;
			}
			worker.terminate();
			if (reply.type === 'done') resolve(reply.model);
			else
				fail(
					reply.kind === 'internal' ? new Error(reply.message) : new PthError(reply.kind as PthErrorKind, reply.message)
				);
		};
		worker.onerror = (event) => {
			worker.terminate();
			fail(new Error(event.message || 'The .pth reader stopped unexpectedly.'));
		};
	});
	worker.postMessage({ file, ...request } satisfies PthRequest);
	return {
		result,
		cancel() {
			worker.terminate();
			reject(new DOMException('Cancelled', 'AbortError'));
		}
	};
}

/// <reference lib="webworker" />
/**
 * The .pth loader's Web Worker: reads the picked file range by range
 * (File.slice), so the page stays responsive and never holds the file whole,
 * and hands back the in-memory model; its weight buffer is transferred, not copied.
 */
import { blobSource } from './byte-source';
import { PthError } from './errors';
import type { LabelsFile } from '../weights/presets';
import { loadPthModel } from './load-model';
import type { PthReply, PthRequest } from './worker-protocol';
import { errorMessage } from '../errors';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: PthReply, transfer: Transferable[] = []) => scope.postMessage(reply, transfer);

/** Progress messages at most every 1% (a 233 MB file is read in ~60 chunks). */
function throttled(): (done: number, total: number) => void {
	let last = -1;
	return (done, total) => {
		const percent = Math.floor((100 * done) / Math.max(total, 1));
		if (percent === last) return;
		last = percent;
		post({ type: 'progress', done, total });
	};
}

async function fetchLabels(url: string, file: LabelsFile): Promise<string[]> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`The ${file} labels could not be loaded (${response.status}).`);
	const labels: unknown = await response.json();
	if (!Array.isArray(labels) || !labels.every((l) => typeof l === 'string'))
		throw new Error(`${file}.json is not a list of names.`);
	return labels;
}

scope.onmessage = async (event: MessageEvent<PthRequest>) => {
	const { file, preset, labelUrls } = event.data;
	try {
		const model = await loadPthModel(blobSource(file), {
			name: file.name,
			preset,
			labels: (list) => fetchLabels(labelUrls[list], list),
			onProgress: throttled()
		});
		post({ type: 'done', model }, [model.data]);
	} catch (error) {
		const kind = error instanceof PthError ? error.kind : 'internal';
		post({ type: 'error', kind, message: errorMessage(error) });
	}
};

/**
 * Canvas work in small slices: a page with twenty grids would otherwise paint
 * them all in one long task and freeze input. Jobs run in order, a few
 * milliseconds at a time, with a yield to the browser between slices. When
 * the queue runs dry, `document` gets a `maps-painted` event (benchmarks and
 * tests wait for it).
 */

const SLICE_MS = 12;

type Job = () => void;
const queue: Job[] = [];
let scheduled = false;

/** A macrotask without setTimeout's 4 ms clamp, so slices follow each other promptly. */
function nextTask(run: () => void): void {
	const channel = new MessageChannel();
	channel.port1.onmessage = () => {
		channel.port1.close();
		run();
	};
	channel.port2.postMessage(null);
}

function runSlice(): void {
	const start = performance.now();
	while (queue.length && performance.now() - start < SLICE_MS) (queue.shift() as Job)();
	if (queue.length) return nextTask(runSlice);
	scheduled = false;
	document.dispatchEvent(new Event('maps-painted'));
}

/** Queues `job`; the returned function takes it back out if it has not run yet. */
export function schedulePaint(job: Job): () => void {
	queue.push(job);
	if (!scheduled) {
		scheduled = true;
		nextTask(runSlice);
	}
	return () => {
		const i = queue.indexOf(job);
		if (i >= 0) queue.splice(i, 1);
	};
}

/**
 * Which pictures excite each channel most: a running top-k per channel over
 * many pictures, fed one batch at a time with each picture's per-channel
 * maximum and where in the map it was. Pure: the CLI and the page share it.
 */

/** One picture's strongest response in one channel. */
export interface Peak {
	/** Index of the picture in the set searched. */
	image: number;
	value: number;
	/** Cell of the feature map where the maximum was. */
	row: number;
	column: number;
}

/** Per-channel maxima of a batch of pictures, as the engine reads them back (`channelMaxima`). */
export interface BatchMaxima {
	/** N × C, picture-major: the largest value of channel c in picture n. */
	maxima: Float32Array;
	/** N × C: where it was, as row × width + column. */
	positions: Int32Array;
	channels: number;
	/** Width of the feature map, to turn a position into row and column. */
	width: number;
}

export class TopPeaks {
	readonly lists: Peak[][];

	constructor(
		channels: number,
		readonly k = 9
	) {
		this.lists = Array.from({ length: channels }, () => []);
	}

	/** Adds a batch whose first picture has index `firstImage`. Ties keep the earlier picture first. */
	add(batch: BatchMaxima, firstImage: number): void {
		const { maxima, positions, channels, width } = batch;
		if (channels !== this.lists.length)
			throw new Error(`top peaks: ${channels} channels, expected ${this.lists.length}.`);
		const pictures = maxima.length / channels;
		for (let n = 0; n < pictures; n++) {
			for (let c = 0; c < channels; c++) {
				const i = n * channels + c;
				const value = maxima[i];
				if (!Number.isFinite(value)) continue;
				const list = this.lists[c];
				if (list.length === this.k && value <= list[this.k - 1].value) continue;
				let at = list.length;
				while (at > 0 && list[at - 1].value < value) at--;
				const position = positions[i];
				list.splice(at, 0, {
					image: firstImage + n,
					value,
					row: Math.floor(position / width),
					column: position % width
				});
				if (list.length > this.k) list.pop();
			}
		}
	}
}

/** The running top-k keeps, per channel, the k largest maxima across batches, in order, with where they were. */
import { describe, expect, it } from 'vitest';
import { TopPeaks } from './top-peaks';

function batch(rows: number[][], width = 4, positions?: number[][]) {
	const channels = rows[0].length;
	return {
		maxima: Float32Array.from(rows.flat()),
		positions: Int32Array.from(positions ? positions.flat() : rows.flat().map((_, i) => i % (width * width))),
		channels,
		width
	};
}

describe('TopPeaks', () => {
	it('agrees with sorting everything at once, across batches', () => {
		let seed = 7;
		const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 10 - 2;
		const all = Array.from({ length: 50 }, () => [random(), random(), random()]);
		const top = new TopPeaks(3, 9);
		for (let first = 0; first < all.length; first += 8) top.add(batch(all.slice(first, first + 8)), first);
		for (let c = 0; c < 3; c++) {
			const expected = all
				.map((row, image) => ({ image, value: Math.fround(row[c]) }))
				.sort((a, b) => b.value - a.value)
				.slice(0, 9);
			expect(top.lists[c].map(({ image, value }) => ({ image, value }))).toEqual(expected);
		}
	});

	it('turns the position into row and column, and keeps the earlier picture on a tie', () => {
		const top = new TopPeaks(1, 2);
		top.add(batch([[5], [5], [6]], 13, [[27], [0], [168]]), 10);
		expect(top.lists[0]).toEqual([
			{ image: 12, value: 6, row: 12, column: 12 },
			{ image: 10, value: 5, row: 2, column: 1 }
		]);
	});

	it('skips values that are not finite and refuses a batch of another layer', () => {
		const top = new TopPeaks(2, 3);
		top.add(batch([[Number.NaN, 1]]), 0);
		expect(top.lists.map((l) => l.length)).toEqual([0, 1]);
		expect(() => top.add(batch([[1, 2, 3]]), 1)).toThrow(/3 channels, expected 2/);
	});
});

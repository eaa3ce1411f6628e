/**
 * Where each channel's tile goes in a grid of feature maps: the largest whole
 * CSS-pixel tile that lets every channel fit the space given, never smaller
 * than `minCell` (below that the grid scrolls instead).
 */

export interface GridLayout {
	count: number;
	columns: number;
	rows: number;
	/** Side of one tile and the gap between tiles, in CSS pixels. */
	cell: number;
	gap: number;
	width: number;
	height: number;
}

export interface GridOptions {
	count: number;
	width: number;
	maxHeight: number;
	minCell?: number;
	maxCell?: number;
	gap?: number;
}

export function gridLayout({ count, width, maxHeight, minCell = 10, maxCell = 160, gap = 2 }: GridOptions): GridLayout {
	const fits = (cell: number) => {
		const columns = Math.max(1, Math.min(count, Math.floor((width + gap) / (cell + gap))));
		const rows = Math.ceil(count / columns);
		return { columns, rows, ok: rows * (cell + gap) - gap <= maxHeight };
	};
	let cell = Math.max(minCell, Math.min(maxCell, Math.floor(width)));
	while (cell > minCell && !fits(cell).ok) cell--;
	const { columns, rows } = fits(cell);
	return {
		count,
		columns,
		rows,
		cell,
		gap,
		width: columns * (cell + gap) - gap,
		height: rows * (cell + gap) - gap
	};
}

/** Top-left corner of tile `index`, in CSS pixels. */
export function tileOrigin(layout: GridLayout, index: number): { x: number; y: number } {
	const step = layout.cell + layout.gap;
	return { x: (index % layout.columns) * step, y: Math.floor(index / layout.columns) * step };
}

/** The tile under a point, or -1 between tiles and past the last one. */
export function tileAt(layout: GridLayout, x: number, y: number): number {
	const step = layout.cell + layout.gap;
	const column = Math.floor(x / step);
	const row = Math.floor(y / step);
	if (x < 0 || y < 0 || column >= layout.columns || x - column * step >= layout.cell) return -1;
	if (y - row * step >= layout.cell) return -1;
	const index = row * layout.columns + column;
	return index < layout.count ? index : -1;
}

/** The tile reached from `index` by an arrow key, staying inside the grid. */
export function neighbourTile(layout: GridLayout, index: number, key: string): number {
	const last = layout.count - 1;
	switch (key) {
		case 'ArrowLeft':
			return Math.max(0, index - 1);
		case 'ArrowRight':
			return Math.min(last, index + 1);
		case 'ArrowUp':
			return index - layout.columns >= 0 ? index - layout.columns : index;
		case 'ArrowDown':
			return index + layout.columns <= last ? index + layout.columns : index;
		case 'Home':
			return 0;
		case 'End':
			return last;
		default:
			return index;
	}
}

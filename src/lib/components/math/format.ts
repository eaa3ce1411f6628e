/** Numbers as the pages print them. */
import { groupThousands } from '$lib/model';

/** [48, 55, 55] → "48×55×55". */
export const formatShape = (shape: readonly number[]): string => shape.join('×');

export const formatCount = (n: number): string => groupThousands(Math.round(n));

/** 1,135,000,000 → "1.14 G"; 655,000 → "655 k". */
export function formatCompact(n: number): string {
	const units: [number, string][] = [
		[1e9, 'G'],
		[1e6, 'M'],
		[1e3, 'k']
	];
	for (const [size, unit] of units) if (Math.abs(n) >= size) return `${(n / size).toPrecision(3)} ${unit}`;
	return String(n);
}

export function formatBytes(bytes: number): string {
	if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
	if (bytes >= 1e3) return `${(bytes / 1e3).toFixed(1)} kB`;
	return `${bytes} B`;
}

/**
 * Finished maximised pictures, per weights and channel, for this visit: a
 * channel walked back to shows its picture at once. Cancelled runs are not kept.
 */
import type { MaximiseResult } from '../engine/explain/maximise';

// A private cache, never read reactively: a plain Map on purpose.
const finished = new Map<string, MaximiseResult>();

export const maximisedKey = (weightsKey: string, layer: string, channel: number): string =>
	`${weightsKey}|${layer}|${channel}`;

export function cachedMaximised(key: string): MaximiseResult | undefined {
	return finished.get(key);
}

export function keepMaximised(key: string, result: MaximiseResult): void {
	if (result.complete) finished.set(key, result);
}

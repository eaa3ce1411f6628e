/** Backend names and their fallback order, without importing tfjs (the page's bundle stays free of it). */
import type { BackendName } from './types';

/** Fallback order: when one fails, the next one to its right is tried. */
export const backendNames: readonly BackendName[] = ['webgpu', 'webgl', 'wasm', 'cpu'];

/** Backends after `name` in fallback order, among those this platform offers. */
export function fallbacksAfter(name: BackendName, offered: readonly BackendName[]): BackendName[] {
	const rank = backendNames.indexOf(name);
	return offered.filter((candidate) => backendNames.indexOf(candidate) > rank);
}

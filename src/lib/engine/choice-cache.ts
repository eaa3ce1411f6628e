/**
 * Remembering, per device, which backend the probe picked (so later visits
 * skip the probe) and which one the user chose instead, in localStorage.
 */
import type { BackendChoice, BackendName } from './types';
import { backendNames } from './backend-names';

const PROBED_KEY = 'alexnet-lab:engine:probed';
const CHOSEN_KEY = 'alexnet-lab:engine:chosen';

/** The same browser on other hardware (or after an upgrade) should probe again. */
function deviceKey(): string {
	return `${navigator.userAgent}|${navigator.hardwareConcurrency}`;
}

function storage(): Storage | null {
	try {
		return globalThis.localStorage ?? null;
	} catch {
		// Storage can be disabled (privacy settings, sandboxed frames): then nothing is remembered.
		return null;
	}
}

const isBackend = (value: unknown): value is BackendName => backendNames.includes(value as BackendName);

export function probedBackend(): BackendName | null {
	const raw = storage()?.getItem(PROBED_KEY);
	if (!raw) return null;
	try {
		const saved = JSON.parse(raw) as { device?: string; backend?: unknown };
		return saved.device === deviceKey() && isBackend(saved.backend) ? saved.backend : null;
	} catch {
		return null;
	}
}

export function rememberProbed(backend: BackendName | null): void {
	const store = storage();
	if (!store) return;
	if (backend) store.setItem(PROBED_KEY, JSON.stringify({ device: deviceKey(), backend }));
	else store.removeItem(PROBED_KEY);
}

/** The user's own choice, or `auto`. */
export function chosenBackend(): BackendChoice {
	const saved = storage()?.getItem(CHOSEN_KEY);
	return isBackend(saved) ? saved : 'auto';
}

export function rememberChosen(choice: BackendChoice): void {
	const store = storage();
	if (!store) return;
	if (choice === 'auto') store.removeItem(CHOSEN_KEY);
	else store.setItem(CHOSEN_KEY, choice);
}

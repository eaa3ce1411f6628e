/**
 * How much this site stores and may store (`navigator.storage.estimate()`),
 * and asking the browser not to clear it when space runs low (`persist()`).
 * Browsers without the Storage API get `null` / `'unsupported'`, never an error.
 */

export interface StorageSpace {
	/** Bytes this site uses: its caches (the offline site) and kept models. */
	usage: number;
	/** Bytes the browser lets this site use. */
	quota: number;
}

/** Kept models larger than this are worth protecting from eviction. */
export const PERSIST_ABOVE_BYTES = 50 * 1024 * 1024;

export type PersistResult = 'granted' | 'denied' | 'already' | 'unsupported';

const storage = (): StorageManager | undefined =>
	typeof navigator === 'undefined' ? undefined : (navigator.storage as StorageManager | undefined);

export async function estimateSpace(): Promise<StorageSpace | null> {
	const manager = storage();
	if (!manager?.estimate) return null;
	try {
		const { usage, quota } = await manager.estimate();
		return usage === undefined || quota === undefined ? null : { usage, quota };
	} catch {
		return null;
	}
}

/** Asks once per kept model; browsers decide without a prompt (Chromium: by how much the site is used). */
export async function askToPersist(): Promise<PersistResult> {
	const manager = storage();
	if (!manager?.persist || !manager.persisted) return 'unsupported';
	try {
		if (await manager.persisted()) return 'already';
		return (await manager.persist()) ? 'granted' : 'denied';
	} catch {
		return 'unsupported';
	}
}

/** Whether the browser already promised to keep this site's data. */
export async function isPersisted(): Promise<boolean> {
	try {
		return (await storage()?.persisted?.()) ?? false;
	} catch {
		return false;
	}
}

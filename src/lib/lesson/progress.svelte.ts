/**
 * Which exercises this device has answered right, kept in localStorage only.
 * Each page makes its own instance; the `storage` event keeps other tabs in step.
 */
const STORAGE_KEY = 'alexnet-lab:lesson-progress';

function read(): string[] {
	try {
		const value: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
		return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
	} catch {
		return [];
	}
}

function write(ids: readonly string[]): void {
	try {
		localStorage.setItem(STORAGE_KEY, JSON.stringify(ids));
	} catch {
		// Private browsing may refuse storage: the answers still count for this visit.
	}
}

export class LessonProgress {
	answered = $state<string[]>([]);

	/** Call in the browser, once mounted; returns the clean-up. */
	restore(): () => void {
		this.answered = read();
		const onstorage = (event: StorageEvent) => {
			if (event.key === STORAGE_KEY || event.key === null) this.answered = read();
		};
		window.addEventListener('storage', onstorage);
		return () => window.removeEventListener('storage', onstorage);
	}

	has(id: string): boolean {
		return this.answered.includes(id);
	}

	mark(id: string): void {
		if (this.has(id)) return;
		this.answered = [...read().filter((a) => a !== id), id];
		write(this.answered);
	}

	reset(): void {
		this.answered = [];
		write([]);
	}

	count(ids: readonly string[]): number {
		return ids.filter((id) => this.answered.includes(id)).length;
	}
}

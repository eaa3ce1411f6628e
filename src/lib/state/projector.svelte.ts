/**
 * Projector mode: larger text and thicker lines for the back row of a classroom.
 * Remembered on this device only; applied as `data-projector` on <html> so the
 * whole stylesheet can respond to it.
 */
const STORAGE_KEY = 'alexnet-lab:projector';

export class ProjectorMode {
	on = $state(false);

	/** Call once in the browser, after hydration. */
	restore(): void {
		this.on = readStored();
		apply(this.on);
	}

	toggle(): void {
		this.on = !this.on;
		apply(this.on);
		try {
			localStorage.setItem(STORAGE_KEY, this.on ? '1' : '0');
		} catch {
			// Private browsing may refuse storage; the mode still works for this visit.
		}
	}
}

function readStored(): boolean {
	try {
		return localStorage.getItem(STORAGE_KEY) === '1';
	} catch {
		return false;
	}
}

function apply(on: boolean): void {
	if (on) document.documentElement.dataset.projector = '';
	else delete document.documentElement.dataset.projector;
}

/**
 * Projector mode: larger text, controls, legends and pictures, and thicker
 * lines, for the back row of a classroom. Remembered on this device only;
 * applied as `data-projector` and `--ui-scale` on <html>, so the stylesheet
 * scales with it, and as `scale` for pictures whose size is set in code.
 */
const STORAGE_KEY = 'alexnet-lab:projector';
/** How much larger everything is in projector mode (22 px body text instead of 17). */
export const PROJECTOR_SCALE = 1.375;

export class ProjectorMode {
	on = $state(false);
	/** Multiplies every size set in code: canvases, zoomed maps, tiles. */
	scale = $derived(this.on ? PROJECTOR_SCALE : 1);

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
	const root = document.documentElement;
	if (on) root.dataset.projector = '';
	else delete root.dataset.projector;
	root.style.setProperty('--ui-scale', String(on ? PROJECTOR_SCALE : 1));
}

/**
 * Handlers for a <select> whose choice is costly to apply (switching the network, the backend).
 * Chromium fires `change` on every arrow key of a closed <select>, so a choice made with the
 * keys waits for Enter or for the focus to leave; a choice made with the pointer applies at once.
 * Spread the result onto the element: `<select {...deliberateSelect(apply)}>`.
 */
export function deliberateSelect(apply: (value: string) => void) {
	/** The last key pressed on the closed menu moves the choice without committing it. */
	let keyed = false;
	return {
		onkeydown(event: KeyboardEvent & { currentTarget: HTMLSelectElement }) {
			if (event.key === 'Enter') {
				event.preventDefault();
				keyed = false;
				apply(event.currentTarget.value);
			} else keyed = event.key !== 'Tab';
		},
		onpointerdown() {
			keyed = false;
		},
		onchange(event: Event & { currentTarget: HTMLSelectElement }) {
			if (!keyed) apply(event.currentTarget.value);
		},
		onblur(event: FocusEvent & { currentTarget: HTMLSelectElement }) {
			keyed = false;
			apply(event.currentTarget.value);
		}
	};
}

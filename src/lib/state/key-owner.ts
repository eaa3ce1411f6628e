/**
 * Whether the focused element keeps a key press for itself, or leaves it to a
 * page-wide shortcut (the lesson's steps, the walk through the network). One
 * rule for both, so a key means the same everywhere:
 * - a text field, number field, slider, menu or an open dialog keeps every key;
 * - a radio, tab, tile grid (any `[data-arrow-keys]` group) keeps the arrows,
 *   Home, End, Space and Enter — PageUp and PageDown (a clicker) still step;
 * - a button, link, checkbox or summary keeps Space and Enter;
 * - a box that scrolls sideways keeps ← and →.
 */
export interface KeyPress {
	key: string;
	ctrlKey?: boolean;
	altKey?: boolean;
	metaKey?: boolean;
}

/** What the focused element is, in the few words this decision needs. */
export interface FocusedTarget {
	tagName: string;
	/** The `type` of an <input>, lower case. */
	type?: string;
	role: string | null;
	editable: boolean;
	/** Inside a group that moves focus with arrow keys (a tile grid). */
	inArrowGroup?: boolean;
	/** Inside an open modal dialog: its keys are its own. */
	inDialog?: boolean;
	/** A box wider than its content area, scrolled with ← and →. */
	scrollsSideways?: boolean;
}

const ARROWS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']);
const ACTIVATION = new Set([' ', 'Enter']);
const CHOICE_KEYS = new Set([...ARROWS, 'Home', 'End', ...ACTIVATION]);

/** Inputs that are pressed or chosen rather than typed into. */
const PRESSED_INPUTS = new Set(['button', 'submit', 'reset', 'checkbox', 'file', 'image', 'color']);
const CHOICE_INPUTS = new Set(['radio']);
const EVERY_KEY_ROLES = new Set(['slider', 'spinbutton', 'listbox', 'combobox', 'menu', 'textbox', 'application']);
const CHOICE_ROLES = new Set(['radio', 'radiogroup', 'tab', 'menuitem', 'option']);
const PRESSED_ROLES = new Set(['button', 'link', 'checkbox', 'switch']);

export function describeTarget(target: EventTarget | null): FocusedTarget | null {
	if (!(target instanceof HTMLElement)) return null;
	return {
		tagName: target.tagName,
		type: target instanceof HTMLInputElement ? target.type.toLowerCase() : undefined,
		role: target.getAttribute('role'),
		editable: target.isContentEditable,
		inArrowGroup: target.closest('[data-arrow-keys]') !== null,
		inDialog: target.closest('dialog[open]') !== null,
		scrollsSideways: target.matches('[data-scrolls]') && target.scrollWidth > target.clientWidth
	};
}

export function focusKeepsKey(key: string, focused: FocusedTarget | null): boolean {
	if (!focused) return false;
	const { tagName, type, role } = focused;
	if (focused.inDialog || focused.editable || tagName === 'TEXTAREA' || tagName === 'SELECT') return true;
	if (role && EVERY_KEY_ROLES.has(role)) return true;
	if (tagName === 'INPUT' && !PRESSED_INPUTS.has(type ?? '') && !CHOICE_INPUTS.has(type ?? '')) return true;
	const choice = (tagName === 'INPUT' && CHOICE_INPUTS.has(type ?? '')) || (role !== null && CHOICE_ROLES.has(role));
	if ((choice || focused.inArrowGroup) && CHOICE_KEYS.has(key)) return true;
	const pressed =
		tagName === 'BUTTON' ||
		tagName === 'A' ||
		tagName === 'SUMMARY' ||
		(tagName === 'INPUT' && PRESSED_INPUTS.has(type ?? '')) ||
		(role !== null && PRESSED_ROLES.has(role));
	if (pressed && ACTIVATION.has(key)) return true;
	return Boolean(focused.scrollsSideways) && (key === 'ArrowLeft' || key === 'ArrowRight');
}

/** A shortcut key with a modifier is the browser's or the system's, never ours. */
export const hasModifier = (press: KeyPress): boolean => Boolean(press.ctrlKey || press.altKey || press.metaKey);

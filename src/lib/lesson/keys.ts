/**
 * Which deck action a key press means. Presentation clickers send PageDown /
 * PageUp (some also "." or "b" to blank, F5 or Escape to start). A focused
 * control that needs the key keeps it: text fields, sliders, radios, menus
 * keep every key; buttons and links keep Space and Enter.
 */
export type DeckAction = 'next' | 'previous' | 'first' | 'last' | 'blank' | 'fullscreen' | 'grid' | 'presenter';

export interface KeyPress {
	key: string;
	ctrlKey?: boolean;
	altKey?: boolean;
	metaKey?: boolean;
}

const KEYS: Record<string, DeckAction> = {
	ArrowRight: 'next',
	ArrowDown: 'next',
	PageDown: 'next',
	' ': 'next',
	Enter: 'next',
	ArrowLeft: 'previous',
	ArrowUp: 'previous',
	PageUp: 'previous',
	Backspace: 'previous',
	Home: 'first',
	End: 'last',
	b: 'blank',
	B: 'blank',
	'.': 'blank',
	f: 'fullscreen',
	F: 'fullscreen',
	Escape: 'grid',
	p: 'presenter',
	P: 'presenter'
};

const KEEPS_EVERY_KEY = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
const KEEPS_EVERY_KEY_ROLES = new Set([
	'slider',
	'radio',
	'radiogroup',
	'listbox',
	'menu',
	'menuitem',
	'tab',
	'textbox'
]);
const ACTIVATED_BY = new Set([' ', 'Enter']);

/** What the focused element is, in the few words this decision needs. */
export interface FocusedTarget {
	tagName: string;
	role: string | null;
	editable: boolean;
	/** Inside a group that moves focus with arrow keys (a tile grid). */
	inArrowGroup?: boolean;
}

export function describeTarget(target: EventTarget | null): FocusedTarget | null {
	if (!(target instanceof HTMLElement)) return null;
	return {
		tagName: target.tagName,
		role: target.getAttribute('role'),
		editable: target.isContentEditable,
		inArrowGroup: target.closest('[data-arrow-keys]') !== null
	};
}

export function deckAction(press: KeyPress, focused: FocusedTarget | null): DeckAction | null {
	if (press.ctrlKey || press.altKey || press.metaKey) return null;
	const action = KEYS[press.key] ?? null;
	if (!action || !focused) return action;
	if (KEEPS_EVERY_KEY.has(focused.tagName) || focused.editable) return null;
	if (focused.role && KEEPS_EVERY_KEY_ROLES.has(focused.role)) return null;
	if (focused.inArrowGroup && press.key.startsWith('Arrow')) return null;
	if (
		(focused.tagName === 'BUTTON' || focused.tagName === 'A' || focused.role === 'button') &&
		ACTIVATED_BY.has(press.key)
	)
		return null;
	return action;
}

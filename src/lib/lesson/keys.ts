/**
 * Which deck action a key press means. Presentation clickers send PageDown /
 * PageUp (some also "." or "b" to blank, F5 or Escape to start). A focused
 * control that needs the key keeps it (see state/key-owner).
 */
import { focusKeepsKey, hasModifier, type FocusedTarget, type KeyPress } from '$lib/state/key-owner';

export { describeTarget } from '$lib/state/key-owner';

export type DeckAction = 'next' | 'previous' | 'first' | 'last' | 'blank' | 'fullscreen' | 'grid' | 'presenter';

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

export function deckAction(press: KeyPress, focused: FocusedTarget | null): DeckAction | null {
	if (hasModifier(press)) return null;
	const action = KEYS[press.key] ?? null;
	return action && !focusKeepsKey(press.key, focused) ? action : null;
}

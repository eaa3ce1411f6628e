import { describe, expect, it } from 'vitest';
import { focusKeepsKey, type FocusedTarget } from './key-owner';

const element = (tagName: string, extra: Partial<FocusedTarget> = {}): FocusedTarget => ({
	tagName,
	role: null,
	editable: false,
	...extra
});
const STEP_KEYS = ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'PageDown', 'PageUp', ' ', 'Enter', 'Home'];
const kept = (target: FocusedTarget | null) => STEP_KEYS.filter((key) => focusKeepsKey(key, target));

describe('which keys the focused element keeps', () => {
	it('nothing focused, or the page itself: every key is the page’s', () => {
		expect(kept(null)).toEqual([]);
		expect(kept(element('MAIN'))).toEqual([]);
		expect(kept(element('BODY'))).toEqual([]);
	});

	it('text and number fields, sliders, menus, editable text and open dialogs keep every key', () => {
		for (const target of [
			element('INPUT', { type: 'text' }),
			element('INPUT', { type: 'number' }),
			element('INPUT', { type: 'range' }),
			element('TEXTAREA'),
			element('SELECT'),
			element('DIV', { role: 'slider' }),
			element('DIV', { role: 'listbox' }),
			element('DIV', { editable: true }),
			element('BUTTON', { inDialog: true })
		])
			expect(kept(target)).toEqual(STEP_KEYS);
	});

	it('radios, tabs and tile grids keep arrows, Home, Space and Enter, but leave PageUp/PageDown to a clicker', () => {
		for (const target of [
			element('INPUT', { type: 'radio' }),
			element('BUTTON', { role: 'tab' }),
			element('BUTTON', { inArrowGroup: true })
		])
			expect(kept(target)).toEqual(['ArrowRight', 'ArrowLeft', 'ArrowDown', ' ', 'Enter', 'Home']);
	});

	it('buttons, links, checkboxes and summaries keep only Space and Enter', () => {
		for (const target of [
			element('BUTTON'),
			element('A'),
			element('SUMMARY'),
			element('INPUT', { type: 'checkbox' }),
			element('DIV', { role: 'button' })
		])
			expect(kept(target)).toEqual([' ', 'Enter']);
	});

	it('a box that scrolls sideways keeps ← and →, and only while it does', () => {
		expect(kept(element('DIV', { scrollsSideways: true }))).toEqual(['ArrowRight', 'ArrowLeft']);
		expect(kept(element('DIV', { scrollsSideways: false }))).toEqual([]);
	});
});

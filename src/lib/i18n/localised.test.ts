import { describe, expect, it } from 'vitest';
import { localised, MissingTranslationError } from './localised';
import { inEveryLanguage, pathInLanguage, preferredLanguage, routeWithoutLang } from './languages';

describe('a text in every language', () => {
	it('is accepted when Chinese has English’s shape', () => {
		const text = localised({
			en: { title: 'Pooling', size: (n: number) => `${n} pixels`, steps: ['one', 'two'] },
			zh: { title: '池化', size: (n: number) => `${n} 像素`, steps: ['一', '二'] }
		});
		expect(text.zh.size(3)).toBe('3 像素');
	});

	// The type already refuses each of these; the casts stand for a silenced type (`as never`, `any`),
	// which the check at load still catches, so the module, and the build that prerenders it, fail.
	it.each([
		['a missing message', { title: 'Pooling', hint: 'Keys' }, { title: '池化' }, 'zh: hint is missing'],
		['an empty message', { title: 'Pooling' }, { title: '' }, 'zh: title is empty'],
		['a sentence where a function is needed', { size: (n: number) => `${n}` }, { size: '3' }, 'zh: size is string'],
		['a function of other arguments', { size: (n: number) => `${n}` }, { size: () => '3' }, 'zh: size takes 0'],
		['a shorter list', { steps: ['one', 'two'] }, { steps: ['一'] }, 'zh: steps has 1 items'],
		['a missing nested message', { a: { b: 'x' } }, { a: {} }, 'zh: a.b is missing']
	])('refuses %s', (_, en, zh, message) => {
		expect(() => localised({ en, zh: zh as never })).toThrow(MissingTranslationError);
		expect(() => localised({ en, zh: zh as never })).toThrow(message);
	});

	it('holds for every content module (each checks itself when it loads)', async () => {
		const modules = import.meta.glob('../content/**/*.ts');
		const names = Object.keys(modules).filter((name) => !name.endsWith('.test.ts'));
		expect(names.length).toBeGreaterThan(10);
		for (const name of names) await expect(modules[name](), name).resolves.toBeDefined();
	});
});

describe('languages in the URL', () => {
	it('puts Chinese under /zh and English at the root', () => {
		expect(pathInLanguage('/layer/conv1/', 'zh')).toBe('/zh/layer/conv1/');
		expect(pathInLanguage('/zh/layer/conv1/', 'en')).toBe('/layer/conv1/');
		expect(pathInLanguage('/', 'zh')).toBe('/zh/');
		expect(pathInLanguage('/zh/', 'en')).toBe('/');
		expect(pathInLanguage('/zh/', 'zh')).toBe('/zh/');
	});

	it('reads the browser’s preferred language', () => {
		expect(preferredLanguage(['zh-CN', 'en'])).toBe('zh');
		expect(preferredLanguage(['zh-TW'])).toBe('zh');
		expect(preferredLanguage(['de-DE', 'en-GB'])).toBe('en');
		expect(preferredLanguage(['de-DE'])).toBeNull();
	});

	it('names routes without their language segment, and prerenders each entry in both', () => {
		expect(routeWithoutLang('/[[lang=lang]]')).toBe('/');
		expect(routeWithoutLang('/[[lang=lang]]/layer/[id]')).toBe('/layer/[id]');
		expect(routeWithoutLang('/dev/engine')).toBe('/dev/engine');
		expect(inEveryLanguage([{ id: 'conv1' }])).toEqual([{ id: 'conv1' }, { id: 'conv1', lang: 'zh' }]);
	});
});

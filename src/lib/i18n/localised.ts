/**
 * Every sentence a reader sees is declared once per language with
 * `localised({ en, zh })`. The type makes `zh` take exactly `en`'s shape (the
 * same keys, the same function signatures), so svelte-check fails on a missing
 * message; and because a type can be silenced (`as never`, a stray `any`), the
 * shapes are compared again when the module loads, so prerendering (and with
 * it `npm run build`) fails too. Content stays functions of the network's
 * numbers: a function in one language is a function in the other.
 */
import { LANGUAGES, type Lang } from './languages';

export type Localised<T> = Readonly<Record<Lang, T>>;

export class MissingTranslationError extends Error {
	constructor(
		readonly lang: Lang,
		readonly path: string,
		problem: string
	) {
		super(`${lang}: ${path || '(root)'} ${problem}`);
		this.name = 'MissingTranslationError';
	}
}

function kind(value: unknown): string {
	if (Array.isArray(value)) return 'array';
	if (value === null) return 'null';
	return typeof value;
}

/** Throws when `other` lacks something `reference` has (or has it as another kind of value). */
export function assertSameShape(reference: unknown, other: unknown, lang: Lang, path = ''): void {
	const expected = kind(reference);
	const found = kind(other);
	if (expected !== found) throw new MissingTranslationError(lang, path, `is ${found}, expected ${expected}`);
	if (typeof reference === 'string' && reference !== '' && other === '')
		throw new MissingTranslationError(lang, path, 'is empty');
	if (typeof reference === 'function' && reference.length !== (other as () => unknown).length)
		throw new MissingTranslationError(
			lang,
			path,
			`takes ${(other as () => unknown).length} arguments, expected ${reference.length}`
		);
	if (Array.isArray(reference)) {
		const list = other as unknown[];
		if (list.length !== reference.length)
			throw new MissingTranslationError(lang, path, `has ${list.length} items, expected ${reference.length}`);
		reference.forEach((item, i) => assertSameShape(item, list[i], lang, `${path}[${i}]`));
	} else if (expected === 'object') {
		const record = other as Record<string, unknown>;
		for (const [key, value] of Object.entries(reference as Record<string, unknown>)) {
			const at = path ? `${path}.${key}` : key;
			if (!(key in record)) throw new MissingTranslationError(lang, at, 'is missing');
			assertSameShape(value, record[key], lang, at);
		}
	}
}

/**
 * One text in every language. English is the reference: every other language
 * must have the same shape (checked by the type and again here, at load).
 */
export function localised<T>(texts: { en: T } & { [L in Exclude<Lang, 'en'>]: NoInfer<T> }): Localised<T> {
	for (const lang of LANGUAGES) if (lang !== 'en') assertSameShape(texts.en, texts[lang], lang);
	return texts;
}

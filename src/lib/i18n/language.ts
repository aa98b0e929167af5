/**
 * The language the app speaks: Dutch unless the user chose English, remembered in this browser.
 * It is read once when the app starts; switching stores the choice and reloads the page, so every
 * module renders with one dictionary and one set of number and date formats. Nothing of it is
 * written into files: a file made in English imports in Dutch unchanged.
 */
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const LANGUAGE_KEY = 'baatwijzer.language';

/** The Intl locale per language: British English writes euros as "€13,414.50". */
export const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

function stored(): Language {
	try {
		return globalThis.localStorage?.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'nl';
	} catch {
		// Storage refused (a locked-down browser): Dutch, the app's own language.
		return 'nl';
	}
}

/** The active language, fixed for this page load. */
export const language: Language = stored();
/** The active Intl locale. */
export const locale = LOCALES[language];

/** Remembers the choice and reloads, so the whole page speaks it. */
export function switchLanguage(next: Language): void {
	try {
		localStorage.setItem(LANGUAGE_KEY, next);
	} catch {
		return;
	}
	location.reload();
}

/**
 * The search key takes a shortcut for plain ASCII; whatever the text, the key must be the one the
 * full rule gives (decomposed, diacritics dropped, lowered as Dutch), or a search would miss.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeForSearch } from '$lib/domain/normalize';
import { PROPERTY_TIMEOUT } from './arbitraries';

const fullRule = (text: string) =>
	text
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.toLocaleLowerCase('nl-NL');

describe('the search key', () => {
	it(
		'is the full rule’s key for any text, ASCII or not',
		() => {
			const ascii = fc.string({ unit: fc.integer({ min: 0, max: 127 }).map(String.fromCharCode) });
			const any = fc.string({ unit: 'binary' });
			const mixed = fc
				.array(fc.constantFrom('Financiën', 'ÉÉN', 'a^b', 'x`y', 'IJssel', 'İ', 'ß', 'Ǆ', 'Mij'))
				.map((parts) => parts.join(' '));
			fc.assert(
				fc.property(fc.oneof(ascii, any, mixed), (text) => {
					expect(normalizeForSearch(text)).toBe(fullRule(text));
				}),
				{ numRuns: 2000 }
			);
		},
		PROPERTY_TIMEOUT
	);

	it('drops accents and the two ASCII characters Unicode counts as diacritics', () => {
		expect(normalizeForSearch('Financiën')).toBe('financien');
		expect(normalizeForSearch('Schuld^hulp`')).toBe('schuldhulp');
		expect(normalizeForSearch('Maatjes 12')).toBe('maatjes 12');
	});
});

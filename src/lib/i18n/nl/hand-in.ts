/** The hand-in's seal (number, moment, fingerprint): loaded with the seal only (i18n/hand-in.ts). */
export const handIn = {
	title: 'Ingediend',
	line: (number: number, date: string, author: string) =>
		`Indiening ${number} op ${date}${author ? ` door ${author}` : ''}.`,
	fingerprint: 'Vingerafdruk',
	fingerprintHint:
		'Een controlegetal van precies wat is ingediend: wie een bestand of rapport ontvangt, ziet hier of er sindsdien iets is veranderd.',
	unchanged: 'Ongewijzigd sinds het indienen.',
	changed:
		'Gewijzigd sinds het indienen: de cijfers en teksten zijn niet meer precies wat is ingediend. Dien het voorstel opnieuw in, of vraag de opsteller om de ingediende versie.'
};

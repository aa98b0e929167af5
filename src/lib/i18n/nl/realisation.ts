/** Dutch UI text: what actually happened (realisatie) to a proposal, beside its estimate. */
export const realisation = {
	pageTitle: (title: string) => `Realisatie: ${title}`,
	title: 'Realisatie: wat is er werkelijk gebeurd?',
	intro:
		'Is de periode van het voorstel voorbij? Vul dan per kostenpost in voor hoeveel mensen (of casussen) de dienst werkelijk is voorkomen: uit de geregistreerde casussen of zelf. Baatwijzer rekent het voorstel opnieuw uit met die aantallen, met dezelfde bedragen, kans, bijdrage, veiligheidsmarge en herhalingsjaren, en zet de uitkomst naast de schatting.',
	toResult: 'Terug naar het resultaat',
	loading: 'Voorstel en casussen laden...',
	period: (start: string, end: string) => `Periode: ${start} tot en met ${end}.`,
	periodAssumed:
		'Het voorstel heeft geen volledige periode; de realisatie gaat over het kalenderjaar hierboven. Vul de periode in bij stap 1 als die anders is.',
	periodRunning: (end: string) =>
		`De periode loopt nog tot en met ${end}. U kunt nu al tussenstanden invullen; de realisatie is pas compleet als de periode voorbij is.`,
	casesTitle: 'Uit de geregistreerde casussen',
	casesScope: (unit: string) =>
		unit
			? `Casussen van onderdeel "${unit}" met een datum in de periode tellen mee bij een kostenpost met dezelfde prijspost en dezelfde herhaling, elk maal de vermenigvuldiger.`
			: 'Het voorstel noemt geen onderdeel: casussen van alle onderdelen met een datum in de periode tellen mee bij een kostenpost met dezelfde prijspost en dezelfde herhaling, elk maal de vermenigvuldiger.',
	casesFound: (cases: number, lines: number) =>
		cases === 0
			? 'Geen geregistreerde casus past bij een kostenpost van dit voorstel.'
			: `${cases === 1 ? 'Eén casus past' : `${cases} casussen passen`} bij ${lines === 1 ? 'één kostenpost' : `${lines} kostenposten`}.`,
	casesUnreadable: (count: number) =>
		`${count === 1 ? 'Eén casus klopt' : `${count} casussen kloppen`} niet meer en ${count === 1 ? 'telt' : 'tellen'} niet mee.`,
	takeCases: 'Neem de aantallen uit de casussen over',
	takenCases: (lines: number) =>
		`Aantallen uit de casussen overgenomen bij ${lines === 1 ? 'één kostenpost' : `${lines} kostenposten`}.`,
	toCases: 'Casussen registreren of bekijken',
	linesTitle: 'Per kostenpost',
	linesCaption:
		'Per kostenpost het geschatte en het gerealiseerde aantal, en wat de kostenpost over de looptijd voorkomt (na de veiligheidsmarge)',
	columns: {
		line: 'Kostenpost',
		estimatedCount: 'Geschat aantal',
		realisedCount: 'Gerealiseerd aantal',
		source: 'Herkomst',
		estimated: 'Geschat',
		realised: 'Gerealiseerd',
		difference: 'Verschil'
	},
	realisedLabel: (line: string) => `Gerealiseerd aantal voor ${line}`,
	notANumber: (line: string) =>
		`Vul bij het gerealiseerde aantal voor ${line} een heel getal in van 0 tot en met 10.000.000, bijvoorbeeld 12, of laat het leeg als het nog niet bekend is`,
	sources: {
		cases: (count: number) => (count === 1 ? 'uit 1 casus' : `uit ${count} casussen`),
		entered: 'zelf ingevuld',
		unknown: 'nog niet bekend'
	},
	matchHint: (persons: string, cases: number) =>
		`casussen: ${persons} (${cases === 1 ? '1 casus' : `${cases} casussen`})`,
	notCounted: 'telt niet mee in het totaal',
	notGiven: 'niet ingevuld',
	holdersTitle: 'Per kostenhouder',
	holdersCaption: 'Per kostenhouder geschat en gerealiseerd over de looptijd',
	holder: 'Kostenhouder',
	totalTitle: 'Samen',
	total: (estimated: string, realised: string, difference: string) =>
		`Geschat ${estimated} over de looptijd, gerealiseerd ${realised} (verschil ${difference}).`,
	ratio: (estimated: string, realised: string) =>
		`Verhouding tot de subsidie: geschat ${estimated}, gerealiseerd ${realised}.`,
	unknown: (count: number) =>
		`${count === 1 ? 'Eén kostenpost heeft' : `${count} kostenposten hebben`} nog geen gerealiseerd aantal en ${count === 1 ? 'telt' : 'tellen'} aan de gerealiseerde kant nog niet mee.`,
	nextTitle: 'Volgend jaar',
	nextHint:
		'Begin een nieuw voorstel met de gerealiseerde aantallen als schatting: dezelfde kostenposten, de periode een jaar later, en de subsidie in het jaar waarin ze gevraagd is. Dit voorstel blijft zoals het is.',
	next: 'Nieuw voorstel op basis van de realisatie',
	nextTitleOf: (title: string) => `${title} (vervolg)`,
	nextFailed:
		'Het nieuwe voorstel kon niet worden opgeslagen. Probeer het opnieuw; dit voorstel is niet veranderd.'
};

/** Dutch UI text of the price-list page: searching, filtering, indexing and loading an own list. */
export const priceList = {
	priceListPage: {
		title: 'Prijslijst',
		pageTitle: 'Prijslijst - Baatwijzer',
		loading: 'Prijslijst laden...',
		intro:
			'Elk bedrag heeft een bron, een prijsjaar en een betrouwbaarheid. Bedragen uit één uitgewerkte case zijn samengesteld: ze laten zien hoe de methode werkt, het zijn geen landelijke gemiddelden.',
		activeList: 'Actieve prijslijst',
		activeHint:
			'Nieuwe kostenposten in de wizard komen uit deze lijst. Bestaande voorstellen houden hun eigen bedragen.',
		removeList: 'Deze eigen prijslijst verwijderen',
		confirmRemove: (name: string) =>
			`Prijslijst "${name}" verwijderen? Uw voorstellen houden hun eigen bedragen; de lijst zelf kunt u alleen terugkrijgen door het bestand opnieuw te laden.`,
		confirmYes: 'Ja, verwijderen',
		search: 'Zoek',
		searchHint: 'Op naam, omschrijving of domein.',
		domain: 'Domein',
		costHolder: 'Kostenhouder',
		grade: 'Betrouwbaarheid',
		kind: 'Soort',
		all: 'Alle',
		sort: 'Volgorde',
		sortOptions: {
			list: 'Zoals in de lijst',
			amountUp: 'Bedrag, laag naar hoog',
			amountDown: 'Bedrag, hoog naar laag'
		},
		indexYear: 'Toon bedragen ook in prijspeil',
		indexNone: 'Alleen in hun eigen prijsjaar',
		indexed: (amount: string, year: number) => `${amount} in prijspeil ${year}`,
		notIndexed: {
			laterPriceYear: 'prijsjaar ligt na het gekozen jaar; niet geïndexeerd',
			noCpi: 'geen CPI-cijfer voor dit jaar; niet geïndexeerd'
		},
		cpiSource: (source: string, first: number, last: number) =>
			`Indexering met ${source}, ${first}–${last}.`,
		count: (shown: number, total: number) => `${shown} van ${total} kostenposten`,
		showMore: (next: number, rest: number) => `Toon ${next} meer (nog ${rest} niet getoond)`,
		load: {
			title: 'Eigen prijslijst laden',
			intro:
				'Laad de prijslijst van uw gemeente als CSV (dezelfde kolommen als de standaardlijst) of als Baatwijzer-JSON. U ziet eerst wat er verandert.',
			name: 'Naam van de lijst',
			version: 'Versie',
			file: 'Bestand (CSV of JSON)',
			preview: 'Wat verandert er ten opzichte van de actieve lijst?',
			added: (count: number) => `${count} nieuw`,
			changed: (count: number) => `${count} gewijzigd`,
			removed: (count: number) => `${count} niet meer in de lijst`,
			unchanged: (count: number) => `${count} gelijk`,
			changedLine: (name: string, before: string, after: string) =>
				`${name}: ${before} wordt ${after}`,
			save: 'Opslaan en gebruiken',
			cancel: 'Annuleren',
			saved: (name: string) => `Prijslijst "${name}" is opgeslagen en in gebruik.`,
			needName: 'Geef de lijst een naam en een versie.',
			problemTitle: 'Deze prijslijst is niet geladen',
			nothingChanged: 'Er is niets gewijzigd.',
			reasons: {
				empty: 'Het bestand is leeg.',
				noItems:
					'Het bestand bevat geen kostenposten, alleen een kopregel. Zet onder de kopregel één regel per kostenpost en laad het opnieuw.',
				unreadable: 'Het bestand is geen leesbaar JSON-bestand.',
				tooLarge: 'Het bestand is groter dan 10 MB.',
				tooManyItems: 'De lijst heeft meer dan 5.000 kostenposten; splits hem op.',
				otherFormat: 'Dit JSON-bestand is geen Baatwijzer-prijslijst.',
				json: 'Dit is geen geldige Baatwijzer-prijslijst:',
				csv: 'De CSV bevat fouten:'
			},
			csvProblem: (line: number | null, column: string, problem: string) =>
				line === null
					? `Kolom "${column}": ${problem}`
					: `Regel ${line}, kolom "${column}": ${problem}`,
			csvCodes: {
				missingColumn: () => 'deze kolom ontbreekt',
				required: () => 'is leeg',
				notAnAmount: (value: string) =>
					`"${value}" is geen bedrag (gebruik een punt voor decimalen, bijvoorbeeld 1250.50)`,
				notAYear: (value: string) => `"${value}" is geen jaartal`,
				unknownHolder: (value: string) => `"${value}" is geen bekende kostenhouder`,
				unknownValue: (value: string) => `"${value}" is geen toegestane waarde`,
				splitNotSummed: () => 'de verdeling telt niet op tot het bedrag',
				badSplit: () => 'de verdeling is onleesbaar (schrijf houder=bedrag|houder=bedrag)',
				duplicateId: (value: string) => `id "${value}" komt twee keer voor`,
				noSource: () => 'een bron of een notitie waarom er geen bron is ontbreekt',
				tooLarge: (value: string) => `"${value}" is te groot (hoogstens 1.000.000.000 euro)`,
				tooLong: () => 'de tekst is te lang',
				duplicateHolder: () => 'de verdeling noemt een kostenhouder twee keer',
				lowAboveAmount: () => 'het lage bedrag is hoger dan het bedrag',
				highBelowAmount: () => 'het hoge bedrag is lager dan het bedrag',
				invalid: (value: string) => `"${value}" is ongeldig`
			},
			reading: 'Het bestand wordt gelezen…',
			encodingNote:
				'Het bestand was niet als UTF-8 opgeslagen; het is gelezen als Windows-1252 (zoals Excel op Windows opslaat). Controleer de namen met accenten in het voorbeeld hieronder.',
			saveFailed:
				'De prijslijst is niet opgeslagen: de browser kon niets bewaren (is de schijf vol?). Er is niets gewijzigd.'
		}
	}
};

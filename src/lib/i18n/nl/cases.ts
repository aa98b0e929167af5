/** Dutch UI text of the described cases (casussen) and a year's overview (jaaroverzicht). */
import type { CaseColumn, CaseCsvProblemCode } from '$lib/domain/cases/cases-csv';

const columnNames: Record<CaseColumn, string> = {
	casus: 'Casus',
	onderdeel: 'Onderdeel',
	datum: 'Datum',
	beschrijving: 'Beschrijving',
	vermenigvuldiger: 'Vermenigvuldiger',
	prijspost: 'Prijspost',
	aantal: 'Aantal',
	kans: 'Kans (A)',
	bijdrage: 'Bijdrage (B)',
	herhaling: 'Herhaling',
	kostenhouder: 'Kostenhouder'
};

const problemText: Record<CaseCsvProblemCode, (value: string) => string> = {
	missingColumn: (value) => `de kolom "${value}" ontbreekt in de kopregel`,
	required: () => 'is leeg; vul het in',
	notADate: (value) => `"${value}" is geen datum; schrijf bijvoorbeeld 14-3-2025`,
	notAWholeNumber: (value) => `"${value}" is geen heel getal`,
	multiplierRange: (value) => `"${value}" kan niet: de vermenigvuldiger is 1 tot en met 100`,
	unknownItem: (value) =>
		`"${value}" staat niet in de prijslijst; gebruik de code of de naam zoals in de prijslijst`,
	notALevel: (value) =>
		`"${value}" is geen antwoord; kies Misschien, Waarschijnlijk, Zeker of een percentage van 0 tot 100`,
	unknownValue: (value) => `"${value}" kan niet; kies eenmalig of jaarlijks, of laat het leeg`,
	differsInCase: (value) =>
		`"${value}" wijkt af van de eerdere regels van deze casus; één casus heeft één onderdeel, datum en vermenigvuldiger`,
	tooManyLines: () => 'een casus heeft hoogstens 50 vermeden diensten',
	tooLong: () => 'is te lang',
	tooManyRows: (value) => `een bestand heeft hoogstens ${value} regels`,
	empty: () => 'er staat geen enkele casus in',
	invalid: (value) => `de casus klopt niet (${value})`
};

export const cases = {
	title: 'Casussen',
	pageTitle: 'Casussen - Baatwijzer',
	intro:
		'Beschrijf gevallen van het afgelopen jaar waarin uw werk kosten heeft voorkomen, zoals het onderzoek van 2020 deed: per casus de vermeden diensten met kans en bijdrage, en hoe vaak u zo’n casus per jaar ziet (de vermenigvuldiger). Het jaaroverzicht telt ze op per onderdeel en kostenhouder.',
	privacy:
		'Schrijf anoniem: geen namen, adressen, geboortedata of andere gegevens waaraan iemand te herkennen is. Een paar zinnen over wat er speelde is genoeg.',
	loading: 'Casussen laden...',
	year: 'Jaar',
	none: (year: number) => `Nog geen casussen in ${year}.`,
	count: (count: number, year: number) =>
		count === 1 ? `1 casus in ${year}.` : `${count} casussen in ${year}.`,
	unreadable: (count: number) =>
		count === 1
			? 'Eén bewaarde casus klopt niet meer (buiten de app gewijzigd) en wordt niet meegeteld.'
			: `${count} bewaarde casussen kloppen niet meer (buiten de app gewijzigd) en worden niet meegeteld.`,
	overviewLink: (year: number) => `Jaaroverzicht ${year}`,
	listCaption: (year: number) => `Casussen in ${year}`,
	listHeader: {
		date: 'Datum',
		unit: 'Onderdeel',
		description: 'Beschrijving',
		services: 'Vermeden diensten',
		multiplier: 'Per jaar',
		total: 'Over de looptijd, geëxtrapoleerd'
	},
	remove: (date: string, unit: string) => `Verwijder de casus van ${date} (${unit})`,
	removeShort: 'Verwijderen',
	showAll: (count: number) => `Toon alle ${count} casussen`,
	removed: 'De casus is verwijderd.',
	undo: 'Ongedaan maken',
	restored: 'De casus is teruggezet.',
	gridTitle: 'Casussen invoeren',
	gridHint:
		'Eén regel per vermeden dienst. Regels met hetzelfde casusnummer vormen één casus. Laat herhaling en kostenhouder leeg voor die van de prijspost.',
	column: columnNames,
	cellLabel: (column: CaseColumn, row: number) => `${columnNames[column]}, rij ${row}`,
	addRow: 'Regel toevoegen',
	removeRow: (row: number) => `Verwijder rij ${row}`,
	asItem: 'zoals de prijspost',
	save: 'Casussen opslaan',
	gridEmpty: 'Vul eerst ten minste één regel in: onderdeel, datum, prijspost, kans en bijdrage.',
	saved: (count: number) =>
		count === 1 ? 'Eén casus is opgeslagen.' : `${count} casussen zijn opgeslagen.`,
	saveFailed:
		'De casussen zijn niet opgeslagen: de browser kon niets bewaren (is de schijf vol?). Wat u invoerde staat er nog.',
	problemsTitle: 'Er is niets opgeslagen. Verbeter eerst:',
	rowProblem: (
		row: number | null,
		column: CaseColumn | null,
		code: CaseCsvProblemCode,
		value: string
	) =>
		`${row === null ? '' : `Rij ${row}`}${row !== null && column ? ', ' : ''}${column ? columnNames[column] : ''}${row !== null || column ? ': ' : ''}${problemText[code](value)}.`,
	fileProblem: (
		line: number | null,
		column: CaseColumn | null,
		code: CaseCsvProblemCode,
		value: string
	) =>
		`${line === null ? 'Het bestand' : `Regel ${line}`}${column ? `, kolom "${column}"` : ''}: ${problemText[code](value)}.`,
	importTitle: 'Casussen uit een bestand',
	importHint:
		'Een CSV-bestand (Excel: opslaan als CSV met puntkomma’s) met één regel per vermeden dienst, in de kolommen van het sjabloon.',
	importLabel: 'CSV-bestand met casussen',
	template: 'Download het sjabloon (CSV)',
	importing: 'Het bestand wordt gelezen…',
	imported: (count: number, name: string) =>
		count === 1
			? `Eén casus uit ${name} is opgeslagen.`
			: `${count} casussen uit ${name} zijn opgeslagen.`,
	importProblems: (name: string) =>
		`${name} is niet ingelezen; er is niets opgeslagen. Verbeter het bestand:`,
	overview: {
		title: (year: number) => `Jaaroverzicht ${year}`,
		pageTitle: (year: number) => `Jaaroverzicht ${year} - Baatwijzer`,
		intro:
			'Elke casus maal zijn vermenigvuldiger, opgeteld per onderdeel, per kostenhouder en naar kans en bijdrage, met de veiligheidsmarge en de herhalingsjaren, tegenover de subsidie van het jaar.',
		back: 'Terug naar de casussen',
		settingsTitle: 'Gegevens van het jaar',
		subsidy: 'Subsidie van het jaar (euro)',
		subsidyHint:
			'Voor de onderdelen die casussen beschreven; leeg als u die niet wilt vergelijken.',
		safety: 'Veiligheidsmarge (%)',
		repeatYears: 'Herhalingsjaren',
		fte: (unit: string) => `Omvang ${unit} (fte)`,
		saveSettings: 'Gegevens opslaan',
		printedSettings: (safety: number, repeatYears: number) =>
			`Veiligheidsmarge ${safety} %; ${repeatYears === 1 ? '1 herhalingsjaar' : `${repeatYears} herhalingsjaren`}. Bedragen in de prijsjaren van de prijsposten.`,
		settingsSaved: 'De gegevens van het jaar zijn opgeslagen.',
		errors: {
			subsidy:
				'Subsidie van het jaar: vul een bedrag in euro in, zoals 2.290.000, of laat het leeg',
			safety: 'Veiligheidsmarge: vul een heel percentage van 0 tot en met 100 in',
			repeat: (max: number) => `Herhalingsjaren: vul een heel getal van 0 tot en met ${max} in`,
			fte: (unit: string) =>
				`Omvang ${unit}: vul een aantal fte in met hoogstens twee decimalen, zoals 4,5, of laat het leeg`
		},
		unitsTitle: 'Per onderdeel',
		unitsCaption: (year: number) =>
			`Vermeden kosten per onderdeel in ${year}: beschreven (elke casus één keer) en geëxtrapoleerd (maal de vermenigvuldiger)`,
		unitHeader: [
			'Onderdeel',
			'Casussen beschreven',
			'Casussen per jaar',
			'Eenmalig, beschreven (EUR)',
			'Jaarlijks, beschreven (EUR)',
			'Eenmalig, geëxtrapoleerd (EUR)',
			'Jaarlijks, geëxtrapoleerd (EUR)',
			'Over de looptijd (EUR)',
			'Omvang (fte)'
		],
		described: 'Beschreven (elke casus één keer)',
		extrapolated: 'Geëxtrapoleerd (maal de vermenigvuldiger)',
		unitColumns: [
			'Onderdeel',
			'Casussen',
			'Per jaar',
			'Eenmalig',
			'Jaarlijks',
			'Eenmalig',
			'Jaarlijks',
			'Over de looptijd'
		],
		allUnits: 'Alle onderdelen',
		representative: (unit: string, cases: number, fte: string) =>
			`${unit}: ${cases} ${cases === 1 ? 'casus' : 'casussen'} beschreven bij ${fte} fte.`,
		representativeHint:
			'Hoe meer casussen per fte zijn beschreven, hoe beter het jaaroverzicht laat zien wat een onderdeel doet. Een onderdeel met weinig casussen telt alleen wat beschreven is.',
		noSize: (unit: string, cases: number) =>
			`${unit}: ${cases} ${cases === 1 ? 'casus' : 'casussen'} beschreven; geen omvang opgegeven.`,
		empty: (year: number) => `Er zijn geen casussen in ${year}; voeg ze toe bij Casussen.`,
		csv: 'Jaaroverzicht als CSV (Excel)',
		xlsx: 'Jaaroverzicht als Excel-werkmap (.xlsx)',
		print: 'Afdrukken of als pdf bewaren',
		csvTitle: (year: number) => `Jaaroverzicht ${year}`,
		matrixCorner: 'Kans \\ bijdrage'
	}
};

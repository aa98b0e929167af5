/** Dutch UI text. General words: app, navigation, levels, kinds, statuses, saving. */
export const common = {
	errorPage: {
		notFoundTitle: 'Pagina niet gevonden',
		notFound:
			'Deze pagina bestaat niet (meer). Misschien is de link verouderd of verkeerd overgenomen. Uw voorstellen staan veilig in deze browser.',
		title: 'Er ging iets mis',
		other:
			'Deze pagina kon niet worden getoond. Uw voorstellen staan veilig in deze browser. Probeer het opnieuw via een van de links hieronder.',
		home: 'Naar de start',
		drafts: 'Naar mijn voorstellen',
		priceList: 'Naar de prijslijst'
	},
	app: {
		/** At the foot of every printed page: which Baatwijzer made it, and when. */
		reportFooter: (version: string, date: string) =>
			`Gemaakt met Baatwijzer ${version} op ${date}. Alle bedragen in euro; afgerond op hele euro's, berekend tot op de cent.`,
		name: 'Baatwijzer',
		tagline:
			'Schat vooraf welke maatschappelijke kosten een nieuw preventief initiatief in het sociaal domein voorkomt, en zet ze af tegen de subsidie.',
		skipToContent: 'Naar de inhoud',
		privacy: 'Alles wat u invult blijft in deze browser. Er wordt niets verstuurd.',
		footerStatement: 'Toegankelijkheidsverklaring',
		footerPrivacy: 'Privacy',
		/** The switch to the other language, written in that language. */
		otherLanguage: 'English',
		footerLabel: 'Over deze app',
		update: {
			ready:
				'Er is een nieuwe versie van Baatwijzer. Uw voorstellen blijven bewaard. Bijwerken laadt de pagina opnieuw.',
			now: 'Nu bijwerken',
			later: 'Later'
		}
	},
	home: {
		title: 'Baatwijzer: vermeden kosten van uw initiatief',
		start: 'Start een nieuwe schatting',
		fromTemplate: 'Begin met een voorbeeld',
		myDrafts: 'Mijn voorstellen',
		startArena: 'Start een MKBA-Arena (workshop)',
		continue: 'Verder met uw laatste voorstel:',
		howItWorks: 'Zo werkt het',
		steps: [
			'Beschrijf de activiteit en de subsidie die u vraagt.',
			'Kies uit de maatschappelijke prijslijst welke kosten de activiteit voorkomt.',
			'Schat per kostenpost de kans (A) en de bijdrage van de activiteit (B).',
			'Geef aan voor hoeveel mensen het geldt en of de besparing eenmalig of jaarlijks is.',
			'Bekijk het resultaat per kostenhouder, naast de subsidie.'
		],
		method:
			'De methode is de gewogen minimale besparing: kans x bijdrage x kosten x aantal personen, met een veiligheidsmarge van 90% en twee herhalingsjaren voor jaarlijkse besparingen.'
	},
	nav: {
		label: 'Hoofdmenu',
		home: 'Start',
		drafts: 'Mijn voorstellen',
		cases: 'Casussen',
		priceList: 'Prijslijst'
	},
	levels: {
		maybe: 'Misschien',
		likely: 'Waarschijnlijk',
		certain: 'Zeker'
	},
	recurrence: {
		oneOff: 'Eenmalig',
		yearly: 'Jaarlijks'
	},
	kinds: {
		cost: 'Kosten',
		transfer: 'Overdracht',
		intangible: 'Immaterieel'
	},
	kindExplained: {
		cost: 'Echte kosten die worden voorkomen.',
		transfer:
			'Overdracht (bijvoorbeeld een uitkering): een besparing voor de kostenhouder, maar geen winst voor de samenleving als geheel.',
		intangible: 'Immateriële baat (zoals een gezond levensjaar): geen besparing op een budget.'
	},
	grades: {
		A: 'A: officiële referentieprijs of wettelijk bedrag',
		B: 'B: gepubliceerd onderzoek of prijslijst',
		C: 'C: enkel voorbeeld of zwakke bron'
	},
	status: {
		draft: 'Concept',
		submitted: 'Ingediend',
		reviewed: 'Beoordeeld'
	},
	verdicts: {
		positive: 'Positief',
		negative: 'Negatief',
		incomplete: 'Aanvullen'
	},
	noVerdict: 'Nog geen oordeel',
	rationale: {
		title: (count: number) =>
			count === 1
				? '1 kostenpost heeft nog geen onderbouwing.'
				: `${count} kostenposten hebben nog geen onderbouwing.`,
		why: 'Een beoordelaar vraagt bij elke kostenpost waarom u deze aantallen, kans en bijdrage koos.',
		fix: (position: number, name: string) =>
			`Schrijf de onderbouwing van regel ${position}: ${name}`,
		line: (position: number, name: string) => `Regel ${position}: ${name}`
	},
	exportDraft: {
		json: 'Exporteer als bestand (JSON)',
		csv: 'Download voor Excel (CSV)',
		xlsx: 'Download als Excel-werkmap (.xlsx)',
		title: 'Bewaren en delen'
	},
	save: {
		saved: 'Opgeslagen',
		saving: 'Opslaan...',
		failed: 'Niet opgeslagen',
		reasons: {
			unavailable:
				'Deze browser staat opslaan niet toe (bijvoorbeeld in een privévenster). U kunt doorwerken; exporteer uw voorstel naar een bestand om het te bewaren.',
			quota:
				'De opslag van deze browser is vol. Uw eerdere versie is bewaard. Exporteer uw voorstel naar een bestand of verwijder oude voorstellen.',
			closedByOtherTab: 'Een ander tabblad heeft de opslag bijgewerkt. Herlaad deze pagina.',
			conflict:
				'Dit voorstel is in een ander tabblad gewijzigd. Uw wijzigingen hier zijn nog niet opgeslagen.',
			deleted:
				'Dit voorstel is in een ander tabblad verwijderd. Uw tekst hier is niet verloren: sla het opnieuw op of exporteer het.',
			unknown: 'Opslaan is mislukt. Probeer het opnieuw of exporteer uw voorstel naar een bestand.'
		},
		loadNewer: 'Laad de nieuwere versie (mijn wijzigingen vervallen)',
		keepMine: 'Mijn versie opslaan (over de andere heen)',
		saveCopy: 'Mijn versie bewaren als kopie',
		copyTitle: (title: string) => `${title || 'Naamloos voorstel'} (mijn versie)`,
		copySaved: 'Uw versie is als kopie bewaard. U werkt nu in de kopie.',
		restoreDeleted: 'Opnieuw opslaan',
		recovered: 'Uw laatste wijziging van de vorige keer was nog niet opgeslagen en is teruggezet.'
	}
};

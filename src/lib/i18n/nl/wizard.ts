/** Dutch UI text. The wizard: field labels, hints, errors and the step texts. */

/** A label inside a sentence: "Aantal personen" reads "aantal personen" (not "CBS", "WOZ"). */
const lower = (label: string) =>
	/^\p{Lu}\p{Ll}/u.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;

export const wizard = {
	fields: {
		title: 'Naam van de activiteit',
		organisation: 'Organisatie',
		orgUnit: 'Onderdeel',
		neighbourhoods: 'Wijken',
		targetGroup: 'Doelgroep',
		targetGroupSize: 'Grootte van de doelgroep',
		description: 'Beschrijving van de activiteit',
		problemAndGoal: 'Probleem en doel',
		referenceSituation: 'Wat gebeurt er zonder de activiteit? (nulalternatief)',
		lifeDomains: 'Leefdomeinen',
		period: 'Looptijd',
		author: 'Opgesteld door',
		periodStart: 'Startdatum',
		periodEnd: 'Einddatum',
		subsidy: 'Gevraagde subsidie per jaar (euro)',
		subsidyYear: 'Subsidiejaar',
		lines: 'Vermeden kosten',
		chance: 'Kans (A)',
		contribution: 'Bijdrage (B)',
		countKind: 'Hoe wilt u het aantal opgeven?',
		persons: 'Aantal personen',
		groupSize: 'Grootte van de groep',
		sharePercent: 'Aandeel voor wie deze kosten spelen (%)',
		recurrence: 'Eenmalig of jaarlijks?',
		justification: 'Korte onderbouwing',
		splitAmount: 'Deel van een kostenhouder (euro)',
		safetyPercent: 'Veiligheidsmarge (%)',
		repeatYears: 'Herhalingsjaren'
	},
	hints: {
		title: 'Een korte naam, bijvoorbeeld "Maatjes voor ouderen in Brouwhuis".',
		organisation: 'De organisatie die de activiteit uitvoert.',
		orgUnit: 'Het onderdeel dat de activiteit uitvoert.',
		author:
			'Uw naam, of die van wie het voorstel schrijft. Het rapport en de gemeente noemen u als contactpersoon.',
		neighbourhoods: 'Kies een of meer wijken.',
		targetGroup:
			'Voor wie is de activiteit? Bijvoorbeeld "alleenwonende ouderen met een kleine kring".',
		targetGroupSize: 'Hoeveel mensen bereikt de activiteit in een jaar? Een heel getal.',
		description: 'Wat gaat u doen, hoe vaak en met wie?',
		problemAndGoal: 'Welk probleem pakt u aan, en wat wilt u bereiken?',
		referenceSituation:
			'Beschrijf wat er met deze mensen gebeurt als de activiteit er niet komt. Daartegen worden de vermeden kosten afgezet.',
		lifeDomains: 'Aan welke doelen uit het beleidskader draagt de activiteit bij?',
		period: 'Wanneer loopt de activiteit? Laat leeg als dat nog niet vaststaat.',
		subsidy:
			'De subsidie voor één jaar activiteit, in euro. Bijvoorbeeld 48.500 of 48.500,50. Het resultaat zet de vermeden kosten hiertegen af.',
		subsidyYear: (year: number, basis: 'given' | 'period' | 'lines' | 'created') =>
			`Het jaar waarin de subsidie wordt gevraagd, bijvoorbeeld 2027. Kiest u een prijspeil, dan wordt de subsidie net als de bedragen geïndexeerd. ${
				basis === 'given'
					? ''
					: `Leeg gelaten telt ${year}: ${
							{
								period: 'het eerste jaar van de periode',
								lines: 'het prijsjaar van de kostenposten',
								created: 'het jaar waarin dit voorstel is gemaakt'
							}[basis]
						}.`
			}`.trim(),
		persons: 'Voor hoeveel mensen (of gevallen, huishoudens) speelt deze kostenpost per jaar?',
		groupSize: 'Hoe groot is de groep waar het om gaat?',
		sharePercent:
			'Voor welk deel van die groep staan deze kosten echt op het spel? Een heel percentage.',
		justification:
			'Waarom deze antwoorden? Eén of twee zinnen zijn genoeg. Beleidsmedewerkers lezen dit mee.',
		safetyPercent:
			'Het totaal wordt voor de zekerheid met dit percentage vermenigvuldigd. Standaard 90%.',
		repeatYears:
			'Jaarlijkse besparingen tellen ook in zoveel jaren na het activiteitsjaar mee. Standaard 2.'
	},
	errors: {
		summaryTitle: 'Er is een probleem',
		required: (label: string) => `Vul ${lower(label)} in`,
		noLines: () => 'Voeg minstens één vermeden kostenpost toe',
		chooseLevel: (label: string) => `Kies een antwoord bij ${lower(label)}`,
		wholeNumber: (label: string) =>
			`Vul bij ${lower(label)} een heel getal in van 0 of meer, bijvoorbeeld 12`,
		euros: (label: string) =>
			`Vul bij ${lower(label)} een bedrag in euro in, bijvoorbeeld 12.500 of 12.500,50`,
		percent: (label: string) =>
			`Vul bij ${lower(label)} een heel percentage in van 0 tot en met 100`,
		repeatYears: (label: string) => `Vul bij ${lower(label)} een heel getal in van 0 tot en met 10`,
		year: (label: string) =>
			`Vul bij ${lower(label)} een jaartal van vier cijfers in, bijvoorbeeld 2027`,
		endBeforeStart: () => 'Kies een einddatum op of na de startdatum',
		needsShare: () => 'Vul ook het aandeel in: het aantal is de groepsgrootte maal het aandeel',
		needsGroupSize: () =>
			'Vul ook de groepsgrootte in: het aantal is de groepsgrootte maal het aandeel',
		rangeExcludesAnswer: (label: string) =>
			`Vul bij ${lower(label)} een getal in aan de goede kant van het aantal: laag niet hoger en hoog niet lager dan het aantal zelf`,
		linePrefix: (position: number, name: string) => `Regel ${position} (${name}): `
	},
	submitted: {
		pageTitle: (title: string) => `Ingediend: ${title}`,
		title: 'Voorstel ingediend',
		total: (total: string) => `Vermeden kosten over de looptijd: ${total}`,
		nextTitle: 'Wat gebeurt er nu?',
		stepFile:
			'Bewaar het voorstel als bestand (hieronder). Baatwijzer verstuurt zelf niets: alles blijft in deze browser.',
		stepSend:
			'Stuur het bestand met uw subsidieaanvraag naar uw contactpersoon bij de gemeente, bijvoorbeeld per e-mail. Het rapport (pdf) kunt u meesturen.',
		stepReview:
			'De gemeente opent het bestand in Baatwijzer en ziet dezelfde cijfers, bronnen en onderbouwing. Zij geeft een oordeel: positief, negatief of aanvullen.',
		stepChange:
			'Vraagt de gemeente om aan te vullen? Open het voorstel dan weer in Mijn voorstellen, pas het aan en dien het opnieuw in.',
		toDrafts: 'Naar Mijn voorstellen',
		submit: 'Voorstel indienen',
		submitHint:
			'Klaar? Dien het voorstel in: het krijgt de status Ingediend en u leest wat er daarna gebeurt.'
	},
	initiative: {
		intro:
			'Deze pagina heeft vier korte delen. Alleen de naam en de subsidie (het eerste deel) zijn nodig om verder te gaan; de rest vult u nu of later in, voor het rapport.',
		groups: {
			start: 'Om te beginnen',
			who: 'Wie stelt het voor?',
			reach: 'Voor wie?',
			story: 'Wat de activiteit doet (voor het rapport)'
		}
	},
	wizard: {
		/** What the result's figures are; needs no draft, so the result step draws it at once. */
		resultExplanation:
			'Dit zijn de kosten die één jaar activiteit naar verwachting voorkomt, afgezet tegen één jaar subsidie.',
		stepOf: (current: number, total: number) => `Stap ${current} van ${total}`,
		progress: 'Voortgang',
		steps: {
			initiative: 'Initiatief',
			costs: 'Vermeden kosten',
			reach: 'Hoeveel mensen',
			chanceContribution: 'Kans, bijdrage en herhaling',
			review: 'Controleren',
			result: 'Resultaat'
		},
		headings: {
			initiative: 'Welke activiteit stelt u voor?',
			costs: 'Welke kosten voorkomt de activiteit?',
			reach: 'Voor hoeveel mensen speelt elke kostenpost?',
			chanceContribution: 'Hoe groot is de kans, en hoeveel doet de activiteit zelf?',
			review: 'Controleer uw antwoorden',
			result: 'Resultaat: vermeden kosten'
		},
		next: 'Volgende',
		previous: 'Vorige',
		back: 'Terug',
		backToDrafts: 'naar Mijn voorstellen',
		backTo: (step: string) => `naar ${step}`,
		/** Before a page's title when the page shows errors (GOV.UK). */
		errorTitlePrefix: 'Fout: ',
		toReview: 'Naar controleren',
		backToReview: 'Terug naar controleren',
		toResult: 'Bekijk het resultaat',
		change: 'Wijzigen',
		untitled: 'Nieuw voorstel',
		/** Before the proposal's title on pages whose heading names the page. */
		subject: 'Voorstel',
		notFound: 'Dit voorstel is niet gevonden in deze browser.',
		newDraftFailed: {
			quota:
				'Er kon geen nieuw voorstel worden gemaakt: de opslag van deze browser is vol. Verwijder oude voorstellen (exporteer ze eerst) en probeer het opnieuw.',
			unavailable:
				'Er kon geen nieuw voorstel worden gemaakt: deze browser staat opslaan niet toe.',
			closedByOtherTab:
				'Er kon geen nieuw voorstel worden gemaakt: een ander tabblad heeft de opslag bijgewerkt. Herlaad deze pagina.',
			unknown: 'Er kon geen nieuw voorstel worden gemaakt. Probeer het opnieuw.'
		},
		broken: {
			title: 'Dit voorstel kan niet worden geopend',
			intro:
				'Het voorstel is in deze browser opgeslagen, maar de gegevens kloppen niet meer (misschien door een fout in een oudere versie of een beschadigd bestand). Er is niets gewijzigd of verwijderd.',
			newerVersion:
				'Het voorstel is opgeslagen door een nieuwere versie van Baatwijzer. Werk de app bij (herlaad de pagina).',
			problems: 'Wat er niet klopt:',
			tooLong:
				'Dit voorstel is groter dan Baatwijzer aankan. Het is niet beschadigd en er is niets gewijzigd of verwijderd. Exporteer het en verdeel de regels over twee voorstellen, of herstel het: dan blijven de regels tot de grens bewaard.',
			export: 'Exporteren zoals opgeslagen',
			repair: 'Herstellen: bewaar wat klopt',
			repairHint:
				'Herstellen bewaart elk veld en elke regel die klopt; wat niet klopt wordt weggelaten. Exporteer eerst als u het origineel wilt bewaren.',
			repaired: (fields: string) =>
				fields ? `Hersteld. Weggelaten: ${fields}.` : 'Hersteld. Er is niets weggelaten.',
			repairFailed: 'Herstellen is niet gelukt: de browser kon niets opslaan.'
		},
		leaveWarning:
			'Uw voorstellen zijn alleen in dit tabblad bewaard. Exporteer ze voordat u de pagina verlaat, anders gaan ze verloren.',
		loading: 'Voorstel laden...',
		backHome: 'Terug naar de start'
	},
	levelsQuestion: {
		chanceLegend:
			'Kans (A): hoe waarschijnlijk is het dat zonder de activiteit binnen zes maanden (meer) hulp nodig is?',
		contributionLegend: 'Bijdrage (B): hoeveel van die kosten voorkomt de activiteit zelf?',
		chanceHint:
			'Denk aan de mensen voor wie deze kosten spelen. Zou er zonder de activiteit binnen zes maanden hulp van de eerste of tweede lijn nodig zijn?',
		custom: (percent: number) =>
			`Eigen percentage: ${percent}%. Kies een niveau om het te vervangen.`,
		contributionHint:
			'Hoeveel komt door de activiteit zelf, en niet door partners, toeval of de persoon zelf?',
		chance: {
			maybe: 'Het kan gebeuren, maar het is niet waarschijnlijk. Dit is preventie.',
			likely: 'Er zijn duidelijke signalen dat hulp nodig wordt.',
			certain: 'De hulp staat op het punt ingezet te worden.'
		},
		contribution: {
			maybe: 'De activiteit helpt mee, maar anderen (partners, familie) doen het meeste.',
			likely: 'De activiteit is de belangrijkste reden dat de hulp niet nodig is.',
			certain: 'Zonder de activiteit was het zeker niet gelukt; niemand anders deed iets.'
		},
		example: (text: string) => `Voorbeeld: ${text}`
	},
	reach: {
		intro:
			'Tel per kostenpost alleen de mensen (of gevallen, huishoudens) bij wie deze kosten echt kunnen spelen, in de eenheid van de post. Bij de volgende vraag schat u de kans (A) dat juist deze mensen die hulp zonder de activiteit nodig hadden.',
		doubleCounting:
			'Tel hetzelfde risico niet twee keer: als u hier al alleen de mensen telt die het echt dreigt, is de kans daarna meestal Waarschijnlijk of Zeker. Telt u de hele doelgroep, dan is de kans lager. Niet allebei laag om dezelfde reden.',
		unit: (unit: string) => `Het bedrag geldt ${unit}.`,
		direct: 'Direct aantal',
		share: 'Groep x aandeel',
		effective: (count: string) => `Dat is ${count} personen.`,
		methodSettings: 'Rekeninstellingen',
		indexYear: 'Prijspeil',
		indexYearHint:
			'Kies een jaar om alle bedragen met de consumentenprijsindex (CBS) naar dat jaar te indexeren. Standaard telt elk bedrag in zijn eigen prijsjaar.',
		indexNone: 'Elk bedrag in zijn eigen prijsjaar',
		indexAdvice: (latest: number) =>
			`Kies één prijspeil voor alle regels, zodat alle bedragen euro's van hetzelfde jaar zijn. Wij stellen ${latest} voor: het laatste jaar met cijfers van het CBS.`,
		useLatest: (latest: number) => `Gebruik prijspeil ${latest}`,
		mixedYears: (years: string) =>
			`Let op: de regels hebben verschillende prijsjaren (${years}). Zonder gekozen prijspeil tellen bedragen van verschillende jaren bij elkaar op.`,
		notIndexed: {
			laterPriceYear: (name: string) =>
				`"${name}" heeft een later prijsjaar dan het gekozen prijspeil en blijft in zijn eigen jaar (er wordt niet terug gerekend).`,
			noCpi: (name: string) =>
				`"${name}" kon niet worden geïndexeerd: voor een jaar ontbreken CBS-cijfers. Het bedrag blijft in zijn eigen jaar.`
		},
		unknownYear: (names: string) => `Onbekend prijsjaar, dus niet geïndexeerd: ${names}.`,
		methodIntro:
			'De standaardwaarden komen uit het onderzoek naar de methode. Pas ze alleen aan met een goede reden.',
		changed: 'gewijzigd',
		changedFrom: (value: string) => `Aangepast; de standaard is ${value}.`,
		reset: 'Terug naar standaard'
	},
	review: {
		assumedYear: (year: number | null) =>
			year === null ? 'Niet ingevuld' : `Niet ingevuld; aangenomen: ${year}`,
		initiative: 'Initiatief',
		lines: 'Vermeden kosten',
		settings: 'Rekeninstellingen',
		priceList: 'Prijslijst',
		notAnswered: 'Niet ingevuld',
		none: 'Geen',
		line: (position: number) => `Regel ${position}`,
		remarkLabel: 'Opmerking van de beoordelaar'
	},
	reviewer: {
		pageTitle: (title: string) => `Beoordelen: ${title}`,
		title: 'Beoordelen',
		intro:
			'U bekijkt dit voorstel als beoordelaar. Wat de indiener invulde staat vast; u zet de status en schrijft opmerkingen bij het voorstel en bij elke regel. Alles reist mee in het exportbestand.',
		status: 'Status van het voorstel',
		statusHint:
			'Concept: nog in bewerking. Ingediend: klaar voor beoordeling. Beoordeeld: uw oordeel staat vast.',
		verdict: 'Uw oordeel',
		verdictHint:
			'Positief: u adviseert de subsidie. Negatief: u adviseert haar niet. Aanvullen: de indiener moet eerst iets aanvullen; zeg in de reden wat.',
		verdictReason: 'Reden van uw oordeel',
		verdictReasonHint: "In een paar zinnen, zodat de indiener en uw collega's het kunnen volgen.",
		submitted: 'Wat de indiener schreef',
		author: 'Opgesteld door',
		remarks: 'Uw opmerkingen bij het voorstel',
		remarksHint: 'Bijvoorbeeld wat u overtuigt, wat u mist of wat u de indiener vraagt.',
		lineRemark: (position: number, name: string) => `Uw opmerking bij regel ${position} (${name})`,
		open: 'Beoordelen',
		openNamed: (title: string) => `Beoordelen: ${title}`,
		toWizard: 'Openen in de invulhulp',
		nextTitle: 'Rapport en bestand'
	},
	summary: {
		title: 'Tussenstand',
		total: 'Vermeden kosten over de looptijd',
		ratio: 'Ten opzichte van de subsidie',
		noSubsidy: 'Nog geen subsidie ingevuld',
		unanswered: (count: number) =>
			count === 1
				? '1 regel telt nog niet mee: het aantal, de kans of de bijdrage ontbreekt.'
				: `${count} regels tellen nog niet mee: het aantal, de kans of de bijdrage ontbreekt.`
	}
};

/** The optional sync's words (loaded with the sync's own parts only). */
export const sync = {
	sync: {
		pageTitle: 'Synchroniseren met de gemeente - Baatwijzer',
		title: 'Synchroniseren met de gemeente',
		intro:
			'Standaard blijft alles in deze browser en verstuurt Baatwijzer niets. Werkt uw gemeente met een eigen synchronisatieserver (Apache CouchDB), dan kunt u die hier aanzetten. Dan gaan alleen wat u indient en de beoordelingen daarvan heen en weer; concepten blijven hier.',
		whatTravels:
			'Wat er reist: bij elke indiening een vaste kopie van het voorstel met de prijsposten die het gebruikt en de vingerafdruk; terug komen status, oordeel en opmerkingen van de beoordelaar.',
		server: 'Adres van de server',
		serverHint: 'Dit krijgt u van de gemeente, bijvoorbeeld https://sync.gemeente.nl',
		name: 'Accountnaam',
		password: 'Wachtwoord',
		passwordHint:
			'Het wachtwoord gaat alleen naar de server om in te loggen. Baatwijzer bewaart het niet; de server houdt u een tijd ingelogd.',
		signIn: 'Inloggen en synchronisatie aanzetten',
		signingIn: 'Bezig met inloggen…',
		signInAgain: 'Opnieuw inloggen',
		stepSent:
			'Het voorstel gaat vanzelf naar de gemeente, met de vingerafdruk hierboven (zie de regel daaronder: wacht er nog iets, dan gaat het mee zodra er weer verbinding is). Een bestand sturen hoeft niet, maar mag: het rapport (pdf) kunt u meesturen met uw subsidieaanvraag.',
		stepReview:
			'De gemeente ziet het voorstel in haar overzicht, met dezelfde cijfers, bronnen en onderbouwing. Haar oordeel (positief, negatief of aanvullen) en opmerkingen komen vanzelf binnen in Mijn voorstellen.',
		errors: {
			server:
				'Vul bij adres van de server een adres in dat begint met https:// (of http:// op dit apparaat)',
			name: 'Vul een accountnaam in',
			password: 'Vul een wachtwoord in',
			unreachable:
				'De server op dit adres antwoordt niet. Controleer het adres van de server en uw internetverbinding.',
			wrongPassword: 'De accountnaam of het wachtwoord klopt niet.',
			notCouch:
				'Op dit adres staat geen synchronisatieserver die Baatwijzer kent. Controleer het adres van de server.',
			noRole:
				'Dit account hoort bij geen organisatie en is geen beoordelaar. Vraag de beheerder van de server om het account een rol te geven.'
		} as Record<string, string>,
		on: 'Synchronisatie staat aan.',
		account: (name: string, server: string) => `Ingelogd als ${name} op ${server}.`,
		roleOrganisation: (code: string) =>
			`U dient voorstellen in voor organisatie ${code}. Beoordelingen van de gemeente komen vanzelf binnen in Mijn voorstellen.`,
		roleReviewer:
			'U bent beoordelaar: de ingediende voorstellen van alle organisaties komen binnen in Mijn voorstellen.',
		now: 'Nu synchroniseren',
		signOut: 'Synchronisatie uitzetten',
		signOutWaiting: (count: number) =>
			`Let op: ${count === 1 ? 'er wacht nog 1 document' : `er wachten nog ${count} documenten`} op verzending. Ze blijven in deze browser en gaan mee zodra u weer inlogt.`,
		phase: {
			idle: 'Nog niet gesynchroniseerd.',
			syncing: 'Bezig met synchroniseren…',
			done: 'Alles is bijgewerkt.',
			offline:
				'U bent offline. Wat u indient wacht in deze browser en gaat mee zodra er weer netwerk is.',
			unreachable:
				'De server is nu niet bereikbaar. Er gaat niets verloren: wat wacht, gaat mee zodra de server weer antwoordt.',
			signedOut:
				'U bent niet meer ingelogd bij de server. Log opnieuw in; wat wacht, blijft in deze browser.',
			denied: 'De server geeft dit account geen toegang tot deze gegevens.',
			failed:
				'Synchroniseren is mislukt. Er gaat niets verloren; Baatwijzer probeert het zo opnieuw.'
		} as Record<string, string>,
		waiting: (count: number) =>
			count === 0
				? 'Niets wacht op verzending.'
				: count === 1
					? '1 document wacht op verzending naar de server.'
					: `${count} documenten wachten op verzending naar de server.`,
		lastDone: (time: string) => `Laatst bijgewerkt: ${time}.`,
		refusedTitle: 'Geweigerd door de server',
		asideTitle: 'Apart gehouden (niet vertrouwd)',
		asideIntro:
			'Deze ontvangen documenten zijn niet in uw voorstellen gezet, omdat ze niet door de controle kwamen.',
		aside: {
			tampered: 'de vingerafdruk klopt niet: het is veranderd na het indienen',
			invalid: 'het voldoet niet aan het formaat van Baatwijzer',
			wrongPlace: 'het staat bij de verkeerde organisatie'
		} as Record<string, string>,
		asideItem: (title: string, organisation: string, reason: string) =>
			`“${title || 'zonder naam'}” van organisatie ${organisation}: ${reason}.`,
		sendReview: (organisation: string) => `Beoordeling versturen naar ${organisation}`,
		sendReviewHint:
			'Verstuurt status, oordeel en opmerkingen zoals ze nu staan. Een verstuurde beoordeling blijft bewaard; een nieuwe komt ernaast.',
		reviewSent: 'Beoordeling verstuurd (of klaar om te versturen zodra de server bereikbaar is).',
		reviewsTitle: 'Beoordelingen via de server',
		reviewLine: (reviewer: string, time: string, verdict: string) =>
			`${reviewer}, ${time}: ${verdict}`,
		changesTitle: (from: number, to: number) => `Nieuwer ingediend: indiening ${to} (was ${from})`,
		changesNone: 'Geen verschil in de gegevens of de regels.',
		changedField: (name: string, before: string | null, after: string | null) =>
			before === null || after === null
				? `Gewijzigd: ${name}.`
				: `Gewijzigd: ${name}, van ${before} naar ${after}.`,
		changeLabels: {
			title: 'naam',
			organisation: 'organisatie',
			orgUnit: 'onderdeel',
			targetGroup: 'doelgroep',
			targetGroupSize: 'grootte van de doelgroep',
			description: 'omschrijving',
			problemAndGoal: 'probleem en doel',
			referenceSituation: 'situatie zonder de activiteit',
			periodStart: 'startdatum',
			periodEnd: 'einddatum',
			subsidyCents: 'subsidie',
			subsidyYear: 'subsidiejaar',
			settings: 'rekeninstellingen',
			priceIndexYear: 'prijspeil',
			arena: 'MKBA-Arena',
			mkba: 'MKBA-instellingen'
		} as Record<string, string>,
		notGiven: 'niet ingevuld',
		addedLines: (names: string) => `Regels erbij: ${names}.`,
		removedLines: (names: string) => `Regels eraf: ${names}.`,
		changedLines: (names: string) => `Regels gewijzigd: ${names}.`
	}
};

/** Dutch UI text: the accessibility statement and the privacy page (public-sector pages). */
export const publicPages = {
	statement: {
		pageTitle: 'Toegankelijkheidsverklaring',
		title: 'Toegankelijkheidsverklaring',
		loading: 'Verklaring laden...',
		intro: (organisation: string, website: string) =>
			`${organisation || 'De organisatie die Baatwijzer aanbiedt'} wil dat iedereen Baatwijzer${website ? ` (${website})` : ''} kan gebruiken, ook mensen met een beperking. Daarom hoort Baatwijzer te voldoen aan de toegankelijkheidseisen: de Web Content Accessibility Guidelines (WCAG) 2.1 op niveau A en AA, vastgelegd in de Europese norm EN 301 549, zoals het Besluit digitale toegankelijkheid overheid voorschrijft.`,
		statusTitle: 'Status',
		statuses: {
			A: 'Baatwijzer voldoet volledig aan de toegankelijkheidseisen (status A).',
			B: 'Baatwijzer voldoet gedeeltelijk aan de toegankelijkheidseisen (status B).',
			C: 'Voor Baatwijzer zijn de eerste maatregelen genomen om aan de toegankelijkheidseisen te voldoen (status C).',
			D: 'Voor Baatwijzer zijn de eerste maatregelen om aan de toegankelijkheidseisen te voldoen nog niet genomen (status D).',
			E: 'Baatwijzer voldoet niet aan de toegankelijkheidseisen (status E).'
		},
		noStatus:
			'De organisatie die Baatwijzer aanbiedt heeft de status nog niet ingevuld. Zolang er geen onderzoek door een deskundige is, is de status niet vastgesteld.',
		statementDate: (date: string) => `Deze verklaring is opgesteld op ${date}.`,
		audit: (date: string, by: string) =>
			`Het laatste onderzoek naar de toegankelijkheid is gedaan op ${date}${by ? ` door ${by}` : ''}.`,
		auditReport: 'Lees het onderzoeksrapport',
		noAudit: 'Er is nog geen onderzoek door een deskundige gedaan.',
		gapsTitle: 'Bekende problemen',
		noGaps: 'Er zijn geen bekende problemen opgegeven.',
		gap: { problem: 'Probleem', reason: 'Reden', plannedFix: 'Wat er gebeurt, en wanneer' },
		ownChecksTitle: 'Wat de makers zelf controleren',
		ownChecks:
			'Bij elke wijziging van Baatwijzer wordt elke pagina automatisch gecontroleerd op WCAG 2.1 AA (met axe-core), met het toetsenbord doorlopen en op een telefoon, een laptop en een projector bekeken. Tabellen staan naast elke grafiek, en elke foutmelding noemt het veld en wat er mis is. Dat vervangt geen onderzoek door een deskundige.',
		contactTitle: 'Hulp en contact',
		contact: (organisation: string) =>
			`Kunt u iets in Baatwijzer niet gebruiken, of ziet u een probleem met de toegankelijkheid? Laat het weten aan ${organisation || 'de organisatie die Baatwijzer aanbiedt'}.`,
		email: 'E-mail',
		phone: 'Telefoon',
		reply: (days: number) =>
			`U krijgt binnen ${days} ${days === 1 ? 'werkdag' : 'werkdagen'} een antwoord.`,
		noContact: 'De organisatie die Baatwijzer aanbiedt heeft nog geen contactgegevens ingevuld.',
		complaint:
			'Bent u niet tevreden met hoe uw melding is behandeld? Dan kunt u een klacht indienen bij de organisatie, en daarna bij de Nationale ombudsman.',
		notFilled:
			'Voor de beheerder: vul het bestand toegankelijkheidsverklaring.json in de map van de app in (zie de README); deze pagina toont dan uw gegevens.',
		broken: (problems: string) =>
			`Het bestand toegankelijkheidsverklaring.json klopt niet, dus deze pagina toont alleen de vaste tekst: ${problems}`,
		missing:
			'Het bestand toegankelijkheidsverklaring.json is niet te lezen, dus deze pagina toont alleen de vaste tekst.'
	},
	privacy: {
		pageTitle: 'Privacy: wat Baatwijzer bewaart',
		title: 'Privacy: wat Baatwijzer bewaart',
		intro:
			'Baatwijzer werkt helemaal in uw browser. Wat u invult blijft op dit apparaat, in deze browser. Er wordt niets verstuurd, tenzij u zelf synchroniseren met de gemeente aanzet.',
		storedTitle: 'Wat er in deze browser staat',
		stored: [
			'Uw voorstellen (concepten, ingediende en beoordeelde), met per voorstel een korte samenvatting voor het overzicht, in de database "baatwijzer" van de browser (IndexedDB).',
			'Eigen prijslijsten die u hebt ingelezen, en welke prijslijst u gebruikt.',
			'Sjablonen en de casussen die u hebt beschreven, met de gegevens per jaar (subsidie, instellingen, omvang per onderdeel).',
			'De laatste wijziging van een voorstel dat u aan het bewerken bent, zodat niets verloren gaat als het venster sluit (localStorage).',
			'De bestanden van de app zelf, zodat Baatwijzer ook zonder internet werkt (de cache van de service worker).'
		],
		notTitle: 'Wat Baatwijzer niet doet',
		not: [
			'Geen account, geen cookies van Baatwijzer, geen statistieken of tracking, geen advertenties.',
			'Geen lettertypen, scripts of afbeeldingen van andere websites.',
			'Bestanden (voorstellen, CSV, rapporten) worden alleen gemaakt als u erom vraagt, en komen in uw eigen downloads.'
		],
		syncTitle: 'Als u synchroniseren aanzet',
		sync: [
			'Alleen dan maakt Baatwijzer verbinding, en alleen met de server van uw gemeente waarvan u zelf het adres invult.',
			'Wat u indient gaat naar die server; de beoordeling van de gemeente komt terug. Uw wachtwoord wordt één keer naar die server gestuurd en nooit bewaard; de server zet een eigen sessiecookie.',
			'Baatwijzer bewaart dan ook het adres van de server, uw accountnaam en uw rol, en een kopie van wat gesynchroniseerd wordt.',
			'Zet u synchroniseren uit, dan stopt elke verbinding.'
		],
		personalTitle: 'Persoonsgegevens',
		personal:
			'Schrijf in voorstellen en casussen geen namen, adressen of andere gegevens waaraan iemand te herkennen is. Baatwijzer vraagt er nergens om; beschrijf situaties anoniem.',
		deleteTitle: 'Alles verwijderen',
		delete:
			'Verwijder voorstellen en casussen in de app zelf, of wis de sitegegevens van deze website in de instellingen van uw browser: dan is alles van Baatwijzer van dit apparaat verdwenen. Exporteer eerst wat u wilt bewaren.'
	}
};

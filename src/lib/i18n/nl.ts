/** Dutch UI text. Every string the user sees lives here (English follows in en.ts). */
export const nl = {
	app: {
		name: 'Baatwijzer',
		tagline:
			'Schat vooraf welke maatschappelijke kosten een nieuw preventief initiatief in het sociaal domein voorkomt, en zet ze af tegen de subsidie.',
		skipToContent: 'Naar de inhoud',
		mainNav: 'Hoofdmenu',
		privacy: 'Alles wat u invult blijft in deze browser. Er wordt niets verstuurd.'
	},
	home: {
		title: 'Baatwijzer: vermeden kosten van uw initiatief',
		start: 'Start een nieuwe schatting',
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
	}
};

export type Messages = typeof nl;

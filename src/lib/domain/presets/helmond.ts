/** Helmond (LEVgroep), DOMAIN.md section 6. Data, not code: another preset can replace it. */
import type { Preset } from './preset';

export const helmondPreset: Preset = {
	id: 'helmond',
	name: 'Helmond',
	organisation: 'LEVgroep',
	orgUnits: [
		'Buurtcoach',
		'Opbouwwerk',
		'Jongerenwerk',
		'Sociaal raadsliedenwerk',
		'Steunpunt Mantelzorg',
		'MatchMentor',
		'Groepswerk'
	],
	neighbourhoods: [
		'Binnenstad',
		'Noord',
		'Oost',
		'West',
		"'t Hout",
		'Brouwhuis',
		'Rijpelberg',
		'Stiphout',
		'Brandevoort',
		'Dierdonk',
		'Warande',
		'Mierlo-Hout',
		'Industriegebied Zuid',
		'Overig/heel Helmond'
	],
	lifeDomains: [
		{ name: 'Meedoen', covers: 'samenleven, werk, vrije tijd' },
		{ name: 'Rondkomen', covers: 'inkomen, financiën' },
		{ name: 'Vooruitkomen', covers: 'wonen, ontwikkelen, veiligheid, gezondheid' }
	],
	costHolders: [
		'Gemeente - volwassenen',
		'Gemeente - jeugd',
		'Gemeente - ruimte',
		'Politie',
		'Justitie',
		'Rijksoverheid',
		'Zorgverzekeraar',
		'Zorgkantoor (Wlz)',
		'Onderwijs',
		'Woningcorporatie',
		'Werkgever',
		'Inwoner / huishouden'
	]
};

// Generated from shared/data/prijslijst-bronnen.csv by tests/unit/price-list-data.test.ts
// (UPDATE_PRICE_LIST=1). Do not edit by hand.
export default {
	"version": "b37ad919bea4",
	"items": [
		{
			"id": "dagopvang-sociale-activering",
			"name": "Dagopvang en sociale activering",
			"description": "Dagbesteding met sociale activering voor een zelfstandig wonende oudere",
			"unit": "per persoon per jaar",
			"amountCents": 687000,
			"lowCents": null,
			"highCents": null,
			"priceYear": 2019,
			"costHolder": "Gemeente - volwassenen",
			"split": null,
			"recurrence": "yearly",
			"domain": "Wmo",
			"kind": "cost",
			"source": {
				"title": "Good2Consult / LEVgroep Helmond, 'Het effect en de meerwaarde van activiteiten in het voorliggend veld in Helmond', deel 2 (voorbeeldcases op basis van de Maatschappelijke Prijslijst)",
				"year": 2020,
				"link": null
			},
			"grade": "B",
			"note": "Bedrag uit een uitgewerkte case van een buurtcoach",
			"custom": false
		},
		{
			"id": "sociale-activering",
			"name": "Sociale activering",
			"description": "Activering van een geisoleerde bewoner (groeps- of buurtactiviteit als alternatief)",
			"unit": "per persoon per jaar",
			"amountCents": 365000,
			"lowCents": null,
			"highCents": null,
			"priceYear": 2019,
			"costHolder": "Gemeente - volwassenen",
			"split": null,
			"recurrence": "yearly",
			"domain": "Wmo",
			"kind": "cost",
			"source": {
				"title": "Good2Consult / LEVgroep Helmond, 'Het effect en de meerwaarde van activiteiten in het voorliggend veld in Helmond', deel 2 (voorbeeldcases op basis van de Maatschappelijke Prijslijst)",
				"year": 2020,
				"link": null
			},
			"grade": "B",
			"note": "Case opbouwwerk: buurtvereniging, 10 personen x 3.650",
			"custom": false
		},
		{
			"id": "verpleeghuiszorg",
			"name": "Verpleeghuiszorg (opname voorkomen of uitgesteld)",
			"description": "Intramurale verpleeghuiszorg voor een oudere die met steun thuis kan blijven wonen",
			"unit": "per persoon per jaar",
			"amountCents": 5475000,
			"lowCents": null,
			"highCents": null,
			"priceYear": 2019,
			"costHolder": "Zorgkantoor (Wlz)",
			"split": null,
			"recurrence": "yearly",
			"domain": "Zorg",
			"kind": "cost",
			"source": {
				"title": "Good2Consult / LEVgroep Helmond, 'Het effect en de meerwaarde van activiteiten in het voorliggend veld in Helmond', deel 2 (voorbeeldcases op basis van de Maatschappelijke Prijslijst)",
				"year": 2020,
				"link": null
			},
			"grade": "B",
			"note": "Case mantelzorg: maatje voor moeder van verre mantelzorger",
			"custom": false
		},
		{
			"id": "hanggroep-aanpak",
			"name": "Aanpak overlastgevende hanggroep",
			"description": "Individuele begeleiding harde kern, herstel vernielingen en politie-inzet",
			"unit": "per casus",
			"amountCents": 2678000,
			"lowCents": null,
			"highCents": null,
			"priceYear": 2019,
			"costHolder": "Politie",
			"split": null,
			"recurrence": "oneOff",
			"domain": "Veiligheid",
			"kind": "cost",
			"source": {
				"title": "Good2Consult / LEVgroep Helmond, 'Het effect en de meerwaarde van activiteiten in het voorliggend veld in Helmond', deel 2 (voorbeeldcases op basis van de Maatschappelijke Prijslijst)",
				"year": 2020,
				"link": null
			},
			"grade": "C",
			"note": "Samengesteld bedrag uit een case jongerenwerk; verdeling over kostenhouders niet gepubliceerd; Betrokken kostenhouders: Politie; Gemeente - jeugd; Gemeente - ruimte (verdeling onbekend)",
			"custom": false
		},
		{
			"id": "schuld-afsluiting-regeling",
			"name": "Schuldhulpverlening, afsluiting energie en betalingsregeling",
			"description": "Voorkomen traject schuldhulp, afsluiten elektra en betalingsregeling na terugvordering toeslagen",
			"unit": "per casus",
			"amountCents": 533500,
			"lowCents": null,
			"highCents": null,
			"priceYear": 2019,
			"costHolder": "Gemeente - volwassenen",
			"split": null,
			"recurrence": "oneOff",
			"domain": "Schulden",
			"kind": "cost",
			"source": {
				"title": "Good2Consult / LEVgroep Helmond, 'Het effect en de meerwaarde van activiteiten in het voorliggend veld in Helmond', deel 2 (voorbeeldcases op basis van de Maatschappelijke Prijslijst)",
				"year": 2020,
				"link": null
			},
			"grade": "C",
			"note": "Samengesteld bedrag uit een case sociaal raadsliedenwerk",
			"custom": false
		},
		{
			"id": "jeugdhulp-ambulant",
			"name": "Jeugd- en opvoedhulp, ambulant zonder verblijf",
			"description": "Ambulante jeugdhulp (J&OH) zonder verblijf",
			"unit": "per traject",
			"amountCents": 725000,
			"lowCents": null,
			"highCents": null,
			"priceYear": 2018,
			"costHolder": "Gemeente - jeugd",
			"split": null,
			"recurrence": "oneOff",
			"domain": "Jeugd",
			"kind": "cost",
			"source": {
				"title": "LPBL, 'MKBA WIJ Groningen' (evaluatie WIJ-teams, bijlage VI, gemiddelde kosten per traject 2018)",
				"year": 2019,
				"link": null
			},
			"grade": "B",
			"note": "",
			"custom": false
		},
		{
			"id": "hulp-bij-huishouden",
			"name": "Hulp bij het huishouden (Wmo)",
			"description": "Maatwerkvoorziening huishoudelijke ondersteuning",
			"unit": "per client per jaar",
			"amountCents": 280500,
			"lowCents": null,
			"highCents": null,
			"priceYear": 2018,
			"costHolder": "Gemeente - volwassenen",
			"split": null,
			"recurrence": "yearly",
			"domain": "Wmo",
			"kind": "cost",
			"source": {
				"title": "LPBL, 'MKBA WIJ Groningen' (evaluatie WIJ-teams, bijlage VI, gemiddelde kosten per traject 2018)",
				"year": 2019,
				"link": null
			},
			"grade": "B",
			"note": "",
			"custom": false
		},
		{
			"id": "wmo-wonen-rolstoel-vervoer",
			"name": "Wmo wonen, rolstoel en vervoer",
			"description": "Woonvoorziening, rolstoel of individueel vervoer (Wmo)",
			"unit": "per client per jaar",
			"amountCents": 90400,
			"lowCents": null,
			"highCents": null,
			"priceYear": 2018,
			"costHolder": "Gemeente - volwassenen",
			"split": null,
			"recurrence": "yearly",
			"domain": "Wmo",
			"kind": "cost",
			"source": {
				"title": "LPBL, 'MKBA WIJ Groningen' (evaluatie WIJ-teams, bijlage VI, gemiddelde kosten per traject 2018)",
				"year": 2019,
				"link": null
			},
			"grade": "B",
			"note": "",
			"custom": false
		},
		{
			"id": "individuele-begeleiding",
			"name": "Individuele begeleiding (Wmo)",
			"description": "Maatwerkvoorziening individuele begeleiding",
			"unit": "per client per jaar",
			"amountCents": 758900,
			"lowCents": null,
			"highCents": null,
			"priceYear": 2018,
			"costHolder": "Gemeente - volwassenen",
			"split": null,
			"recurrence": "yearly",
			"domain": "Wmo",
			"kind": "cost",
			"source": {
				"title": "LPBL, 'MKBA WIJ Groningen' (evaluatie WIJ-teams, bijlage VI, gemiddelde kosten per traject 2018)",
				"year": 2019,
				"link": null
			},
			"grade": "B",
			"note": "",
			"custom": false
		},
		{
			"id": "armoedevoorziening",
			"name": "Armoedevoorziening",
			"description": "Gemeentelijke armoederegeling (bijvoorbeeld bijzondere bijstand)",
			"unit": "per traject",
			"amountCents": 30000,
			"lowCents": null,
			"highCents": null,
			"priceYear": 2018,
			"costHolder": "Gemeente - volwassenen",
			"split": null,
			"recurrence": "oneOff",
			"domain": "Werk en inkomen",
			"kind": "transfer",
			"source": {
				"title": "LPBL, 'MKBA WIJ Groningen' (evaluatie WIJ-teams, bijlage VI, gemiddelde kosten per traject 2018)",
				"year": 2019,
				"link": null
			},
			"grade": "B",
			"note": "",
			"custom": false
		},
		{
			"id": "wmo-begeleiding-uur",
			"name": "Wmo begeleiding per uur",
			"description": "Uurtarief begeleiding (Wmo)",
			"unit": "per uur",
			"amountCents": 7100,
			"lowCents": 6200,
			"highCents": 8800,
			"priceYear": 2026,
			"costHolder": "Gemeente - volwassenen",
			"split": null,
			"recurrence": "oneOff",
			"domain": "Wmo",
			"kind": "cost",
			"source": {
				"title": "Effectencalculator / Maatschappelijke Prijslijst (HAN Wmo-werkplaats, Ecorys)",
				"year": 2026,
				"link": "https://www.instrumentwijzer.nl/effectencalculator"
			},
			"grade": "B",
			"note": "Gemiddelde met bandbreedte",
			"custom": false
		},
		{
			"id": "beschermingsbewind",
			"name": "Beschermingsbewind bij problematische schulden",
			"description": "Bewindvoering; basistarief 1.403",
			"unit": "per persoon per jaar",
			"amountCents": 181400,
			"lowCents": 140300,
			"highCents": 181400,
			"priceYear": 2026,
			"costHolder": "Gemeente - volwassenen",
			"split": null,
			"recurrence": "yearly",
			"domain": "Schulden",
			"kind": "cost",
			"source": {
				"title": "Effectencalculator / Maatschappelijke Prijslijst (HAN Wmo-werkplaats, Ecorys)",
				"year": 2026,
				"link": "https://www.instrumentwijzer.nl/effectencalculator"
			},
			"grade": "B",
			"note": "Vaak vergoed via bijzondere bijstand",
			"custom": false
		},
		{
			"id": "bijstand-alleenstaande",
			"name": "Bijstandsuitkering alleenstaande",
			"description": "Participatiewet-uitkering, norm alleenstaande (1.564 per maand)",
			"unit": "per persoon per jaar",
			"amountCents": 1876800,
			"lowCents": null,
			"highCents": null,
			"priceYear": 2026,
			"costHolder": "Gemeente - volwassenen",
			"split": null,
			"recurrence": "yearly",
			"domain": "Werk en inkomen",
			"kind": "transfer",
			"source": {
				"title": "Effectencalculator / Maatschappelijke Prijslijst (HAN Wmo-werkplaats, Ecorys)",
				"year": 2026,
				"link": "https://www.instrumentwijzer.nl/effectencalculator"
			},
			"grade": "A",
			"note": "Overdracht: besparing voor de gemeente, geen winst voor de samenleving als geheel. Paar: 2.144 per maand",
			"custom": false
		},
		{
			"id": "bijstand-uitvoering",
			"name": "Uitvoeringskosten bijstandsuitkering",
			"description": "Kosten van de gemeente om een uitkering te verstrekken",
			"unit": "per uitkering per jaar",
			"amountCents": 290000,
			"lowCents": 250000,
			"highCents": 330000,
			"priceYear": 2024,
			"costHolder": "Gemeente - volwassenen",
			"split": null,
			"recurrence": "yearly",
			"domain": "Werk en inkomen",
			"kind": "cost",
			"source": {
				"title": "gemeente.nu (vakblad gemeenten)",
				"year": 2024,
				"link": null
			},
			"grade": "C",
			"note": "",
			"custom": false
		},
		{
			"id": "wia-uitkering",
			"name": "WIA/WAO-uitkering",
			"description": "Arbeidsongeschiktheidsuitkering UWV",
			"unit": "per persoon per jaar",
			"amountCents": 2112300,
			"lowCents": null,
			"highCents": null,
			"priceYear": 2025,
			"costHolder": "Rijksoverheid",
			"split": null,
			"recurrence": "yearly",
			"domain": "Werk en inkomen",
			"kind": "transfer",
			"source": {
				"title": "Deccos Meetstandaard Social Impact, op basis van UWV",
				"year": 2025,
				"link": "https://github.com/Deccos-git/meetstandaard-api"
			},
			"grade": "B",
			"note": "Overdracht",
			"custom": false
		},
		{
			"id": "wlz-zorg",
			"name": "Wlz-zorg",
			"description": "Langdurige zorg (Wlz), gemiddeld per client",
			"unit": "per client per jaar",
			"amountCents": 5700000,
			"lowCents": null,
			"highCents": null,
			"priceYear": 2017,
			"costHolder": "Zorgkantoor (Wlz)",
			"split": null,
			"recurrence": "yearly",
			"domain": "Zorg",
			"kind": "cost",
			"source": {
				"title": "Vektis, via De Telegraaf",
				"year": 2018,
				"link": null
			},
			"grade": "C",
			"note": "Gemiddelde over alle Wlz-clienten; 50.000 in 2015",
			"custom": false
		},
		{
			"id": "dakloosheid",
			"name": "Dakloosheid",
			"description": "Maatschappelijke kosten van een dakloze persoon (opvang, zorg, politie)",
			"unit": "per persoon per jaar",
			"amountCents": 5750000,
			"lowCents": 3000000,
			"highCents": 8500000,
			"priceYear": 2025,
			"costHolder": "Gemeente - volwassenen",
			"split": null,
			"recurrence": "yearly",
			"domain": "Wonen",
			"kind": "cost",
			"source": {
				"title": "EenVandaag, onderzoek Van Tongerloo / Boesveldt",
				"year": 2025,
				"link": null
			},
			"grade": "C",
			"note": "Midden van de genoemde bandbreedte; Betrokken kostenhouders: Gemeente; zorg; politie (verdeling onbekend)",
			"custom": false
		},
		{
			"id": "opvangplek",
			"name": "Plek in de maatschappelijke opvang",
			"description": "Opvangplek voor dak- en thuislozen",
			"unit": "per plek per jaar",
			"amountCents": 1500000,
			"lowCents": null,
			"highCents": null,
			"priceYear": 2025,
			"costHolder": "Gemeente - volwassenen",
			"split": null,
			"recurrence": "yearly",
			"domain": "Wonen",
			"kind": "cost",
			"source": {
				"title": "EenVandaag, onderzoek Van Tongerloo / Boesveldt",
				"year": 2025,
				"link": null
			},
			"grade": "C",
			"note": "",
			"custom": false
		},
		{
			"id": "huisuitzetting",
			"name": "Huisuitzetting",
			"description": "Totale maatschappelijke kosten van een uitzetting",
			"unit": "per uitzetting",
			"amountCents": 10000000,
			"lowCents": null,
			"highCents": null,
			"priceYear": 2017,
			"costHolder": "Woningcorporatie",
			"split": null,
			"recurrence": "oneOff",
			"domain": "Wonen",
			"kind": "cost",
			"source": {
				"title": "Stadlander, op basis van een masterscriptie (2015), via BN DeStem",
				"year": 2017,
				"link": null
			},
			"grade": "C",
			"note": "Zwakke bron; gebruik met een bandbreedte; Betrokken kostenhouders: Woningcorporatie; gemeente; opvang (verdeling onbekend)",
			"custom": false
		},
		{
			"id": "huisartsconsult",
			"name": "Consult huisarts",
			"description": "Regulier consult bij de huisarts",
			"unit": "per consult",
			"amountCents": 3087,
			"lowCents": null,
			"highCents": null,
			"priceYear": 2022,
			"costHolder": "Zorgverzekeraar",
			"split": null,
			"recurrence": "oneOff",
			"domain": "Zorg",
			"kind": "cost",
			"source": {
				"title": "Zorginstituut Nederland, Kostenhandleiding voor economische evaluaties in de gezondheidszorg (update 2024), referentieprijzen in prijspeil 2022",
				"year": 2024,
				"link": null
			},
			"grade": "A",
			"note": "",
			"custom": false
		},
		{
			"id": "fysiotherapie",
			"name": "Behandeling fysiotherapeut",
			"description": "Zitting fysiotherapie",
			"unit": "per zitting",
			"amountCents": 3889,
			"lowCents": null,
			"highCents": null,
			"priceYear": 2022,
			"costHolder": "Zorgverzekeraar",
			"split": null,
			"recurrence": "oneOff",
			"domain": "Zorg",
			"kind": "cost",
			"source": {
				"title": "Zorginstituut Nederland, Kostenhandleiding voor economische evaluaties in de gezondheidszorg (update 2024), referentieprijzen in prijspeil 2022",
				"year": 2024,
				"link": null
			},
			"grade": "A",
			"note": "",
			"custom": false
		},
		{
			"id": "polikliniek",
			"name": "Polikliniekbezoek ziekenhuis",
			"description": "Bezoek polikliniek, gemiddeld",
			"unit": "per bezoek",
			"amountCents": 12000,
			"lowCents": null,
			"highCents": null,
			"priceYear": 2022,
			"costHolder": "Zorgverzekeraar",
			"split": null,
			"recurrence": "oneOff",
			"domain": "Zorg",
			"kind": "cost",
			"source": {
				"title": "Zorginstituut Nederland, Kostenhandleiding voor economische evaluaties in de gezondheidszorg (update 2024), referentieprijzen in prijspeil 2022",
				"year": 2024,
				"link": null
			},
			"grade": "A",
			"note": "",
			"custom": false
		},
		{
			"id": "seh-bezoek",
			"name": "Bezoek spoedeisende hulp",
			"description": "Bezoek SEH",
			"unit": "per bezoek",
			"amountCents": 25800,
			"lowCents": null,
			"highCents": null,
			"priceYear": 2022,
			"costHolder": "Zorgverzekeraar",
			"split": null,
			"recurrence": "oneOff",
			"domain": "Zorg",
			"kind": "cost",
			"source": {
				"title": "Zorginstituut Nederland, Kostenhandleiding voor economische evaluaties in de gezondheidszorg (update 2024), referentieprijzen in prijspeil 2022",
				"year": 2024,
				"link": null
			},
			"grade": "A",
			"note": "",
			"custom": false
		},
		{
			"id": "ziekenhuisdag",
			"name": "Ligdag ziekenhuis",
			"description": "Opnamedag algemeen ziekenhuis, gemiddeld",
			"unit": "per dag",
			"amountCents": 64400,
			"lowCents": null,
			"highCents": null,
			"priceYear": 2022,
			"costHolder": "Zorgverzekeraar",
			"split": null,
			"recurrence": "oneOff",
			"domain": "Zorg",
			"kind": "cost",
			"source": {
				"title": "Zorginstituut Nederland, Kostenhandleiding voor economische evaluaties in de gezondheidszorg (update 2024), referentieprijzen in prijspeil 2022",
				"year": 2024,
				"link": null
			},
			"grade": "A",
			"note": "",
			"custom": false
		},
		{
			"id": "productiviteitsverlies-uur",
			"name": "Productiviteitsverlies",
			"description": "Verloren arbeidsuur (frictiekosten)",
			"unit": "per uur",
			"amountCents": 3988,
			"lowCents": null,
			"highCents": null,
			"priceYear": 2022,
			"costHolder": "Werkgever",
			"split": null,
			"recurrence": "oneOff",
			"domain": "Werk en inkomen",
			"kind": "cost",
			"source": {
				"title": "Zorginstituut Nederland, Kostenhandleiding voor economische evaluaties in de gezondheidszorg (update 2024), referentieprijzen in prijspeil 2022",
				"year": 2024,
				"link": null
			},
			"grade": "A",
			"note": "319 per dag",
			"custom": false
		},
		{
			"id": "mantelzorg-uur",
			"name": "Uur mantelzorg",
			"description": "Schaduwprijs informele zorg",
			"unit": "per uur",
			"amountCents": 1880,
			"lowCents": null,
			"highCents": null,
			"priceYear": 2022,
			"costHolder": "Inwoner / huishouden",
			"split": null,
			"recurrence": "oneOff",
			"domain": "Zorg",
			"kind": "intangible",
			"source": {
				"title": "Zorginstituut Nederland, Kostenhandleiding voor economische evaluaties in de gezondheidszorg (update 2024), referentieprijzen in prijspeil 2022",
				"year": 2024,
				"link": null
			},
			"grade": "A",
			"note": "",
			"custom": false
		},
		{
			"id": "qaly",
			"name": "Gewonnen gezond levensjaar (QALY)",
			"description": "Waardering van een jaar in volle gezondheid voor immateriele baten",
			"unit": "per QALY",
			"amountCents": 5000000,
			"lowCents": 2000000,
			"highCents": 8000000,
			"priceYear": 2024,
			"costHolder": "Inwoner / huishouden",
			"split": null,
			"recurrence": "oneOff",
			"domain": "Zorg",
			"kind": "intangible",
			"source": {
				"title": "SEO, Werkwijzer voor kosten-batenanalyse in het sociaal domein (2016); Zorginstituut referentiewaarden",
				"year": 2016,
				"link": null
			},
			"grade": "A",
			"note": "Alleen in MKBA-modus; geen besparing op een budget",
			"custom": false
		},
		{
			"id": "escalatie-gezin-top",
			"name": "Escalatie gezin voorkomen (niet zelfredzaam naar top)",
			"description": "Verschil in jaarlijkse zorgconsumptie tussen een niet-zelfredzaam gezin (26.000) en een geescaleerd gezin (76.900)",
			"unit": "per huishouden per jaar",
			"amountCents": 5090000,
			"lowCents": null,
			"highCents": null,
			"priceYear": 2018,
			"costHolder": "Gemeente - jeugd",
			"split": [
				{
					"costHolder": "Gemeente - volwassenen",
					"amountCents": 1270000
				},
				{
					"costHolder": "Gemeente - jeugd",
					"amountCents": 3680000
				},
				{
					"costHolder": "Zorgverzekeraar",
					"amountCents": 140000
				}
			],
			"recurrence": "yearly",
			"domain": "Jeugd",
			"kind": "cost",
			"source": {
				"title": "LPBL, 'MKBA WIJ Groningen', zorgconsumptieprofiel op maat voor Groningen (figuur 3.9)",
				"year": 2019,
				"link": null
			},
			"grade": "B",
			"note": "Gemiddelden Groningen; verdeling per domein uit het profiel",
			"custom": false
		},
		{
			"id": "escalatie-oudere-top",
			"name": "Opname oudere voorkomen (niet zelfredzaam naar intramuraal)",
			"description": "Verschil in jaarlijkse zorgconsumptie tussen een niet-zelfredzame oudere (10.300) en een intramuraal wonende oudere (47.300)",
			"unit": "per huishouden per jaar",
			"amountCents": 3700000,
			"lowCents": null,
			"highCents": null,
			"priceYear": 2018,
			"costHolder": "Zorgkantoor (Wlz)",
			"split": [
				{
					"costHolder": "Gemeente - volwassenen",
					"amountCents": -360000
				},
				{
					"costHolder": "Zorgverzekeraar",
					"amountCents": -220000
				},
				{
					"costHolder": "Zorgkantoor (Wlz)",
					"amountCents": 4280000
				}
			],
			"recurrence": "yearly",
			"domain": "Zorg",
			"kind": "cost",
			"source": {
				"title": "LPBL, 'MKBA WIJ Groningen', zorgconsumptieprofiel op maat voor Groningen (figuur 3.9)",
				"year": 2019,
				"link": null
			},
			"grade": "B",
			"note": "Gemeente en zorgverzekeraar besparen hier niets: hun kosten dalen bij opname",
			"custom": false
		},
		{
			"id": "escalatie-overig-top",
			"name": "Escalatie alleenstaande of stel voorkomen (niet zelfredzaam naar top)",
			"description": "Verschil in jaarlijkse zorgconsumptie tussen een niet-zelfredzaam overig huishouden (15.800) en een geescaleerd huishouden (55.100)",
			"unit": "per huishouden per jaar",
			"amountCents": 3930000,
			"lowCents": null,
			"highCents": null,
			"priceYear": 2018,
			"costHolder": "Gemeente - volwassenen",
			"split": [
				{
					"costHolder": "Gemeente - volwassenen",
					"amountCents": 2850000
				},
				{
					"costHolder": "Zorgverzekeraar",
					"amountCents": 150000
				},
				{
					"costHolder": "Rijksoverheid",
					"amountCents": 930000
				}
			],
			"recurrence": "yearly",
			"domain": "Zorg",
			"kind": "cost",
			"source": {
				"title": "LPBL, 'MKBA WIJ Groningen', zorgconsumptieprofiel op maat voor Groningen (figuur 3.9)",
				"year": 2019,
				"link": null
			},
			"grade": "B",
			"note": "",
			"custom": false
		}
	]
};

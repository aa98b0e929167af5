/**
 * Examples under the chance (A) and contribution (B) levels, per domain of the price item, so
 * that a line about debt shows a debt example and a line about youth care a youth example.
 * The level sentences themselves (what Misschien/Waarschijnlijk/Zeker mean) stay the same.
 */
type Examples = Readonly<
	Record<'chance' | 'contribution', Readonly<Record<'maybe' | 'likely' | 'certain', string>>>
>;

export const levelExamples: Readonly<Record<string, Examples>> = {
	Schulden: {
		chance: {
			maybe: 'Een huishouden dat krap zit maar nog alles betaalt.',
			likely: 'Een huishouden met twee of meer betalingsachterstanden en aanmaningen.',
			certain: 'De deurwaarder is al ingeschakeld of afsluiting van energie is aangekondigd.'
		},
		contribution: {
			maybe: 'Het spreekuur verwijst door; de schuldhulp van de gemeente doet het meeste.',
			likely: 'De vrijwilliger regelt samen met het huishouden de betalingsregelingen.',
			certain: 'Zonder het spreekuur had niemand het huishouden bereikt.'
		}
	},
	Jeugd: {
		chance: {
			maybe: 'Een jongere die spijbelt, maar thuis en op school nog meedoet.',
			likely: 'Het wijkteam maakt zich zorgen; school en ouders hebben al aan de bel getrokken.',
			certain: 'Er ligt een verwijzing naar jeugdhulp of een melding bij Veilig Thuis.'
		},
		contribution: {
			maybe:
				'De jongerenwerker is een van de mensen om de jongere heen; school en gezin doen veel.',
			likely: 'Vooral door de vaste begeleiding van de jongerenwerker blijft de jongere op school.',
			certain: 'Zonder de jongerenwerker was niemand in contact met de jongere.'
		}
	},
	Wmo: {
		chance: {
			maybe: 'Een oudere die eenzaam is, maar nog goed voor zichzelf zorgt.',
			likely: 'Een oudere die valt, weinig eet en zijn huishouden niet meer bijhoudt.',
			certain: 'De aanvraag voor begeleiding of dagbesteding is al gedaan.'
		},
		contribution: {
			maybe: 'De buurvrouw en de kinderen doen het meeste; het maatje helpt mee.',
			likely: 'Het wekelijkse bezoek van het maatje houdt de oudere actief.',
			certain: 'Zonder het maatje had de oudere niemand die langskwam.'
		}
	},
	Zorg: {
		chance: {
			maybe: 'Een mantelzorger die moe is, maar het nog volhoudt.',
			likely: 'De huisarts ziet de oudere vaker; een opname wordt besproken.',
			certain: 'Een opname of indicatie staat klaar.'
		},
		contribution: {
			maybe: 'De thuiszorg en de huisarts doen het meeste; de activiteit ondersteunt.',
			likely: 'Vooral door de activiteit blijft de mantelzorg vol te houden.',
			certain: 'Zonder de activiteit was er niemand om de zorg over te nemen.'
		}
	},
	Veiligheid: {
		chance: {
			maybe: 'Jongeren die op straat hangen zonder dat er iets gebeurt.',
			likely: 'Er zijn meldingen van overlast en kleine vernielingen.',
			certain: 'De politie grijpt al in; er zijn aanhoudingen of een gebiedsverbod dreigt.'
		},
		contribution: {
			maybe: 'De wijkagent en de gemeente doen het meeste; het jongerenwerk helpt mee.',
			likely: 'Vooral door het jongerenwerk is de groep van de straat.',
			certain: 'Zonder het jongerenwerk was er niemand in contact met de groep.'
		}
	},
	Wonen: {
		chance: {
			maybe: 'Een huurder die soms te laat betaalt.',
			likely: 'Een huurachterstand van een paar maanden; de corporatie stuurt brieven.',
			certain: 'De zaak ligt bij de rechter of de ontruimingsdatum is bekend.'
		},
		contribution: {
			maybe: 'De corporatie maakt zelf een regeling; de activiteit helpt mee.',
			likely: 'Vooral door de bemiddeling blijft de huurder wonen.',
			certain: 'Zonder de activiteit was de huurder zeker uit huis gezet.'
		}
	},
	'Werk en inkomen': {
		chance: {
			maybe: 'Iemand met een onzekere baan die nog werkt.',
			likely: 'Iemand die ziek thuis zit en dreigt uit te vallen.',
			certain: 'De uitkering is aangevraagd of de baan is al opgezegd.'
		},
		contribution: {
			maybe: 'Het UWV en de werkgever doen het meeste; de activiteit helpt mee.',
			likely: 'Vooral door de begeleiding houdt iemand werk.',
			certain: 'Zonder de activiteit was iemand zeker in de bijstand gekomen.'
		}
	},
	Onderwijs: {
		chance: {
			maybe: 'Een leerling met lage cijfers die wel naar school gaat.',
			likely: 'Een leerling die vaak verzuimt en achter raakt.',
			certain: 'De leerplichtambtenaar is ingeschakeld of de leerling staat op uitvallen.'
		},
		contribution: {
			maybe: 'De school en de ouders doen het meeste; de activiteit helpt mee.',
			likely: 'Vooral door de bijles en het mentoraat haalt de leerling het.',
			certain: 'Zonder de activiteit was de leerling zeker uitgevallen.'
		}
	}
};

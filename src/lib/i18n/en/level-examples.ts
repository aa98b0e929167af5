/**
 * Examples under the chance (A) and contribution (B) levels, per domain of the price item (keyed
 * by the price list's own Dutch domain names), in English.
 */
import type { levelExamples as dutch } from '../nl/level-examples';

export const levelExamples: typeof dutch = {
	Schulden: {
		chance: {
			maybe: 'A household that is short of money but still pays everything.',
			likely: 'A household with two or more payment arrears and reminders.',
			certain: 'The bailiff has already been called in or an energy cut-off has been announced.'
		},
		contribution: {
			maybe: "The drop-in refers on; the municipality's debt help does most.",
			likely: 'The volunteer arranges the payment plans together with the household.',
			certain: 'Without the drop-in nobody would have reached the household.'
		}
	},
	Jeugd: {
		chance: {
			maybe: 'A young person who skips school, but still takes part at home and at school.',
			likely:
				'The neighbourhood team is worried; school and parents have already raised the alarm.',
			certain: 'There is a referral to youth care or a report to Veilig Thuis (the abuse hotline).'
		},
		contribution: {
			maybe:
				'The youth worker is one of the people around the young person; school and family do a lot.',
			likely: "Mainly through the youth worker's steady support the young person stays at school.",
			certain: 'Without the youth worker nobody was in touch with the young person.'
		}
	},
	Wmo: {
		chance: {
			maybe: 'An older person who is lonely, but still looks after themselves well.',
			likely: 'An older person who falls, eats little and no longer keeps up the household.',
			certain: 'The application for support or day care has already been made.'
		},
		contribution: {
			maybe: 'The neighbour and the children do most; the buddy helps.',
			likely: "The buddy's weekly visit keeps the older person active.",
			certain: 'Without the buddy nobody would have visited the older person.'
		}
	},
	Zorg: {
		chance: {
			maybe: 'An informal carer who is tired, but still copes.',
			likely: 'The GP sees the older person more often; an admission is being discussed.',
			certain: 'An admission or an assessment is ready.'
		},
		contribution: {
			maybe: 'Home care and the GP do most; the activity supports.',
			likely: 'Mainly through the activity the informal care remains sustainable.',
			certain: 'Without the activity there was nobody to take over the care.'
		}
	},
	Veiligheid: {
		chance: {
			maybe: 'Young people hanging around in the street without anything happening.',
			likely: 'There are reports of nuisance and small acts of vandalism.',
			certain: 'The police already step in; there are arrests or an area ban is threatened.'
		},
		contribution: {
			maybe: 'The community police officer and the municipality do most; youth work helps.',
			likely: 'Mainly through youth work the group is off the street.',
			certain: 'Without youth work nobody was in touch with the group.'
		}
	},
	Wonen: {
		chance: {
			maybe: 'A tenant who sometimes pays late.',
			likely: 'Rent arrears of a few months; the housing association sends letters.',
			certain: 'The case is in court or the eviction date is known.'
		},
		contribution: {
			maybe: 'The housing association makes its own arrangement; the activity helps.',
			likely: 'Mainly through the mediation the tenant stays in the home.',
			certain: 'Without the activity the tenant would surely have been evicted.'
		}
	},
	'Werk en inkomen': {
		chance: {
			maybe: 'Someone with an insecure job who is still working.',
			likely: 'Someone at home on sick leave who is about to drop out.',
			certain: 'Benefits have been applied for or the job has already been terminated.'
		},
		contribution: {
			maybe: 'UWV (the benefits agency) and the employer do most; the activity helps.',
			likely: 'Mainly through the coaching someone keeps their job.',
			certain: 'Without the activity someone would surely have ended up on social assistance.'
		}
	},
	Onderwijs: {
		chance: {
			maybe: 'A pupil with low marks who does go to school.',
			likely: 'A pupil who is often absent and falls behind.',
			certain: 'The school attendance officer is involved or the pupil is about to drop out.'
		},
		contribution: {
			maybe: 'The school and the parents do most; the activity helps.',
			likely: 'Mainly through the tutoring and mentoring the pupil makes it.',
			certain: 'Without the activity the pupil would surely have dropped out.'
		}
	}
};

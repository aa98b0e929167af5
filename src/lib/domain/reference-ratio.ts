/**
 * The ratio above which a proposal is flagged: ten times the subsidy. The Helmond study of this
 * work (Good2Consult / LEVgroep, 2020) found savings of 240 % of the subsidy, i.e. 2.4 : 1.
 * Apart from the comparison, so the message dictionary can name it without loading the core.
 */
export const RATIO_FLAG = 10n;
export const REFERENCE_RATIO_PERCENT = 240;

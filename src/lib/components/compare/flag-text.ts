/** A comparison flag as a Dutch sentence: the same words in the table and in the CSV. */
import type { Flag } from '$lib/domain/comparison';
import { REFERENCE_RATIO_PERCENT } from '$lib/domain/reference-ratio';
import { formatRatioPercent } from '$lib/i18n/format';
import { compareText } from '$lib/i18n/compare';

const text = compareText;

export function flagText(flag: Flag): string {
	switch (flag.code) {
		case 'customItems':
			return text.flags.customItems(flag.count);
		case 'gradeC':
			return text.flags.gradeC(formatRatioPercent(flag.share));
		case 'customPercent':
			return text.flags.customPercent(flag.count);
		case 'settingsChanged':
			return text.flags.settingsChanged(flag.safetyPercent, flag.repeatYears);
		case 'dominantLine':
			return text.flags.dominantLine(flag.name, formatRatioPercent(flag.share));
		case 'countAboveTargetGroup':
			return text.flags.countAboveTargetGroup(flag.name);
		case 'mixedYears':
			return text.flags.mixedYears(flag.years.join(', '));
		case 'ratioAboveReference':
			return text.flags.ratioAboveReference(
				formatRatioPercent(flag.ratio),
				REFERENCE_RATIO_PERCENT
			);
	}
}

/** The three answer levels of the method for chance (A) and contribution (B). */

/** A whole percentage, 0 to 100. */
export type Percent = number;

export const levels = ['maybe', 'likely', 'certain'] as const;
export type Level = (typeof levels)[number];

/** Misschien 35 %, Waarschijnlijk 70 %, Zeker 100 % (DOMAIN.md, section 3). */
export const levelPercent: Record<Level, Percent> = { maybe: 35, likely: 70, certain: 100 };

/** A level, or a custom whole percentage where the user deviates from the three levels. */
export type LevelOrPercent = Level | Percent;

export function toPercent(value: LevelOrPercent): Percent {
	if (typeof value === 'number') return value;
	// A switch, not `levelPercent[value]`: records read from IndexedDB or a file carry their own
	// copies of the level names, which a keyed lookup must hash on every call.
	switch (value) {
		case 'maybe':
			return levelPercent.maybe;
		case 'likely':
			return levelPercent.likely;
		case 'certain':
			return levelPercent.certain;
		default:
			return NaN; // not a level: no percentage (the schema never lets one through)
	}
}

/**
 * The level a value counts under in the prevention/intervention matrix. A custom percentage
 * counts under the nearest level; a tie goes to the lower one (the cautious reading).
 */
export function levelOf(value: LevelOrPercent): Level {
	return typeof value === 'string' ? value : (nearestLevel[value] ?? nearest(value));
}

function nearest(percent: Percent): Level {
	let best: Level = 'maybe';
	for (const level of levels) {
		if (Math.abs(percent - levelPercent[level]) < Math.abs(percent - levelPercent[best]))
			best = level;
	}
	return best;
}

const nearestLevel: readonly Level[] = Array.from({ length: 101 }, (_, percent) =>
	nearest(percent)
);

/** A line is preventive when the need was only possible (chance Misschien), else an intervention. */
export function isPreventive(chance: LevelOrPercent): boolean {
	return levelOf(chance) === 'maybe';
}

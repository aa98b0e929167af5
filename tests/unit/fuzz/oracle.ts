/**
 * The file's own rules, written out once more here, apart from the schemas, so the fuzz suite can
 * tell an accepted file that breaks them (accepted-but-invalid) from one that keeps them. What it
 * checks is what the exchange format promises in words: a range runs from low to high and holds
 * the answer; every id a part names exists; a party and an arrow appear once.
 */
import { levelPercent, type LevelOrPercent } from '$lib/domain/levels';
import type { ExchangeDraft } from '$lib/domain/exchange/file-format';

const percent = (value: LevelOrPercent) =>
	typeof value === 'number' ? value : levelPercent[value];

function countOf(count: ExchangeDraft['proposal']['lines'][number]['count']): number | null {
	if (count === null) return null;
	return count.kind === 'direct' ? count.persons : (count.groupSize * count.sharePercent) / 100;
}

/** The rules a draft of an accepted file breaks, in words; empty when it keeps them all. */
export function brokenRules({ proposal }: ExchangeDraft): string[] {
	const broken: string[] = [];
	const lineIds = new Set<string>();
	for (const line of proposal.lines) {
		if (lineIds.has(line.id)) broken.push(`line id ${line.id} twice`);
		lineIds.add(line.id);
		const count = countOf(line.count);
		if (line.countRange) {
			const { low, high } = line.countRange;
			if (low > high) broken.push(`${line.id}: count range high below low`);
			if (count !== null && (count < low || count > high))
				broken.push(`${line.id}: count ${count} outside ${low}-${high}`);
		}
		for (const [answer, range] of [
			[line.chance, line.chanceRange],
			[line.contribution, line.contributionRange]
		] as const) {
			if (!range) continue;
			if (percent(range.low) > percent(range.high)) broken.push(`${line.id}: level range reversed`);
			if (
				answer !== null &&
				(percent(answer) < percent(range.low) || percent(answer) > percent(range.high))
			)
				broken.push(`${line.id}: answer outside its level range`);
		}
		if (line.lowCents !== null && line.lowCents > line.amountCents)
			broken.push(`${line.id}: low above amount`);
		if (line.highCents !== null && line.highCents < line.amountCents)
			broken.push(`${line.id}: high below amount`);
	}
	for (const line of proposal.lines) {
		if (!line.overlapsWith) continue;
		if (line.overlapsWith === line.id) broken.push(`${line.id} overlaps itself`);
		else if (!lineIds.has(line.overlapsWith)) broken.push(`${line.id} overlaps a missing line`);
	}
	const { arena } = proposal;
	const effects = new Set(lineIds);
	for (const effect of arena.effects) {
		if (lineIds.has(effect.id)) broken.push(`unpriced effect ${effect.id} shares a line's id`);
		if (effects.has(effect.id) && !lineIds.has(effect.id)) broken.push(`effect ${effect.id} twice`);
		effects.add(effect.id);
	}
	for (const id of [...arena.unintended, ...arena.indirect])
		if (!effects.has(id)) broken.push(`mark names missing effect ${id}`);
	for (const list of [arena.unintended, arena.indirect])
		if (new Set(list).size !== list.length) broken.push('an effect marked twice');
	const arrows = new Set<string>();
	for (const link of arena.links) {
		if (!effects.has(link.effectId)) broken.push(`arrow from missing effect ${link.effectId}`);
		const key = `${link.effectId}\u0000${link.party}`;
		if (arrows.has(key)) broken.push('an arrow drawn twice');
		arrows.add(key);
	}
	if (new Set(arena.parties).size !== arena.parties.length) broken.push('a party listed twice');
	return broken;
}

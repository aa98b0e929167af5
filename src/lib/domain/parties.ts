/** Who a cost holder or funder belongs to: the organisation its name starts with. */

/** The party of the municipality's own pockets ("Gemeente - jeugd", "Gemeente - volwassenen"). */
export const MUNICIPALITY = 'Gemeente';

/**
 * The organisation behind a cost holder or a funder: what stands before " - " in the holder's
 * name ("Gemeente - jeugd" is the municipality), so who pays and who gains is one list.
 */
export function partyOf(name: string): string {
	const [organisation] = name.split(/\s+[-–]\s+/);
	return organisation?.trim() || name.trim();
}

/** How many proposals may be compared at once (the drafts list offers the comparison within these). */
export const COMPARE_MIN = 2;
export const COMPARE_MAX = 10;

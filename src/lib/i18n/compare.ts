/**
 * The comparison's part of the message dictionary (the table, the portfolio, the flags and the
 * comparison CSV), loaded with the comparison only.
 */
import { compare } from './nl/compare';

export const compareText = compare.compare;

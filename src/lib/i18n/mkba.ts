/** The MKBA view's part of the message dictionary, loaded with that view only. */
import { mkba } from './nl/mkba';

export const mkbaText = mkba.mkba;

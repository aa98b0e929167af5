/** The hand-in seal's part of the message dictionary, loaded with the seal only. */
import { handIn } from './nl/hand-in';

export const handInText = handIn;

/**
 * The arena's part of the message dictionary, imported by the arena's views only, so other pages
 * do not load it (the locale switch, when English comes, picks the table here as in index.ts).
 */
import { arena } from './nl/arena';

export const arenaText = arena.arena;

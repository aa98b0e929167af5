/**
 * The arena's part of the message dictionary, imported by the arena's views only, so other pages
 * do not load it.
 */
import { language } from './language';

const { arena } = language === 'en' ? await import('./en/arena') : await import('./nl/arena');
export const arenaText = arena.arena;

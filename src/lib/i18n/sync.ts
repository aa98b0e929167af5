/**
 * The sync's part of the message dictionary, loaded with the sync's own pages and parts only (the
 * few words every page may show are in the core dictionary, under syncCore).
 */
import { language } from './language';

const { sync } = language === 'en' ? await import('./en/sync') : await import('./nl/sync');
export const syncText = sync.sync;

/** The public-sector pages' part of the message dictionary, loaded with those pages only. */
import { publicPages } from './nl/public-pages';

export const statementText = publicPages.statement;
export const privacyText = publicPages.privacy;

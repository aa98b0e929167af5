/** A proposal field's name in Dutch, as the import messages name it. */
import { t } from '$lib/i18n';

export const pathNames = (key: string): string =>
	Object.hasOwn(t.drafts.pathNames, key) ? t.drafts.pathNames[key]! : key;

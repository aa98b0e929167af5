/** Dutch UI text. Every string the user sees lives here (English follows in en/). */
import { common } from './common';
import { costs } from './costs';
import { csv } from './csv';
import { drafts } from './drafts';
import { wizard } from './wizard';

import { summary } from './summary';
import { syncCore } from './sync-core';

export const nl = {
	...common,
	...wizard,
	...costs,
	...csv,
	...drafts,
	...summary,
	...syncCore
};

export type Messages = typeof nl;

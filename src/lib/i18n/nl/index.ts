/** Dutch UI text. Every string the user sees lives here (English follows in en/). */
import { common } from './common';
import { costs } from './costs';
import { drafts } from './drafts';
import { result } from './result';
import { wizard } from './wizard';

import { summary } from './summary';
import { syncCore } from './sync-core';

export const nl = {
	...common,
	...wizard,
	...costs,
	...result,
	...drafts,
	...summary,
	...syncCore
};

export type Messages = typeof nl;

/** English UI text: the same keys as the Dutch dictionary (the type refuses a missing one). */
import type { Messages } from '../nl';
import { common } from './common';
import { costs } from './costs';
import { csv } from './csv';
import { drafts } from './drafts';
import { wizard } from './wizard';

import { summary } from './summary';
import { syncCore } from './sync-core';

export const en: Messages = {
	...common,
	...wizard,
	...costs,
	...csv,
	...drafts,
	...summary,
	...syncCore
};

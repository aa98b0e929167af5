/** English UI text: the same keys as the Dutch dictionary (the type refuses a missing one). */
import type { Messages } from '../nl';
import { common } from './common';
import { costs } from './costs';
import { drafts } from './drafts';
import { result } from './result';
import { wizard } from './wizard';

import { summary } from './summary';
import { syncCore } from './sync-core';

export const en: Messages = {
	...common,
	...wizard,
	...costs,
	...result,
	...drafts,
	...summary,
	...syncCore
};

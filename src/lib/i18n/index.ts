/** The active message dictionary. Dutch only for now; a locale switch comes with `en`. */
import { nl, type Messages } from './nl';

export const t: Messages = nl;
export type { Messages };

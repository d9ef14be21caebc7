import { Platform1763700000000 } from './1763700000000-platform';
import { Checklists1763710000000 } from './1763710000000-checklists';

/** Every migration in order. New migrations are appended here. */
export const MIGRATIONS = [Platform1763700000000, Checklists1763710000000];

import { Platform1763700000000 } from './1763700000000-platform';

/** Every migration in order. New migrations are appended here. */
export const MIGRATIONS = [Platform1763700000000];

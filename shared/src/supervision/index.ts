export * from './policy';
export * from './compliance';
export * from './recurrence';

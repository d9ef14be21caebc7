export * from './policy';
export * from './compliance';
export * from './compliance-words';
export * from './recurrence';
export * from './signing';

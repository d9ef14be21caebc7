export * from './demo';
export * from './demo-roster';
export * from './random';
export * from './demo-checklists';
export * from './demo-supervision';

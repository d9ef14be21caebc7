// @tandem/shared — pure domain code used by the api, the database seeds and the web app.
export * from './roles';
export * from './instrument';
export * from './scoring';
export * from './language';
export * from './supervision';
export * from './drift';
export * from './clock';
export * from './time-zone';
export * from './text-limits';
export * from './input-dates';
export * from './password-policy';
export * from './csv';
export * from './csv-writer';
export * from './metrics';
export * from './time-units';
export { roundTo } from './round';
export * from './actions';
export * from './setup-steps';

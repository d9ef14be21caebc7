// @tandem/shared — pure domain code used by the api, the database seeds and the web app.
export * from './roles';

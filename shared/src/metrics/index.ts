export * from './scale';
export * from './catalogue';

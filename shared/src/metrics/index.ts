export * from './scale';
export * from './catalogue';
export * from './self-others';

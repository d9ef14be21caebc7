export * from './scale';
export * from './catalogue';
export * from './subject';
export * from './self-others';
export * from './usual-range';

export * from './instrument-types';
export * from './item-prompts';
export * from './items-for-rater';
export * from './mutuality-fidelity-v1';
export * from './validate-instrument';
export * from './io';

export * from './types';
export * from './default-lexicon';
export * from './merge-lexicon';
export * from './reflect-language';
export * from './reflection-summary';
export { countWords } from './phrase-matcher';
export { quoteSpans, sentenceSpans } from './suppression';

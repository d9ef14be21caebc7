// Turns lexicon phrases into regular expressions and finds word-boundary matches in text.

const LETTER_OR_DIGIT = '[\\p{L}\\p{N}]';
const HYPHENS = '-\u2010\u2011';
/** Between two words of a phrase: whitespace, or a hyphen with optional spaces around it. */
const WORD_GAP = `(?:\\s*[${HYPHENS}]\\s*|\\s+)`;
/** Inside a hyphenated word: a hyphen, a space, or nothing. */
const HYPHEN_GAP = `[${HYPHENS}\\s]?`;

/** A word as counted for densities: letters/digits, allowing inner apostrophes and hyphens ("don't", "co-created"). */
export const WORD_REGEX = /[\p{L}\p{N}]+(?:['\u2019\u2010\u2011-][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  return text.match(WORD_REGEX)?.length ?? 0;
}

function escapeRegex(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function wordToPattern(word: string): string {
  const parts = word.split(/[-\u2010\u2011]/).filter((part) => part.length > 0);
  const body = parts
    .map((part) => escapeRegex(part).replace(/['\u2019\u2018]/g, "['\u2019]"))
    .join(HYPHEN_GAP);
  const letters = word.replace(/[^\p{L}]/gu, '');
  // Plural tolerance for real words only: "a" must not become "as", "I" must not become "Is".
  const pluralOk = letters.length >= 3 && /\p{L}$/u.test(word);
  return pluralOk ? `${body}(?:e?s)?` : body;
}

/** Regex source (without boundaries) for one phrase. */
export function phraseToPattern(phrase: string): string {
  const words = phrase.trim().split(/\s+/).filter((w) => w.length > 0);
  return words.map(wordToPattern).join(WORD_GAP);
}

/**
 * One case-insensitive, global regex matching any of the phrases on word boundaries. Longer phrases are tried first,
 * so at a given position the longest form wins.
 */
export function phrasesToRegex(phrases: readonly string[]): RegExp | null {
  const sources = [...new Set(phrases.map((p) => p.trim()).filter((p) => p.length > 0))]
    .sort((a, b) => b.length - a.length)
    .map(phraseToPattern);
  if (sources.length === 0) return null;
  return new RegExp(`(?<!${LETTER_OR_DIGIT})(?:${sources.join('|')})(?!${LETTER_OR_DIGIT})`, 'giu');
}

export interface Span {
  start: number;
  end: number;
}

export function findMatches(regex: RegExp | null, text: string): Span[] {
  if (!regex) return [];
  const spans: Span[] = [];
  for (const match of text.matchAll(regex)) {
    if (match[0].length === 0) continue;
    spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

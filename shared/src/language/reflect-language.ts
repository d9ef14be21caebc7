import { DEFAULT_LEXICON } from './default-lexicon';
import { countWords, findMatches, phrasesToRegex, spansOverlap } from './phrase-matcher';
import { buildSuppressionContext, suppressionFor } from './suppression';
import {
  DRIFT_PATTERNS,
  LANGUAGE_PATTERNS,
  type LanguageHit,
  type LanguageReflection,
  type LexiconEntry,
  type PatternNumbers,
  type ReflectOptions,
} from './types';

const DEFAULT_CUE_WINDOW = 5;

export function emptyPatternNumbers(): PatternNumbers {
  return { MEDICAL_MODEL: 0, HIERARCHICAL: 0, ERRAND: 0, MUTUALITY: 0 };
}

/**
 * Balance between mutual and drift wording, from weighted totals:
 *   balance = round(100 × (U − D) / (U + D + 1))
 * where U = mutuality total and D = medical-model + hierarchical + errand totals.
 * Range −100…+100 (never quite reaching either end); 0 when nothing was found or both sides are equal. The +1 keeps a
 * single phrase from swinging a short note to an extreme (one weight-2 mutual phrase alone gives +67).
 * Because it uses totals, not densities, it is the same whether computed per note or from summed totals.
 */
export function languageBalance(totals: PatternNumbers): number {
  const mutual = totals.MUTUALITY;
  const drift = DRIFT_PATTERNS.reduce((sum, p) => sum + totals[p], 0);
  const value = (100 * (mutual - drift)) / (mutual + drift + 1);
  return Math.round(value) + 0; // `+ 0` turns −0 into 0
}

/** Weighted hits per 1 000 words; all zero when there are no words. */
export function languageDensities(totals: PatternNumbers, wordCount: number): PatternNumbers {
  const densities = emptyPatternNumbers();
  if (wordCount <= 0) return densities;
  for (const p of LANGUAGE_PATTERNS) densities[p] = (totals[p] * 1000) / wordCount;
  return densities;
}

interface Candidate {
  entry: LexiconEntry;
  order: number;
  start: number;
  end: number;
}

/**
 * Finds lexicon phrases in a text and says which of them count.
 * - Matching: case-insensitive, word boundaries, hyphen/space/plural tolerant (see `LexiconEntry`).
 * - Overlaps: when matches overlap, the longest match wins (ties: earlier start, higher weight, earlier entry).
 * - Suppression: see `suppressionFor` — QUOTED, NEGATED (negation ≤ `cueWindow` words before, same clause), META.
 *   Suppressed hits are returned but left out of totals, densities and balance.
 * - Entries with weight ≤ 0 are ignored.
 */
export function reflectLanguage(
  text: string,
  lexicon: readonly LexiconEntry[] = DEFAULT_LEXICON,
  options: ReflectOptions = {},
): LanguageReflection {
  const candidates: Candidate[] = [];
  lexicon.forEach((entry, order) => {
    if (!(entry.weight > 0)) return;
    const regex = phrasesToRegex([entry.phrase, ...(entry.variants ?? [])]);
    for (const span of findMatches(regex, text)) candidates.push({ entry, order, ...span });
  });

  candidates.sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) || a.start - b.start || b.entry.weight - a.entry.weight || a.order - b.order,
  );
  const kept: Candidate[] = [];
  for (const candidate of candidates) {
    if (!kept.some((k) => spansOverlap(k, candidate))) kept.push(candidate);
  }
  kept.sort((a, b) => a.start - b.start);

  const context = buildSuppressionContext(text, options.cueWindow ?? DEFAULT_CUE_WINDOW);
  const totals = emptyPatternNumbers();
  const hits = kept.map(({ entry, start, end }): LanguageHit => {
    const suppressed = suppressionFor({ start, end }, context);
    if (suppressed === null) totals[entry.pattern] += entry.weight;
    const hit: LanguageHit = {
      phrase: entry.phrase,
      pattern: entry.pattern,
      weight: entry.weight,
      start,
      end,
      matchedText: text.slice(start, end),
      suppressed,
    };
    if (entry.alternative !== undefined) hit.alternative = entry.alternative;
    return hit;
  });

  const wordCount = countWords(text);
  return { hits, wordCount, totals, densities: languageDensities(totals, wordCount), balance: languageBalance(totals) };
}

/** Adds up several reflections (e.g. all notes of a team in a month) into one signal. */
export function aggregateReflections(
  reflections: readonly Pick<LanguageReflection, 'wordCount' | 'totals'>[],
): Omit<LanguageReflection, 'hits'> & { texts: number } {
  const totals = emptyPatternNumbers();
  let wordCount = 0;
  for (const r of reflections) {
    wordCount += r.wordCount;
    for (const p of LANGUAGE_PATTERNS) totals[p] += r.totals[p];
  }
  return {
    texts: reflections.length,
    wordCount,
    totals,
    densities: languageDensities(totals, wordCount),
    balance: languageBalance(totals),
  };
}

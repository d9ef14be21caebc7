/** The four kinds of phrasing the language reflection looks for. Three are drift patterns, one is the positive signal. */
export const LANGUAGE_PATTERNS = ['MEDICAL_MODEL', 'HIERARCHICAL', 'ERRAND', 'MUTUALITY'] as const;
export type LanguagePattern = (typeof LANGUAGE_PATTERNS)[number];

/** The patterns that count against the balance (everything except mutuality). */
export const DRIFT_PATTERNS = ['MEDICAL_MODEL', 'HIERARCHICAL', 'ERRAND'] as const satisfies readonly LanguagePattern[];

export const LANGUAGE_PATTERN_LABELS: Record<LanguagePattern, string> = {
  MEDICAL_MODEL: 'Clinical / medical-model wording',
  HIERARCHICAL: 'Power-over wording',
  ERRAND: 'Errand / task wording',
  MUTUALITY: 'Mutual, person-led wording',
};

/**
 * One phrase the reflection looks for.
 * - `phrase` is the canonical form and the key used when organisations override entries.
 * - `weight` 2 = strong signal, 1 = depends on context, 0 = disabled.
 * - `variants` are other spellings/forms matched as the same entry.
 * - `alternative` is a gentle suggestion shown to the note's author (drift entries only).
 *
 * Matching is case-insensitive and on word boundaries. Inside a phrase, a hyphen also matches a space or nothing
 * ("non-compliant" finds "noncompliant" and "non compliant"), a space also matches a hyphen, and every word of three
 * or more letters may take a plural "s"/"es" ("patient" finds "patients").
 */
export interface LexiconEntry {
  phrase: string;
  pattern: LanguagePattern;
  weight: number;
  alternative?: string;
  variants?: string[];
}

/** Why a match does not count: negated nearby, inside quotation marks, or the sentence talks about the word itself. */
export type SuppressionReason = 'NEGATED' | 'QUOTED' | 'META';

export interface LanguageHit {
  /** The canonical phrase of the lexicon entry that matched. */
  phrase: string;
  pattern: LanguagePattern;
  weight: number;
  /** Character span in the input text: `text.slice(start, end) === matchedText`. */
  start: number;
  end: number;
  matchedText: string;
  /** Null when the hit counts; otherwise why it was set aside. Suppressed hits are kept so the UI can show them. */
  suppressed: SuppressionReason | null;
  alternative?: string;
}

export type PatternNumbers = Record<LanguagePattern, number>;

export interface LanguageReflection {
  hits: LanguageHit[];
  wordCount: number;
  /** Sum of weights of counting (unsuppressed) hits, per pattern. Add these up to aggregate several texts. */
  totals: PatternNumbers;
  /** `totals[p] * 1000 / wordCount` (0 when there are no words). */
  densities: PatternNumbers;
  /** See `languageBalance`: −100 (only drift wording) … 0 (even or nothing found) … +100 (only mutual wording). */
  balance: number;
}

export interface ReflectOptions {
  /** How many words may sit between a negation or naming cue and the phrase. Default 5. */
  cueWindow?: number;
}

// Gentle, non-judgemental text for showing a reflection to the note's author.
import { DRIFT_PATTERNS, type LanguageHit, type LanguagePattern, type LanguageReflection, type SuppressionReason } from './types';

export const SUPPRESSION_LABELS: Record<SuppressionReason, string> = {
  QUOTED: 'in quotation marks, so treated as someone else’s words',
  NEGATED: 'negated nearby, so not counted',
  META: 'talking about the word itself, so not counted',
};

export type ReflectionTone = 'NOTHING_FOUND' | 'MOSTLY_MUTUAL' | 'MIXED' | 'WORTH_A_LOOK';

export interface ReflectionSuggestion {
  matchedText: string;
  start: number;
  end: number;
  pattern: LanguagePattern;
  /** STRONG for weight ≥ 2, CONTEXT for phrases that depend on how they are used. */
  strength: 'STRONG' | 'CONTEXT';
  alternative?: string;
}

export interface ReflectionSummary {
  tone: ReflectionTone;
  headline: string;
  /** Counting drift hits, in text order, each with its suggestion when the lexicon has one. */
  suggestions: ReflectionSuggestion[];
  /** Mutual phrases that counted, de-duplicated (case-insensitive), in text order. */
  mutualPhrases: string[];
  /** One line about suppressed hits, or null when there were none. */
  setAsideNote: string | null;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

const isDrift = (hit: LanguageHit): boolean => (DRIFT_PATTERNS as readonly LanguagePattern[]).includes(hit.pattern);

/**
 * Tone: NOTHING_FOUND (no counting hits), MOSTLY_MUTUAL (only mutual wording), MIXED (some drift wording but
 * balance > 0), WORTH_A_LOOK (drift wording with balance ≤ 0). The headline never scores or labels the author.
 */
export function reflectionSummary(reflection: Pick<LanguageReflection, 'hits' | 'balance'>): ReflectionSummary {
  const counting = reflection.hits.filter((h) => h.suppressed === null);
  const drift = counting.filter(isDrift);
  const mutual = counting.filter((h) => h.pattern === 'MUTUALITY');

  const suggestions = drift.map((h): ReflectionSuggestion => {
    const s: ReflectionSuggestion = {
      matchedText: h.matchedText,
      start: h.start,
      end: h.end,
      pattern: h.pattern,
      strength: h.weight >= 2 ? 'STRONG' : 'CONTEXT',
    };
    if (h.alternative !== undefined) s.alternative = h.alternative;
    return s;
  });

  const seen = new Set<string>();
  const mutualPhrases: string[] = [];
  for (const h of mutual) {
    const key = h.matchedText.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      mutualPhrases.push(h.matchedText);
    }
  }

  let tone: ReflectionTone;
  let headline: string;
  const phrases = plural(drift.length, 'phrase', 'phrases');
  if (drift.length === 0 && mutual.length === 0) {
    tone = 'NOTHING_FOUND';
    headline = 'Nothing in this note matched the reflection list.';
  } else if (drift.length === 0) {
    tone = 'MOSTLY_MUTUAL';
    headline = 'This note reads as shared and led by the person.';
  } else if (reflection.balance > 0) {
    tone = 'MIXED';
    headline = `Mostly shared, person-led wording; ${phrases} might be worth another look.`;
  } else {
    tone = 'WORTH_A_LOOK';
    headline = `${phrases} might read differently to the person you work with. Some ideas are below; it is your call.`;
  }
  headline = headline.charAt(0).toUpperCase() + headline.slice(1);

  const setAside = reflection.hits.length - counting.length;
  const setAsideNote =
    setAside === 0
      ? null
      : `${plural(setAside, 'phrase was', 'phrases were')} set aside because they were quoted, negated or about the words themselves.`;

  return { tone, headline, suggestions, mutualPhrases, setAsideNote };
}

/** A short explanation of one hit for a tooltip, e.g. “"patient" — negated nearby, so not counted”. */
export function describeHit(hit: LanguageHit): string {
  const quoted = `“${hit.matchedText}”`;
  if (hit.suppressed !== null) return `${quoted}: ${SUPPRESSION_LABELS[hit.suppressed]}.`;
  if (hit.pattern === 'MUTUALITY') return `${quoted}: mutual, person-led wording.`;
  return hit.alternative ? `${quoted}: you might try: ${hit.alternative}` : `${quoted}: worth a second look.`;
}

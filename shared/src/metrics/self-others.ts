/**
 * Words about self-ratings against others' ratings that are only said when the figures show them. Scores are on
 * 0–100; a difference smaller than `SELF_GAP_THRESHOLD` points is "close together", not "higher" or "lower".
 */
export const SELF_GAP_THRESHOLD = 5;

export type SelfOthersLean = 'higher' | 'lower' | 'close';

export interface SelfOthersComparison {
  lean: SelfOthersLean;
  /** Mean of self − others over the paired values, on 0–100. */
  gap: number;
  /** How many pairs had both figures. */
  pairs: number;
}

/** Compares paired self and others' figures (per dimension or per period); null when no pair has both. */
export function compareSelfOthers(pairs: readonly { self: number | null; others: number | null }[], threshold = SELF_GAP_THRESHOLD): SelfOthersComparison | null {
  const both = pairs.filter((p): p is { self: number; others: number } => p.self !== null && p.others !== null);
  if (both.length === 0) return null;
  const gap = both.reduce((sum, p) => sum + (p.self - p.others), 0) / both.length;
  const lean: SelfOthersLean = gap >= threshold ? 'higher' : gap <= -threshold ? 'lower' : 'close';
  return { lean, gap, pairs: both.length };
}

/** "1 point", "12 points". */
export function pointsText(n: number): string {
  const r = Math.round(Math.abs(n));
  return `${r} ${r === 1 ? 'point' : 'points'}`;
}

/** "Grace Kim’s", "Inpatient Bridge’s" (typographic apostrophe). */
export function possessive(name: string): string {
  return `${name}’s`;
}

/**
 * Who rated whose practice, as a noun phrase: a team's self-assessments are "self-assessments at Harbor House"; a
 * person's are "Grace Kim’s self-assessments"; without a subject, "self-assessments".
 */
export function selfAssessmentsOf(subject?: { name: string; kind: 'team' | 'person' }): string {
  if (!subject) return 'self-assessments';
  return subject.kind === 'person' ? `${possessive(subject.name)} self-assessments` : `self-assessments at ${subject.name}`;
}

/** The sentence for a comparison: said only when the gap is at least the threshold either way. */
export function selfOthersSentence(c: SelfOthersComparison | null, others = 'others’'): string | null {
  if (!c) return null;
  if (c.lean === 'close') return `Self-ratings and ${others} sit close together here (within ${pointsText(SELF_GAP_THRESHOLD)} on average).`;
  return `Self-ratings run ${c.lean} than ${others} here, by ${pointsText(c.gap)} on average.`;
}

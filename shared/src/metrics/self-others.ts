import { ofSubject, pointsText, type Subject } from './subject';

/**
 * Words about self-ratings against others' ratings that are only said when the figures show them. Scores are on
 * 0–100: a mean difference of at least `SELF_GAP_THRESHOLD` points either way is "higher" or "lower"; less is "about
 * the same"; with fewer than `SELF_OTHERS_MIN_PAIRS` figures that have both, nothing is said at all.
 */
export const SELF_GAP_THRESHOLD = 5;
export const SELF_OTHERS_MIN_PAIRS = 3;

export type SelfOthersLean = 'higher' | 'lower' | 'same';

export interface SelfOthersComparison {
  lean: SelfOthersLean;
  /** Mean of self − others over the paired values, on 0–100. */
  gap: number;
  /** How many pairs had both figures. */
  pairs: number;
}

/**
 * Compares paired self and others' figures (per dimension or per period); null when fewer than `minPairs` pairs
 * have both (too few ratings to say anything).
 */
export function compareSelfOthers(
  pairs: readonly { self: number | null; others: number | null }[],
  { threshold = SELF_GAP_THRESHOLD, minPairs = SELF_OTHERS_MIN_PAIRS }: { threshold?: number; minPairs?: number } = {},
): SelfOthersComparison | null {
  const both = pairs.filter((p): p is { self: number; others: number } => p.self !== null && p.others !== null);
  if (both.length === 0 || both.length < minPairs) return null;
  const gap = both.reduce((sum, p) => sum + (p.self - p.others), 0) / both.length;
  const lean: SelfOthersLean = gap >= threshold ? 'higher' : gap <= -threshold ? 'lower' : 'same';
  return { lean, gap, pairs: both.length };
}

/**
 * Who rated whose practice, as a noun phrase: a team's self-assessments are "self-assessments at Harbor House"; a
 * person's are "Grace Kim’s self-assessments"; without a subject, "self-assessments".
 */
export function selfAssessmentsOf(subject?: Subject | null): string {
  return ofSubject('self-assessments', subject);
}

/** The sentence for a comparison: "higher"/"lower" only past the threshold, "about the same" below it, nothing without one. */
export function selfOthersSentence(c: SelfOthersComparison | null, others = 'others’'): string | null {
  if (!c) return null;
  if (c.lean === 'same') return `Self-ratings and ${others} are about the same here (within ${pointsText(SELF_GAP_THRESHOLD)} on average).`;
  return `Self-ratings run ${c.lean} than ${others} here, by ${pointsText(c.gap)} on average.`;
}

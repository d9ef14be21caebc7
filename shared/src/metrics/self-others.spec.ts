import { compareSelfOthers, SELF_GAP_THRESHOLD, SELF_OTHERS_MIN_PAIRS, selfAssessmentsOf, selfOthersSentence } from './self-others';

const pairs = (...gaps: (number | null)[]) => gaps.map((g) => ({ self: g === null ? null : 70 + g, others: 70 }));

describe('the self-vs-others rule', () => {
  it('is defined once: 5 points either way, from 3 pairs that have both figures', () => {
    expect(SELF_GAP_THRESHOLD).toBe(5);
    expect(SELF_OTHERS_MIN_PAIRS).toBe(3);
  });

  it.each([
    ['clearly higher', pairs(10, 8, 6), 'higher', 8],
    ['exactly at the threshold above', pairs(5, 5, 5), 'higher', 5],
    ['just under the threshold above', pairs(4.9, 4.9, 4.9), 'same', 4.9],
    ['level', pairs(0, 0, 0), 'same', 0],
    ['mixed signs that cancel', pairs(12, -12, 0), 'same', 0],
    ['just under the threshold below', pairs(-4.9, -4.9, -4.9), 'same', -4.9],
    ['exactly at the threshold below', pairs(-5, -5, -5), 'lower', -5],
    ['clearly lower', pairs(-20, -10, -6), 'lower', -12],
    ['many pairs, some without others’', [...pairs(6, 6, 6, 6), { self: 90, others: null }], 'higher', 6],
  ])('%s → %s', (_case, input, lean, gap) => {
    const c = compareSelfOthers(input);
    expect(c?.lean).toBe(lean);
    expect(c?.gap).toBeCloseTo(gap as number, 6);
  });

  it.each([
    ['no pairs', []],
    ['one pair', pairs(20)],
    ['two pairs', pairs(20, 20)],
    ['three rows but only two with both figures', pairs(20, 20, null)],
  ])('says nothing with too few ratings: %s', (_case, input) => {
    expect(compareSelfOthers(input)).toBeNull();
    expect(selfOthersSentence(compareSelfOthers(input))).toBeNull();
  });

  it('counts the pairs it compared', () => {
    expect(compareSelfOthers(pairs(1, 2, 3, null, 4))?.pairs).toBe(4);
    expect(compareSelfOthers(pairs(30), { minPairs: 1 })).toEqual({ lean: 'higher', gap: 30, pairs: 1 });
  });
});

describe('selfOthersSentence', () => {
  it.each([
    [pairs(10, 10, 10), undefined, 'Self-ratings run higher than others’ here, by 10 points on average.'],
    [pairs(6, 6, 6), 'the supervisor’s', 'Self-ratings run higher than the supervisor’s here, by 6 points on average.'],
    [pairs(-6, -6, -6), undefined, 'Self-ratings run lower than others’ here, by 6 points on average.'],
    [pairs(1, 1, 1), undefined, 'Self-ratings and others’ are about the same here (within 5 points on average).'],
    [pairs(-1, 0, 1), 'the supervisor’s', 'Self-ratings and the supervisor’s are about the same here (within 5 points on average).'],
  ])('%j (%s)', (input, others, sentence) => {
    expect(selfOthersSentence(compareSelfOthers(input), others)).toBe(sentence);
  });

  it('never says “higher” or “lower” when the figures are about the same', () => {
    for (let g = -4.9; g < 5; g += 0.7) {
      expect(selfOthersSentence(compareSelfOthers(pairs(g, g, g)))).not.toMatch(/higher|lower/);
    }
  });
});

describe('selfAssessmentsOf', () => {
  it.each([
    [{ name: 'Grace Kim', kind: 'person' as const }, 'Grace Kim’s self-assessments'],
    [{ name: 'James', kind: 'person' as const }, 'James’s self-assessments'],
    [{ name: 'Harbor House', kind: 'team' as const }, 'self-assessments at Harbor House'],
    [undefined, 'self-assessments'],
  ])('%j → %s', (subject, phrase) => {
    expect(selfAssessmentsOf(subject)).toBe(phrase);
    expect(selfAssessmentsOf(subject)).not.toMatch(/at Grace Kim|at James/);
  });
});

import { compareSelfOthers, pointsText, possessive, selfAssessmentsOf, selfOthersSentence } from './self-others';

describe('self-ratings against others’', () => {
  it('says "higher" or "lower" only past the threshold', () => {
    expect(compareSelfOthers([{ self: 80, others: 70 }, { self: 75, others: 69 }])).toEqual({ lean: 'higher', gap: 8, pairs: 2 });
    expect(compareSelfOthers([{ self: 60, others: 70 }])?.lean).toBe('lower');
    expect(compareSelfOthers([{ self: 72, others: 70 }, { self: 70, others: 74 }])?.lean).toBe('close');
    expect(compareSelfOthers([{ self: 72, others: null }])).toBeNull();
  });

  it('builds sentences that match the figures', () => {
    expect(selfOthersSentence(compareSelfOthers([{ self: 80, others: 70 }]), 'the supervisor’s'))
      .toBe('Self-ratings run higher than the supervisor’s here, by 10 points on average.');
    expect(selfOthersSentence(compareSelfOthers([{ self: 64, others: 70 }])))
      .toBe('Self-ratings run lower than others’ here, by 6 points on average.');
    expect(selfOthersSentence(compareSelfOthers([{ self: 71, others: 70 }])))
      .toBe('Self-ratings and others’ sit close together here (within 5 points on average).');
    expect(selfOthersSentence(null)).toBeNull();
  });

  it('writes whose self-assessments they are in plain grammar', () => {
    expect(selfAssessmentsOf({ name: 'Grace Kim', kind: 'person' })).toBe('Grace Kim’s self-assessments');
    expect(selfAssessmentsOf({ name: 'Harbor House', kind: 'team' })).toBe('self-assessments at Harbor House');
    expect(selfAssessmentsOf()).toBe('self-assessments');
    expect(possessive('James')).toBe('James’s');
    expect([pointsText(1), pointsText(1.4), pointsText(12)]).toEqual(['1 point', '1 point', '12 points']);
  });
});

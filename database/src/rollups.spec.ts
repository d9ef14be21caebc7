import { MUTUALITY_FIDELITY_V1, scoreChecklist } from '@tandem/shared';
import { checklistMetrics, periodStarts } from './rollups';

describe('periodStarts', () => {
  it('maps a moment to its ISO week (Monday) and calendar month in UTC', () => {
    // 2026-11-21 is a Saturday; its ISO week starts on Monday 16 November.
    expect(periodStarts('2026-11-21T23:30:00Z')).toEqual({ WEEK: '2026-11-16', MONTH: '2026-11-01' });
    // A Sunday belongs to the week that started six days earlier.
    expect(periodStarts('2026-03-01T08:00:00Z')).toEqual({ WEEK: '2026-02-23', MONTH: '2026-03-01' });
  });
});

describe('checklistMetrics', () => {
  it('puts every metric on 0–100 and leaves out what is not applicable', () => {
    // Every SELF item answered 4, except D1.2 which is not applicable.
    const answers = MUTUALITY_FIDELITY_V1.items
      .filter((i) => i.dimensionCode !== 'D7')
      .map((i) => ({ itemCode: i.code, value: i.code === 'D1.2' ? null : 4 }));
    const scores = scoreChecklist(MUTUALITY_FIDELITY_V1, answers, { raterType: 'SELF' });
    const m = checklistMetrics(scores, answers.map((a) => ({ item_code: a.itemCode, value: a.value })));
    expect(m.get('MFI')).toBe(scores.mutualityIndex100);
    expect(m.get('MDI')).toBe(scores.medicalModelDriftIndex);
    // A raw 4 is (4 − 1) / 4 × 100 = 75 on the item scale.
    expect(m.get('ITEM:D2.1')).toBe(75);
    expect(m.has('ITEM:D1.2')).toBe(false);
    // Dimension scores are converted the same way: (score − 1) / 4 × 100.
    const d2 = scores.dimensions.find((d) => d.dimensionCode === 'D2')!.score!;
    expect(m.get('DIM:D2')).toBeCloseTo(((d2 - 1) / 4) * 100, 1);
    expect(m.has('ODI')).toBe(false);
  });

  it('contributes nothing without scores', () => {
    expect(checklistMetrics(null, [{ item_code: 'D1.1', value: 3 }]).size).toBe(0);
  });
});

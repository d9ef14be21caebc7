import type { InstrumentDefinition } from '../instrument/instrument-types';
import { MUTUALITY_FIDELITY_V1 as V1 } from '../instrument/mutuality-fidelity-v1';
import { scoreChecklist } from './score-checklist';
import type { ChecklistAnswer } from './scoring-types';

const answers = (values: Record<string, number | null>): ChecklistAnswer[] =>
  Object.entries(values).map(([itemCode, value]) => ({ itemCode, value }));

describe('drift indices', () => {
  it('HDI uses only the hierarchical items D1.3, D1.4, D2.4, D6.3', () => {
    // Raw 5, 4, 3, 2 → 14/4 = 3.5 → (3.5 − 1)/4 × 100 = 62.5
    const result = scoreChecklist(V1, answers({ 'D1.3': 5, 'D1.4': 4, 'D2.4': 3, 'D6.3': 2, 'D1.1': 1 }));
    expect(result.hierarchicalDriftIndex).toBe(62.5);
    expect(result.medicalModelDriftIndex).toBeNull(); // no medical-model item answered
  });

  it('MDI uses the medical-model items in D1–D6 and ignores D7.4', () => {
    // D3.4 2, D4.4 3, D5.4 2, D6.1 1, D6.2 1 → 9/5 = 1.8 → 0.8/4 × 100 = 20; D7.4 = 5 must not count
    const result = scoreChecklist(
      V1,
      answers({ 'D3.4': 2, 'D4.4': 3, 'D5.4': 2, 'D6.1': 1, 'D6.2': 1, 'D7.4': 5 }),
      { raterType: 'SUPERVISOR' },
    );
    expect(result.medicalModelDriftIndex).toBe(20);
    expect(result.hierarchicalDriftIndex).toBeNull();
  });

  it('a drift index leaves NA out and is null when every item of the pattern is NA', () => {
    // HDI with D1.3 NA, D1.4 NA: D2.4 4, D6.3 3 → 7/2 = 3.5 → 62.5
    expect(scoreChecklist(V1, answers({ 'D1.3': null, 'D1.4': null, 'D2.4': 4, 'D6.3': 3 })).hierarchicalDriftIndex).toBe(62.5);
    expect(scoreChecklist(V1, answers({ 'D1.3': null, 'D1.4': null, 'D2.4': null, 'D6.3': null })).hierarchicalDriftIndex).toBeNull();
  });

  it('the errand index uses errand items in the index dimensions', () => {
    // A variant where D2.4 is an errand item: raw 4 → (4 − 1)/4 × 100 = 75. D7.3 (errand, organisational) stays out.
    const variant: InstrumentDefinition = {
      ...V1,
      items: V1.items.map((i) => (i.code === 'D2.4' ? { ...i, driftPattern: 'ERRAND' as const } : i)),
    };
    const result = scoreChecklist(variant, answers({ 'D2.4': 4, 'D7.3': 1 }), { raterType: 'SUPERVISOR' });
    expect(result.errandDriftIndex).toBe(75);
    expect(result.hierarchicalDriftIndex).toBeNull();
  });

  it('ODI is (5 − D7 score)/4 × 100 and needs a sufficient D7', () => {
    // D7.1 5, D7.2 4, D7.3 raw 2 → 4, D7.4 NA → (5 + 4 + 4)/3 = 13/3 = 4.3333 → (5 − 4.3333)/4 × 100 = 16.667 → 16.7
    const good = scoreChecklist(V1, answers({ 'D7.1': 5, 'D7.2': 4, 'D7.3': 2, 'D7.4': null }), { raterType: 'SUPERVISOR' });
    expect(good.dimensions.find((d) => d.dimensionCode === 'D7')?.score).toBe(4.33);
    expect(good.organisationalDriftIndex).toBe(16.7);
    // D7.1 1, D7.2 1, D7.3 5, D7.4 5 → 1, 1, 1, 1 → 1.0 → 100
    const worst = scoreChecklist(V1, answers({ 'D7.1': 1, 'D7.2': 1, 'D7.3': 5, 'D7.4': 5 }), { raterType: 'REVIEWER' });
    expect(worst.organisationalDriftIndex).toBe(100);
    // Only 2 rated D7 items → D7 insufficient → no ODI
    const thin = scoreChecklist(V1, answers({ 'D7.1': 1, 'D7.3': 5, 'D7.4': null }), { raterType: 'SUPERVISOR' });
    expect(thin.organisationalDriftIndex).toBeNull();
  });
});

describe('item alerts', () => {
  it('alerts on drift items rated 4 or 5, not on 3, not on NA, never on core items', () => {
    const result = scoreChecklist(
      V1,
      answers({ 'D1.1': 5, 'D1.3': 4, 'D1.4': 3, 'D2.4': 5, 'D3.4': null, 'D6.2': 4, 'D6.4': 5 }),
      { raterType: 'SELF' },
    );
    expect(result.itemAlerts).toEqual([
      { itemCode: 'D1.3', dimensionCode: 'D1', value: 4, driftPattern: 'HIERARCHICAL' },
      { itemCode: 'D2.4', dimensionCode: 'D2', value: 5, driftPattern: 'HIERARCHICAL' },
      { itemCode: 'D6.2', dimensionCode: 'D6', value: 4, driftPattern: 'MEDICAL_MODEL' },
    ]);
  });

  it('lists alerts in display order, not answer order', () => {
    const result = scoreChecklist(V1, answers({ 'D6.1': 5, 'D1.3': 5 }), { raterType: 'PERSON_SERVED' });
    expect(result.itemAlerts.map((a) => a.itemCode)).toEqual(['D1.3', 'D6.1']);
  });
});

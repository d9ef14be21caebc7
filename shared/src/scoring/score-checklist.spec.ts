import { MUTUALITY_FIDELITY_V1 as V1 } from '../instrument/mutuality-fidelity-v1';
import { scoreChecklist } from './score-checklist';
import type { ChecklistAnswer } from './scoring-types';

type Cell = number | null | '-';
/** Raw answers per dimension in item order (D1: [D1.1, D1.2, D1.3, D1.4]); null = not applicable, '-' = skipped. */
function answers(rows: Partial<Record<string, Cell[]>>): ChecklistAnswer[] {
  return Object.entries(rows).flatMap(([dim, cells]) =>
    (cells ?? []).flatMap((value, n) => (value === '-' ? [] : [{ itemCode: `${dim}.${n + 1}`, value }])),
  );
}

// Drift items (reverse-scored 6 − raw): D1.3 H, D1.4 H, D2.4 H, D3.4 M, D4.4 M, D5.4 M, D6.1 M, D6.2 M, D6.3 H, D7.3 I, D7.4 M.
const PRACTICE = {
  D1: [5, 4, 2, 1], // 5, 4, 6−2=4, 6−1=5 → 18/4 = 4.5
  D2: [3, 4, 4, 3], // 3, 4, 4, 6−3=3     → 14/4 = 3.5
  D3: [4, 3, 5, 4], // 4, 3, 5, 6−4=2     → 14/4 = 3.5
  D4: [5, 5, 4, 1], // 5, 5, 4, 6−1=5     → 19/4 = 4.75
  D5: [2, 3, 2, 5], // 2, 3, 2, 6−5=1     →  8/4 = 2.0
  D6: [4, 2, 1, 4], // 6−4=2, 6−2=4, 6−1=5, 4 → 15/4 = 3.75
};
const ORGANISATION = { D7: [4, 2, 5, 3] }; // 4, 2, 6−5=1, 6−3=3 → 10/4 = 2.5

describe('scoreChecklist — a complete supervisor checklist', () => {
  const result = scoreChecklist(V1, answers({ ...PRACTICE, ...ORGANISATION }), { raterType: 'SUPERVISOR' });

  it('reverse-scores drift items and averages each dimension', () => {
    expect(result.dimensions.map((d) => [d.dimensionCode, d.score])).toEqual([
      ['D1', 4.5],
      ['D2', 3.5],
      ['D3', 3.5],
      ['D4', 4.75],
      ['D5', 2],
      ['D6', 3.75],
      ['D7', 2.5],
    ]);
    expect(result.dimensions[0]).toEqual({
      dimensionCode: 'D1',
      score: 4.5,
      answered: 4,
      notApplicable: 0,
      expected: 4,
      insufficient: false,
    });
  });

  it('computes the index from D1–D6 only, with its 0–100 form and band', () => {
    // (4.5 + 3.5 + 3.5 + 4.75 + 2.0 + 3.75) / 6 = 22 / 6 = 3.6667 → 3.67; D7 (2.5) is left out.
    expect(result.mutualityIndex).toBe(3.67);
    // (3.6667 − 1) / 4 × 100 = 66.667 → 66.7
    expect(result.mutualityIndex100).toBe(66.7);
    expect(result.band).toBe('MODERATE');
  });

  it('names index dimensions below 3.0 as development areas, but not the organisational D7', () => {
    expect(result.developmentAreas).toEqual(['D5']); // D5 = 2.0; D7 = 2.5 is context, not the practitioner's
  });

  it('computes the drift indices from raw drift ratings', () => {
    // HDI: D1.3 2, D1.4 1, D2.4 3, D6.3 1 → 7/4 = 1.75 → (1.75 − 1)/4 × 100 = 18.75 → 18.8
    expect(result.hierarchicalDriftIndex).toBe(18.8);
    // MDI (D1–D6 only, D7.4 excluded): D3.4 4, D4.4 1, D5.4 5, D6.1 4, D6.2 2 → 16/5 = 3.2 → 2.2/4 × 100 = 55
    expect(result.medicalModelDriftIndex).toBe(55);
    // v1's only errand item (D7.3) is organisational, so there is no practitioner errand index.
    expect(result.errandDriftIndex).toBeNull();
    // ODI: D7 = 2.5 → (5 − 2.5)/4 × 100 = 62.5. Same as raw: D7.3 5, D7.4 3, 6−4=2, 6−2=4 → 14/4 = 3.5 → 62.5
    expect(result.organisationalDriftIndex).toBe(62.5);
  });

  it('raises an alert for every drift item rated 4 or 5, D7 included', () => {
    expect(result.itemAlerts).toEqual([
      { itemCode: 'D3.4', dimensionCode: 'D3', value: 4, driftPattern: 'MEDICAL_MODEL' },
      { itemCode: 'D5.4', dimensionCode: 'D5', value: 5, driftPattern: 'MEDICAL_MODEL' },
      { itemCode: 'D6.1', dimensionCode: 'D6', value: 4, driftPattern: 'MEDICAL_MODEL' },
      { itemCode: 'D7.3', dimensionCode: 'D7', value: 5, driftPattern: 'ERRAND' },
    ]);
    // D1.1 = 5 and D4.1 = 5 are core items: high is good, no alert. D2.4 = 3 is below the threshold.
  });

  it('reports completeness', () => {
    expect(result.completeness).toEqual({
      answered: 28,
      expected: 28,
      missingItemCodes: [],
      notApplicableItemCodes: [],
      insufficientDimensions: [],
      mutualityIndexUnavailableReason: null,
    });
  });
});

describe('scoreChecklist — rater types', () => {
  it('does not ask SELF about D7: no D7 score, no ODI, same index', () => {
    const result = scoreChecklist(V1, answers(PRACTICE), { raterType: 'SELF' });
    expect(result.dimensions.map((d) => d.dimensionCode)).toEqual(['D1', 'D2', 'D3', 'D4', 'D5', 'D6']);
    expect(result.mutualityIndex).toBe(3.67);
    expect(result.organisationalDriftIndex).toBeNull();
    expect(result.completeness.expected).toBe(24);
    expect(result.completeness.answered).toBe(24);
  });

  it('expects every item when no rater type is given', () => {
    const result = scoreChecklist(V1, answers(PRACTICE));
    expect(result.completeness.expected).toBe(28);
    expect(result.completeness.missingItemCodes).toEqual(['D7.1', 'D7.2', 'D7.3', 'D7.4']);
    expect(result.completeness.insufficientDimensions).toEqual(['D7']);
    expect(result.organisationalDriftIndex).toBeNull();
    expect(result.mutualityIndex).toBe(3.67); // D7 is outside the index
  });
});

describe('scoreChecklist — not applicable and skipped items', () => {
  it('leaves NA out of the mean but counts it as answered', () => {
    // D1: D1.1 5, D1.2 NA, D1.3 raw 2 → 4, D1.4 raw 1 → 5 → (5 + 4 + 5)/3 = 14/3 = 4.6667 → 4.67
    const result = scoreChecklist(V1, answers({ ...PRACTICE, D1: [5, null, 2, 1] }), { raterType: 'SELF' });
    expect(result.dimensions[0]).toEqual({
      dimensionCode: 'D1',
      score: 4.67,
      answered: 4,
      notApplicable: 1,
      expected: 4,
      insufficient: false,
    });
    // Index: (4.6667 + 3.5 + 3.5 + 4.75 + 2 + 3.75)/6 = 22.1667/6 = 3.6944 → 3.69
    expect(result.mutualityIndex).toBe(3.69);
    expect(result.completeness.notApplicableItemCodes).toEqual(['D1.2']);
    expect(result.completeness.answered).toBe(24);
  });

  it('marks a dimension with only 2 rated items insufficient and withholds the index', () => {
    // D1: D1.1 5, D1.2 NA, D1.3 raw 2, D1.4 NA → 2 rated < 3 needed
    const result = scoreChecklist(V1, answers({ ...PRACTICE, D1: [5, null, 2, null] }), { raterType: 'SELF' });
    expect(result.dimensions[0]).toMatchObject({ score: null, answered: 4, notApplicable: 2, insufficient: true });
    expect(result.mutualityIndex).toBeNull();
    expect(result.mutualityIndex100).toBeNull();
    expect(result.band).toBeNull();
    expect(result.completeness.insufficientDimensions).toEqual(['D1']);
    expect(result.completeness.mutualityIndexUnavailableReason).toMatch(/not enough rated answers in D1\b/);
    // Drift indices still use whatever was rated. HDI: D1.3 2, D2.4 3, D6.3 1 → 6/3 = 2 → 25
    expect(result.hierarchicalDriftIndex).toBe(25);
  });

  it('scores 3 of 4 answered items and lists the skipped one as missing', () => {
    // D2: D2.1 skipped, D2.2 4, D2.3 4, D2.4 raw 3 → 3 → 11/3 = 3.6667 → 3.67
    const result = scoreChecklist(V1, answers({ ...PRACTICE, D2: ['-', 4, 4, 3] }), { raterType: 'SELF' });
    expect(result.dimensions[1]).toMatchObject({ score: 3.67, answered: 3, notApplicable: 0, insufficient: false });
    expect(result.completeness).toMatchObject({ answered: 23, expected: 24, missingItemCodes: ['D2.1'] });
  });

  it('marks a dimension with 2 of 4 answered insufficient', () => {
    const result = scoreChecklist(V1, answers({ ...PRACTICE, D2: ['-', '-', 4, 3], D5: ['-', 3, '-', 5] }), {
      raterType: 'SELF',
    });
    expect(result.dimensions[1]).toMatchObject({ score: null, answered: 2, insufficient: true });
    expect(result.completeness.insufficientDimensions).toEqual(['D2', 'D5']);
    expect(result.completeness.missingItemCodes).toEqual(['D2.1', 'D2.2', 'D5.1', 'D5.3']);
    expect(result.completeness.mutualityIndexUnavailableReason).toMatch(/D2, D5/);
    expect(result.developmentAreas).toEqual([]); // D5 has no score, so it cannot be called a development area
  });

  it('returns nulls rather than zeros for an empty checklist', () => {
    const result = scoreChecklist(V1, [], { raterType: 'SUPERVISOR' });
    expect(result.dimensions.every((d) => d.score === null && d.insufficient)).toBe(true);
    expect([
      result.mutualityIndex,
      result.hierarchicalDriftIndex,
      result.medicalModelDriftIndex,
      result.errandDriftIndex,
      result.organisationalDriftIndex,
    ]).toEqual([null, null, null, null, null]);
    expect(result.itemAlerts).toEqual([]);
    expect(result.completeness.missingItemCodes).toHaveLength(28);
  });
});

import { MUTUALITY_FIDELITY_V1 as V1 } from '../instrument/mutuality-fidelity-v1';
import { scoreChecklist } from './score-checklist';
import { fidelityBand, minimumRatedItems } from './scoring-rules';
import type { ChecklistAnswer } from './scoring-types';

/** Raw answers per dimension in item order; null = not applicable. */
function answers(rows: Record<string, (number | null)[]>): ChecklistAnswer[] {
  return Object.entries(rows).flatMap(([dim, values]) => values.map((value, n) => ({ itemCode: `${dim}.${n + 1}`, value })));
}
const score = (rows: Record<string, (number | null)[]>) => scoreChecklist(V1, answers(rows), { raterType: 'SELF' });

// Drift items are reversed: raw 2 on a drift item scores 4, raw 3 scores 3, raw 1 scores 5.
// Item order with polarity: D1 + + − −, D2 + + + −, D3 + + + −, D4 + + + −, D5 + + + −, D6 − − − +.
const ALL_FOUR = {
  D1: [4, 4, 2, 2], // 4 each → 4.0
  D2: [4, 4, 4, 2],
  D3: [4, 4, 4, 2],
  D4: [4, 4, 4, 2],
  D5: [4, 4, 4, 2],
  D6: [2, 2, 2, 4],
};
const ALL_THREE = { D1: [3, 3, 3, 3], D2: [3, 3, 3, 3], D3: [3, 3, 3, 3], D4: [3, 3, 3, 3], D5: [3, 3, 3, 3], D6: [3, 3, 3, 3] };

describe('bands at their boundaries', () => {
  it('4.00 is HIGH', () => {
    const result = score(ALL_FOUR); // every item scores 4 → every dimension 4.0 → index 4.0
    expect(result.mutualityIndex).toBe(4);
    expect(result.mutualityIndex100).toBe(75); // (4 − 1)/4 × 100
    expect(result.band).toBe('HIGH');
  });

  it('3.99 is MODERATE', () => {
    // D1–D4 = 4.0 each (16). D5: 4, 4, 3, NA → 11/3 = 3.6667. D6: raw 1→5, 2→4, 2→4, 4 → 17/4 = 4.25.
    // (16 + 3.6667 + 4.25)/6 = 23.9167/6 = 3.98611 → 3.99
    const result = score({ ...ALL_FOUR, D5: [4, 4, 3, null], D6: [1, 2, 2, 4] });
    expect(result.dimensions.map((d) => d.score)).toEqual([4, 4, 4, 4, 3.67, 4.25]);
    expect(result.mutualityIndex).toBe(3.99);
    expect(result.mutualityIndex100).toBe(74.7); // (3.98611 − 1)/4 × 100 = 74.65 → 74.7
    expect(result.band).toBe('MODERATE');
    expect(result.developmentAreas).toEqual([]);
  });

  it('3.00 is MODERATE with no development area', () => {
    const result = score(ALL_THREE); // every item scores 3 whichever its polarity
    expect(result.mutualityIndex).toBe(3);
    expect(result.mutualityIndex100).toBe(50);
    expect(result.band).toBe('MODERATE');
    expect(result.developmentAreas).toEqual([]);
  });

  it('2.99 is LOW, and the dimension below 3.0 is a development area', () => {
    // D1–D4 = 3.0 each (12). D5: 3, 3, 2, NA → 8/3 = 2.6667. D6: raw 2→4, 3→3, 3→3, 3 → 13/4 = 3.25.
    // (12 + 2.6667 + 3.25)/6 = 17.9167/6 = 2.98611 → 2.99
    const result = score({ ...ALL_THREE, D5: [3, 3, 2, null], D6: [2, 3, 3, 3] });
    expect(result.dimensions.map((d) => d.score)).toEqual([3, 3, 3, 3, 2.67, 3.25]);
    expect(result.mutualityIndex).toBe(2.99);
    expect(result.mutualityIndex100).toBe(49.7); // (2.98611 − 1)/4 × 100 = 49.65 → 49.7
    expect(result.band).toBe('LOW');
    expect(result.developmentAreas).toEqual(['D5']);
  });

  it('a dimension just under 3.0 is a development area even when the index is HIGH', () => {
    // D1: 3, 3, raw 3 → 3, raw 4 → 2 → 11/4 = 2.75. D2–D6 = 5 each (core 5, drift 1).
    // (2.75 + 25)/6 = 27.75/6 = 4.625 → 4.63
    const fives = { D2: [5, 5, 5, 1], D3: [5, 5, 5, 1], D4: [5, 5, 5, 1], D5: [5, 5, 5, 1], D6: [1, 1, 1, 5] };
    const result = score({ D1: [3, 3, 3, 4], ...fives });
    expect(result.mutualityIndex).toBe(4.63);
    expect(result.band).toBe('HIGH');
    expect(result.developmentAreas).toEqual(['D1']);
  });

  it('the floor of the scale is LOW at 0 on the 0–100 form', () => {
    const ones = { D1: [1, 1, 5, 5], D2: [1, 1, 1, 5], D3: [1, 1, 1, 5], D4: [1, 1, 1, 5], D5: [1, 1, 1, 5], D6: [5, 5, 5, 1] };
    const result = score(ones);
    expect([result.mutualityIndex, result.mutualityIndex100, result.band]).toEqual([1, 0, 'LOW']);
    expect(result.developmentAreas).toEqual(['D1', 'D2', 'D3', 'D4', 'D5', 'D6']);
    expect([result.hierarchicalDriftIndex, result.medicalModelDriftIndex]).toEqual([100, 100]);
  });
});

describe('fidelityBand and minimumRatedItems', () => {
  it('bands the value as shown on 0–100 to one decimal', () => {
    expect(fidelityBand(4)).toBe('HIGH'); // 75.0
    expect(fidelityBand(3.998)).toBe('HIGH'); // 74.95 → shown as 75.0
    expect(fidelityBand(3.996)).toBe('MODERATE'); // 74.9
    expect(fidelityBand(3)).toBe('MODERATE'); // 50.0
    expect(fidelityBand(2.996)).toBe('LOW'); // 49.9
  });

  it('needs 75% of a dimension’s items, rounded up, and at least 1', () => {
    expect([0, 1, 2, 3, 4, 5, 8].map(minimumRatedItems)).toEqual([1, 1, 2, 3, 3, 4, 6]);
  });
});

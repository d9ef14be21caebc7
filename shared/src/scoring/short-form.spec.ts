import { MUTUALITY_FIDELITY_V1 as V1 } from '../instrument/mutuality-fidelity-v1';
import { checklistCompleteness } from './checklist-completeness';
import { scoreChecklist } from './score-checklist';
import { ScoringInputError } from './scoring-input-error';
import type { ChecklistAnswer } from './scoring-types';

const answers = (values: Record<string, number | null>): ChecklistAnswer[] =>
  Object.entries(values).map(([itemCode, value]) => ({ itemCode, value }));

// Short form: D1.1 +, D1.3 −H, D2.2 +, D3.1 +, D4.1 +, D4.4 −M, D5.1 +, D5.2 +, D6.1 −M, D6.4 +.
// Minimum per dimension = ceil(75% of its short-form items), at least 1: D1, D4, D5, D6 need 2 of 2; D2, D3 need 1 of 1.
const FULL = { 'D1.1': 4, 'D1.3': 2, 'D2.2': 5, 'D3.1': 3, 'D4.1': 4, 'D4.4': 2, 'D5.1': 5, 'D5.2': 4, 'D6.1': 1, 'D6.4': 5 };

describe('person-served short form', () => {
  it('scores the 10 items with the same reverse scoring', () => {
    const result = scoreChecklist(V1, answers(FULL), { raterType: 'PERSON_SERVED' });
    // D1: 4, 6−2=4 → 4 | D2: 5 | D3: 3 | D4: 4, 6−2=4 → 4 | D5: (5 + 4)/2 = 4.5 | D6: 6−1=5, 5 → 5
    expect(result.dimensions.map((d) => [d.dimensionCode, d.score, d.expected])).toEqual([
      ['D1', 4, 2],
      ['D2', 5, 1],
      ['D3', 3, 1],
      ['D4', 4, 2],
      ['D5', 4.5, 2],
      ['D6', 5, 2],
    ]);
    // (4 + 5 + 3 + 4 + 4.5 + 5)/6 = 25.5/6 = 4.25 → HIGH; (4.25 − 1)/4 × 100 = 81.25 → 81.3
    expect(result.mutualityIndex).toBe(4.25);
    expect(result.mutualityIndex100).toBe(81.3);
    expect(result.band).toBe('HIGH');
    // HDI: D1.3 raw 2 → (2 − 1)/4 × 100 = 25. MDI: D4.4 2, D6.1 1 → 1.5 → 12.5
    expect(result.hierarchicalDriftIndex).toBe(25);
    expect(result.medicalModelDriftIndex).toBe(12.5);
    expect(result.organisationalDriftIndex).toBeNull();
    expect(result.completeness).toMatchObject({ answered: 10, expected: 10, missingItemCodes: [] });
  });

  it('needs both items of a two-item dimension and the one item of a one-item dimension', () => {
    const { 'D1.3': _skipped, ...rest } = FULL;
    const result = scoreChecklist(V1, answers({ ...rest, 'D3.1': null }), { raterType: 'PERSON_SERVED' });
    expect(result.completeness.insufficientDimensions).toEqual(['D1', 'D3']);
    expect(result.dimensions[0]).toMatchObject({ score: null, answered: 1, expected: 2 });
    expect(result.dimensions[2]).toMatchObject({ score: null, answered: 1, notApplicable: 1, expected: 1 });
    expect(result.mutualityIndex).toBeNull();
  });

  it('refuses full-form items from a person served', () => {
    expect(() => scoreChecklist(V1, answers({ ...FULL, 'D2.1': 3 }), { raterType: 'PERSON_SERVED' })).toThrow(
      ScoringInputError,
    );
  });

  it('can be submitted when every dimension has its minimum', () => {
    expect(checklistCompleteness(V1, 'PERSON_SERVED', answers(FULL))).toEqual({ canSubmit: true, problems: [], warnings: [] });
    const { 'D6.1': _skipped, ...rest } = FULL;
    const partial = checklistCompleteness(V1, 'PERSON_SERVED', answers(rest));
    expect(partial.canSubmit).toBe(false);
    expect(partial.problems).toEqual([
      'Role integrity and non-coercion (D6): 1 of 2 answered; please answer at least 1 question more ' +
        '(choose "not applicable" where there was no opportunity).',
    ]);
  });
});

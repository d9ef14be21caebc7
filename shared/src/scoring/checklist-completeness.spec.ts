import { itemsForRater } from '../instrument/items-for-rater';
import { MUTUALITY_FIDELITY_V1 as V1 } from '../instrument/mutuality-fidelity-v1';
import { checklistCompleteness } from './checklist-completeness';
import { ScoringInputError } from './scoring-input-error';
import type { ChecklistAnswer } from './scoring-types';

/** Every item the rater is asked, rated 3, except the codes listed (value, or undefined to skip). */
function allRated(rater: 'SELF' | 'SUPERVISOR', except: Record<string, number | null | undefined> = {}): ChecklistAnswer[] {
  return itemsForRater(V1, rater).flatMap((item) => {
    if (!(item.code in except)) return [{ itemCode: item.code, value: 3 }];
    const value = except[item.code];
    return value === undefined ? [] : [{ itemCode: item.code, value }];
  });
}

describe('checklistCompleteness', () => {
  it('lets a complete self-assessment through', () => {
    expect(checklistCompleteness(V1, 'SELF', allRated('SELF'))).toEqual({ canSubmit: true, problems: [], warnings: [] });
  });

  it('allows one skipped item per four-item dimension (3 of 4 is enough)', () => {
    const result = checklistCompleteness(V1, 'SELF', allRated('SELF', { 'D1.2': undefined, 'D4.3': undefined }));
    expect(result).toEqual({ canSubmit: true, problems: [], warnings: [] });
  });

  it('names each dimension that needs more answers, in plain words', () => {
    const result = checklistCompleteness(
      V1,
      'SELF',
      allRated('SELF', { 'D1.2': undefined, 'D1.4': undefined, 'D3.1': undefined, 'D3.2': undefined, 'D3.3': undefined, 'D3.4': undefined }),
    );
    expect(result.canSubmit).toBe(false);
    expect(result.problems).toEqual([
      'Shared power and equality (D1): 2 of 4 answered; please answer at least 1 question more ' +
        '(choose "not applicable" where there was no opportunity).',
      'Lived experience and purposeful self-disclosure (D3): 0 of 4 answered; please answer at least 3 questions more ' +
        '(choose "not applicable" where there was no opportunity).',
    ]);
  });

  it('counts "not applicable" as an answer, but warns when it leaves a dimension without a score', () => {
    // D2: 2 NA + 2 rated = 4 answered (submit allowed) but only 2 rated (< 3) → D2 will be insufficient.
    const result = checklistCompleteness(V1, 'SELF', allRated('SELF', { 'D2.1': null, 'D2.3': null }));
    expect(result.canSubmit).toBe(true);
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual(['Reciprocity and co-learning (D2) will not get a score: too many answers are "not applicable".']);
  });

  it('expects D7 from supervisors but not from self-assessments', () => {
    const selfAnswers = allRated('SELF');
    expect(checklistCompleteness(V1, 'SELF', selfAnswers).canSubmit).toBe(true);
    const asSupervisor = checklistCompleteness(V1, 'SUPERVISOR', selfAnswers);
    expect(asSupervisor.canSubmit).toBe(false);
    expect(asSupervisor.problems).toHaveLength(1);
    expect(asSupervisor.problems[0]).toMatch(/^Organisational conditions \(D7\): 0 of 4 answered/);
    expect(checklistCompleteness(V1, 'SUPERVISOR', allRated('SUPERVISOR')).canSubmit).toBe(true);
  });

  it('rejects invalid answers instead of judging them', () => {
    expect(() => checklistCompleteness(V1, 'SELF', [...allRated('SELF'), { itemCode: 'D7.1', value: 4 }])).toThrow(
      ScoringInputError,
    );
    expect(() => checklistCompleteness(V1, 'SELF', allRated('SELF', { 'D1.1': 7 }))).toThrow(ScoringInputError);
  });
});

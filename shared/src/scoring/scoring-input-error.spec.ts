import { MUTUALITY_FIDELITY_V1 as V1 } from '../instrument/mutuality-fidelity-v1';
import { scoreChecklist } from './score-checklist';
import { ScoringInputError, type ScoringInputErrorCode } from './scoring-input-error';
import type { ChecklistAnswer } from './scoring-types';

/** Runs fn and returns the ScoringInputError it throws (fails the test if it throws anything else or nothing). */
function caught(fn: () => unknown): ScoringInputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ScoringInputError) return error;
    throw error;
  }
  throw new Error('expected a ScoringInputError');
}

const score = (answers: ChecklistAnswer[]) => scoreChecklist(V1, answers, { raterType: 'SELF' });

describe('ScoringInputError', () => {
  it('is thrown for an unknown item code', () => {
    const error = caught(() => score([{ itemCode: 'D9.9', value: 3 }]));
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ScoringInputError');
    expect([error.code, error.itemCode]).toEqual(['UNKNOWN_ITEM', 'D9.9']);
    expect(error.message).toBe('Item D9.9 is not part of mutuality-fidelity v1.');
  });

  it.each([0, 6, 2.5, -1, Number.NaN, Number.POSITIVE_INFINITY])('is thrown for the out-of-range value %p', (value) => {
    const error = caught(() => score([{ itemCode: 'D1.2', value }]));
    expect([error.code, error.itemCode]).toEqual(['VALUE_OUT_OF_RANGE', 'D1.2']);
  });

  it('is thrown for a value that is not a number at all (e.g. a string from JSON)', () => {
    const fromJson = JSON.parse('[{"itemCode":"D1.2","value":"4"}]') as ChecklistAnswer[];
    expect(caught(() => score(fromJson)).code).toBe('VALUE_OUT_OF_RANGE');
  });

  it('accepts every whole number from 1 to 5', () => {
    for (const value of [1, 2, 3, 4, 5]) expect(() => score([{ itemCode: 'D1.2', value }])).not.toThrow();
  });

  const cases: [string, ChecklistAnswer[], ScoringInputErrorCode][] = [
    ['an item the rater is not asked (D7 in a self-assessment)', [{ itemCode: 'D7.1', value: 3 }], 'ITEM_NOT_FOR_RATER'],
    ['two answers to one item', [{ itemCode: 'D1.2', value: 3 }, { itemCode: 'D1.2', value: 4 }], 'DUPLICATE_ANSWER'],
    ['"not applicable" on an item that must be answered (D1.1)', [{ itemCode: 'D1.1', value: null }], 'NA_NOT_ALLOWED'],
  ];
  it.each(cases)('is thrown for %s', (_label, answers, code) => {
    expect(caught(() => score(answers)).code).toBe(code);
  });
});

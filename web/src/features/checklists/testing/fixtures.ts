import { itemsForRater, MUTUALITY_FIDELITY_V1, scoreChecklist, type ChecklistAnswer, type RaterType } from '@tandem/shared';
import type { ChecklistDetail } from '../use-checklists';

/** Test data for the checklist components (the real v1 instrument, scored with the shared functions). */
export const DEFINITION = MUTUALITY_FIDELITY_V1;
export const SELF_ITEMS = itemsForRater(DEFINITION, 'SELF');

/** Answers for the first `count` SELF items, cycling through `values`. */
export function answersFor(count: number, values: (number | null)[] = [4, 5, 3, 4, 2], raterType: RaterType = 'SELF'): ChecklistAnswer[] {
  return itemsForRater(DEFINITION, raterType)
    .slice(0, count)
    .map((item, i) => {
      const value = values[i % values.length]!;
      return { itemCode: item.code, value: value === null && !item.naAllowed ? 3 : value };
    });
}

export function checklistFixture(overrides: Partial<ChecklistDetail> & { answerList?: ChecklistAnswer[] } = {}): ChecklistDetail {
  const { answerList = [], ...rest } = overrides;
  const raterType = rest.raterType ?? 'SELF';
  const score = scoreChecklist(DEFINITION, answerList, { raterType });
  const submitted = rest.status === 'SUBMITTED';
  return {
    id: 'c-1',
    status: 'DRAFT',
    raterType,
    raterId: 'person-me',
    rater: { id: 'person-me', name: 'Jordan Lee' },
    subjectId: 'person-me',
    subject: { id: 'person-me', name: 'Jordan Lee' },
    revision: submitted ? 1 : 0,
    version: 3,
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-02T09:00:00.000Z',
    submittedAt: submitted ? '2026-03-05T09:00:00.000Z' : null,
    observationStart: '2026-02-03',
    observationEnd: '2026-03-05',
    mutualityIndex: score.mutualityIndex,
    mutualityIndex100: score.mutualityIndex100,
    band: score.band,
    completeness: { answered: score.completeness.answered, expected: score.completeness.expected },
    scores: score.dimensions.map((d) => ({ dimensionCode: d.dimensionCode, score: d.score, answered: d.answered, expected: d.expected, insufficient: d.insufficient })),
    answers: answerList.map((a) => ({ itemCode: a.itemCode, value: a.value, comment: '' })),
    developmentAreas: score.developmentAreas,
    itemAlerts: score.itemAlerts.map((a) => ({ ...a })),
    hierarchicalDriftIndex: score.hierarchicalDriftIndex,
    medicalModelDriftIndex: score.medicalModelDriftIndex,
    organisationalDriftIndex: score.organisationalDriftIndex,
    revisions: [],
    instrumentVersion: { id: 'v-1', version: 1, title: DEFINITION.title, definitionJson: JSON.stringify(DEFINITION) },
    ...rest,
  };
}

import {
  itemsForRater, type ChecklistAnswer, type InstrumentDefinition, type InstrumentDimension, type InstrumentItem, type RaterType,
} from '@tandem/shared';

/** InstrumentVersion.definitionJson → the definition @tandem/shared scores against. */
export function parseDefinition(json: string): InstrumentDefinition {
  return JSON.parse(json) as InstrumentDefinition;
}

/** One step of the form: a dimension and the items this rater is asked in it. */
export interface ChecklistStep {
  dimension: InstrumentDimension;
  items: InstrumentItem[];
}

/** The dimensions this rater is asked about, in instrument order (SELF has no D7; PERSON_SERVED only short-form items). */
export function stepsFor(def: InstrumentDefinition, raterType: RaterType): ChecklistStep[] {
  const items = itemsForRater(def, raterType);
  return def.dimensions
    .map((dimension) => ({ dimension, items: items.filter((i) => i.dimensionCode === dimension.code) }))
    .filter((s) => s.items.length > 0);
}

/** The wording a rater sees: observers get the third-person "The peer specialist …" prompt. */
export function promptOf(item: InstrumentItem, raterType: RaterType): string {
  return item.prompts[raterType] ?? item.prompts.SELF;
}

/** value: 1–5, null = "not applicable", undefined = not answered yet. */
export interface LocalAnswer {
  value: number | null | undefined;
  comment: string;
}

export type AnswerState = Readonly<Record<string, LocalAnswer>>;

export function answersFromServer(answers: readonly { itemCode: string; value: number | null; comment: string }[]): AnswerState {
  return Object.fromEntries(answers.map((a) => [a.itemCode, { value: a.value, comment: a.comment }]));
}

export function isAnswered(state: AnswerState, code: string): boolean {
  return state[code] !== undefined && state[code].value !== undefined;
}

/** The answers as scoring sees them (unanswered items left out). */
export function scoringAnswers(state: AnswerState): ChecklistAnswer[] {
  return Object.entries(state).flatMap(([itemCode, a]) => (a.value === undefined ? [] : [{ itemCode, value: a.value }]));
}

/** Where to resume: the first step with an unanswered item, else the review step (steps.length). */
export function firstUnansweredStep(steps: readonly ChecklistStep[], state: AnswerState): number {
  const index = steps.findIndex((s) => s.items.some((i) => !isAnswered(state, i.code)));
  return index === -1 ? steps.length : index;
}

export function answeredCount(steps: readonly ChecklistStep[], state: AnswerState): { answered: number; expected: number } {
  const items = steps.flatMap((s) => s.items);
  return { answered: items.filter((i) => isAnswered(state, i.code)).length, expected: items.length };
}

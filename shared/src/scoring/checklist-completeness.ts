import type { InstrumentDefinition, RaterType } from '../instrument/instrument-types';
import { collectAnswers, ratedValues } from './collect-answers';
import { minimumRatedItems } from './scoring-rules';
import type { ChecklistAnswer, ChecklistCompleteness } from './scoring-types';

function questions(n: number): string {
  return n === 1 ? '1 question' : `${n} questions`;
}

/**
 * Decides whether a checklist can be submitted. Each dimension the rater is asked about needs as many answers as
 * scoring needs rated items (minimumRatedItems: 3 of 4 on the full form). "Not applicable" counts as an answer here —
 * it is an honest reply, and nobody should be pushed to invent a rating — but a dimension left with too few rated
 * items will show as insufficient, which is reported as a warning. Skipped items are not answers.
 * Throws ScoringInputError for invalid answers, exactly as scoreChecklist does.
 */
export function checklistCompleteness(
  def: InstrumentDefinition,
  raterType: RaterType,
  answers: readonly ChecklistAnswer[],
): ChecklistCompleteness {
  const collected = collectAnswers(def, raterType, answers);
  const problems: string[] = [];
  const warnings: string[] = [];
  for (const dim of collected.dimensions) {
    const title = def.dimensions.find((d) => d.code === dim.dimensionCode)?.title ?? dim.dimensionCode;
    const name = `${title} (${dim.dimensionCode})`;
    const needed = minimumRatedItems(dim.items.length);
    const answered = dim.answers.size;
    if (answered < needed) {
      problems.push(
        `${name}: ${answered} of ${dim.items.length} answered; please answer at least ${questions(needed - answered)} more ` +
          '(choose "not applicable" where there was no opportunity).',
      );
    } else if (ratedValues(dim).length < needed) {
      warnings.push(`${name} will not get a score: too many answers are "not applicable".`);
    }
  }
  return { canSubmit: problems.length === 0, problems, warnings };
}

import { FIGURE_MAX, reportFigure, toHundred } from '../metrics/scale';
import type { DimensionCode, DriftPattern, InstrumentDefinition } from '../instrument/instrument-types';
import { collectAnswers, ratedValues, type DimensionAnswers } from './collect-answers';
import {
  DEVELOPMENT_AREA_BELOW,
  ITEM_ALERT_MIN,
  driftIndexFromRaw,
  fidelityBand,
  itemScore,
  mean,
  minimumRatedItems,
  roundTo,
} from './scoring-rules';
import type { ChecklistAnswer, ChecklistScore, DimensionScore, ItemAlert, ScoreOptions } from './scoring-types';

interface DimensionResult {
  readonly score: DimensionScore;
  /** Unrounded mean, used for the index so rounding happens once. */
  readonly exact: number | null;
  readonly inIndex: boolean;
}

function scoreDimension(dim: DimensionAnswers, inIndex: boolean): DimensionResult {
  const rated = ratedValues(dim);
  const notApplicable = [...dim.answers.values()].filter((v) => v === null).length;
  const insufficient = rated.length < minimumRatedItems(dim.items.length);
  const exact = insufficient ? null : mean(rated.map(({ item, raw }) => itemScore(item, raw)));
  return {
    exact,
    inIndex,
    score: {
      dimensionCode: dim.dimensionCode,
      score: exact === null ? null : roundTo(exact, 2),
      answered: dim.answers.size,
      notApplicable,
      expected: dim.items.length,
      insufficient,
    },
  };
}

/** Mean raw rating of the answered drift items of one pattern in the index dimensions, on 0–100; null if none. */
function driftIndex(dims: readonly DimensionAnswers[], inIndex: ReadonlySet<string>, pattern: DriftPattern) {
  const raws = dims
    .filter((d) => inIndex.has(d.dimensionCode))
    .flatMap(ratedValues)
    .filter(({ item }) => item.polarity === 'DRIFT' && item.driftPattern === pattern)
    .map(({ raw }) => raw);
  const meanRaw = mean(raws);
  return meanRaw === null ? null : roundTo(driftIndexFromRaw(meanRaw), 1);
}

function indexUnavailableReason(
  inIndex: ReadonlySet<string>,
  notAsked: readonly string[],
  insufficient: readonly DimensionCode[],
): string | null {
  if (inIndex.size === 0) return 'This instrument has no dimensions in the mutuality index.';
  if (notAsked.length > 0) return `No mutuality index: this rater type is not asked about ${notAsked.join(', ')}.`;
  if (insufficient.length > 0) {
    return (
      `No mutuality index: not enough rated answers in ${insufficient.join(', ')} ` +
      '(skipped or "not applicable" items do not count).'
    );
  }
  return null;
}

/**
 * Scores one checklist (research/domain.md §5.3, docs/DOMAIN.md "Scoring"):
 * - item: core = raw 1–5, drift = 6 − raw, "not applicable" (null) left out;
 * - dimension: mean of its rated items; insufficient (score null) below minimumRatedItems — 3 of 4 on the full form,
 *   all of a dimension's 1–2 items on the person-served short form (75% rounded up, at least 1);
 * - Mutuality Fidelity Index: mean of the index dimensions (D1–D6), only when every one of them is sufficient;
 *   bands HIGH ≥ 4.0, MODERATE 3.0–3.99, LOW < 3.0 on the 2 dp value; development areas: index dimensions < 3.0;
 * - drift indices (0–100, higher = more drift): HDI, MDI and the errand index from the raw ratings of that pattern's
 *   drift items in the index dimensions (v1 has no errand item there, so its errand index is always null);
 *   ODI = (5 − score) / 4 × 100 of the organisational dimension(s) outside the index, null when not scored;
 * - item alerts: every drift item rated 4 or 5.
 * Expected items follow itemsForRater(options.raterType). Throws ScoringInputError for invalid answers.
 */
export function scoreChecklist(
  def: InstrumentDefinition,
  answers: readonly ChecklistAnswer[],
  options: ScoreOptions = {},
): ChecklistScore {
  const collected = collectAnswers(def, options.raterType, answers);
  const inIndex = new Set<string>(def.dimensions.filter((d) => d.inIndex).map((d) => d.code));
  const results = collected.dimensions.map((dim) => scoreDimension(dim, inIndex.has(dim.dimensionCode)));
  const indexResults = results.filter((r) => r.inIndex);

  const insufficientDimensions = results.filter((r) => r.score.insufficient).map((r) => r.score.dimensionCode);
  const insufficientIndex = indexResults.filter((r) => r.exact === null).map((r) => r.score.dimensionCode);
  const notAsked = [...inIndex].filter((code) => !results.some((r) => r.score.dimensionCode === code));

  const mutualityIndexUnavailableReason = indexUnavailableReason(inIndex, notAsked, insufficientIndex);
  const indexScores = indexResults.flatMap((r) => (r.exact === null ? [] : [r.exact]));
  const exactIndex = mutualityIndexUnavailableReason === null ? mean(indexScores) : null;

  // ODI: v1 has one organisational dimension (D7); with several, their scores are averaged. Null unless all are scored.
  const organisational = results.filter((r) => !r.inIndex).map((r) => r.exact);
  const organisationalScore = organisational.includes(null) ? null : mean(organisational.filter((s) => s !== null));

  const itemAlerts: ItemAlert[] = [];
  for (const item of collected.expectedItems) {
    const value = collected.answers.get(item.code);
    if (item.polarity === 'DRIFT' && item.driftPattern && typeof value === 'number' && value >= ITEM_ALERT_MIN) {
      itemAlerts.push({ itemCode: item.code, dimensionCode: item.dimensionCode, value, driftPattern: item.driftPattern });
    }
  }

  return {
    dimensions: results.map((r) => r.score),
    mutualityIndex: exactIndex === null ? null : roundTo(exactIndex, 2),
    mutualityIndex100: exactIndex === null ? null : reportFigure(toHundred(exactIndex)),
    band: exactIndex === null ? null : fidelityBand(exactIndex),
    developmentAreas: indexResults
      .filter((r) => r.score.score !== null && r.score.score < DEVELOPMENT_AREA_BELOW)
      .map((r) => r.score.dimensionCode),
    hierarchicalDriftIndex: driftIndex(collected.dimensions, inIndex, 'HIERARCHICAL'),
    medicalModelDriftIndex: driftIndex(collected.dimensions, inIndex, 'MEDICAL_MODEL'),
    errandDriftIndex: driftIndex(collected.dimensions, inIndex, 'ERRAND'),
    organisationalDriftIndex: organisationalScore === null ? null : reportFigure(FIGURE_MAX - toHundred(organisationalScore)),
    itemAlerts,
    completeness: {
      answered: collected.expectedItems.filter((item) => collected.answers.has(item.code)).length,
      expected: collected.expectedItems.length,
      missingItemCodes: collected.expectedItems.filter((i) => !collected.answers.has(i.code)).map((i) => i.code),
      notApplicableItemCodes: collected.expectedItems.filter((i) => collected.answers.get(i.code) === null).map((i) => i.code),
      insufficientDimensions,
      mutualityIndexUnavailableReason,
    },
  };
}

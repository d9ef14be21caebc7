import { itemsForRater } from '../instrument/items-for-rater';
import type { DimensionCode, InstrumentDefinition, InstrumentItem, RaterType } from '../instrument/instrument-types';
import { ScoringInputError } from './scoring-input-error';
import type { ChecklistAnswer } from './scoring-types';

/** The items of one dimension that a rater is asked, with the answers given. */
export interface DimensionAnswers {
  readonly dimensionCode: DimensionCode;
  readonly items: readonly InstrumentItem[];
  /** itemCode → raw value, or null for "not applicable". Unanswered items have no entry. */
  readonly answers: ReadonlyMap<string, number | null>;
}

export interface CollectedAnswers {
  readonly expectedItems: readonly InstrumentItem[];
  readonly answers: ReadonlyMap<string, number | null>;
  /** Dimensions with at least one expected item, in instrument order. */
  readonly dimensions: readonly DimensionAnswers[];
}

function isScaleValue(def: InstrumentDefinition, value: number): boolean {
  return Number.isInteger(value) && value >= def.scale.min && value <= def.scale.max;
}

/**
 * Checks the answers against the instrument and the rater type, and groups them by dimension.
 * Throws ScoringInputError for an unknown item, an item this rater is not asked, a second answer to the same item,
 * a value that is not a whole number from 1 to 5, or "not applicable" on an item that does not allow it.
 */
export function collectAnswers(
  def: InstrumentDefinition,
  raterType: RaterType | undefined,
  answers: readonly ChecklistAnswer[],
): CollectedAnswers {
  const expectedItems = raterType ? itemsForRater(def, raterType) : [...def.items].sort((a, b) => a.order - b.order);
  const expectedByCode = new Map(expectedItems.map((item) => [item.code, item]));
  const knownCodes = new Set(def.items.map((item) => item.code));
  const byCode = new Map<string, number | null>();

  for (const { itemCode, value } of answers) {
    if (!knownCodes.has(itemCode)) {
      throw new ScoringInputError('UNKNOWN_ITEM', itemCode, `Item ${itemCode} is not part of ${def.key} v${def.version}.`);
    }
    const item = expectedByCode.get(itemCode);
    if (!item) {
      throw new ScoringInputError('ITEM_NOT_FOR_RATER', itemCode, `Item ${itemCode} is not asked of ${raterType} raters.`);
    }
    if (byCode.has(itemCode)) {
      throw new ScoringInputError('DUPLICATE_ANSWER', itemCode, `Item ${itemCode} was answered more than once.`);
    }
    if (value === null) {
      if (!item.naAllowed) {
        throw new ScoringInputError('NA_NOT_ALLOWED', itemCode, `Item ${itemCode} cannot be marked not applicable.`);
      }
    } else if (!isScaleValue(def, value)) {
      throw new ScoringInputError(
        'VALUE_OUT_OF_RANGE',
        itemCode,
        `Item ${itemCode} has value ${value}; answers must be whole numbers from ${def.scale.min} to ${def.scale.max}.`,
      );
    }
    byCode.set(itemCode, value);
  }

  const dimensions: DimensionAnswers[] = [];
  for (const dimension of def.dimensions) {
    const items = expectedItems.filter((item) => item.dimensionCode === dimension.code);
    if (items.length === 0) continue;
    const dimAnswers = new Map<string, number | null>();
    for (const item of items) {
      const value = byCode.get(item.code);
      if (value !== undefined) dimAnswers.set(item.code, value);
    }
    dimensions.push({ dimensionCode: dimension.code, items, answers: dimAnswers });
  }
  return { expectedItems, answers: byCode, dimensions };
}

/** Raw values of the rated (non-NA) answers in a dimension. */
export function ratedValues(dim: DimensionAnswers): { item: InstrumentItem; raw: number }[] {
  const rated: { item: InstrumentItem; raw: number }[] = [];
  for (const item of dim.items) {
    const raw = dim.answers.get(item.code);
    if (typeof raw === 'number') rated.push({ item, raw });
  }
  return rated;
}

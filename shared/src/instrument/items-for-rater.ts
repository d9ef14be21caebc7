import type { InstrumentDefinition, InstrumentItem, RaterType } from './instrument-types';

/**
 * The items a rater type is asked, in display order.
 * - PERSON_SERVED: the short-form items only.
 * - SELF: every item in an index dimension; context dimensions outside the index (D7, organisational conditions)
 *   are rated by a supervisor or manager, not by the practitioner about themselves.
 * - SUPERVISOR and REVIEWER: every item.
 */
export function itemsForRater(def: InstrumentDefinition, raterType: RaterType): InstrumentItem[] {
  const inIndex = new Set(def.dimensions.filter((d) => d.inIndex).map((d) => d.code));
  const asked = def.items.filter((item) => {
    switch (raterType) {
      case 'PERSON_SERVED':
        return item.inShortForm;
      case 'SELF':
        return inIndex.has(item.dimensionCode);
      case 'SUPERVISOR':
      case 'REVIEWER':
        return true;
    }
  });
  return [...asked].sort((a, b) => a.order - b.order);
}

/** The prompt a rater type sees for an item; undefined when the item has no wording for that rater. */
export function promptFor(item: InstrumentItem, raterType: RaterType): string | undefined {
  return item.prompts[raterType];
}

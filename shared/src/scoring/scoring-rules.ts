import type { InstrumentItem } from '../instrument/instrument-types';
import { indexBand, toHundred } from '../metrics/scale';
import type { FidelityBand } from './scoring-types';

export { HIGH_BAND_MIN, MODERATE_BAND_MIN } from '../metrics/scale';
export { roundTo } from '../round';

/** A dimension scoring below this is a development area. */
export const DEVELOPMENT_AREA_BELOW = 3.0;
/** Drift items rated at or above this raise an item alert. */
export const ITEM_ALERT_MIN = 4;


/**
 * How many rated (non-NA) items a dimension needs to be scored: 75% of the items the rater is asked, rounded up,
 * and at least 1. Full form (4 items) → 3 of 4, the DOMAIN rule. Person-served short form (1 or 2 items per
 * dimension) → 1 of 1 or 2 of 2.
 */
export function minimumRatedItems(expectedItems: number): number {
  return Math.max(1, Math.ceil((3 * expectedItems) / 4));
}

/** Core items count as rated; drift items are reversed (6 − raw) so that higher always means more mutuality. */
export function itemScore(item: InstrumentItem, raw: number): number {
  return item.polarity === 'DRIFT' ? 6 - raw : raw;
}

/** Mean raw drift rating (1–5) on 0–100: (r − 1) / 4 × 100. */
export function driftIndexFromRaw(meanRaw: number): number {
  return toHundred(meanRaw);
}

/**
 * The band of an index given on 1–5. Bands are judged on the figure people see, the index on 0–100 to one decimal,
 * so the number shown and its band always agree: 3.996 is 74.9/100 and MODERATE.
 */
export function fidelityBand(mutualityIndex: number): FidelityBand {
  return indexBand(toHundred(mutualityIndex));
}

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;
}

import { tooLongMessage } from '@tandem/shared';
import { formatNumber } from '../../lib/format';

/** Short fields show their counter from this share of the limit on; text areas always show it. */
export const NEAR_LIMIT = 0.8;

export interface LimitState {
  /** What the counter says, or null when it stays hidden. */
  counter: string | null;
  /** The API's own sentence when the text is already too long (a pasted or older value). */
  error: string | null;
  near: boolean;
}

/**
 * What a text field says about its length: nothing while a short field is far from its limit, then "95 of 120
 * characters", and the API's sentence once over it. Lengths are counted as the API counts them (UTF-16 units, as
 * `maxLength` does).
 */
export function limitState(length: number, max: number | undefined, alwaysShow: boolean): LimitState {
  if (!max || max <= 0) return { counter: null, error: null, near: false };
  const near = length >= max * NEAR_LIMIT;
  const counter = alwaysShow || near ? `${formatNumber(length)} of ${formatNumber(max)} characters` : null;
  return { counter, error: length > max ? tooLongMessage(max) : null, near };
}

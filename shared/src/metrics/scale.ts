import { roundTo } from '../round';
import type { FidelityBand } from '../scoring/scoring-types';

/**
 * The two scales. A person answers an item on 1–5 (the rating scale); every index and dimension score is shown on
 * 0–100 (the figure scale). These are the only conversions between them.
 */
export const RATING_MIN = 1;
export const RATING_MAX = 5;
export const FIGURE_MIN = 0;
export const FIGURE_MAX = 100;
/** Figures on 0–100 are reported to one decimal; a band is judged on the number as reported. */
export const FIGURE_DECIMALS = 1;

/** A 1–5 score on 0–100, unrounded: (s − 1) / 4 × 100. */
export function toHundred(score: number): number {
  return ((score - RATING_MIN) / (RATING_MAX - RATING_MIN)) * FIGURE_MAX;
}

/** A 0–100 figure back on 1–5, unrounded (only for comparing with thresholds that are written on 1–5). */
export function toRating(value: number): number {
  return RATING_MIN + (value / FIGURE_MAX) * (RATING_MAX - RATING_MIN);
}

/** A 0–100 figure as reported: one decimal, half away from zero. */
export function reportFigure(value: number): number {
  return roundTo(value, FIGURE_DECIMALS);
}

/** The fidelity bands as written in the domain, on 1–5: high from 4.0, moderate from 3.0. */
export const HIGH_BAND_MIN = 4.0;
export const MODERATE_BAND_MIN = 3.0;

/** The fidelity bands on 0–100: high from 75 (4.0 of 5), moderate from 50 (3.0 of 5). */
export const INDEX_HIGH_MIN = toHundred(HIGH_BAND_MIN);
export const INDEX_MODERATE_MIN = toHundred(MODERATE_BAND_MIN);

/**
 * The band of a Mutuality Fidelity Index given on 0–100, judged on the reported figure so the number shown and its
 * band always agree (74.96 is reported as 75.0 and is HIGH; 74.94 is 74.9 and MODERATE).
 */
export function indexBand(value: number): FidelityBand {
  const shown = reportFigure(value);
  if (shown >= INDEX_HIGH_MIN) return 'HIGH';
  if (shown >= INDEX_MODERATE_MIN) return 'MODERATE';
  return 'LOW';
}

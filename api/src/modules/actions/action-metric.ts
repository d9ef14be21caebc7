import { MUTUALITY_FIDELITY_V1 } from '@tandem/shared';
import { badDirection, metricLabel } from '../analytics/series-builder';

/** Metric keys an action can be about. */
export const ACTION_METRICS = ['MFI', 'HDI', 'MDI', 'EDI', 'ODI', 'DIM:D1', 'DIM:D2', 'DIM:D3', 'DIM:D4', 'DIM:D5', 'DIM:D6', 'DIM:D7'] as const;

const DIMENSION_TITLES: Record<string, string> = Object.fromEntries(MUTUALITY_FIDELITY_V1.dimensions.map((d) => [d.code, d.title]));

export interface ActionMetric {
  key: string;
  label: string;
  /** The direction that is worse: up for the drift indices, down for fidelity and dimension scores. */
  worse: 'up' | 'down';
}

/**
 * The one place the Actions page and its CSV take a metric's name and worse direction from. Today it reads the
 * dashboard's own definitions (series-builder and the default instrument's dimension titles); when the metric
 * catalogue lands in `shared`, only this function changes.
 */
export function actionMetric(key: string): ActionMetric {
  return { key, label: metricLabel(key, DIMENSION_TITLES), worse: badDirection(key) };
}

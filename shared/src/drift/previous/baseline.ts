// Usable points, the frozen baseline and its control limits.
import type { FrozenLimits, FrozenOptions, FrozenParams, DriftPoint, EwmaPoint } from './types';

/** A point that survived small-cell suppression, with its position in the original series. */
export interface UsablePoint extends DriftPoint {
  index: number;
}

export interface Baseline {
  points: UsablePoint[];
  centre: number;
  /** σ from the baseline (see FrozenParams.sigmaMethod), floored. */
  sigma: number;
  /** σ used for limits: sigma × √(1 + 1/m) when the prediction adjustment is on. */
  limitSigma: number;
  /** +1 when 'up' is bad, −1 when 'down' is bad. */
  sign: 1 | -1;
}

/**
 * Calibrated with scripts/drift-simulation.mjs (teams of 3–8 raters, rater SD 12–18, absences, AR(1)
 * team wobble; see simulator.ts). With only 12 baseline points σ and the centre are uncertain, so:
 * - σ is the larger of the moving-range estimate and the baseline SD (under-estimates drive false alarms);
 * - limits are widened by √(1 + 1/12) for the uncertainty of the baseline mean;
 * - a single point beyond 3σ is only a 'watch': as an 'alert' it alone would fire in ~15 % of stable
 *   52-period series; only points beyond 4.5σ alert;
 * - the EWMA limit L = 3.3 keeps alerts at ~4–4.5 % of stable series (the target is ≤ 5 %).
 * CUSUM (k 0.5, h in σ) is implemented but off by default: at the same false-alarm rate it detected no
 * better than the EWMA in the simulations.
 */
export const DEFAULT_FROZEN_PARAMS: Readonly<FrozenParams> = Object.freeze({
  minN: 3,
  baselineSize: 12,
  sigmaMethod: 'max',
  sigmaFloor: 2,
  shewhartSigmas: 3,
  alertSigmas: 4.5,
  predictionAdjust: true,
  ewmaLambda: 0.2,
  ewmaL: 3.3,
  ewmaReflect: true,
  cusumK: 0.5,
  cusumH: 0,
  shiftRun: 6,
  trendRun: 5,
});

/** Moving-range constant d2 for ranges of 2. */
const D2 = 1.128;
/** Upper limit of a moving-range chart (D4 for n = 2): ranges above D4 × mean are screened out once. */
const D4 = 3.267;

export function resolveParams(options: FrozenOptions, overrides?: Partial<FrozenParams>): FrozenParams {
  const params: FrozenParams = { ...DEFAULT_FROZEN_PARAMS, ...overrides };
  if (options.minN !== undefined) params.minN = options.minN;
  return params;
}

/** Points with n ≥ minN and a finite value, in series order. Everything else is skipped entirely. */
export function usablePoints(series: DriftPoint[], minN: number): UsablePoint[] {
  const out: UsablePoint[] = [];
  series.forEach((p, index) => {
    if (p.n >= minN && p.n > 0 && Number.isFinite(p.value)) out.push({ ...p, index });
  });
  return out;
}

export function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** σ from the average moving range (/1.128), after screening out ranges beyond D4 × the average once. */
export function movingRangeSigma(values: number[]): number {
  const ranges: number[] = [];
  for (let i = 1; i < values.length; i++) ranges.push(Math.abs((values[i] as number) - (values[i - 1] as number)));
  if (ranges.length === 0) return 0;
  const first = mean(ranges);
  const kept = ranges.filter((r) => r <= D4 * first);
  return (kept.length > 0 ? mean(kept) : first) / D2;
}

export function standardDeviation(values: number[]): number {
  if (values.length < 2) return 0;
  const m = mean(values);
  return Math.sqrt(values.reduce((a, v) => a + (v - m) ** 2, 0) / (values.length - 1));
}

export function estimateSigma(values: number[], method: FrozenParams['sigmaMethod']): number {
  const mr = movingRangeSigma(values);
  if (method === 'mr') return mr;
  const sd = standardDeviation(values);
  return method === 'max' ? Math.max(mr, sd) : (mr + sd) / 2;
}

export function buildBaseline(usable: UsablePoint[], direction: 'up' | 'down', params: FrozenParams): Baseline | null {
  const m = params.baselineSize;
  if (usable.length < m) return null;
  const points = usable.slice(0, m);
  const values = points.map((p) => p.value);
  const sigma = Math.max(estimateSigma(values, params.sigmaMethod), params.sigmaFloor);
  const limitSigma = params.predictionAdjust ? sigma * Math.sqrt(1 + 1 / m) : sigma;
  return { points, centre: mean(values), sigma, limitSigma, sign: direction === 'up' ? 1 : -1 };
}

/** σ of the EWMA statistic after t updates, including the baseline-mean uncertainty when adjusted. */
export function ewmaSigma(baseline: Baseline, params: FrozenParams, t: number): number {
  const lambda = params.ewmaLambda;
  const own = (lambda / (2 - lambda)) * (1 - Math.pow(1 - lambda, 2 * t));
  const fromBaseline = params.predictionAdjust ? 1 / baseline.points.length : 0;
  return baseline.sigma * Math.sqrt(own + fromBaseline);
}

/** The EWMA path over the monitored points (after the baseline) with its bad-side limit. */
export function ewmaPath(baseline: Baseline, monitored: UsablePoint[], params: FrozenParams): EwmaPoint[] {
  const { centre, sign } = baseline;
  let z = centre;
  return monitored.map((p, i) => {
    z = params.ewmaLambda * p.value + (1 - params.ewmaLambda) * z;
    if (params.ewmaReflect && sign * (z - centre) < 0) z = centre;
    const limit = centre + sign * params.ewmaL * ewmaSigma(baseline, params, i + 1);
    return { period: p.period, value: z, limit };
  });
}

const clamp = (v: number): number => Math.min(100, Math.max(0, v));

export function frozenLimitsWith(
  series: DriftPoint[],
  options: FrozenOptions,
  overrides?: Partial<FrozenParams>,
): FrozenLimits | null {
  const params = resolveParams(options, overrides);
  const usable = usablePoints(series, params.minN);
  const baseline = buildBaseline(usable, options.direction, params);
  if (!baseline) return null;
  const half = params.shewhartSigmas * baseline.limitSigma;
  return {
    centre: baseline.centre,
    sigma: baseline.sigma,
    upper: clamp(baseline.centre + half),
    lower: clamp(baseline.centre - half),
    baselinePeriods: baseline.points.map((p) => p.period),
    ewma: ewmaPath(baseline, usable.slice(baseline.points.length), params),
  };
}

/**
 * Control-chart data for the dashboard: centre line, σ, 3σ limits from the frozen baseline (the first
 * 12 usable points), and the one-sided EWMA with its limit. `null` until there are 12 usable points.
 */
export function frozenLimits(series: DriftPoint[], options: FrozenOptions): FrozenLimits | null {
  return frozenLimitsWith(series, options);
}

// The self-starting, n-weighted CUSUM at the heart of detectDrift (README, "Performance" → drift, has the numbers).
//
// Model: a period's mean x̄ of n ratings varies around the team's usual level μ with variance φ·σw²/n, where σw² is
// the within-period variance of single ratings (the points' own spread, pooled with the organisation's) and φ a
// scale factor near 1 that absorbs the team-level wobble and persistent rater leanings. Each new point is compared
// with the level predicted from the points before it (the baseline: n-weighted, growing to 20 points and then
// kept), standardised by its own predicted spread, turned into an exact normal score (Student t → N(0,1), as in
// Hawkins' self-starting CUSUM) and fed to two one-sided CUSUMs, one per direction. A CUSUM signal restarts the
// baseline at the estimated change point (where its total last left zero), so a later signal the other way says
// the team came back (or improved further); a manager can restart it too.
import { normalCdf, studentTQuantileUpper, tToNormal } from './stats';
import type { DriftOptions, DriftParams, DriftPoint } from './types';

const { max, min, sqrt } = Math;

/** A point that survived small-cell suppression, with its position in the original series. */
export interface MonitoredPoint extends DriftPoint {
  index: number;
}

/** What the monitor saw at one usable point. */
export interface MonitorStep {
  point: MonitoredPoint;
  /** false while the baseline is too small to judge a point (the first point or two, and right after a restart). */
  monitored: boolean;
  /** The usual level predicted for this point from the baseline before it (null while not monitored). */
  centre: number | null;
  /** The predicted spread of this point around the usual level (its n, the within-period spread, the baseline's own uncertainty). */
  sd: number | null;
  /** The point's normal score (bad direction positive). */
  z: number | null;
  /** The two running totals after this point, in normal-score units. */
  cusumWorse: number;
  cusumBetter: number;
  /** Baseline points behind `centre`. */
  baselineSize: number;
  /** The Shewhart limits for this point (value units): beyond them the point is a 'watch'. */
  lower: number | null;
  upper: number | null;
}

export type SignalDirection = 'worse' | 'better';

/** A rule firing, with the facts its message needs. */
export interface RawSignal {
  rule: 'CUSUM' | 'SHEWHART_3SIGMA';
  direction: SignalDirection;
  severity: 'watch' | 'alert';
  /** The point that completed the pattern. */
  point: MonitoredPoint;
  /** CUSUM: the points from the start of the run-up to the signal. Shewhart: the one point. */
  span: MonitoredPoint[];
  /** The usual level and the point's predicted spread at the signal. */
  centre: number;
  sd: number;
  /** Shewhart: the limit (in value units) the point went past, for its number of ratings. */
  limit?: number;
  /** The normal score of the point (Shewhart) or the CUSUM total (CUSUM), bad direction positive for 'worse'. */
  statistic: number;
  /** CUSUM: signal id of the baseline restart it caused, used for "still in force". */
  restartedAt?: number;
}

export interface MonitorResult {
  steps: MonitorStep[];
  signals: RawSignal[];
  /** Signals still in force after the last point (same objects as in `signals`). */
  inForce: Set<RawSignal>;
  /** The baseline after the last point: its periods and the usual level and typical spread it gives. */
  baseline: { periods: string[]; centre: number | null; sigma: number | null };
  /** Periods at which the baseline was restarted by a manager. */
  restarts: string[];
}

/** Points with n ≥ minN and a finite value, in series order. Everything else is skipped entirely. */
export function usablePoints(series: DriftPoint[], minN: number): MonitoredPoint[] {
  const out: MonitoredPoint[] = [];
  series.forEach((p, index) => {
    if (p.n >= minN && p.n > 0 && Number.isFinite(p.value)) out.push({ ...p, index });
  });
  return out;
}

interface BaselinePoint {
  x: number;
  n: number;
  period: string;
}

/** The running within-period variance: the organisation's prior (capped weight) pooled with the series' own spread. */
class WithinVariance {
  private ss: number;
  private df: number;
  constructor(prior: DriftOptions['within'], params: DriftParams) {
    const df = prior && prior.df > 0 && prior.variance > 0 ? min(prior.df, params.withinPriorDf) : 0;
    this.ss = df * (prior?.variance ?? 0);
    this.df = df;
  }
  add(p: DriftPoint): void {
    if (p.sd === undefined || p.sd === null || !Number.isFinite(p.sd) || p.n < 2) return;
    this.ss += (p.n - 1) * p.sd * p.sd;
    this.df += p.n - 1;
  }
  /** σw², or null when nothing is known about the within-period spread. */
  get value(): number | null {
    return this.df > 0 && this.ss > 0 ? this.ss / this.df : null;
  }
}

/** Weighted mean, scale factor and its degrees of freedom from the baseline points. */
function baselineStats(b: BaselinePoint[], within: number | null, params: DriftParams) {
  let nSum = 0;
  let xSum = 0;
  for (const p of b) {
    nSum += p.n;
    xSum += p.n * p.x;
  }
  const centre = xSum / nSum;
  let ss = 0;
  for (const p of b) ss += p.n * (p.x - centre) ** 2;
  // Known within-period spread: the scale factor is shrunk toward 1 with the weight of `scalePriorPoints` points.
  // Unknown: it is the plain n-weighted variance of the baseline (σw² = 1), as in Hawkins' self-starting CUSUM.
  const k0 = within === null ? 0 : params.scalePriorPoints;
  const w = within ?? 1;
  const df = k0 + b.length - 1;
  const scale = df > 0 ? (k0 + ss / w) / df : NaN;
  return { centre, nSum, scale, df, within: w };
}

/**
 * Runs the monitor over a series (one direction is bad, `sign` = +1 when up is bad). `restartPeriods` are the periods
 * from which a manager restarted the baseline: the baseline and both CUSUMs start afresh there.
 */
export function runMonitor(series: DriftPoint[], options: DriftOptions, params: DriftParams): MonitorResult {
  const sign = options.direction === 'up' ? 1 : -1;
  const usable = usablePoints(series, params.minN);
  const restartSet = new Set(options.restarts ?? []);
  const within = new WithinVariance(options.within, params);
  const steps: MonitorStep[] = [];
  const signals: RawSignal[] = [];
  const restarts: string[] = [];

  let baseline: BaselinePoint[] = [];
  let worse = 0;
  let better = 0;
  /** The points (with their scores) since each total last left zero. */
  let runWorse: Scored[] = [];
  let runBetter: Scored[] = [];
  /** The latest CUSUM signal and the usual level before it (for "still in force"). */
  let latest: { signal: RawSignal; before: number } | null = null;
  let lastShewhart: RawSignal[] = [];

  /** After a signal the new usual level is learned from more points before points are judged again. */
  let needAfterSignal = 0;
  const restart = (keep: BaselinePoint[]) => {
    baseline = keep.slice(-params.maxBaseline);
    needAfterSignal = keep.length > 0 ? params.minBaselineAfterSignal : 0;
    worse = 0;
    better = 0;
    runWorse = [];
    runBetter = [];
  };

  for (const p of usable) {
    // A restart period that has no usable point of its own restarts at the next usable point.
    if (restartSet.size > 0) {
      const due = [...restartSet].filter((r) => r <= p.period);
      if (due.length > 0) {
        for (const r of due) restartSet.delete(r);
        restarts.push(p.period);
        restart([]);
        latest = null;
        lastShewhart = [];
      }
    }
    within.add(p);
    const w = within.value;
    const needed = Math.max(w === null ? params.minBaselineUnknown : params.minBaseline, needAfterSignal);
    const own: BaselinePoint = { x: p.value, n: p.n, period: p.period };
    if (baseline.length < needed) {
      baseline.push(own);
      steps.push({ point: p, monitored: false, centre: null, sd: null, z: null, cusumWorse: 0, cusumBetter: 0, baselineSize: baseline.length - 1, lower: null, upper: null });
      continue;
    }

    const stats = baselineStats(baseline, w, params);
    const variance = max(stats.scale * stats.within * (1 / p.n + 1 / stats.nSum), params.sdFloor ** 2);
    const sd = sqrt(variance);
    const z = tToNormal((sign * (p.value - stats.centre)) / sd, stats.df);
    worse = max(0, worse + z - params.k);
    better = max(0, better - z - params.k);
    runWorse = worse > 0 ? [...runWorse, { point: p, z }] : [];
    runBetter = better > 0 ? [...runBetter, { point: p, z: -z }] : [];
    const reach = limitMultiple(params.shewhartSigmas, stats.df) * sd;
    steps.push({
      point: p, monitored: true, centre: stats.centre, sd, z, cusumWorse: worse, cusumBetter: better, baselineSize: baseline.length,
      lower: stats.centre - reach, upper: stats.centre + reach,
    });

    // A single point far from the usual level: a 'watch' (an 'alert' when extreme and on the bad side).
    const shewhart: RawSignal[] = [];
    if (Math.abs(z) > params.shewhartSigmas) {
      const direction: SignalDirection = z > 0 ? 'worse' : 'better';
      const extreme = direction === 'worse' && z > params.alertSigmas;
      shewhart.push({
        rule: 'SHEWHART_3SIGMA', direction, severity: extreme ? 'alert' : 'watch', point: p, span: [p],
        centre: stats.centre, sd, statistic: Math.abs(z), limit: stats.centre + (z > 0 ? sign : -sign) * reach,
      });
    }

    // Sustained change: a CUSUM past its decision limit. The baseline restarts at the start of the run-up.
    const fired: RawSignal[] = [];
    for (const direction of ['worse', 'better'] as const) {
      const total = direction === 'worse' ? worse : better;
      if (total <= params.h) continue;
      const span = changeSpan(direction === 'worse' ? runWorse : runBetter);
      fired.push({ rule: 'CUSUM', direction, severity: 'alert', point: p, span, centre: stats.centre, sd, statistic: total });
    }
    const cusum = fired[0];
    if (cusum) {
      signals.push(...shewhart.filter((s) => s.severity === 'alert' && s.direction !== cusum.direction), cusum);
      latest = { signal: cusum, before: stats.centre };
      lastShewhart = [];
      restart(cusum.span.map((q) => ({ x: q.value, n: q.n, period: q.period })));
      continue;
    }
    signals.push(...shewhart);
    if (shewhart.length > 0) lastShewhart = shewhart;

    // The baseline grows to `maxBaseline` points and then stays as it is until a signal or a manager restarts it:
    // a baseline that kept absorbing new points would slowly absorb a drift too.
    if (baseline.length < params.maxBaseline) baseline.push(own);
  }

  // Still in force: the latest CUSUM signal while the usual level has not come back (half-way or more) to where it
  // was before it; and a single-point signal in the last three periods of the series.
  const inForce = new Set<RawSignal>();
  const final = baseline.length > 0 ? baselineStats(baseline, within.value, params) : null;
  if (latest && final) {
    const moved = latest.signal.direction === 'worse' ? sign * (final.centre - latest.before) : -sign * (final.centre - latest.before);
    const shiftAtSignal = Math.abs(mean(latest.signal.span.map((q) => q.value)) - latest.before);
    if (moved > 0.5 * shiftAtSignal) inForce.add(latest.signal);
  }
  for (const s of lastShewhart) if (s.point.index >= series.length - 3) inForce.add(s);

  const typicalN = final ? medianOf(baseline.map((b) => b.n)) : null;
  const sigma = final && typicalN !== null && Number.isFinite(final.scale) ? max(sqrt((final.scale * final.within) / typicalN), params.sdFloor) : null;
  return {
    steps,
    signals,
    inForce,
    baseline: { periods: baseline.map((b) => b.period), centre: final ? final.centre : null, sigma },
    restarts,
  };
}

interface Scored {
  point: MonitoredPoint;
  /** The point's score in the direction of the run (positive = in that direction). */
  z: number;
}

/**
 * Where the change began within a CUSUM's run-up: the start whose later points stand furthest from the usual level
 * together (the largest Σz / √count), a sharper estimate than where the total last left zero when it idled a while
 * just above zero before the change.
 */
export function changeSpan(run: Scored[]): MonitoredPoint[] {
  let best = 0;
  let bestScore = -Infinity;
  let sum = 0;
  for (let j = run.length - 1; j >= 0; j--) {
    sum += (run[j] as Scored).z;
    const score = sum / sqrt(run.length - j);
    if (score > bestScore) {
      bestScore = score;
      best = j;
    }
  }
  return run.slice(best).map((r) => r.point);
}

/** The multiple of a point's spread that matches `sigmas` normal σ for a baseline with `df` degrees of freedom. */
const multiples = new Map<string, number>();
export function limitMultiple(sigmas: number, df: number): number {
  const key = `${sigmas}:${df}`;
  let m = multiples.get(key);
  if (m === undefined) {
    m = studentTQuantileUpper(1 - normalCdf(sigmas), df);
    if (multiples.size > 5000) multiples.clear();
    multiples.set(key, m);
  }
  return m;
}

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

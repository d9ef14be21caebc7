// Evaluation of the detector on simulated series against comparators on the same series:
// - the previous detector (12-point frozen baseline, unweighted points, EWMA) as it shipped before;
// - a plain Shewhart 3σ chart on a frozen 12-point baseline, and the same chart with its multiple of σ tuned to the
//   detector's false-alarm rate;
// - a fixed threshold on the value, tuned to the detector's false-alarm rate;
// - a reference bound: the same n-weighted CUSUM given the team's TRUE level and TRUE variance at each number of
//   ratings (never available in practice), tuned to the detector's false-alarm rate;
// - between the two, that CUSUM given the true variance but learning the level as the detector does (n-weighted mean
//   of up to 20 earlier periods): what is lost to learning the level alone.
import { detectDriftWith, resolveParams } from './detect-drift';
import { buildBaseline, resolveParams as resolveFrozenParams, usablePoints as frozenUsable } from './previous/baseline';
import { detectDriftPrevious } from './previous/previous-detector';
import { mulberry32 } from './prng';
import { organisationWithin, randomTeam, simulateSeries, stableTruth } from './simulator';
import type { DriftParams, DriftPoint } from './types';

export type MethodName = 'detector' | 'previous' | 'shewhart' | 'shewhartTuned' | 'fixed' | 'learnedLevel' | 'bound';
export const METHODS: MethodName[] = ['detector', 'previous', 'shewhart', 'shewhartTuned', 'fixed', 'learnedLevel', 'bound'];

export interface Scenario {
  name: string;
  kind: 'stable' | 'step' | 'ramp';
  /** Size of the sustained shift in SDs of the team's stable series, in the bad direction. */
  size: number;
  /** For ramps: periods until the full size is reached. */
  rampLength: number;
}

export const DEFAULT_SCENARIOS: Scenario[] = [
  { name: 'stable', kind: 'stable', size: 0, rampLength: 0 },
  { name: 'step 1 SD', kind: 'step', size: 1, rampLength: 0 },
  { name: 'step 1.5 SD', kind: 'step', size: 1.5, rampLength: 0 },
  { name: 'step 2 SD', kind: 'step', size: 2, rampLength: 0 },
  { name: 'ramp 1 SD', kind: 'ramp', size: 1, rampLength: 6 },
  { name: 'ramp 2 SD', kind: 'ramp', size: 2, rampLength: 6 },
];

export interface EvaluationOptions {
  seed: number;
  stableRuns: number;
  runsPerScenario: number;
  periods?: number;
  /** The shift starts at a period drawn uniformly from firstStart … lastStart (1-based: 13 … 40 by default). */
  firstStart?: number;
  lastStart?: number;
  /** Detection counts when the first alert comes within this many periods (the first shifted period = 1). */
  window?: number;
  direction?: 'up' | 'down';
  scenarios?: Scenario[];
  params?: Partial<DriftParams>;
}

export interface MethodResult {
  scenario: string;
  method: MethodName;
  runs: number;
  /** Stable: share of series with any alert. Shift scenarios: share with an alert before the shift. */
  falseAlarmRate: number;
  /** Share of series alerted within `window` periods of the shift's start (0 for stable). */
  detectionRate: number;
  /** Share alerted at any time from the shift's start to the end of the series. */
  detectedByEnd: number;
  /** Median periods to the first alert (first shifted period = 1), over all series; null if most never alert. */
  medianDelay: number | null;
}

/** Comparator settings tuned on the stable runs to the detector's false-alarm rate. */
export interface Tuning {
  /** Fixed threshold on sign × value. */
  fixed: number;
  /** Shewhart multiple of σ. */
  shewhartSigmas: number;
  /** Decision interval of the reference CUSUM. */
  boundH: number;
  /** Decision interval of the CUSUM with the true variance and a learned level. */
  learnedLevelH: number;
}

export interface EvaluationResult {
  rows: MethodResult[];
  tuning: Tuning;
  /** The fixed threshold on the value itself (alert when a usable point is beyond it on the bad side). */
  fixedThreshold: number;
  /** Share of stable series with an 'improvement' alert (the detector's other direction; not part of the budget). */
  betterFalseAlarmRate: number;
  window: number;
  direction: 'up' | 'down';
  periods: number;
  firstStart: number;
  lastStart: number;
}

/** One simulated series with the team's truth and its organisation's pooled within-period variance. */
export interface SimulatedRun {
  series: DriftPoint[];
  truth: { mean: number; sd: number; a: number; b: number };
  within: { variance: number; df: number };
  /** Index of the first shifted period (Infinity for stable runs). */
  start: number;
}

const NO_TUNING: Tuning = { fixed: Infinity, shewhartSigmas: Infinity, boundH: Infinity, learnedLevelH: Infinity };

/** Per point: the statistic each threshold comparator uses, bad side positive. */
function comparatorStats(run: SimulatedRun, direction: 'up' | 'down', minN: number, k: number) {
  const sign = direction === 'up' ? 1 : -1;
  const frozen = resolveFrozenParams({ direction, minN });
  const usable = frozenUsable(run.series, minN);
  const baseline = buildBaseline(usable, direction, frozen);
  const monitored = baseline ? usable.slice(baseline.points.length) : [];
  let s = 0;
  let learned = 0;
  const trueVariance = (n: number) => Math.max(run.truth.a + run.truth.b / n, 0.05 * run.truth.sd ** 2);
  const earlier: { x: number; n: number }[] = [];
  return {
    usable: usable.map((p) => ({ index: p.index, stat: sign * p.value })),
    shewhart: monitored.map((p) => ({
      index: p.index,
      stat: baseline ? (sign * (p.value - baseline.centre)) / baseline.sigma : -Infinity,
    })),
    bound: usable.map((p) => {
      const variance = Math.max(run.truth.a + run.truth.b / p.n, 0.05 * run.truth.sd ** 2);
      s = Math.max(0, s + (sign * (p.value - run.truth.mean)) / Math.sqrt(variance) - k);
      return { index: p.index, stat: s };
    }),
    learnedLevel: usable.map((p) => {
      let stat = -Infinity;
      if (earlier.length >= 2) {
        const nSum = earlier.reduce((a, q) => a + q.n, 0);
        const level = earlier.reduce((a, q) => a + q.n * q.x, 0) / nSum;
        const levelVariance = earlier.reduce((a, q) => a + q.n * q.n * trueVariance(q.n), 0) / (nSum * nSum);
        learned = Math.max(0, learned + (sign * (p.value - level)) / Math.sqrt(trueVariance(p.n) + levelVariance) - k);
        stat = learned;
      }
      if (earlier.length < 20) earlier.push({ x: p.value, n: p.n });
      return { index: p.index, stat };
    }),
  };
}

/** Alerted period indices for one method (the detector: bad-direction alerts). */
export function alertIndices(
  run: SimulatedRun,
  direction: 'up' | 'down',
  params: DriftParams,
  method: MethodName,
  tuning: Tuning = NO_TUNING,
  want: 'worse' | 'better' = 'worse',
): number[] {
  const index = new Map(run.series.map((p, i) => [p.period, i]));
  if (method === 'detector') {
    return detectDriftWith(run.series, { direction, minN: params.minN, within: run.within }, params)
      .filter((s) => s.severity === 'alert' && s.direction === want)
      .map((s) => index.get(s.period) ?? -1);
  }
  if (method === 'previous') {
    return detectDriftPrevious(run.series, { direction, minN: params.minN })
      .filter((s) => s.severity === 'alert')
      .map((s) => index.get(s.period) ?? -1);
  }
  const stats = comparatorStats(run, direction, params.minN, params.k);
  const [points, limit] =
    method === 'fixed'
      ? [stats.usable, tuning.fixed]
      : method === 'bound'
        ? [stats.bound, tuning.boundH]
        : method === 'learnedLevel'
          ? [stats.learnedLevel, tuning.learnedLevelH]
          : [stats.shewhart, method === 'shewhart' ? 3 : tuning.shewhartSigmas];
  return points.filter((p) => p.stat > limit).map((p) => p.index);
}

/**
 * The most sensitive threshold whose share of stable series alerting is ≤ target, given each stable
 * series' worst value of the statistic (alert = statistic strictly above the threshold).
 */
export function tuneThreshold(worstValues: number[], target: number): number {
  const sorted = [...worstValues].sort((a, b) => b - a);
  const allowed = Math.floor(target * sorted.length + 1e-9);
  return sorted[Math.min(allowed, sorted.length - 1)] as number;
}

function seedFor(seed: number, stream: number, run: number): number {
  const mixed = (Math.imul(seed, 0x9e3779b1) ^ Math.imul(stream + 1, 0x85ebca77) ^ Math.imul(run + 1, 0xc2b2ae3d)) >>> 0;
  return Math.floor(mulberry32(mixed)() * 4294967296);
}

function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Simulates one run of a scenario: a random team, its truth, its organisation's pooled within-period variance, a
 * start period drawn from firstStart … lastStart (1-based), and the (possibly shifted) series.
 */
export function simulateRun(
  seed: number,
  scenario: Scenario,
  direction: 'up' | 'down' = 'up',
  periods = 52,
  minN = 3,
  firstStart = 13,
  lastStart = 40,
): SimulatedRun {
  const random = mulberry32(seed);
  const team = randomTeam(random, direction);
  const truth = stableTruth(team, seed ^ 0x5bd1e995, minN);
  const within = organisationWithin(seed ^ 0x27d4eb2f, direction);
  const start = scenario.kind === 'stable' ? Infinity : firstStart - 1 + Math.floor(mulberry32(seed ^ 0x165667b1)() * (lastStart - firstStart + 1));
  const points = (direction === 'up' ? 1 : -1) * scenario.size * truth.sd;
  const shift = (t: number): number => {
    if (t < start) return 0;
    if (scenario.kind === 'step') return points;
    return points * Math.min(1, (t - start + 1) / Math.max(1, scenario.rampLength));
  };
  return { series: simulateSeries(team, random, periods, shift), truth, within, start };
}

export function evaluateDrift(options: EvaluationOptions): EvaluationResult {
  const periods = options.periods ?? 52;
  const window = options.window ?? 6;
  const direction = options.direction ?? 'up';
  const firstStart = options.firstStart ?? 13;
  const lastStart = options.lastStart ?? 40;
  const scenarios = options.scenarios ?? DEFAULT_SCENARIOS;
  const params = resolveParams({}, options.params);
  const stableScenario = DEFAULT_SCENARIOS[0] as Scenario;

  // Stable runs give the detector's false-alarm rate; every comparator is tuned to it.
  const stable = Array.from({ length: options.stableRuns }, (_, i) =>
    simulateRun(seedFor(options.seed, 0, i), stableScenario, direction, periods, params.minN, firstStart, lastStart),
  );
  const alarmed = (method: MethodName, tuning?: Tuning, want: 'worse' | 'better' = 'worse') =>
    stable.filter((run) => alertIndices(run, direction, params, method, tuning, want).length > 0).length / stable.length;
  const detectorRate = alarmed('detector');
  const stats = stable.map((run) => comparatorStats(run, direction, params.minN, params.k));
  const worst = (pick: (s: ReturnType<typeof comparatorStats>) => { stat: number }[]) =>
    stats.map((s) => Math.max(-Infinity, ...pick(s).map((p) => p.stat)));
  const tuning: Tuning = {
    fixed: tuneThreshold(worst((s) => s.usable), detectorRate),
    shewhartSigmas: tuneThreshold(worst((s) => s.shewhart), detectorRate),
    boundH: tuneThreshold(worst((s) => s.bound), detectorRate),
    learnedLevelH: tuneThreshold(worst((s) => s.learnedLevel), detectorRate),
  };

  const rows: MethodResult[] = [];
  scenarios.forEach((scenario, stream) => {
    if (scenario.kind === 'stable') {
      for (const method of METHODS) {
        const falseAlarmRate = method === 'detector' ? detectorRate : alarmed(method, tuning);
        rows.push({ scenario: scenario.name, method, runs: stable.length, falseAlarmRate, detectionRate: 0, detectedByEnd: 0, medianDelay: null });
      }
      return;
    }
    const delays = new Map<MethodName, number[]>(METHODS.map((m) => [m, []]));
    const early = new Map<MethodName, number>(METHODS.map((m) => [m, 0]));
    for (let i = 0; i < options.runsPerScenario; i++) {
      const run = simulateRun(seedFor(options.seed, stream + 1, i), scenario, direction, periods, params.minN, firstStart, lastStart);
      for (const method of METHODS) {
        const alerts = alertIndices(run, direction, params, method, tuning);
        if (alerts.some((a) => a < run.start)) early.set(method, (early.get(method) ?? 0) + 1);
        const first = alerts.find((a) => a >= run.start);
        delays.get(method)?.push(first === undefined ? Infinity : first - run.start + 1);
      }
    }
    for (const method of METHODS) {
      const d = delays.get(method) ?? [];
      const med = medianOf(d);
      rows.push({
        scenario: scenario.name,
        method,
        runs: d.length,
        falseAlarmRate: (early.get(method) ?? 0) / d.length,
        detectionRate: d.filter((x) => x <= window).length / d.length,
        detectedByEnd: d.filter((x) => Number.isFinite(x)).length / d.length,
        medianDelay: Number.isFinite(med) ? med : null,
      });
    }
  });
  return {
    rows, tuning, fixedThreshold: (direction === 'up' ? 1 : -1) * tuning.fixed, betterFalseAlarmRate: alarmed('detector', tuning, 'better'),
    window, direction, periods, firstStart, lastStart,
  };
}

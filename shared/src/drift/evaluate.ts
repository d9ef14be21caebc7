// Evaluation of the detector on simulated series against comparators on the same series:
// - a plain Shewhart 3σ chart on the same frozen baseline;
// - that Shewhart chart with its multiple of σ tuned to the detector's false-alarm rate;
// - a fixed threshold on the value, tuned to the detector's false-alarm rate;
// - a reference bound: the same one-sided EWMA given the team's TRUE level and SD (never available in
//   practice), tuned to the detector's false-alarm rate. It shows what any 52-period scheme could do.
import { buildBaseline, resolveParams, usablePoints } from './baseline';
import { detectDriftWith } from './detect-drift';
import { mulberry32 } from './prng';
import { randomTeam, simulateSeries, stableStats } from './simulator';
import type { DriftParams, DriftPoint } from './types';

export type MethodName = 'detector' | 'shewhart' | 'shewhartTuned' | 'fixed' | 'knownEwma';
export const METHODS: MethodName[] = ['detector', 'shewhart', 'shewhartTuned', 'fixed', 'knownEwma'];

export interface Scenario {
  name: string;
  kind: 'stable' | 'step' | 'ramp';
  /** Size of the sustained shift in SDs of the team's stable series, in the bad direction. */
  size: number;
  /** Period index at which the shift starts (the first shifted period). */
  start: number;
  /** For ramps: periods until the full size is reached. */
  rampLength: number;
}

export const DEFAULT_SCENARIOS: Scenario[] = [
  { name: 'stable', kind: 'stable', size: 0, start: 0, rampLength: 0 },
  { name: 'step 1 SD', kind: 'step', size: 1, start: 26, rampLength: 0 },
  { name: 'step 1.5 SD', kind: 'step', size: 1.5, start: 26, rampLength: 0 },
  { name: 'step 2 SD', kind: 'step', size: 2, start: 26, rampLength: 0 },
  { name: 'ramp 1 SD', kind: 'ramp', size: 1, start: 26, rampLength: 6 },
  { name: 'ramp 2 SD', kind: 'ramp', size: 2, start: 26, rampLength: 6 },
];

export interface EvaluationOptions {
  seed: number;
  stableRuns: number;
  runsPerScenario: number;
  periods?: number;
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
  /** Limit of the known-parameter EWMA, in σ of the EWMA. */
  knownEwmaL: number;
}

export interface EvaluationResult {
  rows: MethodResult[];
  tuning: Tuning;
  /** The fixed threshold on the value itself (alert when a usable point is beyond it on the bad side). */
  fixedThreshold: number;
  window: number;
  direction: 'up' | 'down';
}

/** One simulated series with the team's true level and SD. */
export interface SimulatedRun {
  series: DriftPoint[];
  truth: { mean: number; sd: number };
}

const NO_TUNING: Tuning = { fixed: Infinity, shewhartSigmas: Infinity, knownEwmaL: Infinity };

/** Per monitored point (after the baseline): the statistic each comparator thresholds, bad side positive. */
function comparatorStats(run: SimulatedRun, direction: 'up' | 'down', params: DriftParams) {
  const sign = direction === 'up' ? 1 : -1;
  const usable = usablePoints(run.series, params.minN);
  const baseline = buildBaseline(usable, direction, params);
  const monitored = baseline ? usable.slice(baseline.points.length) : [];
  const lambda = params.ewmaLambda;
  let z = 0;
  return {
    usable: usable.map((p) => ({ index: p.index, stat: sign * p.value })),
    shewhart: monitored.map((p) => ({
      index: p.index,
      stat: baseline ? (sign * (p.value - baseline.centre)) / baseline.sigma : -Infinity,
    })),
    knownEwma: monitored.map((p, i) => {
      z = Math.max(0, lambda * ((sign * (p.value - run.truth.mean)) / run.truth.sd) + (1 - lambda) * z);
      return { index: p.index, stat: z / Math.sqrt((lambda / (2 - lambda)) * (1 - Math.pow(1 - lambda, 2 * (i + 1)))) };
    }),
  };
}

/** Alerted period indices for one method. */
export function alertIndices(
  run: SimulatedRun,
  direction: 'up' | 'down',
  params: DriftParams,
  method: MethodName,
  tuning: Tuning = NO_TUNING,
): number[] {
  if (method === 'detector') {
    const index = new Map(run.series.map((p, i) => [p.period, i]));
    return detectDriftWith(run.series, { direction, minN: params.minN }, params)
      .filter((s) => s.severity === 'alert')
      .map((s) => index.get(s.period) ?? -1);
  }
  const stats = comparatorStats(run, direction, params);
  const [points, limit] =
    method === 'fixed'
      ? [stats.usable, tuning.fixed]
      : method === 'knownEwma'
        ? [stats.knownEwma, tuning.knownEwmaL]
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

/** Simulates one run of a scenario: a random team, its true level/SD, and the (possibly shifted) series. */
export function simulateRun(
  seed: number,
  scenario: Scenario,
  direction: 'up' | 'down' = 'up',
  periods = 52,
  minN = 3,
): SimulatedRun {
  const random = mulberry32(seed);
  const team = randomTeam(random, direction);
  const truth = stableStats(team, seed ^ 0x5bd1e995, minN);
  const points = (direction === 'up' ? 1 : -1) * scenario.size * truth.sd;
  const shift = (t: number): number => {
    if (scenario.kind === 'stable' || t < scenario.start) return 0;
    if (scenario.kind === 'step') return points;
    return points * Math.min(1, (t - scenario.start + 1) / Math.max(1, scenario.rampLength));
  };
  return { series: simulateSeries(team, random, periods, shift), truth };
}

export function evaluateDrift(options: EvaluationOptions): EvaluationResult {
  const periods = options.periods ?? 52;
  const window = options.window ?? 6;
  const direction = options.direction ?? 'up';
  const scenarios = options.scenarios ?? DEFAULT_SCENARIOS;
  const params = resolveParams({ direction }, options.params);
  const stableScenario = DEFAULT_SCENARIOS[0] as Scenario;

  // Stable runs give the detector's false-alarm rate; every comparator is tuned to it.
  const stable = Array.from({ length: options.stableRuns }, (_, i) =>
    simulateRun(seedFor(options.seed, 0, i), stableScenario, direction, periods, params.minN),
  );
  const alarmed = (method: MethodName, tuning?: Tuning) =>
    stable.filter((run) => alertIndices(run, direction, params, method, tuning).length > 0).length / stable.length;
  const detectorRate = alarmed('detector');
  const worst = (pick: (s: ReturnType<typeof comparatorStats>) => { stat: number }[]) =>
    stable.map((run) => Math.max(-Infinity, ...pick(comparatorStats(run, direction, params)).map((p) => p.stat)));
  const tuning: Tuning = {
    fixed: tuneThreshold(worst((s) => s.usable), detectorRate),
    shewhartSigmas: tuneThreshold(worst((s) => s.shewhart), detectorRate),
    knownEwmaL: tuneThreshold(worst((s) => s.knownEwma), detectorRate),
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
      const run = simulateRun(seedFor(options.seed, stream + 1, i), scenario, direction, periods, params.minN);
      for (const method of METHODS) {
        const alerts = alertIndices(run, direction, params, method, tuning);
        if (alerts.some((a) => a < scenario.start)) early.set(method, (early.get(method) ?? 0) + 1);
        const first = alerts.find((a) => a >= scenario.start);
        delays.get(method)?.push(first === undefined ? Infinity : first - scenario.start + 1);
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
  return { rows, tuning, fixedThreshold: (direction === 'up' ? 1 : -1) * tuning.fixed, window, direction };
}

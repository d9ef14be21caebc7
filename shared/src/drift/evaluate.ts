// Evaluation of the detector on simulated series, against a plain Shewhart 3σ chart on the same frozen
// baseline, that chart with its limit tuned to the detector's false-alarm rate, and a fixed threshold
// tuned to the same false-alarm rate.
import { buildBaseline, resolveParams, usablePoints } from './baseline';
import { detectDriftWith } from './detect-drift';
import { mulberry32, type Random } from './prng';
import { randomTeam, simulateSeries, stableSd } from './simulator';
import type { DriftParams, DriftPoint } from './types';

export type MethodName = 'detector' | 'shewhart' | 'shewhartTuned' | 'fixed';
export const METHODS: MethodName[] = ['detector', 'shewhart', 'shewhartTuned', 'fixed'];

/** Tuned comparator settings: the fixed threshold (on sign × value) and the tuned Shewhart multiple. */
export interface Tuning {
  fixed: number;
  shewhartSigmas: number;
}

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

export interface EvaluationResult {
  rows: MethodResult[];
  /** The fixed threshold on the value (alert when a usable point is beyond it on the bad side). */
  fixedThreshold: number;
  /** The Shewhart multiple (of σ) that gives the detector's false-alarm rate. */
  tunedShewhartSigmas: number;
  window: number;
  direction: 'up' | 'down';
}

/** Largest standardised bad-side deviation of the monitored points from the frozen baseline (σ units). */
export function worstDeviation(series: DriftPoint[], direction: 'up' | 'down', params: DriftParams): number {
  const usable = usablePoints(series, params.minN);
  const baseline = buildBaseline(usable, direction, params);
  if (!baseline) return Number.NEGATIVE_INFINITY;
  const d = usable.slice(baseline.points.length).map((p) => (baseline.sign * (p.value - baseline.centre)) / baseline.sigma);
  return Math.max(...d, Number.NEGATIVE_INFINITY);
}

/** Alerted period indices for each method. */
export function alertIndices(
  series: DriftPoint[],
  direction: 'up' | 'down',
  params: DriftParams,
  method: MethodName,
  tuning: Tuning = { fixed: Number.POSITIVE_INFINITY, shewhartSigmas: Number.POSITIVE_INFINITY },
): number[] {
  const sign = direction === 'up' ? 1 : -1;
  const usable = usablePoints(series, params.minN);
  if (method === 'fixed') return usable.filter((p) => sign * p.value > tuning.fixed).map((p) => p.index);
  if (method === 'shewhart' || method === 'shewhartTuned') {
    const baseline = buildBaseline(usable, direction, params);
    if (!baseline) return [];
    const k = method === 'shewhart' ? 3 : tuning.shewhartSigmas;
    return usable
      .slice(baseline.points.length)
      .filter((p) => sign * (p.value - baseline.centre) > k * baseline.sigma)
      .map((p) => p.index);
  }
  const index = new Map(series.map((p, i) => [p.period, i]));
  return detectDriftWith(series, { direction, minN: params.minN }, params)
    .filter((s) => s.severity === 'alert')
    .map((s) => index.get(s.period) ?? -1);
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

function shiftFor(scenario: Scenario, points: number): (t: number) => number {
  return (t) => {
    if (scenario.kind === 'stable' || t < scenario.start) return 0;
    if (scenario.kind === 'step') return points;
    return points * Math.min(1, (t - scenario.start + 1) / Math.max(1, scenario.rampLength));
  };
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

export function evaluateDrift(options: EvaluationOptions): EvaluationResult {
  const periods = options.periods ?? 52;
  const window = options.window ?? 6;
  const direction = options.direction ?? 'up';
  const sign = direction === 'up' ? 1 : -1;
  const scenarios = options.scenarios ?? DEFAULT_SCENARIOS;
  const params = resolveParams({ direction }, options.params);
  const makeTeam = (random: Random) => randomTeam(random, direction);

  // Stable series: false alarms, and the fixed threshold tuned to the detector's false-alarm rate.
  const stable = Array.from({ length: options.stableRuns }, (_, i) => {
    const random = mulberry32(seedFor(options.seed, 0, i));
    return simulateSeries(makeTeam(random), random, periods);
  });
  const detectorRate =
    stable.filter((s) => alertIndices(s, direction, params, 'detector').length > 0).length / stable.length;
  const worst = stable.map((s) => Math.max(...usablePoints(s, params.minN).map((p) => sign * p.value), -Infinity));
  const tuned: Tuning = {
    fixed: tuneThreshold(worst, detectorRate),
    shewhartSigmas: tuneThreshold(
      stable.map((s) => worstDeviation(s, direction, params)),
      detectorRate,
    ),
  };
  const anyAlert = (method: MethodName) =>
    stable.filter((s) => alertIndices(s, direction, params, method, tuned).length > 0).length / stable.length;
  const rows: MethodResult[] = [];

  scenarios.forEach((scenario, stream) => {
    if (scenario.kind === 'stable') {
      for (const method of METHODS) {
        const rate = method === 'detector' ? detectorRate : anyAlert(method);
        const base = { scenario: scenario.name, method, runs: stable.length };
        rows.push({ ...base, falseAlarmRate: rate, detectionRate: 0, detectedByEnd: 0, medianDelay: null });
      }
      return;
    }
    const delays: Record<MethodName, number[]> = { detector: [], shewhart: [], shewhartTuned: [], fixed: [] };
    const early: Record<MethodName, number> = { detector: 0, shewhart: 0, shewhartTuned: 0, fixed: 0 };
    for (let i = 0; i < options.runsPerScenario; i++) {
      const seed = seedFor(options.seed, stream + 1, i);
      const random = mulberry32(seed);
      const team = makeTeam(random);
      const size = sign * scenario.size * stableSd(team, seed ^ 0x5bd1e995, params.minN);
      const series = simulateSeries(team, random, periods, shiftFor(scenario, size));
      for (const method of METHODS) {
        const alerts = alertIndices(series, direction, params, method, tuned);
        if (alerts.some((a) => a < scenario.start)) early[method]++;
        const first = alerts.find((a) => a >= scenario.start);
        delays[method].push(first === undefined ? Number.POSITIVE_INFINITY : first - scenario.start + 1);
      }
    }
    for (const method of METHODS) {
      const d = delays[method];
      const med = medianOf(d);
      rows.push({
        scenario: scenario.name,
        method,
        runs: d.length,
        falseAlarmRate: early[method] / d.length,
        detectionRate: d.filter((x) => x <= window).length / d.length,
        detectedByEnd: d.filter((x) => Number.isFinite(x)).length / d.length,
        medianDelay: Number.isFinite(med) ? med : null,
      });
    }
  });
  return { rows, fixedThreshold: sign * tuned.fixed, tunedShewhartSigmas: tuned.shewhartSigmas, window, direction };
}

/** A side-by-side text table: one line per scenario, one column group per method. */
export function formatEvaluationTable(result: EvaluationResult): string {
  const width = 24;
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(6);
  const cell = (r: MethodResult | undefined) => {
    if (!r) return ''.padEnd(width);
    const stable = r.scenario === 'stable';
    const delay = stable ? '' : r.medianDelay === null ? '>end' : String(r.medianDelay);
    return `${pct(r.falseAlarmRate)}  ${stable ? ''.padStart(6) : pct(r.detectionRate)}  ${delay.padStart(6)}`.padEnd(width);
  };
  const labels: Record<MethodName, string> = {
    detector: 'detector',
    shewhart: 'Shewhart 3σ (plain)',
    shewhartTuned: `Shewhart ${result.tunedShewhartSigmas.toFixed(2)}σ (tuned)`,
    fixed: `fixed ${result.direction === 'up' ? '>' : '<'} ${result.fixedThreshold.toFixed(1)} (tuned)`,
  };
  const heads = METHODS.map((m) => labels[m].padEnd(width)).join(' | ');
  const sub = METHODS.map(() => `${'FA'.padStart(6)}  ${`det≤${result.window}`.padStart(6)}  ${'median'.padStart(6)}`.padEnd(width));
  const lines = [`${'scenario'.padEnd(12)} | ${heads}`, `${''.padEnd(12)} | ${sub.join(' | ')}`];
  for (const scenario of [...new Set(result.rows.map((r) => r.scenario))]) {
    const rows = METHODS.map((m) => result.rows.find((r) => r.scenario === scenario && r.method === m));
    lines.push(`${scenario.padEnd(12)} | ${rows.map(cell).join(' | ')}`);
  }
  return lines.join('\n');
}

// Simulated team series for calibrating the drift detector.
import { integer, mulberry32, normalSource, uniform, type Random } from './prng';
import type { DriftPoint } from './types';

// Module-level copies: global lookups are slow inside Jest's VM context.
const { min, max, round, sqrt, floor } = Math;

/** A team whose checklist scores are averaged per period. */
export interface TeamConfig {
  /** Raters on the team (3–8). */
  teamSize: number;
  /** SD of individual scores around the team level (12–18 points on 0–100). */
  raterSpread: number;
  /** Share of that variance that is a rater's persistent leaning (the rest is period-to-period noise). */
  biasShare: number;
  /** Each rater's persistent leaning (points), drawn once per team. */
  biases: number[];
  /** Chance that a rater rates in a given period. */
  presence: number;
  /** Chance that nobody rates in a period (holidays, vacancies) → n = 0. */
  gapRate: number;
  /** The team's usual level. */
  level: number;
  /** Stationary SD and lag-1 autocorrelation of the slow team-level AR(1) wobble. */
  wobbleSd: number;
  wobblePhi: number;
}

export function randomTeam(random: Random, direction: 'up' | 'down'): TeamConfig {
  const normal = normalSource(random);
  const teamSize = integer(random, 3, 8);
  const raterSpread = uniform(random, 12, 18);
  const biasShare = uniform(random, 0.2, 0.5);
  const biasSd = raterSpread * sqrt(biasShare);
  return {
    teamSize,
    raterSpread,
    biasShare,
    biases: Array.from({ length: teamSize }, () => biasSd * normal()),
    presence: uniform(random, 0.65, 0.95),
    gapRate: uniform(random, 0, 0.08),
    level: direction === 'up' ? uniform(random, 15, 45) : uniform(random, 55, 85),
    wobbleSd: uniform(random, 1, 3),
    wobblePhi: uniform(random, 0.3, 0.7),
  };
}

/** 'YYYY-MM' labels for consecutive months from Jan 2022. */
export function monthLabel(index: number): string {
  const year = 2022 + floor(index / 12);
  return `${year}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * One series of `periods` period means. `shift(t)` is added to the team level at period t (in points,
 * already signed). Individual scores are rounded and kept within 0–100; periods without raters get n = 0
 * and value 0 (which the detector must skip).
 */
export function simulateSeries(
  team: TeamConfig,
  random: Random,
  periods: number,
  shift: (t: number) => number = () => 0,
): DriftPoint[] {
  const normal = normalSource(random);
  const noiseSd = team.raterSpread * sqrt(1 - team.biasShare);
  const innovationSd = team.wobbleSd * sqrt(1 - team.wobblePhi * team.wobblePhi);
  let wobble = team.wobbleSd * normal();
  const series: DriftPoint[] = [];
  for (let t = 0; t < periods; t++) {
    if (t > 0) wobble = team.wobblePhi * wobble + innovationSd * normal();
    const gap = random() < team.gapRate;
    let sum = 0;
    let sumSq = 0;
    let n = 0;
    for (const bias of team.biases) {
      const present = random() < team.presence;
      const noise = normal();
      if (gap || !present) continue;
      const score = min(100, max(0, round(team.level + shift(t) + wobble + bias + noiseSd * noise)));
      sum += score;
      sumSq += score * score;
      n++;
    }
    // The within-period spread, as the API derives it from a rollup's count, sum and sum of squares.
    const sd = n > 1 ? sqrt(max(0, (sumSq - (sum * sum) / n) / (n - 1))) : null;
    series.push({ period: monthLabel(t), value: n > 0 ? sum / n : 0, n, sd });
  }
  return series;
}

/**
 * The within-period variance of single ratings pooled over `teams` other random teams of the same organisation
 * (`periods` periods each), with its degrees of freedom — what the API reads from the organisation's rollups.
 */
export function organisationWithin(seed: number, direction: 'up' | 'down', teams = 7, periods = 24): { variance: number; df: number } {
  const random = mulberry32(seed);
  let ss = 0;
  let df = 0;
  for (let i = 0; i < teams; i++) {
    const team = randomTeam(random, direction);
    for (const p of simulateSeries(team, random, periods)) {
      if (p.sd === null || p.sd === undefined || p.n < 2) continue;
      ss += (p.n - 1) * p.sd * p.sd;
      df += p.n - 1;
    }
  }
  return { variance: df > 0 ? ss / df : 0, df };
}

/**
 * The team's true usual level, period-to-period SD, and the variance of a period mean as a function of its number
 * of ratings, var(n) = a + b / n (least squares on the same long stable run): what a reference scheme may know.
 */
export function stableTruth(team: TeamConfig, seed: number, minN = 3, periods = 400): { mean: number; sd: number; a: number; b: number } {
  const points = simulateSeries(team, mulberry32(seed), periods).filter((p) => p.n >= minN);
  const m = points.reduce((acc, p) => acc + p.value, 0) / points.length;
  const xs = points.map((p) => 1 / p.n);
  const ys = points.map((p) => (p.value - m) ** 2);
  const mx = xs.reduce((acc, x) => acc + x, 0) / xs.length;
  const my = ys.reduce((acc, y) => acc + y, 0) / ys.length;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < xs.length; i++) {
    sxy += ((xs[i] as number) - mx) * ((ys[i] as number) - my);
    sxx += ((xs[i] as number) - mx) ** 2;
  }
  const b = sxx > 0 ? max(0, sxy / sxx) : 0;
  return { mean: m, sd: sqrt((my * points.length) / (points.length - 1)), a: my - b * mx, b };
}

/**
 * The team's true usual level and period-to-period SD: mean and SD of the usable period means (n ≥ minN)
 * of a long stable run of the same team. Shift sizes are expressed in this SD.
 */
export function stableStats(team: TeamConfig, seed: number, minN = 3, periods = 400): { mean: number; sd: number } {
  const values = simulateSeries(team, mulberry32(seed), periods)
    .filter((p) => p.n >= minN)
    .map((p) => p.value);
  const m = values.reduce((a, b) => a + b, 0) / values.length;
  return { mean: m, sd: sqrt(values.reduce((a, v) => a + (v - m) ** 2, 0) / (values.length - 1)) };
}

export function stableSd(team: TeamConfig, seed: number, minN = 3, periods = 400): number {
  return stableStats(team, seed, minN, periods).sd;
}

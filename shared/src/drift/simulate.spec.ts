import {
  evaluateDrift, formatEvaluationMarkdown, formatEvaluationTable, mulberry32, normalSource, organisationWithin, randomTeam, simulateRun, simulateSeries,
  stableStats, stableTruth, targetChecks,
} from './simulate';
import type { EvaluationResult, MethodName, MethodResult } from './simulate';

describe('simulator', () => {
  it('mulberry32 + Box–Muller are deterministic and look right', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const draws = Array.from({ length: 5 }, () => a());
    expect(draws).toEqual(Array.from({ length: 5 }, () => b()));
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
    const normal = normalSource(mulberry32(11));
    const z = Array.from({ length: 20000 }, normal);
    const mean = z.reduce((s, x) => s + x, 0) / z.length;
    const variance = z.reduce((s, x) => s + (x - mean) ** 2, 0) / z.length;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.05);
  });

  it('simulates realistic team series: 0–100 means of the raters present, some periods without raters', () => {
    const runs = Array.from({ length: 200 }, (_, i) => {
      const random = mulberry32(1000 + i);
      const team = randomTeam(random, 'up');
      return { team, series: simulateSeries(team, random, 52), again: simulateSeries(team, mulberry32(1), 52) };
    });
    for (const { team, series } of runs) {
      expect(series).toHaveLength(52);
      expect(series.every((p) => p.value >= 0 && p.value <= 100 && p.n >= 0 && p.n <= team.teamSize)).toBe(true);
      expect(team.raterSpread).toBeGreaterThanOrEqual(12);
      expect(team.raterSpread).toBeLessThanOrEqual(18);
    }
    const points = runs.flatMap((r) => r.series);
    expect(points.some((p) => p.n === 0)).toBe(true);
    expect(points.some((p) => p.n > 0 && p.n < 3)).toBe(true);
    const team = runs[0]?.team;
    if (!team) throw new Error('no team');
    expect(simulateSeries(team, mulberry32(1), 52)).toEqual(runs[0]?.again);
    const { sd } = stableStats(team, 5);
    expect(sd).toBeGreaterThan(2);
    expect(sd).toBeLessThan(15);
  });

  it('gives each point the spread of its ratings, and the organisation a pooled within-period variance', () => {
    const random = mulberry32(77);
    const team = randomTeam(random, 'up');
    const series = simulateSeries(team, random, 52);
    expect(series.filter((p) => p.n >= 2).every((p) => typeof p.sd === 'number' && (p.sd as number) >= 0)).toBe(true);
    expect(series.filter((p) => p.n < 2).every((p) => p.sd === null)).toBe(true);
    const org = organisationWithin(5, 'up');
    // Rater SDs are 12–18 with 20–50 % of the variance persistent: the pooled within-period SD lands in that range.
    expect(Math.sqrt(org.variance)).toBeGreaterThan(11);
    expect(Math.sqrt(org.variance)).toBeLessThan(19);
    expect(org.df).toBeGreaterThan(300);
    // The fitted variance of a period mean falls with its number of ratings.
    const truth = stableTruth(team, 5);
    expect(truth.b).toBeGreaterThan(0);
    expect(truth.sd).toBeCloseTo(stableStats(team, 5).sd, 10);
  });

  it('starts shifts anywhere from period 13 to 40', () => {
    const starts = Array.from({ length: 300 }, (_, i) => simulateRun(i + 1, { name: 's', kind: 'step', size: 1, rampLength: 0 }).start);
    expect(Math.min(...starts)).toBe(12);
    expect(Math.max(...starts)).toBe(39);
  });
});

describe('calibration on simulated series (400 stable + 200 per shift scenario, seeded)', () => {
  let result: EvaluationResult;
  const row = (scenario: string, method: MethodName): MethodResult => {
    const found = result.rows.find((r) => r.scenario === scenario && r.method === method);
    if (!found) throw new Error(`no row ${scenario}/${method}`);
    return found;
  };
  const shifts = ['step 1 SD', 'step 1.5 SD', 'step 2 SD', 'ramp 1 SD', 'ramp 2 SD'];

  beforeAll(() => {
    result = evaluateDrift({ seed: 2026, stableRuns: 400, runsPerScenario: 200 });
    console.info(`Drift detector calibration (seed 2026):\n${formatEvaluationTable(result)}`);
  });

  it('raises an alert on at most 5% of stable 52-period series (and a false "improving" alert about as rarely)', () => {
    expect(row('stable', 'detector').falseAlarmRate).toBeLessThanOrEqual(0.05);
    expect(row('stable', 'detector').falseAlarmRate).toBeGreaterThan(0); // the limits are not absurdly wide
    expect(result.betterFalseAlarmRate).toBeLessThanOrEqual(0.05);
  });

  it('a plain Shewhart 3σ chart on a 12-point baseline breaks that budget', () => {
    expect(row('stable', 'shewhart').falseAlarmRate).toBeGreaterThan(0.05);
  });

  it('beats a Shewhart chart and a fixed threshold tuned to the same false-alarm rate, in every scenario', () => {
    const fa = row('stable', 'detector').falseAlarmRate;
    for (const method of ['shewhartTuned', 'fixed'] as const) {
      expect(row('stable', method).falseAlarmRate).toBeLessThanOrEqual(fa);
      for (const s of shifts) {
        expect(row(s, 'detector').detectedByEnd).toBeGreaterThan(row(s, method).detectedByEnd);
        expect(row(s, 'detector').medianDelay ?? Infinity).toBeLessThanOrEqual(row(s, method).medianDelay ?? Infinity);
      }
    }
    expect(targetChecks(result).filter((c) => c.label.startsWith('beats')).every((c) => c.met)).toBe(true);
  });

  it('detects more, by the end, than the previous detector (frozen 12-point baseline) in every scenario', () => {
    for (const s of shifts) expect(row(s, 'detector').detectedByEnd).toBeGreaterThan(row(s, 'previous').detectedByEnd);
  });

  it('detects bigger shifts more often and sooner', () => {
    const end = (s: string) => row(s, 'detector').detectedByEnd;
    expect(end('step 1.5 SD')).toBeGreaterThan(end('step 1 SD'));
    expect(end('step 2 SD')).toBeGreaterThan(end('step 1.5 SD'));
    expect(end('ramp 2 SD')).toBeGreaterThan(end('ramp 1 SD'));
    expect(row('step 2 SD', 'detector').medianDelay ?? Infinity).toBeLessThan(row('step 1 SD', 'detector').medianDelay ?? Infinity);
  });

  it('reaches the calibrated levels (below the issue-9 targets for 1 SD, which even the bound barely reaches)', () => {
    expect(row('step 1 SD', 'detector').detectedByEnd).toBeGreaterThanOrEqual(0.5);
    expect(row('ramp 1 SD', 'detector').detectedByEnd).toBeGreaterThanOrEqual(0.5);
    expect(row('step 1.5 SD', 'detector').detectedByEnd).toBeGreaterThanOrEqual(0.75);
    expect(row('step 2 SD', 'detector').detectedByEnd).toBeGreaterThanOrEqual(0.9);
    expect(row('step 2 SD', 'detector').medianDelay).toBeLessThanOrEqual(7);
    // The bound knows each team's true level and variance: no detector can be expected to beat it.
    for (const s of shifts) expect(row(s, 'bound').detectedByEnd).toBeGreaterThanOrEqual(row(s, 'detector').detectedByEnd);
  });

  it('prints a Markdown table for the README with every method and scenario', () => {
    const table = formatEvaluationMarkdown(result);
    expect(table.split('\n')).toHaveLength(3 + shifts.length);
    expect(table).toContain('| step 1 SD |');
    expect(table).toContain('previous detector');
  });
});

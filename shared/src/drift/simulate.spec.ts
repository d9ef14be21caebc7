import { evaluateDrift, formatEvaluationTable, mulberry32, normalSource, randomTeam, simulateSeries, stableStats } from './simulate';
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

  it('raises an alert on at most 5% of stable 52-period series', () => {
    expect(row('stable', 'detector').falseAlarmRate).toBeLessThanOrEqual(0.05);
    expect(row('stable', 'detector').falseAlarmRate).toBeGreaterThan(0); // the limits are not absurdly wide
  });

  it('a plain Shewhart 3σ chart on the same 12-point baseline breaks that budget', () => {
    expect(row('stable', 'shewhart').falseAlarmRate).toBeGreaterThan(0.05);
  });

  it('beats a Shewhart chart and a fixed threshold tuned to the same false-alarm rate, in every scenario', () => {
    const fa = row('stable', 'detector').falseAlarmRate;
    for (const method of ['shewhartTuned', 'fixed'] as const) {
      expect(row('stable', method).falseAlarmRate).toBeLessThanOrEqual(fa);
      for (const s of shifts) {
        expect(row(s, 'detector').detectionRate).toBeGreaterThan(row(s, method).detectionRate);
        expect(row(s, 'detector').detectedByEnd).toBeGreaterThan(row(s, method).detectedByEnd);
      }
    }
  });

  it('detects bigger shifts more often and sooner', () => {
    const det = (s: string) => row(s, 'detector').detectionRate;
    expect(det('step 1.5 SD')).toBeGreaterThan(det('step 1 SD'));
    expect(det('step 2 SD')).toBeGreaterThan(det('step 1.5 SD'));
    expect(det('ramp 2 SD')).toBeGreaterThan(det('ramp 1 SD'));
    expect(det('step 2 SD')).toBeGreaterThan(det('ramp 2 SD'));
  });

  it('reaches the calibrated detection levels (see the report: ≥50% within 6 periods at 1 SD is out of reach)', () => {
    // Within 6 periods of the shift's start.
    expect(row('step 1 SD', 'detector').detectionRate).toBeGreaterThanOrEqual(0.08);
    expect(row('step 2 SD', 'detector').detectionRate).toBeGreaterThanOrEqual(0.4);
    expect(row('ramp 2 SD', 'detector').detectionRate).toBeGreaterThanOrEqual(0.12);
    // By the end of the series (26 periods after the start).
    expect(row('step 1 SD', 'detector').detectedByEnd).toBeGreaterThanOrEqual(0.3);
    expect(row('step 2 SD', 'detector').detectedByEnd).toBeGreaterThanOrEqual(0.8);
    expect(row('ramp 2 SD', 'detector').detectedByEnd).toBeGreaterThanOrEqual(0.8);
    expect(row('step 2 SD', 'detector').medianDelay).toBeLessThanOrEqual(8);
  });

  it('recovers a good share of what is possible even with the true level and SD known', () => {
    for (const s of ['step 1.5 SD', 'step 2 SD', 'ramp 2 SD']) {
      expect(row(s, 'knownEwma').detectionRate).toBeGreaterThanOrEqual(row(s, 'detector').detectionRate);
      expect(row(s, 'detector').detectionRate).toBeGreaterThanOrEqual(0.45 * row(s, 'knownEwma').detectionRate);
    }
  });
});

import { analyzeDrift, controlLimits, detectDrift, detectDriftWith } from './detect-drift';
import { monthLabel } from './simulator';
import type { DriftOptions, DriftPoint } from './types';

// A steady team: monthly points from Jan 2022 wobbling by up to ±4 around `level`; 5 ratings a period with a
// within-period SD of 15 (so a period mean of 5 ratings has SD ≈ 6.7), unless told otherwise.
const WAVE = [0, 3, -2, 4, -3, 1, -4, 2, -1, 3, -2, 0];
const steady = (count: number, level = 50): number[] => Array.from({ length: count }, (_, i) => level + (WAVE[i % 12] as number));
const series = (values: number[], n: number | number[] = 5, sd: number | null = 15): DriftPoint[] =>
  values.map((value, i) => ({ period: monthLabel(i), value, n: Array.isArray(n) ? (n[i] as number) : n, sd }));
const within = { variance: 225, df: 500 };
const up: DriftOptions = { direction: 'up', within };
const brief = (points: DriftPoint[], options: DriftOptions = up) =>
  detectDrift(points, options).map((s) => [s.rule, s.direction, s.severity, s.since, s.period, s.inForce]);

describe('detectDrift', () => {
  it('stays quiet on ordinary ups and downs, over three years', () => {
    expect(brief(series(steady(36)))).toEqual([]);
  });

  it('weighs a period by its number of ratings: the same value is unusual from 8 ratings, not from 3', () => {
    const n = (last: number) => [...Array<number>(12).fill(5), last, 5, 5];
    const values = [...steady(12), 66, 50, 51];
    // In force while it is among the last three periods.
    expect(brief(series(values, n(8)))).toEqual([['SHEWHART_3SIGMA', 'worse', 'watch', '2023-01', '2023-01', true]]);
    expect(brief(series([...values, 49], [...n(8), 5]))).toEqual([['SHEWHART_3SIGMA', 'worse', 'watch', '2023-01', '2023-01', false]]);
    expect(brief(series(values, n(3)))).toEqual([]);
    expect(detectDrift(series(values, n(8)), up)[0]?.message).toMatch(/^In Jan 2023 the value \(66\.0, from 8 ratings\) was above the limit of [\d.]+ for a period with that many ratings \(usual level 50\.1\)/);
    // The chart's limits say the same: narrower for the period with more ratings.
    const limits = controlLimits(series([...steady(12), 50, 50], [...Array<number>(12).fill(5), 8, 3]), up);
    const [eight, three] = limits?.points.slice(-2) ?? [];
    expect((eight?.upper ?? 0) - (eight?.lower ?? 0)).toBeLessThan((three?.upper ?? 0) - (three?.lower ?? 0));
  });

  it('protects a young team from its first periods (self-starting): a big change after 4 periods is an alert', () => {
    expect(brief(series([...steady(4), ...steady(8, 75)]))).toEqual([['CUSUM', 'worse', 'alert', '2022-05', '2022-08', true]]);
  });

  it('signals a sustained change, restarts the usual level there, and signals the way back as an improvement', () => {
    const signals = detectDrift(series([...steady(12), ...steady(12, 62), ...steady(12, 50)]), up);
    expect(signals.map((s) => [s.rule, s.direction, s.since, s.period, s.inForce])).toEqual([
      ['CUSUM', 'worse', '2023-01', '2023-06', false],
      ['CUSUM', 'better', '2024-01', '2024-06', true],
    ]);
    const [worse, better] = signals;
    expect(worse?.message).toContain('above its usual level of 53.7 since Jan 2023');
    expect(worse?.message).toContain('Jan 2023: 62.0, Feb 2023: 65.0');
    expect(worse?.message).toContain('passed its limit in Jun 2023');
    expect(worse?.message).toContain('a period with more ratings counts for more');
    expect(worse?.message).toContain('From here the usual level is worked out from Jan 2023 on');
    expect(better?.message).toContain('below its usual level');
    expect(better?.message).toContain('Practice has improved');
  });

  it("reads 'worse' and 'better' against the bad direction: a rising fidelity index is an improvement", () => {
    expect(brief(series([...steady(12, 60), ...steady(12, 75)]), { direction: 'down', within })).toEqual([
      ['CUSUM', 'better', 'alert', '2023-01', '2023-04', true],
    ]);
    expect(brief(series([...steady(12, 60), ...steady(12, 45)]), { direction: 'down', within }).map((s) => s[1])).toEqual(['worse']);
  });

  it('a manager’s restart starts the usual level afresh: earlier changes are no longer in force', () => {
    const points = series([...steady(12), ...steady(12, 62), ...steady(12, 50)]);
    const options = { ...up, restarts: ['2023-03'] };
    expect(brief(points, options)).toEqual([['CUSUM', 'better', 'alert', '2024-01', '2024-07', true]]);
    expect(controlLimits(points, options)?.restarts).toEqual(['2023-03']);
    // A restart date without a usable point of its own takes effect at the next usable point.
    const gap = points.map((p) => (p.period === '2023-03' ? { ...p, n: 0 } : p));
    expect(controlLimits(gap, options)?.restarts).toEqual(['2023-04']);
  });

  it('judges each period only by the periods before it, so the signals of a period never depend on where the series ends', () => {
    const points = series([...steady(12), ...steady(12, 62), ...steady(12, 50)]);
    const full = detectDrift(points, up).map(({ inForce: _inForce, ...s }) => s);
    for (let end = 1; end <= points.length; end++) {
      const last = points[end - 1]?.period ?? '';
      const prefix = detectDrift(points.slice(0, end), up).map(({ inForce: _inForce, ...s }) => s);
      expect(prefix).toEqual(full.filter((s) => s.period <= last));
    }
  });

  it('works without any within-period spread (no sd, no organisation figure), judging points from the fourth on', () => {
    const points = series([...steady(12), ...steady(6, 70)], 5, null);
    const limits = controlLimits(points, { direction: 'up' });
    expect(limits?.points[0]?.period).toBe('2022-04');
    expect(brief(points, { direction: 'up' }).map((s) => s.slice(0, 3))).toContainEqual(['CUSUM', 'worse', 'alert']);
  });

  it('with a within-period spread known, judges points from the third on', () => {
    expect(controlLimits(series(steady(6)), up)?.points[0]?.period).toBe('2022-03');
  });

  it('skips small cells entirely: they neither alarm nor enter the usual level', () => {
    const points = series([...steady(12), 95, 50]);
    (points[12] as DriftPoint).n = 2;
    expect(brief(points)).toEqual([]);
    expect(controlLimits(points, up)?.baselinePeriods).not.toContain('2023-01');
    expect(brief(points, { ...up, minN: 2 }).map((s) => s[0])).toContain('SHEWHART_3SIGMA');
  });

  it('gives the chart its n-weighted usual level, the periods behind it and per-period limits', () => {
    const points = series([...steady(12), 50, 50], [...Array<number>(12).fill(5), 8, 3]);
    const limits = controlLimits(points, up);
    const weighted = points.reduce((a, p) => a + p.n * p.value, 0) / points.reduce((a, p) => a + p.n, 0);
    expect(limits?.centre).toBeCloseTo(weighted, 10);
    expect(limits?.baselinePeriods).toHaveLength(14);
    expect(limits?.points.every((p) => p.lower <= p.centre && p.centre <= p.upper && p.cusumLimit === 6)).toBe(true);
    expect(controlLimits([], up)).toBeNull();
  });

  it('analyzeDrift gives the same signals and limits in one pass; detectDriftWith takes tuning overrides', () => {
    const points = series([...steady(12), ...steady(12, 62)]);
    expect(analyzeDrift(points, up)).toEqual({ signals: detectDrift(points, up), limits: controlLimits(points, up) });
    expect(detectDriftWith(points, up, { h: 1000 }).filter((s) => s.rule === 'CUSUM')).toEqual([]);
  });
});

import { detectDriftPrevious } from './previous-detector';
import { monthLabel } from '../simulator';
import type { DriftPoint } from './types';

/** Monthly points from Jan 2022; n defaults to 5. */
const series = (values: number[], n = 5): DriftPoint[] =>
  values.map((value, i) => ({ period: monthLabel(i), value, n }));

// A 12-point baseline alternating 50/54: centre 52, moving-range σ = 4 / 1.128 ≈ 3.546 (larger than the
// SD ≈ 2.09, so it is the one used), limit σ = σ × √(13/12) ≈ 3.691 (baseline-mean uncertainty).
// Bad-side limits for 'up': 2σ ≈ 59.38, 3σ ≈ 63.07, 4.5σ ≈ 68.61; for 'down': 44.62, 40.93, 35.39.
const BASELINE = [50, 54, 50, 54, 50, 54, 50, 54, 50, 54, 50, 54];

const up = { direction: 'up' } as const;
const rules = (values: number[], options: { direction: 'up' | 'down' } = up) =>
  detectDriftPrevious(series(values), options).map((s) => [s.rule, s.severity, s.period]);

describe('control-chart rules on the frozen 12-point baseline', () => {
  it('stays quiet on points within the usual ups and downs', () => {
    expect(rules([...BASELINE, 52, 56, 48, 58, 50, 57, 47, 55])).toEqual([]);
  });

  it('SHEWHART_3SIGMA: a point beyond 3σ is a watch; beyond 4.5σ an alert — naming the period and value', () => {
    expect(rules([...BASELINE, 52, 65, 52])).toEqual([['SHEWHART_3SIGMA', 'watch', '2023-02']]);
    const signals = detectDriftPrevious(series([...BASELINE, 52, 70]), up);
    expect(signals.map((s) => [s.rule, s.severity, s.period])).toEqual([['SHEWHART_3SIGMA', 'alert', '2023-02']]);
    expect(signals[0]?.message).toContain('In Feb 2023 the value (70.0) was above the control limit of 63.1');
    expect(signals[0]?.message).toContain('usual level 52.0');
  });

  it('EWMA: a small sustained shift (≈1.9σ, no point beyond 2σ) is caught, though Shewhart never fires', () => {
    const shifted = [...BASELINE, 59, 58.8, 59.2, 59, 58.9, 59.1, 59, 59];
    const signals = detectDriftPrevious(series(shifted), up);
    expect(signals.map((s) => [s.rule, s.severity, s.period])).toEqual([['EWMA', 'alert', '2023-06']]);
    expect(signals[0]?.message).toContain('drifting above its usual level of 52.0 since Jan 2023');
    expect(signals[0]?.message).toContain('Jan 2023: 59.0, Feb 2023: 58.8');
    expect(signals[0]?.message).toContain('Jun 2023: 59.1');
    // The Shewhart 3σ rule on its own (EWMA switched off) sees nothing in the same series.
    expect(detectDriftPrevious(series(shifted), up, { ewmaL: 0 })).toEqual([]);
  });

  it('EWMA on a slow creep names the whole span and the most recent points', () => {
    const creep = Array.from({ length: 16 }, (_, i) => (i % 2 ? 57.3 : 57.7));
    const signals = detectDriftPrevious(series([...BASELINE, ...creep]), up);
    expect(signals.map((s) => s.rule)).toEqual(['EWMA']);
    const fired = signals[0]?.period ?? '';
    expect(signals[0]?.message).toMatch(new RegExp(`since Jan 2023: .*\\(Jan 2023 – \\w{3} 2024, most recently`));
    expect(fired > '2023-12').toBe(true);
  });

  it('CUSUM (when switched on): small rises adding up pass the decision limit', () => {
    const shifted = [...BASELINE, 59, 58.8, 59.2, 59];
    const signals = detectDriftPrevious(series(shifted), up, { ewmaL: 0, cusumH: 4 });
    expect(signals.map((s) => [s.rule, s.severity, s.period])).toEqual([['CUSUM', 'alert', '2023-03']]);
    expect(signals[0]?.message).toContain('since Jan 2023');
    expect(signals[0]?.message).toContain('Jan 2023: 59.0, Feb 2023: 58.8, Mar 2023: 59.2');
  });

  it('TWO_OF_THREE_2SIGMA: two of the last three beyond 2σ is a watch', () => {
    const signals = detectDriftPrevious(series([...BASELINE, 60.5, 52, 61]), up);
    expect(signals.map((s) => [s.rule, s.severity, s.period])).toEqual([['TWO_OF_THREE_2SIGMA', 'watch', '2023-03']]);
    expect(signals[0]?.message).toContain('Jan 2023: 60.5, Mar 2023: 61.0');
  });

  it("direction: a rise alarms only when 'up' is bad, a drop only when 'down' is bad", () => {
    expect(rules([...BASELINE, 52, 70], { direction: 'down' })).toEqual([]);
    expect(rules([...BASELINE, 52, 34], up)).toEqual([]);
    const down = detectDriftPrevious(series([...BASELINE, 52, 34]), { direction: 'down' });
    expect(down.map((s) => [s.rule, s.severity, s.period])).toEqual([['SHEWHART_3SIGMA', 'alert', '2023-02']]);
    expect(down[0]?.message).toContain('below the control limit of 40.9');
    const fall = [...BASELINE, 45, 45.2, 44.8, 45, 45.1, 44.9];
    expect(rules(fall, { direction: 'down' })).toEqual([['EWMA', 'alert', '2023-06']]);
    expect(rules(fall, up)).toEqual([]);
  });

  it('de-duplicates: a rule that stays triggered signals once, and again only after it resets', () => {
    const drift = [59, 58.8, 59.2, 59, 58.9, 59.1, 59, 59, 59.2, 58.9, 59, 59.1];
    const back = Array.from({ length: 12 }, (_, i) => (i % 2 ? 50 : 54));
    const once = detectDriftPrevious(series([...BASELINE, ...drift]), up);
    expect(once.map((s) => s.rule)).toEqual(['EWMA']);
    const long = detectDriftPrevious(series([...BASELINE, ...drift, 70]), up);
    expect(long.map((s) => s.rule)).toEqual(['EWMA', 'SHEWHART_3SIGMA']);
    const twice = detectDriftPrevious(series([...BASELINE, ...drift, ...back, ...drift]), up);
    expect(twice.map((s) => [s.rule, s.period])).toEqual([
      ['EWMA', '2023-06'],
      ['EWMA', '2025-06'],
    ]);
    // Shewhart: two consecutive far points are one signal; a far point after a normal one is a new one.
    const far = detectDriftPrevious(series([...BASELINE, 70, 71, 52, 70]), up, { ewmaL: 0 });
    expect(far.map((s) => [s.rule, s.period])).toEqual([
      ['SHEWHART_3SIGMA', '2023-01'],
      ['SHEWHART_3SIGMA', '2023-04'],
    ]);
  });

  it('does not add watches while an EWMA alert is still triggered (the episode is already flagged)', () => {
    const values = [...BASELINE, 59, 58.8, 59.2, 59, 58.9, 59.1, 64];
    expect(rules(values)).toEqual([['EWMA', 'alert', '2023-06']]);
    const withoutEwma = detectDriftPrevious(series(values), up, { ewmaL: 0 });
    expect(withoutEwma.map((s) => [s.rule, s.severity, s.period])).toEqual([['SHEWHART_3SIGMA', 'watch', '2023-07']]);
  });

  it('a flat baseline does not make every wobble an alarm (σ has a floor)', () => {
    const flat = Array.from({ length: 12 }, () => 20);
    expect(rules([...flat, 22, 21, 23, 20, 22])).toEqual([]);
    expect(rules([...flat, 35])).toContainEqual(['SHEWHART_3SIGMA', 'alert', '2023-01']);
  });
});

describe('small cells', () => {
  it('skips points with n < minN (default 3) entirely: they never alarm, whichever side is bad', () => {
    const points = series([...BASELINE, 52, 54, 50]);
    points.splice(12, 0, { period: 'small-1', value: 100, n: 2 });
    points.splice(14, 0, { period: 'small-2', value: 1, n: 1 }, { period: 'empty', value: 0, n: 0 });
    expect(detectDriftPrevious(points, up)).toEqual([]);
    expect(detectDriftPrevious(points, { direction: 'down' })).toEqual([]);
    // The same points do alarm once they count — so the skip is what keeps them quiet.
    expect(detectDriftPrevious(points, { direction: 'up', minN: 2 }).map((s) => s.period)).toContain('small-1');
    expect(detectDriftPrevious(points, { direction: 'down', minN: 1 }).map((s) => s.period)).toContain('small-2');
  });

  it('skips small cells in the early run-chart phase too (no trend through them)', () => {
    const points = series([40, 36, 37, 38, 39]);
    points.splice(3, 0, { period: 'small', value: 10, n: 2 });
    expect(detectDriftPrevious(points, up)).toEqual([]);
    points.push({ period: 'next', value: 41, n: 3 });
    expect(detectDriftPrevious(points, up).map((s) => [s.rule, s.period])).toEqual([['RUN_TREND', 'next']]);
  });

  it('honours a custom minN', () => {
    const points = series([...BASELINE, 52, 70], 4);
    expect(detectDriftPrevious(points, { direction: 'up', minN: 5 })).toEqual([]);
    expect(detectDriftPrevious(points, { direction: 'up', minN: 4 }).map((s) => s.rule)).toEqual(['SHEWHART_3SIGMA']);
  });
});

import { detectDriftPrevious } from './previous-detector';
import { monthLabel } from '../simulator';
import type { DriftPoint } from './types';

/** Monthly points from Jan 2022; n defaults to 5. */
const series = (values: number[], n = 5): DriftPoint[] =>
  values.map((value, i) => ({ period: monthLabel(i), value, n }));

describe('run-chart rules (fewer than 12 usable points so far)', () => {
  const shifted = [30, 31, 29, 30, 32, 28, 40, 41, 39, 42, 40, 41];

  it('RUN_SHIFT: 6 in a row on the bad side of the median → one alert that names the periods and values', () => {
    const signals = detectDriftPrevious(series(shifted), { direction: 'up' });
    expect(signals).toHaveLength(1);
    const [signal] = signals;
    expect(signal).toMatchObject({ period: '2022-12', rule: 'RUN_SHIFT', severity: 'alert' });
    expect(signal?.message).toContain('above its usual level');
    expect(signal?.message).toContain('6 periods in a row');
    expect(signal?.message).toContain('Jul 2022: 40.0, Aug 2022: 41.0, Sep 2022: 39.0');
    expect(signal?.message).toContain('Jul 2022: 40.0');
    expect(signal?.message).toContain('Dec 2022: 41.0');
  });

  it('RUN_SHIFT only looks at the bad side: the same rise is not a signal when down is bad', () => {
    expect(detectDriftPrevious(series(shifted), { direction: 'down' })).toEqual([]);
    const dropped = shifted.map((v) => 100 - v);
    const signals = detectDriftPrevious(series(dropped), { direction: 'down' });
    expect(signals.map((s) => [s.rule, s.period])).toEqual([['RUN_SHIFT', '2022-12']]);
    expect(signals[0]?.message).toContain('below its usual level');
  });

  it('RUN_SHIFT cannot fire before 12 points: six strictly on one side of the median needs 12', () => {
    expect(detectDriftPrevious(series(shifted.slice(1)), { direction: 'up' })).toEqual([]);
  });

  it('RUN_SHIFT: one point back on the good side breaks the run', () => {
    const broken = [30, 31, 29, 30, 32, 28, 40, 41, 39, 29, 40, 41];
    expect(detectDriftPrevious(series(broken), { direction: 'up' })).toEqual([]);
  });

  it('RUN_TREND: 5 points each moving in the bad direction → one watch naming the points', () => {
    const values = [40, 38, 41, 39, 40, 36, 37, 38, 39, 40];
    const signals = detectDriftPrevious(series(values), { direction: 'up' });
    expect(signals).toHaveLength(1);
    expect(signals[0]).toMatchObject({ period: '2022-10', rule: 'RUN_TREND', severity: 'watch' });
    expect(signals[0]?.message).toContain('kept rising over 5 periods in a row');
    expect(signals[0]?.message).toContain('Oct 2022: 40.0');
    expect(signals[0]?.message).toContain('Jun 2022: 36.0');
    expect(detectDriftPrevious(series(values), { direction: 'down' })).toEqual([]);
  });

  it('RUN_TREND: a falling trend is the signal when down is bad', () => {
    const signals = detectDriftPrevious(series([60, 62, 63, 60, 58, 57, 55]), { direction: 'down' });
    expect(signals.map((s) => [s.rule, s.period])).toEqual([['RUN_TREND', '2022-07']]);
    expect(signals[0]?.message).toContain('kept falling');
  });

  it('RUN_TREND: equal neighbours are ignored (neither count nor break); 4 distinct steps are needed', () => {
    expect(detectDriftPrevious(series([40, 36, 37, 37, 38, 39]), { direction: 'up' })).toEqual([]);
    const signals = detectDriftPrevious(series([40, 36, 37, 37, 38, 39, 40]), { direction: 'up' });
    expect(signals.map((s) => [s.rule, s.period])).toEqual([['RUN_TREND', '2022-07']]);
  });

  it('de-duplicates: a trend that keeps going signals once, and again only after it has reset', () => {
    const values = [30, 31, 32, 33, 34, 35, 36, 30, 31, 32];
    const signals = detectDriftPrevious(series(values), { direction: 'up' });
    expect(signals.map((s) => [s.rule, s.period])).toEqual([['RUN_TREND', '2022-05']]);
    const again = detectDriftPrevious(series([...values, 33, 34]), { direction: 'up' });
    expect(again.map((s) => [s.rule, s.period])).toEqual([
      ['RUN_TREND', '2022-05'],
      ['RUN_TREND', '2022-12'],
    ]);
  });
});

import { frozenLimits, movingRangeSigma } from './baseline';
import { formatPair, formatPeriod } from '../format';
import { monthLabel } from '../simulator';
import type { DriftPoint } from './types';

/** Monthly points from Jan 2022; n defaults to 5. */
const series = (values: number[], n = 5): DriftPoint[] =>
  values.map((value, i) => ({ period: monthLabel(i), value, n }));

// A 12-point baseline alternating 50/54: centre 52, moving-range σ = 4 / 1.128 ≈ 3.546 (larger than the
// SD ≈ 2.09, so it is the one used), limit σ = σ × √(13/12) ≈ 3.691 (baseline-mean uncertainty).
// Bad-side limits for 'up': 2σ ≈ 59.38, 3σ ≈ 63.07, 4.5σ ≈ 68.61; for 'down': 44.62, 40.93, 35.39.
const BASELINE = [50, 54, 50, 54, 50, 54, 50, 54, 50, 54, 50, 54];
const SIGMA = 4 / 1.128;
const LIMIT_SIGMA = SIGMA * Math.sqrt(13 / 12);

describe('frozenLimits', () => {
  it('is null until there are 12 usable points', () => {
    expect(frozenLimits(series(BASELINE.slice(1)), { direction: 'up' })).toBeNull();
    const withSmall = [...series(BASELINE.slice(1)), { period: 'small', value: 52, n: 2 }];
    expect(frozenLimits(withSmall, { direction: 'up' })).toBeNull();
  });

  it('freezes centre, σ and 3σ limits on the first 12 usable points', () => {
    const limits = frozenLimits(series([...BASELINE, 80, 90, 95]), { direction: 'up' });
    expect(limits).not.toBeNull();
    expect(limits?.centre).toBeCloseTo(52, 10);
    expect(limits?.sigma).toBeCloseTo(SIGMA, 10);
    expect(limits?.upper).toBeCloseTo(52 + 3 * LIMIT_SIGMA, 10);
    expect(limits?.lower).toBeCloseTo(52 - 3 * LIMIT_SIGMA, 10);
    expect(limits?.baselinePeriods).toEqual(series(BASELINE).map((p) => p.period));
  });

  it('leaves small cells out of the baseline', () => {
    const points = series(BASELINE);
    points.splice(4, 0, { period: 'small', value: 100, n: 2 }, { period: 'empty', value: 0, n: 0 });
    const limits = frozenLimits(points, { direction: 'up' });
    expect(limits?.baselinePeriods).not.toContain('small');
    expect(limits?.baselinePeriods).not.toContain('empty');
    expect(limits?.centre).toBeCloseTo(52, 10);
  });

  it('gives the one-sided EWMA path with its limit on the bad side', () => {
    const up = frozenLimits(series([...BASELINE, 62, 40]), { direction: 'up' });
    expect(up?.ewma.map((e) => e.period)).toEqual(['2023-01', '2023-02']);
    expect(up?.ewma[0]?.value).toBeCloseTo(0.2 * 62 + 0.8 * 52, 10);
    // Reflected at the centre: a good-side point cannot pull it below the usual level.
    expect(up?.ewma[1]?.value).toBeCloseTo(52, 10);
    const firstLimit = 3.3 * SIGMA * Math.sqrt((0.2 / 1.8) * (1 - 0.8 ** 2) + 1 / 12);
    expect(up?.ewma[0]?.limit).toBeCloseTo(52 + firstLimit, 10);
    const down = frozenLimits(series([...BASELINE, 40]), { direction: 'down' });
    expect(down?.ewma[0]?.value).toBeCloseTo(0.2 * 40 + 0.8 * 52, 10);
    expect(down?.ewma[0]?.limit).toBeCloseTo(52 - firstLimit, 10);
  });

  it('clamps limits to the 0–100 scale and floors σ for a flat baseline', () => {
    const limits = frozenLimits(series(Array.from({ length: 12 }, () => 1)), { direction: 'up' });
    expect(limits?.sigma).toBe(2);
    expect(limits?.lower).toBe(0);
  });
});

describe('helpers', () => {
  it('movingRangeSigma screens out a moving range beyond 3.267 × the average once', () => {
    expect(movingRangeSigma([50, 54, 50, 54])).toBeCloseTo(4 / 1.128, 10);
    const withJump = [50, 51, 50, 51, 50, 51, 50, 51, 50, 51, 90];
    expect(movingRangeSigma(withJump)).toBeCloseTo(1 / 1.128, 10);
  });

  it('formatPeriod turns month and week keys into words and leaves other labels alone', () => {
    expect(formatPeriod('2026-03')).toBe('Mar 2026');
    expect(formatPeriod('2026-W05')).toBe('week 5 of 2026');
    expect(formatPeriod('Q1 2026')).toBe('Q1 2026');
    expect(formatPeriod('2026-13')).toBe('2026-13');
  });

  it('formatPair shows enough decimals that a value past its limit does not look equal to it', () => {
    expect(formatPair(57.24, 57.16)).toEqual(['57.24', '57.16']);
    expect(formatPair(60, 57.16)).toEqual(['60.0', '57.2']);
  });
});

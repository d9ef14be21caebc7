import { analyzeDrift } from '../drift';
import { usualRange, withinUsualRange } from './usual-range';

describe('usualRange', () => {
  const limits = {
    points: [
      { period: '2026-02', centre: 80, lower: 70, upper: 90 },
      { period: '2026-04', centre: 81, lower: 74, upper: 88 },
    ],
  };

  it('gives each charted period the detector’s band, and null where it did not judge the period', () => {
    expect(usualRange(limits, ['2026-01', '2026-02', '2026-03', '2026-04'])).toEqual([
      null,
      { period: '2026-02', centre: 80, lower: 70, upper: 90 },
      null,
      { period: '2026-04', centre: 81, lower: 74, upper: 88 },
    ]);
  });

  it('is empty without limits', () => {
    expect(usualRange(null, ['2026-01'])).toEqual([null]);
    expect(usualRange(undefined, [])).toEqual([]);
  });

  it('counts the limits themselves as inside', () => {
    expect([69.9, 70, 80, 90, 90.1].map((v) => withinUsualRange(v, { lower: 70, upper: 90 }))).toEqual([false, true, true, true, false]);
  });
});

describe('usualRange agrees with the drift detector', () => {
  it('a period outside its usual range is one the detector marks; the periods inside are not', () => {
    const values = [80, 82, 79, 81, 80, 83, 78, 81, 80, 82, 79, 81, 45, 80, 81];
    const series = values.map((value, i) => ({ period: `${2026 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, value, n: 6, sd: 8 }));
    const { signals, limits } = analyzeDrift(series, { direction: 'down' });
    const bands = usualRange(limits, series.map((p) => p.period));
    const judged = series.filter((_, i) => bands[i] !== null);
    expect(judged.length).toBeGreaterThan(10);
    const outside = series.filter((p, i) => bands[i] !== null && !withinUsualRange(p.value, bands[i]!)).map((p) => p.period);
    expect(outside).toEqual(['2027-01']);
    // The detector marks that period (a point this far out passes the CUSUM's limit on its own) and no other.
    expect([...new Set(signals.map((s) => s.period))]).toEqual(['2027-01']);
  });
});

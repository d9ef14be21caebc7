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

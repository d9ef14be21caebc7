import { isoWeekLabel, periodLabelOf, periodsBetween } from './periods';

describe('periods', () => {
  it('lists calendar months overlapping a range', () => {
    expect(periodsBetween('2026-01-15', '2026-03-02', 'MONTH').map((p) => p.label)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(periodsBetween('2026-01-15', '2026-03-02', 'MONTH')[0]!.start).toBe('2026-01-01');
  });
  it('lists ISO weeks starting on Monday, including week 53 and the year boundary', () => {
    // 2020-12-28 is the Monday of ISO week 53 of 2020; 2021-01-04 starts week 1 of 2021.
    const weeks = periodsBetween('2020-12-30', '2021-01-05', 'WEEK');
    expect(weeks).toEqual([{ start: '2020-12-28', label: '2020-W53' }, { start: '2021-01-04', label: '2021-W01' }]);
  });
  it('labels the week containing 1 January 2026 (a Thursday) as week 1 of 2026', () => {
    expect(isoWeekLabel(new Date('2025-12-29T00:00:00Z'))).toBe('2026-W01');
  });
  it('names the period containing a date (a baseline restart date) as the series do', () => {
    expect(periodLabelOf('2026-03-15', 'MONTH')).toBe('2026-03');
    expect(periodLabelOf('2021-01-03', 'WEEK')).toBe('2020-W53');
    expect(periodLabelOf('2021-01-04', 'WEEK')).toBe('2021-W01');
  });
});

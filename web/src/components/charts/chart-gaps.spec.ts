import { gapRuns, gapText, withGapBridges } from './chart-gaps';

const series = (...values: (number | null)[]) => values.map((value, i) => ({ period: `2026-0${i + 1}`, value }));

describe('gaps in a series', () => {
  it.each([
    ['no gap', series(1, 2, 3), []],
    ['missing ends are not gaps', series(null, 2, 3, null), []],
    ['one missing period', series(1, null, 3), [{ periods: ['2026-02'], before: '2026-01', after: '2026-03' }]],
    ['two gaps, one two periods long', series(1, null, null, 4, null, 6), [
      { periods: ['2026-02', '2026-03'], before: '2026-01', after: '2026-04' },
      { periods: ['2026-05'], before: '2026-04', after: '2026-06' },
    ]],
    ['everything missing', series(null, null), []],
  ])('%s', (_case, rows, runs) => {
    expect(gapRuns(rows, 'value')).toEqual(runs);
  });

  it('gives each gap its own bridge holding only the two values either side', () => {
    const { rows, bridges } = withGapBridges(series(1, null, 3, null, 5), 'value');
    expect(bridges).toEqual(['value__gap0', 'value__gap1']);
    expect(rows.map((r) => r.value__gap0)).toEqual([1, null, 3, null, null]);
    expect(rows.map((r) => r.value__gap1)).toEqual([null, null, 3, null, 5]);
  });

  it.each([
    [series(1, 2), ''],
    [series(1, null, 3), 'No figure for Feb 2026; a dotted line joins the periods either side.'],
    [series(1, null, null, 4), 'No figure for Feb 2026 – Mar 2026; a dotted line joins the periods either side.'],
    [series(1, null, 3, null, 5), 'No figure for Feb 2026 or Apr 2026; dotted lines join the periods either side.'],
    [series(1, null, 3, null, 5, null, 7), 'No figure for Feb 2026, Apr 2026 or Jun 2026; dotted lines join the periods either side.'],
    [series(1, null, 3, null, 5, null, 7, null, null, 9).map((p, i) => ({ ...p, period: `2026-${String(i + 1).padStart(2, '0')}` })),
      'No figure for 5 periods in 4 gaps between Jan 2026 and Oct 2026; dotted lines join the periods either side.'],
  ])('in words: %j', (rows, text) => {
    expect(gapText(gapRuns(rows, 'value'))).toBe(text);
  });
});

import { floatingToInstant, instantToFloating } from '@tandem/shared';
import { libraryBetween, normaliseSeries, originalStarts, type SeriesTiming } from './occurrences';
import { gridOf } from './series-grid';

const floating = (iso: string) => Date.parse(`${iso}Z`);
const DAY = 86_400_000;

function series(startLocal: string, timeZone: string, recurrence: string): SeriesTiming {
  const n = normaliseSeries({ startsLocalMs: floating(startLocal), timeZone, recurrence, durationMinutes: 60 });
  return { startsLocalMs: n.startsLocalMs, timeZone, recurrence: n.recurrence, durationMinutes: 60 };
}

/** originalStarts through the library alone, for [from, to). */
function byLibrary(t: SeriesTiming, from: number, to: number): number[] {
  const a = instantToFloating(from, t.timeZone) - DAY;
  const b = instantToFloating(to, t.timeZone) + DAY;
  return libraryBetween(t, a, b).map((ms) => floatingToInstant(ms, t.timeZone)).filter((ms) => ms >= from && ms < to);
}

describe('series on a fixed grid (the fast path of expansion)', () => {
  const rules = [
    'FREQ=WEEKLY;INTERVAL=2', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU', 'FREQ=WEEKLY', 'FREQ=DAILY', 'FREQ=DAILY;INTERVAL=3', 'FREQ=WEEKLY;INTERVAL=3;WKST=SU',
    'FREQ=WEEKLY;INTERVAL=2;UNTIL=20270315T000000Z', 'FREQ=WEEKLY;COUNT=20', 'FREQ=DAILY;INTERVAL=2;COUNT=45', 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20261103T150000Z',
  ];
  const zones = ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Pacific/Kiritimati', 'UTC', 'Asia/Kolkata'];
  const starts = ['2026-01-06T10:00:00', '2026-03-08T02:30:00', '2025-10-26T01:30:00', '2024-12-31T23:45:00'];

  it('gives the same starts as the rrule library for every rule, zone and window, across clock changes', () => {
    let compared = 0;
    for (const rule of rules) {
      for (const zone of zones) {
        for (const start of starts) {
          const t = series(start, zone, rule);
          if (!gridOf(t.recurrence!, t.startsLocalMs)) continue;
          for (const [from, to] of [['2025-01-01', '2028-01-01'], ['2026-03-01', '2026-04-15'], ['2026-10-20', '2026-11-10'], ['2020-01-01', '2026-01-07']]) {
            const a = Date.parse(`${from}T00:00:00Z`);
            const b = Date.parse(`${to}T00:00:00Z`);
            const fast = originalStarts(t, new Date(a), new Date(b)).map((d) => d.getTime());
            expect({ rule, zone, start, from, starts: fast }).toEqual({ rule, zone, start, from, starts: byLibrary(t, a, b) });
            compared += fast.length;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(10_000);
  });

  it('leaves to the library what is not on a grid', () => {
    const at = floating('2026-01-06T10:00:00'); // a Tuesday
    expect(gridOf('FREQ=WEEKLY;INTERVAL=2', at)).not.toBeNull();
    expect(gridOf('FREQ=WEEKLY;BYDAY=TU', at)).not.toBeNull();
    for (const rule of ['FREQ=WEEKLY;BYDAY=MO', 'FREQ=WEEKLY;BYDAY=TU,TH', 'FREQ=MONTHLY', 'FREQ=DAILY;BYDAY=MO', 'FREQ=WEEKLY;UNTIL=20270101',
      'FREQ=WEEKLY;BYSETPOS=1', 'BYDAY=TU;FREQ=WEEKLY', 'FREQ=WEEKLY;INTERVAL=0']) {
      expect({ rule, grid: gridOf(rule, at) }).toEqual({ rule, grid: null });
    }
  });
});

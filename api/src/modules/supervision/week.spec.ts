import { weekBounds } from './week.service';

const at = (iso: string) => Date.parse(iso);

describe('weekBounds', () => {
  it.each([
    // now, zone → Monday 00:00 local (as UTC instant), next Monday 00:00 local, last day
    ['2026-12-02T02:47:00Z', 'UTC', '2026-11-30T00:00:00.000Z', '2026-12-07T00:00:00.000Z', '2026-12-06'],
    // Still Tuesday evening in New York when it is Wednesday in UTC: same week either way, New York midnights.
    ['2026-12-02T02:47:00Z', 'America/New_York', '2026-11-30T05:00:00.000Z', '2026-12-07T05:00:00.000Z', '2026-12-06'],
    // Sunday night in New York is already Monday in UTC: the New York week is the one ending that Sunday.
    ['2026-12-07T03:00:00Z', 'America/New_York', '2026-11-30T05:00:00.000Z', '2026-12-07T05:00:00.000Z', '2026-12-06'],
    ['2026-12-07T03:00:00Z', 'UTC', '2026-12-07T00:00:00.000Z', '2026-12-14T00:00:00.000Z', '2026-12-13'],
    // New York DST starts Sunday 14 March 2027: the week is 167 hours long.
    ['2027-03-14T06:30:00-04:00', 'America/New_York', '2027-03-08T05:00:00.000Z', '2027-03-15T04:00:00.000Z', '2027-03-14'],
    // London DST ends Sunday 31 October 2027: 169 hours.
    ['2027-10-31T09:30:00+00:00', 'Europe/London', '2027-10-24T23:00:00.000Z', '2027-11-01T00:00:00.000Z', '2027-10-31'],
    // 29 February 2028 is a Tuesday.
    ['2028-02-29T12:00:00Z', 'Pacific/Auckland', '2028-02-27T11:00:00.000Z', '2028-03-05T11:00:00.000Z', '2028-03-05'],
    // A Monday at 00:00 exactly starts its own week.
    ['2026-11-30T00:00:00Z', 'UTC', '2026-11-30T00:00:00.000Z', '2026-12-07T00:00:00.000Z', '2026-12-06'],
  ])('%s in %s → %s … %s', (now, zone, from, to, lastDay) => {
    const w = weekBounds(at(now), zone);
    expect({ from: w.from.toISOString(), to: w.to.toISOString(), lastDay: w.lastDay }).toEqual({ from, to, lastDay });
  });

  it('moves by whole weeks', () => {
    const w = weekBounds(at('2026-12-02T12:00:00Z'), 'Europe/London', -1);
    expect([w.from.toISOString(), w.to.toISOString()]).toEqual(['2026-11-23T00:00:00.000Z', '2026-11-30T00:00:00.000Z']);
  });
});

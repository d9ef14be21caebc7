import { canonicalTimeZone, dateKeyOf, floatingToInstant, instantToFloating, localIsoToInstant, offsetMs, wallTimeOf } from './time-zone';

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

describe('the one time-zone engine', () => {
  it.each([
    ['Europe/London', '2027-01-15T12:00:00Z', 0],
    ['Europe/London', '2027-07-15T12:00:00Z', HOUR],
    ['America/New_York', '2027-01-15T12:00:00Z', -5 * HOUR],
    ['America/New_York', '2027-07-15T12:00:00Z', -4 * HOUR],
    ['Asia/Kolkata', '2027-07-15T12:00:00Z', 5.5 * HOUR],
    ['UTC', '2027-07-15T12:00:00Z', 0],
  ])('knows the offset of %s at %s', (zone, at, expected) => {
    expect(offsetMs(zone, Date.parse(at))).toBe(expected);
  });

  it('changes the offset at the very minute the clocks change, not at the start of the day', () => {
    // London springs forward at 01:00 UTC on 28 March 2027.
    expect(offsetMs('Europe/London', Date.parse('2027-03-28T00:59:00Z'))).toBe(0);
    expect(offsetMs('Europe/London', Date.parse('2027-03-28T01:00:00Z'))).toBe(HOUR);
  });

  it('reads a wall time skipped by the spring change with the offset before the gap (RFC 5545)', () => {
    expect(iso(localIsoToInstant('2027-03-28T01:30', 'Europe/London'))).toBe('2027-03-28T01:30:00.000Z');
    expect(wallTimeOf(localIsoToInstant('2027-03-28T01:30', 'Europe/London'), 'Europe/London')).toMatchObject({ hour: 2, minute: 30 });
  });

  it('reads a wall time that happens twice in the autumn as the first of the two', () => {
    // New York falls back at 06:00 UTC on 7 November 2027: 01:30 happens at 05:30Z (EDT) and 06:30Z (EST).
    expect(iso(localIsoToInstant('2027-11-07T01:30:00', 'America/New_York'))).toBe('2027-11-07T05:30:00.000Z');
  });

  it('round-trips floating and instant times away from any change', () => {
    const instant = Date.parse('2027-08-31T20:15:00Z');
    expect(floatingToInstant(instantToFloating(instant, 'America/New_York'), 'America/New_York')).toBe(instant);
    expect(iso(instantToFloating(instant, 'America/New_York'))).toBe('2027-08-31T16:15:00.000Z');
  });

  it('names the local day of an instant, which differs from the UTC day near midnight', () => {
    const lateEvening = Date.parse('2027-12-31T23:30:00-05:00');
    expect(dateKeyOf(lateEvening, 'UTC')).toBe('2028-01-01');
    expect(dateKeyOf(lateEvening, 'America/New_York')).toBe('2027-12-31');
    expect(dateKeyOf(Date.parse('2028-02-29T00:30:00+13:00'), 'Pacific/Auckland')).toBe('2028-02-29');
  });

  it('accepts Area/Location zones and UTC, and refuses abbreviations and unknown names', () => {
    expect(canonicalTimeZone('Europe/London')).toBe('Europe/London');
    expect(canonicalTimeZone('America/Argentina/Buenos_Aires')).toBe('America/Argentina/Buenos_Aires');
    expect(canonicalTimeZone('UTC')).toBe('UTC');
    expect(canonicalTimeZone('EST')).toBeNull();
    expect(canonicalTimeZone('Mars/Olympus_Mons')).toBeNull();
    expect(canonicalTimeZone('')).toBeNull();
  });
});

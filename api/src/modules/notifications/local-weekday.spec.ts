import { localWeekdayAndTime } from './weekly-digest';

describe('a manager’s local weekday and time for the digest', () => {
  it.each([
    // Monday 07:30 in New York is Monday 11:30 UTC (EDT, −4).
    ['2027-08-30T11:30:00Z', 'America/New_York', { weekday: 1, time: '07:30' }],
    // Sunday 23:30 UTC is already Monday 00:30 in London summer time.
    ['2027-08-29T23:30:00Z', 'Europe/London', { weekday: 1, time: '00:30' }],
    // Friday 01:15 UTC is still Thursday evening in Los Angeles.
    ['2027-01-01T01:15:00Z', 'America/Los_Angeles', { weekday: 4, time: '17:15' }],
    ['2027-01-03T09:05:00Z', 'UTC', { weekday: 7, time: '09:05' }],
  ])('%s in %s', (instant, zone, expected) => {
    expect(localWeekdayAndTime(new Date(instant), zone)).toEqual(expected);
  });
});

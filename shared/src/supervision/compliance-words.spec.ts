import { complianceWords, type ComplianceFigures } from './compliance-words';

const fig = (required: number, recorded: number, overdue: boolean, daysSinceLast: number | null = 3, currentIntervalDays = 7): ComplianceFigures => ({
  required, recorded, overdue, daysSinceLast, currentIntervalDays,
});

describe('complianceWords', () => {
  it.each([
    // required, recorded, overdue, daysSinceLast → key, label, counts
    [6, 6, false, 3, 'ON_TRACK', 'On track', '6 of 6 recorded'],
    [6, 7, false, 3, 'ON_TRACK', 'On track', '7 of 6 recorded'],
    [6, 6, true, 12, 'NEXT_SESSION_LATE', 'Next session late', '6 of 6 recorded'],
    [6, 4, false, 3, 'BEHIND', 'Behind · 2 to catch up', '4 of 6 recorded'],
    [6, 4, true, 20, 'OVERDUE', 'Overdue · 2 to catch up', '4 of 6 recorded'],
    [3, 0, true, null, 'OVERDUE', 'Overdue · 3 to catch up', '0 of 3 recorded'],
    [0, 0, false, null, 'NOTHING_DUE', 'Nothing due yet', '0 recorded, none required yet'],
    [0, 1, false, 1, 'NOTHING_DUE', 'Nothing due yet', '1 recorded, none required yet'],
    [0, 0, true, null, 'NEXT_SESSION_LATE', 'Next session late', '0 recorded, none required yet'],
  ] as const)('%i required, %i recorded, overdue %s, last %s days ago → %s', (required, recorded, overdue, since, key, label, counts) => {
    const w = complianceWords(fig(required, recorded, overdue, since));
    expect({ key: w.key, label: w.label, counts: w.counts }).toEqual({ key, label, counts });
  });

  it('explains a late next session from the same numbers', () => {
    expect(complianceWords(fig(6, 6, true, 12, 7)).detail).toBe('Every required session so far is recorded; last session 12 days ago, longer than the 7-day interval.');
    expect(complianceWords(fig(2, 1, true, 1, 1)).detail).toBe('1 of 2 recorded; last session 1 day ago (sessions every 1 day).');
  });

  it('never says overdue or behind when every required session is recorded, and never on track when one is missing', () => {
    for (let required = 0; required <= 12; required++) {
      for (let recorded = 0; recorded <= 14; recorded++) {
        for (const overdue of [false, true]) {
          const w = complianceWords(fig(required, recorded, overdue));
          if (recorded >= required) expect(w.label).not.toMatch(/overdue|behind|catch up/i);
          else expect(w.label).toMatch(new RegExp(`${required - recorded} to catch up`));
          expect(w.counts).toContain(String(recorded));
        }
      }
    }
  });
});

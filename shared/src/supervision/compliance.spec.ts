import { complianceFor, type ComplianceSession } from './compliance';
import { DAY_MS } from '../time-units';
import { POLICY_PRESETS, policyFromPreset } from './policy';

const d = (iso: string) => new Date(iso);
const POLICY = POLICY_PRESETS.WEEKLY_6M_THEN_BIWEEKLY;
const session = (iso: string, extra: Partial<ComplianceSession> = {}): ComplianceSession => ({
  startsAt: d(iso),
  modality: 'INDIVIDUAL',
  durationMinutes: 60,
  status: 'COMPLETED',
  documented: true,
  ...extra,
});

// Staff started Monday 5 Jan 2026; weekly sessions on Mondays at 10:00; "now" is Monday 2 Feb 10:00.
const base = {
  staffStart: d('2026-01-05T00:00:00Z'),
  from: d('2026-01-05T00:00:00Z'),
  to: d('2026-02-09T00:00:00Z'),
  now: d('2026-02-02T10:00:00Z'),
};
const mondays = ['2026-01-05T10:00:00Z', '2026-01-12T10:00:00Z', '2026-01-19T10:00:00Z', '2026-01-26T10:00:00Z'];

describe('complianceFor', () => {
  it('is on track with weekly documented sessions', () => {
    const future = session('2026-02-02T15:00:00Z', { status: 'SCHEDULED', documented: false });
    const r = complianceFor(POLICY, { ...base, sessions: [...mondays.map((m) => session(m)), future] });
    expect(r).toEqual({
      required: 4, // Jan 5 → Feb 2 10:00 = 28.42 days / 7 = 4.06
      requiredByEnd: 5, // Jan 5 → Feb 9 = 35 / 7
      recorded: 4,
      ratio: 1,
      daysSinceLast: 7,
      lastSessionAt: d('2026-01-26T10:00:00Z'),
      currentIntervalDays: 7,
      overdue: false,
      heldNotDocumented: 0,
      pastStillScheduled: 0, // the future session does not count as stale
      cancelled: 0,
      missed: 0,
      status: 'ON_TRACK',
    });
  });

  it('is overdue after a cancellation and a too-short session', () => {
    const sessions = [
      session(mondays[0]!),
      session(mondays[1]!),
      session(mondays[2]!, { status: 'CANCELLED' }),
      session(mondays[3]!, { durationMinutes: 20 }),
    ];
    const r = complianceFor(POLICY, { ...base, sessions });
    // Last counting session Jan 12 → 21 days > 7 + 2.
    expect(r).toMatchObject({ recorded: 2, ratio: 0.5, cancelled: 1, daysSinceLast: 21, overdue: true, status: 'OVERDUE' });
  });

  it('is behind when a held session is not documented, unless the policy does not require it', () => {
    const sessions = [...mondays.slice(0, 3).map((m) => session(m)), session(mondays[3]!, { documented: false })];
    expect(complianceFor(POLICY, { ...base, sessions })).toMatchObject({
      recorded: 3,
      ratio: 0.75,
      heldNotDocumented: 1,
      daysSinceLast: 7, // the undocumented session still happened
      overdue: false,
      status: 'BEHIND',
    });
    const relaxed = { ...policyFromPreset('WEEKLY_6M_THEN_BIWEEKLY'), requireDocumentation: false };
    expect(complianceFor(relaxed, { ...base, sessions })).toMatchObject({ recorded: 4, status: 'ON_TRACK' });
  });

  it('counts group sessions but not observation; reports missed and stale scheduled sessions', () => {
    const sessions = [
      session(mondays[0]!),
      session(mondays[1]!, { status: 'MISSED' }),
      session('2026-01-13T10:00:00Z', { modality: 'GROUP', durationMinutes: 45 }),
      session(mondays[2]!, { modality: 'OBSERVATION' }),
      session(mondays[3]!, { status: 'SCHEDULED', documented: false }),
    ];
    const r = complianceFor(POLICY, { ...base, sessions });
    // Counting: Jan 5, Jan 13 → 2 of 4; last counting Jan 13 10:00 → 20 days.
    expect(r).toMatchObject({ recorded: 2, missed: 1, pastStillScheduled: 1, daysSinceLast: 20, status: 'OVERDUE' });
  });

  it('caps the ratio at 1', () => {
    const extra = ['2026-01-07T10:00:00Z', '2026-01-21T10:00:00Z'].map((m) => session(m));
    expect(complianceFor(POLICY, { ...base, sessions: [...mondays.map((m) => session(m)), ...extra] })).toMatchObject({ recorded: 6, required: 4, ratio: 1 });
  });

  describe('overdue threshold = interval + 2 grace days', () => {
    const at = (daysAgo: number) => new Date(base.now.getTime() - daysAgo * DAY_MS);
    const one = (startsAt: Date) => complianceFor(POLICY, { ...base, sessions: [session(startsAt.toISOString())] });

    it('weekly stage: 9 days is fine, 10 is overdue', () => {
      expect(one(at(9))).toMatchObject({ daysSinceLast: 9, overdue: false });
      expect(one(new Date(at(9).getTime() - 3_600_000))).toMatchObject({ daysSinceLast: 9, overdue: false }); // 9 days 1 hour
      expect(one(at(10))).toMatchObject({ daysSinceLast: 10, overdue: true, status: 'OVERDUE' });
    });

    it('every-two-weeks stage (after 6 months): 16 days is fine, 17 is overdue', () => {
      const later = { ...base, staffStart: d('2025-06-01T00:00:00Z') };
      const r16 = complianceFor(POLICY, { ...later, sessions: [session(at(16).toISOString())] });
      const r17 = complianceFor(POLICY, { ...later, sessions: [session(at(17).toISOString())] });
      expect(r16).toMatchObject({ currentIntervalDays: 14, overdue: false });
      expect(r17).toMatchObject({ currentIntervalDays: 14, overdue: true });
    });

    it('uses the interval of the stage in force now', () => {
      // Start Jan 1; on Jul 10 the biweekly stage applies, so 14 days since the last session is not overdue.
      const r = complianceFor(POLICY, {
        staffStart: d('2026-01-01T00:00:00Z'),
        from: d('2026-07-01T00:00:00Z'),
        to: d('2026-08-01T00:00:00Z'),
        now: d('2026-07-10T00:00:00Z'),
        sessions: [session('2026-06-26T00:00:00Z')],
      });
      expect(r).toMatchObject({ daysSinceLast: 14, currentIntervalDays: 14, overdue: false });
    });

    it('with no session ever, counts from the staff start date', () => {
      const started = (daysAgo: number) => complianceFor(POLICY, { ...base, staffStart: at(daysAgo), from: at(daysAgo), sessions: [] });
      // 9 days in: 9 / 7 = 1.29 → 1 required, none recorded → behind but not overdue.
      expect(started(9)).toMatchObject({ required: 1, recorded: 0, ratio: 0, daysSinceLast: null, overdue: false, status: 'BEHIND' });
      expect(started(10)).toMatchObject({ overdue: true, status: 'OVERDUE' });
    });

    it('is never overdue before the start date, and nothing is required yet', () => {
      const r = complianceFor(POLICY, { ...base, staffStart: d('2026-03-01T00:00:00Z'), sessions: [] });
      expect(r).toMatchObject({ required: 0, ratio: null, overdue: false, status: 'ON_TRACK' });
    });
  });
});

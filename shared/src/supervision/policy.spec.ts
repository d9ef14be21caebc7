import {
  DEFAULT_SUPERVISION_POLICY,
  POLICY_PRESETS,
  addMonthsUtc,
  policyFromPreset,
  requiredSessions,
  sessionCounts,
  stageAt,
  validatePolicy,
  type SupervisionPolicy,
} from './policy';

const d = (iso: string) => new Date(iso);
const DEFAULT = POLICY_PRESETS.WEEKLY_6M_THEN_BIWEEKLY;
const CERT = POLICY_PRESETS.WEEKLY_UNTIL_CERT_THEN_MONTHLY;

describe('presets', () => {
  it('default: weekly for 6 months then every 14 days; individual, group and peer co-reflection of 30+ minutes', () => {
    expect(DEFAULT_SUPERVISION_POLICY).toEqual(DEFAULT);
    expect(DEFAULT.stages).toEqual([
      { untilMonths: 6, everyDays: 7 },
      { untilMonths: null, everyDays: 14 },
    ]);
    expect(DEFAULT.countingModalities).toEqual(['INDIVIDUAL', 'GROUP', 'PEER_COREFLECTION']);
    expect(DEFAULT.minimumMinutes).toBe(30);
  });

  it('certification preset: weekly until 24 months then every 30 days', () => {
    expect(CERT.stages).toEqual([
      { untilMonths: 24, everyDays: 7 },
      { untilMonths: null, everyDays: 30 },
    ]);
    expect(CERT.countingModalities).toEqual(DEFAULT.countingModalities);
    expect(CERT.minimumMinutes).toBe(30);
  });

  it('policyFromPreset returns an independent copy', () => {
    const copy = policyFromPreset('WEEKLY_6M_THEN_BIWEEKLY');
    copy.stages[0]!.everyDays = 3;
    copy.countingModalities.push('OBSERVATION');
    expect(DEFAULT.stages[0]!.everyDays).toBe(7);
    expect(DEFAULT.countingModalities).not.toContain('OBSERVATION');
  });

  it('validatePolicy accepts the presets and explains problems', () => {
    expect(validatePolicy(DEFAULT)).toEqual([]);
    expect(validatePolicy(CERT)).toEqual([]);
    const bad: SupervisionPolicy = {
      preset: 'CUSTOM',
      stages: [
        { untilMonths: null, everyDays: 7 },
        { untilMonths: 3, everyDays: 0 },
      ],
      countingModalities: [],
      minimumMinutes: -1,
    };
    expect(validatePolicy(bad)).toHaveLength(5);
    expect(validatePolicy({ ...bad, stages: [] })).toContain('A policy needs at least one stage.');
  });
});

describe('calendar helpers', () => {
  it('addMonthsUtc clamps to month ends and keeps the time of day', () => {
    expect(addMonthsUtc(d('2025-08-31T00:00:00Z'), 6)).toEqual(d('2026-02-28T00:00:00Z'));
    expect(addMonthsUtc(d('2027-08-31T00:00:00Z'), 6)).toEqual(d('2028-02-29T00:00:00Z'));
    expect(addMonthsUtc(d('2026-01-15T09:30:00Z'), 24)).toEqual(d('2028-01-15T09:30:00Z'));
  });

  it('stageAt switches exactly at 6 months (default) and 24 months (certification)', () => {
    const start = d('2026-01-01T00:00:00Z');
    expect(stageAt(DEFAULT, start, d('2026-06-30T23:59:59Z'))).toMatchObject({ index: 0, stage: { everyDays: 7 } });
    expect(stageAt(DEFAULT, start, d('2026-07-01T00:00:00Z'))).toMatchObject({ index: 1, stage: { everyDays: 14 }, end: null });
    expect(stageAt(DEFAULT, start, d('2025-12-01T00:00:00Z')).index).toBe(0);
    const certStart = d('2025-03-15T00:00:00Z');
    expect(stageAt(CERT, certStart, d('2027-03-14T23:00:00Z')).stage.everyDays).toBe(7);
    expect(stageAt(CERT, certStart, d('2027-03-15T00:00:00Z')).stage.everyDays).toBe(30);
  });
});

describe('requiredSessions (pro-rated by stage, rounded half up)', () => {
  const staffStart = d('2026-01-01T00:00:00Z');
  const req = (from: string, to: string, policy = DEFAULT, start = staffStart) =>
    requiredSessions(policy, { staffStart: start, from: d(from), to: d(to) });

  it('weekly stage', () => {
    expect(req('2026-01-01T00:00:00Z', '2026-01-29T00:00:00Z')).toBe(4); // 28 / 7 = 4
    expect(req('2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z')).toBe(4); // 31 / 7 = 4.43
    expect(req('2026-01-01T00:00:00Z', '2026-01-12T00:00:00Z')).toBe(2); // 11 / 7 = 1.57
    expect(req('2026-01-01T00:00:00Z', '2026-01-04T00:00:00Z')).toBe(0); // 3 / 7 = 0.43
    expect(req('2026-01-01T00:00:00Z', '2026-01-04T12:00:00Z')).toBe(1); // 3.5 / 7 = 0.5 → rounds up
  });

  it('clips to the staff start and returns 0 for empty windows', () => {
    expect(req('2025-12-01T00:00:00Z', '2026-01-15T00:00:00Z')).toBe(2); // only Jan 1–15: 14 / 7
    expect(req('2025-11-01T00:00:00Z', '2025-12-31T00:00:00Z')).toBe(0);
    expect(req('2026-02-01T00:00:00Z', '2026-01-01T00:00:00Z')).toBe(0);
  });

  it('splits a window across the 6-month boundary', () => {
    expect(req('2026-06-17T00:00:00Z', '2026-07-15T00:00:00Z')).toBe(3); // 14 / 7 + 14 / 14 = 2 + 1
    expect(req('2026-07-01T00:00:00Z', '2026-08-26T00:00:00Z')).toBe(4); // 56 / 14
    // Whole first year: Jan 1–Jul 1 = 181 days / 7 + Jul 1–Jan 1 = 184 days / 14 = (362 + 184) / 14 = 39
    expect(req('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z')).toBe(39);
  });

  it('splits a window across the 24-month boundary of the certification preset', () => {
    const certStart = d('2025-03-15T00:00:00Z');
    expect(req('2027-03-01T00:00:00Z', '2027-04-14T00:00:00Z', CERT, certStart)).toBe(3); // 14 / 7 + 30 / 30
    expect(req('2025-03-15T00:00:00Z', '2027-03-15T00:00:00Z', CERT, certStart)).toBe(104); // 730 / 7 = 104.29
    expect(req('2028-02-01T00:00:00Z', '2028-03-01T00:00:00Z', CERT, certStart)).toBe(1); // 29 / 30 = 0.97
    expect(req('2028-01-01T00:00:00Z', '2029-01-01T00:00:00Z', CERT, certStart)).toBe(12); // 366 / 30 = 12.2
  });
});

describe('sessionCounts', () => {
  const session = { modality: 'INDIVIDUAL' as const, durationMinutes: 30, status: 'COMPLETED' as const };

  it('counts completed sessions of a counting modality and at least the minimum length', () => {
    expect(sessionCounts(DEFAULT, session)).toBe(true);
    expect(sessionCounts(DEFAULT, { ...session, modality: 'GROUP' })).toBe(true);
    expect(sessionCounts(DEFAULT, { ...session, modality: 'PEER_COREFLECTION' })).toBe(true);
    expect(sessionCounts(DEFAULT, { ...session, durationMinutes: 29 })).toBe(false);
    expect(sessionCounts(DEFAULT, { ...session, modality: 'OBSERVATION' })).toBe(false);
    for (const status of ['SCHEDULED', 'CANCELLED', 'MISSED'] as const) {
      expect(sessionCounts(DEFAULT, { ...session, status })).toBe(false);
    }
  });

  it('follows a custom policy', () => {
    const custom: SupervisionPolicy = { ...policyFromPreset('WEEKLY_6M_THEN_BIWEEKLY'), preset: 'CUSTOM', countingModalities: ['OBSERVATION'], minimumMinutes: 0 };
    expect(sessionCounts(custom, { ...session, modality: 'OBSERVATION', durationMinutes: 10 })).toBe(true);
    expect(sessionCounts(custom, session)).toBe(false);
  });
});

import { call, ok } from './support/admin-helpers';
import { createOrg, tokensFor, type RoleKey, type TestOrg } from './support/factories';
import { codeOf } from './support/graphql';
import { startTestApp, type TestApp } from './support/test-app';
import { testClock } from './support/clock';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '@tandem/shared';
import { graphql } from './gql';
import type { UpdateSupervisionPolicyInput } from './gql/graphql';

const SCHEDULE = graphql(`mutation ScheduleSupervision($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id startsAt } } }`);
const RECORD = graphql(`mutation RecordSupervisionNoteInSupervisionCompliance($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { id occurrenceId language { wordCount } } }`);
const MARK = graphql(`mutation MarkSupervisionOccurrence($i: MarkSupervisionOccurrenceInput!) { markSupervisionOccurrence(input: $i) { occurrence { status } } }`);
const CANCEL = graphql(`mutation CancelOccurrenceStatus($i: CancelSupervisionOccurrenceInput!) { cancelSupervisionOccurrence(input: $i) { occurrence { status } } }`);
export const RECONCILIATION = graphql(`fragment ComplianceReconciliation on SupervisionReconciliation { scheduled completed documented heldNotDocumented documentedNotScheduled pastStillScheduled missed cancelled }`);
const COMPLIANCE = graphql(`query SupervisionComplianceInSupervisionCompliance($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) {
  supervisees { superviseeId teamId programId staffStart policyPreset required requiredByEnd recorded ratio daysSinceLast currentIntervalDays overdue status
    reconciliation { ...ComplianceReconciliation } supervisee { id } team { id } }
  teams { id supervisees required recorded ratio onTrack behind overdue reconciliation { ...ComplianceReconciliation } }
  programs { id supervisees required recorded }
  total { supervisees required recorded } } }`);
const POLICY = graphql(`query SupervisionPolicy($id: ID!) { supervisionPolicy(programId: $id) { programId preset presetLabel stages { untilMonths everyDays } countingModalities minimumMinutes requireDocumentation isDefault } }`);
const UPDATE_POLICY = graphql(`mutation UpdateSupervisionPolicyInSupervisionCompliance($i: UpdateSupervisionPolicyInput!) { updateSupervisionPolicy(input: $i) { preset stages { untilMonths everyDays } countingModalities minimumMinutes requireDocumentation isDefault } }`);
const SERIES = graphql(`query LanguageDensitySeries($f: LanguageSeriesFilterInput!) { languageDensitySeries(filter: $f) { teamId team { id } points { month notes wordCount suppressed balance densities { medicalModel mutuality } } } }`);

let app: TestApp;
let org: TestOrg;
let t: Record<RoleKey, string>;
/** "now" for the window: the sessions below are placed relative to it. */
const now = new Date(Math.floor(testClock.nowMs() / MINUTE_MS) * MINUTE_MS);
const at = (daysAgo: number, hoursEarlier = 0) => new Date(now.getTime() - daysAgo * DAY_MS - hoursEarlier * HOUR_MS);
const window = { from: at(56).toISOString(), to: now.toISOString() };

async function oneOff(startsAt: Date, token = t.supervisor, superviseeIds = [org.people.staff.id]): Promise<string> {
  const res = await ok(app, SCHEDULE, {
    i: { supervisorId: org.people.supervisor.id, superviseeIds, startsAt: startsAt.toISOString(), durationMinutes: 60, timeZone: 'UTC', modality: 'INDIVIDUAL', channel: 'IN_PERSON' },
  }, { token });
  return `${res.scheduleSupervision.session!.id}_${startsAt.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
}

beforeAll(async () => {
  app = await startTestApp({ LOGIN_MAX_ATTEMPTS_PER_IP: '10000' });
  org = await createOrg(app, 'Compliance');
  t = await tokensFor(app, org);
  // The staff member started 400 days ago (createOrg), so the default policy is in its every-14-days stage.
  const s1 = await oneOff(at(50));
  const s2 = await oneOff(at(36));
  const s3 = await oneOff(at(22));
  const s4 = await oneOff(at(15));
  const s5 = await oneOff(at(10));
  await oneOff(at(5)); // never marked: still SCHEDULED after it happened
  await oneOff(new Date(now.getTime() + 3 * DAY_MS)); // in the future: ignored
  for (const id of [s1, s2]) await ok(app, RECORD, { i: { occurrenceId: id, types: ['SUPPORTIVE'] } }, { token: t.supervisor });
  await ok(app, MARK, { i: { occurrenceId: s3, status: 'COMPLETED' } }, { token: t.supervisor });
  await ok(app, MARK, { i: { occurrenceId: s4, status: 'MISSED' } }, { token: t.supervisor });
  await ok(app, CANCEL, { i: { occurrenceId: s5 } }, { token: t.supervisor });
  await ok(app, RECORD, {
    i: {
      adHoc: { superviseeIds: [org.people.staff.id], startsAt: at(3, 1).toISOString(), durationMinutes: 45, timeZone: 'UTC', modality: 'INDIVIDUAL', channel: 'PHONE' },
      types: ['ADMINISTRATIVE'],
    },
  }, { token: t.supervisor });
});
afterAll(async () => app.close());

describe('supervision compliance', () => {
  it('computes required vs recorded, days since the last session and reconciliation for a supervisee with known sessions', async () => {
    const res = (await ok(app, COMPLIANCE, { f: { ...window, superviseeId: org.people.staff.id } }, { token: t.supervisor })).supervisionCompliance;
    // 56 days at one every 14 days → 4 required. Recorded (held, counting and documented): days 50, 36 and the ad-hoc call → 3.
    // Day 22 was held but has no note (not recorded: the default policy requires documentation); day 15 missed; day 10 cancelled;
    // day 5 still SCHEDULED. The last counting session is the ad-hoc call 3 days and an hour ago.
    expect(res.supervisees).toEqual([{
      superviseeId: org.people.staff.id, teamId: org.teams.a1, programId: org.programs.a, staffStart: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      policyPreset: 'WEEKLY_6M_THEN_BIWEEKLY', required: 4, requiredByEnd: 4, recorded: 3, ratio: 0.75, daysSinceLast: 3, currentIntervalDays: 14,
      overdue: false, status: 'BEHIND',
      reconciliation: { scheduled: 5, completed: 4, documented: 3, heldNotDocumented: 1, documentedNotScheduled: 1, pastStillScheduled: 1, missed: 1, cancelled: 1 },
      supervisee: { id: org.people.staff.id }, team: { id: org.teams.a1 },
    }]);
  });

  it('aggregates per team and program, within the viewer’s scope', async () => {
    const res = (await ok(app, COMPLIANCE, { f: window }, { token: t.manager })).supervisionCompliance;
    expect(res.supervisees.map((s: { superviseeId: string }) => s.superviseeId)).toEqual([org.people.staff.id]); // staff2 is in program B
    expect(res.teams).toEqual([{
      id: org.teams.a1, supervisees: 1, required: 4, recorded: 3, ratio: 0.75, onTrack: 0, behind: 1, overdue: 0,
      reconciliation: { scheduled: 5, completed: 4, documented: 3, heldNotDocumented: 1, documentedNotScheduled: 1, pastStillScheduled: 1, missed: 1, cancelled: 1 },
    }]);
    expect(res.programs).toEqual([{ id: org.programs.a, supervisees: 1, required: 4, recorded: 3 }]);
    const all = (await ok(app, COMPLIANCE, { f: window }, { token: t.admin })).supervisionCompliance;
    // staff2 has had no supervision at all: 4 required, none recorded, overdue since their start 400 days ago.
    expect(all.supervisees.find((s: { superviseeId: string }) => s.superviseeId === org.people.staff2.id)).toMatchObject({ required: 4, recorded: 0, ratio: 0, daysSinceLast: null, overdue: true, status: 'OVERDUE' });
    expect(all.total).toEqual({ supervisees: 2, required: 8, recorded: 3 });
    const own = (await ok(app, COMPLIANCE, { f: window }, { token: t.staff })).supervisionCompliance;
    expect(own.supervisees.map((s: { superviseeId: string }) => s.superviseeId)).toEqual([org.people.staff.id]);
    expect((await ok(app, COMPLIANCE, { f: window }, { token: t.supervisor2 })).supervisionCompliance.supervisees.map((s: { superviseeId: string }) => s.superviseeId))
      .toEqual([org.people.staff2.id]);
  });

  it('follows the program’s policy: presets and custom counting rules', async () => {
    const before = (await ok(app, POLICY, { id: org.programs.a }, { token: t.staff })).supervisionPolicy;
    expect(before).toEqual({
      programId: org.programs.a, preset: 'WEEKLY_6M_THEN_BIWEEKLY', presetLabel: 'Weekly for the first 6 months, then every two weeks',
      stages: [{ untilMonths: 6, everyDays: 7 }, { untilMonths: null, everyDays: 14 }], countingModalities: ['INDIVIDUAL', 'GROUP', 'PEER_COREFLECTION'],
      minimumMinutes: 30, requireDocumentation: true, isDefault: true,
    });
    const cert = (await ok(app, UPDATE_POLICY, { i: { programId: org.programs.a, preset: 'WEEKLY_UNTIL_CERT_THEN_MONTHLY' } }, { token: t.admin })).updateSupervisionPolicy;
    expect(cert).toMatchObject({ preset: 'WEEKLY_UNTIL_CERT_THEN_MONTHLY', stages: [{ untilMonths: 24, everyDays: 7 }, { untilMonths: null, everyDays: 30 }], isDefault: false });
    const weekly = (await ok(app, COMPLIANCE, { f: { ...window, superviseeId: org.people.staff.id } }, { token: t.admin })).supervisionCompliance.supervisees[0];
    // Still within two years of starting → weekly: 56 / 7 = 8 required.
    expect(weekly).toMatchObject({ policyPreset: 'WEEKLY_UNTIL_CERT_THEN_MONTHLY', required: 8, recorded: 3, currentIntervalDays: 7, status: 'BEHIND' });

    await ok(app, UPDATE_POLICY, {
      i: { programId: org.programs.a, preset: 'CUSTOM', stages: [{ everyDays: 28 }], requireDocumentation: false, minimumMinutes: 50 },
    }, { token: t.admin });
    const custom = (await ok(app, COMPLIANCE, { f: { ...window, superviseeId: org.people.staff.id } }, { token: t.admin })).supervisionCompliance.supervisees[0];
    // 56 / 28 = 2 required; without documentation day 22 counts, but the 45-minute call no longer does (minimum 50) → 3 recorded.
    expect(custom).toMatchObject({ policyPreset: 'CUSTOM', required: 2, recorded: 3, ratio: 1, status: 'ON_TRACK', daysSinceLast: 22 });
    await ok(app, UPDATE_POLICY, { i: { programId: org.programs.a, preset: 'WEEKLY_6M_THEN_BIWEEKLY' } }, { token: t.admin });
  });

  it('refuses bad policies and callers who may not set them', async () => {
    const i: UpdateSupervisionPolicyInput = { programId: org.programs.a, preset: 'CUSTOM', stages: [{ untilMonths: 6, everyDays: 7 }] };
    const res = await call(app, UPDATE_POLICY, { i }, { token: t.admin });
    expect({ code: codeOf(res), message: res.errors?.[0]?.message }).toEqual({ code: 'BAD_USER_INPUT', message: expect.stringContaining('The last stage must be open-ended') });
    expect(codeOf(await call(app, UPDATE_POLICY, { i: { programId: org.programs.a, preset: 'CUSTOM' } }, { token: t.admin }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await call(app, UPDATE_POLICY, { i: { programId: org.programs.a, preset: 'WEEKLY_6M_THEN_BIWEEKLY', countingModalities: [] } }, { token: t.admin }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await call(app, UPDATE_POLICY, { i: { programId: org.programs.a, preset: 'WEEKLY_6M_THEN_BIWEEKLY' } }, { token: t.manager }))).toBe('FORBIDDEN');
    expect(codeOf(await call(app, POLICY, { id: '00000000-0000-4000-8000-000000000000' }, { token: t.admin }))).toBe('NOT_FOUND');
    expect(codeOf(await call(app, COMPLIANCE, { f: { from: '2030-01-01T00:00:00Z', to: '2029-01-01T00:00:00Z' } }, { token: t.admin }))).toBe('BAD_USER_INPUT');
  });
});

describe('language reflection', () => {
  const REFLECT = graphql(`query ReflectLanguage($t: String!) { reflectLanguage(text: $t) {
    wordCount balance hits { phrase pattern weight start end matchedText suppressed alternative }
    totals { medicalModel hierarchical errand mutuality } densities { medicalModel } summary { tone headline suggestions { matchedText strength } mutualPhrases setAsideNote } } }`);

  it('reflects on a text with hits, suppression, densities and a gentle summary', async () => {
    const text = 'The patient was non-compliant. We did not talk about "symptoms". Together we decided what matters to them.';
    const r = (await ok(app, REFLECT, { t: text }, { token: t.staff })).reflectLanguage;
    const suppressed = Object.fromEntries(r.hits.map((h: { matchedText: string; suppressed: string | null }) => [h.matchedText.toLowerCase(), h.suppressed]));
    expect(suppressed).toMatchObject({ patient: null, 'non-compliant': null, symptoms: expect.stringMatching(/^(QUOTED|NEGATED)$/) });
    expect(r.totals.mutuality).toBeGreaterThan(0);
    const patient = r.hits.find((h: { matchedText: string }) => h.matchedText === 'patient');
    expect(text.slice(patient!.start, patient!.end)).toBe('patient');
    expect(patient).toMatchObject({ pattern: 'MEDICAL_MODEL', weight: 1, alternative: expect.any(String) });
    expect(r.totals.medicalModel).toBe(3);
    expect(r.densities.medicalModel).toBeCloseTo((3 * 1000) / r.wordCount, 6);
    expect(r.summary.setAsideNote).toContain('set aside');
    expect(r.summary.headline).toBeTruthy();
  });

  it('uses the organisation’s lexicon: admins add phrases and disable defaults (weight 0), others may not', async () => {
    const added = await ok(app, graphql(`mutation UpsertLexiconEntry($i: UpsertLexiconEntryInput!) { upsertLexiconEntry(input: $i) { phrase pattern weight source enabled } }`), {
      i: { phrase: 'service user', pattern: 'MEDICAL_MODEL', weight: 2, alternative: 'The person, or their name.' },
    }, { token: t.admin });
    expect(added.upsertLexiconEntry).toEqual({ phrase: 'service user', pattern: 'MEDICAL_MODEL', weight: 2, source: 'ORGANIZATION', enabled: true });
    const off = await ok(app, graphql(`mutation UpsertLexiconEntryInSupervisionCompliance($i: UpsertLexiconEntryInput!) { upsertLexiconEntry(input: $i) { phrase weight source enabled } }`), {
      i: { phrase: 'patient', pattern: 'MEDICAL_MODEL', weight: 0 },
    }, { token: t.admin });
    expect(off.upsertLexiconEntry).toEqual({ phrase: 'patient', weight: 0, source: 'OVERRIDDEN', enabled: false });
    const r = (await ok(app, graphql(`query ReflectLanguageInSupervisionCompliance { reflectLanguage(text: "The patient and the service user") { totals { medicalModel } hits { phrase } } }`), {}, { token: t.staff })).reflectLanguage;
    expect(r).toEqual({ totals: { medicalModel: 2 }, hits: [{ phrase: 'service user' }] });
    const lexicon = (await ok(app, graphql(`query Lexicon { lexicon { phrase weight source defaultWeight } }`), {}, { token: t.staff })).lexicon;
    expect(lexicon.find((e: { phrase: string }) => e.phrase === 'patient')).toEqual({ phrase: 'patient', weight: 0, source: 'OVERRIDDEN', defaultWeight: 1 });
    expect(codeOf(await call(app, graphql(`mutation UpsertLexiconEntryInSupervisionCompliance2($i: UpsertLexiconEntryInput!) { upsertLexiconEntry(input: $i) { phrase } }`), { i: { phrase: 'x y', pattern: 'ERRAND', weight: 1 } }, { token: t.supervisor })))
      .toBe('FORBIDDEN');
    expect(codeOf(await call(app, graphql(`mutation UpsertLexiconEntryInSupervisionCompliance2($i: UpsertLexiconEntryInput!) { upsertLexiconEntry(input: $i) { phrase } }`), { i: { phrase: 'x y', pattern: 'ERRAND', weight: 9 } }, { token: t.admin })))
      .toBe('BAD_USER_INPUT');
    expect((await ok(app, graphql(`mutation DeleteLexiconEntry { deleteLexiconEntry(phrase: "Patient") }`), {}, { token: t.admin })).deleteLexiconEntry).toBe(true);
    expect(codeOf(await call(app, graphql(`mutation DeleteLexiconEntry { deleteLexiconEntry(phrase: "Patient") }`), {}, { token: t.admin }))).toBe('NOT_FOUND');
    expect((await ok(app, graphql(`query ReflectLanguageInSupervisionCompliance2 { reflectLanguage(text: "The patient") { totals { medicalModel } } }`), {}, { token: t.staff })).reflectLanguage.totals.medicalModel).toBe(1);
    expect(codeOf(await call(app, REFLECT, { t: 'x'.repeat(50_001) }, { token: t.staff }))).toBe('BAD_USER_INPUT');
  });

  it('aggregates stored note totals per team and month, withholding months with fewer than 3 notes', async () => {
    // A month about eight months ago, and the one after it.
    const base = new Date(now.getTime() - 240 * DAY_MS);
    const day = (monthOffset: number, d: number) => new Date(Date.UTC(base.getUTCFullYear(), base.getUTCMonth() + monthOffset, d, 10)).toISOString();
    const month = (d: number) => day(0, d);
    const record = (startsAt: string, supervisorNote: string) => ok(app, RECORD, {
      i: { adHoc: { superviseeIds: [org.people.staff.id], startsAt, durationMinutes: 60, timeZone: 'UTC', modality: 'INDIVIDUAL', channel: 'IN_PERSON' }, supervisorNote },
    }, { token: t.supervisor });
    await record(month(4), 'The patient was symptomatic and non-compliant with meds.');
    await record(month(11), 'We explored what matters to them and together we decided the next step.');
    await record(month(18), 'Talked through the diagnosis and the treatment plan goal.');
    await record(day(1, 2), 'A single note the month after, about the patient.');
    const f = { teamIds: [org.teams.a1, org.teams.b1], from: day(0, 1).slice(0, 10), to: day(2, 1).slice(0, 10) };
    const series = (await ok(app, SERIES, { f }, { token: t.supervisor })).languageDensitySeries;
    expect(series.map((s: { teamId: string }) => s.teamId)).toEqual([org.teams.a1]); // team B1 is outside this supervisor's scope
    const [march, april] = series[0]!.points;
    expect(march).toMatchObject({ month: day(0, 1).slice(0, 7), notes: 3, suppressed: false });
    expect(march!.densities!.medicalModel).toBeGreaterThan(0);
    expect(march!.densities!.mutuality).toBeGreaterThan(0);
    expect(april).toEqual({ month: day(1, 1).slice(0, 7), notes: 1, wordCount: expect.any(Number), suppressed: true, balance: null, densities: null });
    const admin = (await ok(app, SERIES, { f }, { token: t.admin })).languageDensitySeries;
    expect(admin.map((s: { teamId: string }) => s.teamId).sort()).toEqual([org.teams.a1, org.teams.b1].sort());
    expect(codeOf(await call(app, SERIES, { f }, { token: t.staff }))).toBe('FORBIDDEN');
    expect(codeOf(await call(app, SERIES, { f: { ...f, to: f.from } }, { token: t.admin }))).toBe('BAD_USER_INPUT');
  });
});

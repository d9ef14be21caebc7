import { randomUUID } from 'node:crypto';
import { applyRollupDeltas, checklistDeltas, ensureDefaultInstruments, noteDeltas } from '@tandem/database';
import { createOrg, login, type TestOrg } from './support/factories';
import { codeOf, gql } from './support/graphql';
import { startTestApp, type TestApp } from './support/test-app';
import { testClock } from './support/clock';
import { expectSameAfterRebuild, rollupCells } from './support/rollup-cells';
import { DAY_MS, HOUR_MS } from '@tandem/shared';
import { graphql } from './gql';
import type { AdHocSessionInput } from './gql/graphql';

/**
 * Rollups are maintained incrementally in each write's transaction. After a random sequence of submits,
 * amendments and (back-dated) team moves, they must equal a from-scratch recomputation.
 */
let app: TestApp;
let org: TestOrg;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  app = await startTestApp({ LOGIN_MAX_ATTEMPTS_PER_IP: '10000' });
  org = await createOrg(app);
  await app.owner.transaction((em) => ensureDefaultInstruments(em, org.id));
  for (const key of ['admin', 'staff', 'staff2', 'supervisor', 'supervisor2'] as const) tokens[key] = await login(app, org.people[key].email);
});
afterAll(async () => app.close());

/** Deterministic pseudo-random numbers so a failure can be replayed. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a * 1664525 + 1013904223) % 4294967296;
    return a / 4294967296;
  };
}

const START = graphql(`mutation StartChecklistVersion($i: StartChecklistInput!) { startChecklist(input: $i) { id version } }`);
const SAVE = graphql(`mutation SaveChecklistAnswersVersion($i: SaveChecklistAnswersInput!) { saveChecklistAnswers(input: $i) { id version } }`);
const SUBMIT = graphql(`mutation SubmitChecklistInRollups($i: SubmitChecklistInput!) { submitChecklist(input: $i) { id version status } }`);
const AMEND = graphql(`mutation AmendChecklistInRollups($i: AmendChecklistInput!) { amendChecklist(input: $i) { id version revision } }`);
const MOVE = graphql(`mutation AssignTeam($i: AssignTeamInput!) { assignTeam(input: $i) { id } }`);
const NOTE = graphql(`mutation RecordSupervisionNoteVersion($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { id version } }`);
const NOTE_PHRASES = ['She was non-compliant with her meds again.', 'We explored what she wants from the next month, together.',
  'I told him what to do about the housing form.', 'We talked about not calling her "non-compliant".', 'Ran errands and drove him to the pharmacy.'];

function answers(rand: () => number, raterType: 'SELF' | 'SUPERVISOR') {
  const dims = raterType === 'SELF' ? [1, 2, 3, 4, 5, 6] : [1, 2, 3, 4, 5, 6, 7];
  return dims.flatMap((d) => [1, 2, 3, 4].map((i) => ({ itemCode: `D${d}.${i}`, value: 1 + Math.floor(rand() * 5) })));
}

it('equal a from-scratch recomputation after random submits, amendments and team moves', async () => {
  const rand = rng(20261121);
  const submitted: { id: string; version: number; token: string; raterType: 'SELF' | 'SUPERVISOR' }[] = [];
  const raters = [
    { token: () => tokens.staff!, subject: org.people.staff.id, raterType: 'SELF' as const },
    { token: () => tokens.staff2!, subject: org.people.staff2.id, raterType: 'SELF' as const },
    { token: () => tokens.supervisor!, subject: org.people.staff.id, raterType: 'SUPERVISOR' as const },
    { token: () => tokens.supervisor2!, subject: org.people.staff2.id, raterType: 'SUPERVISOR' as const },
  ];
  const teams = [org.teams.a1, org.teams.a2, org.teams.b1];
  let moves = 0;
  let amendments = 0;
  let notes = 0;
  for (let step = 0; step < 30; step++) {
    const roll = rand();
    if (roll < 0.55 || submitted.length === 0) {
      const r = raters[Math.floor(rand() * raters.length)]!;
      const started = await gql(app, START, { i: { instrumentKey: 'mutuality-fidelity', subjectId: r.subject, raterType: r.raterType } }, { token: r.token() });
      const c = started.data!.startChecklist;
      const saved = await gql(app, SAVE, { i: { checklistId: c.id, version: c.version, answers: answers(rand, r.raterType) } }, { token: r.token() });
      const done = await gql(app, SUBMIT, { i: { checklistId: c.id, idempotencyKey: randomUUID() } }, { token: r.token() });
      expect(done.data?.submitChecklist.status).toBe('SUBMITTED');
      submitted.push({ id: c.id, version: done.data!.submitChecklist.version, token: r.token(), raterType: r.raterType });
      expect(saved.errors).toBeUndefined();
    } else if (roll < 0.65) {
      // A supervision note: its language totals feed the team × month language rollups (rater type NOTE).
      const text = Array.from({ length: 2 + Math.floor(rand() * 3) }, () => NOTE_PHRASES[Math.floor(rand() * NOTE_PHRASES.length)]).join(' ');
      const startsAt = new Date(testClock.nowMs() - (1 + Math.floor(rand() * 20)) * HOUR_MS).toISOString();
      const adHoc: AdHocSessionInput = { startsAt, durationMinutes: 45, timeZone: 'UTC', modality: 'INDIVIDUAL', channel: 'IN_PERSON', superviseeIds: [org.people.staff.id] };
      const created = await gql(app, NOTE, { i: { adHoc, supervisorNote: text } }, { token: tokens.supervisor });
      expect(created.errors?.[0]?.message ?? null).toBeNull();
      const note = created.data!.recordSupervisionNote;
      const edited = await gql(app, NOTE, { i: { noteId: note.id, version: note.version, supervisorNote: `${text} ${NOTE_PHRASES[0]}` } }, { token: tokens.supervisor });
      expect(edited.errors?.[0]?.message ?? null).toBeNull();
      notes++;
    } else if (roll < 0.85) {
      const s = submitted[Math.floor(rand() * submitted.length)]!;
      const some = answers(rand, s.raterType).filter(() => rand() < 0.3);
      const res = await gql(app, AMEND, { i: { checklistId: s.id, version: s.version, answers: some, reason: 'Corrected after discussion' } }, { token: s.token });
      expect(res.errors?.[0]?.message ?? null).toBeNull();
      s.version = res.data!.amendChecklist.version;
      amendments++;
    } else {
      // A back-dated move re-attributes checklists submitted since then to the new team.
      const person = rand() < 0.5 ? org.people.staff.id : org.people.staff2.id;
      const teamId = teams[Math.floor(rand() * teams.length)]!;
      const startsOn = new Date(testClock.nowMs() - Math.floor(rand() * 3) * DAY_MS).toISOString().slice(0, 10);
      const res = await gql(app, MOVE, { i: { personId: person, teamId, startsOn } }, { token: tokens.admin });
      expect(codeOf(res)).toBeUndefined();
      moves++;
    }
  }
  expect(submitted.length).toBeGreaterThan(5);
  expect(amendments + moves).toBeGreaterThan(3);
  expect(notes).toBeGreaterThan(1);

  const incremental = await rollupCells(app.owner, org.id);
  expect(incremental.size).toBeGreaterThan(0);
  const rebuilt = await expectSameAfterRebuild(app.owner, org.id, incremental);
  // Language rollups count each note once per period.
  const noteCount = [...rebuilt.entries()].filter(([k]) => k.includes('|MONTH|') && k.endsWith('|LANG:WORDS')).reduce((n, [, v]) => n + v.count, 0);
  expect(noteCount).toBe(notes);
  // The MFI cells count exactly the submitted checklists (each in one week and one month).
  const mfiMonthCount = [...rebuilt.entries()].filter(([k]) => k.includes('|MONTH|') && k.endsWith('|MFI')).reduce((n, [, v]) => n + v.count, 0);
  expect(mfiMonthCount).toBe(submitted.length);
});

it('the set-based rebuild equals replaying every checklist and note through the incremental path, item codes following a crosswalk', async () => {
  // A newer published version renames D1.1 to D1.9 (and retires D2.4 without a successor): old ratings of D1.1 count as D1.9.
  await app.owner.query(
    `INSERT INTO instrument_version (organization_id, instrument_id, version, status, definition, published_at)
     SELECT organization_id, instrument_id, version + 1, 'PUBLISHED',
       jsonb_set(definition, '{crosswalk}', '[{"fromItemCode":"D1.1","toItemCode":"D1.9"},{"fromItemCode":"D2.4","toItemCode":null}]'), now()
     FROM instrument_version WHERE organization_id = $1 AND status = 'PUBLISHED' ORDER BY version DESC LIMIT 1`,
    [org.id],
  );
  const replay = async () => app.owner.transaction(async (em) => {
    await em.query('DELETE FROM metric_rollup WHERE organization_id = $1', [org.id]);
    const checklists: { id: string }[] = await em.query(`SELECT id FROM checklist WHERE organization_id = $1`, [org.id]);
    await applyRollupDeltas(em, org.id, await checklistDeltas(em, checklists.map((c) => c.id), 1));
    const notes: { id: string }[] = await em.query('SELECT id FROM supervision_note WHERE organization_id = $1', [org.id]);
    await applyRollupDeltas(em, org.id, await noteDeltas(em, notes.map((n) => n.id), 1));
  });
  await replay();
  const incremental = await rollupCells(app.owner, org.id);
  expect([...incremental.keys()].some((k) => k.endsWith('|ITEM:D1.9'))).toBe(true);
  expect([...incremental.keys()].some((k) => k.endsWith('|ITEM:D1.1'))).toBe(false);
  await expectSameAfterRebuild(app.owner, org.id, incremental);
});

describe('a rollup cell belongs to a team of its own organisation (checked once per team and statement)', () => {
  const cell = (teamId: string) => ({ teamId, at: testClock.now(), raterType: 'SELF', sign: 1 as const, metrics: new Map([['MFI', 80]]) });

  it('refuses a statement that writes a cell for another organisation’s team or for no team, and keeps nothing of it', async () => {
    const other = await createOrg(app, 'Other rollup org');
    const before = (await rollupCells(app.owner, org.id)).size;
    for (const teamId of [other.teams.a1, randomUUID()]) {
      // One good cell and one bad one in the same statement: the whole statement fails.
      await expect(app.owner.transaction((em) => applyRollupDeltas(em, org.id, [cell(org.teams.a1), cell(teamId)])))
        .rejects.toThrow(/analytics_team_revision_organization_id_team_id_fkey/);
    }
    expect((await rollupCells(app.owner, org.id)).size).toBe(before);
    // The same cell for the organisation's own team is written.
    const fresh = await createOrg(app, 'Fresh rollup org');
    await app.owner.transaction((em) => applyRollupDeltas(em, fresh.id, [cell(fresh.teams.b1)]));
    const cells = await rollupCells(app.owner, fresh.id);
    expect([...cells.keys()].filter((k) => k.endsWith('|MFI'))).toHaveLength(2);
    expect([...cells.keys()].every((k) => k.startsWith(fresh.teams.b1))).toBe(true);
  });

  it('keeps a team that has rollups from being deleted, and lets one without any history go', async () => {
    const fresh = await createOrg(app, 'Delete rollup org');
    await app.owner.transaction((em) => applyRollupDeltas(em, fresh.id, [cell(fresh.teams.a2)]));
    await expect(app.owner.query('DELETE FROM team WHERE organization_id = $1 AND id = $2', [fresh.id, fresh.teams.a2]))
      .rejects.toThrow(/analytics_team_revision_organization_id_team_id_fkey/);
    const [{ n }] = await app.owner.query('SELECT count(*)::int AS n FROM metric_rollup WHERE organization_id = $1 AND team_id = $2', [fresh.id, fresh.teams.a2]);
    expect(n).toBe(2);
    const [empty] = await app.owner.query(
      `INSERT INTO team (organization_id, program_id, name) VALUES ($1, $2, 'Never rated') RETURNING id`, [fresh.id, fresh.programs.a]);
    await app.owner.query('DELETE FROM team WHERE organization_id = $1 AND id = $2', [fresh.id, empty.id]);
    expect(await app.owner.query('SELECT 1 FROM team WHERE id = $1', [empty.id])).toHaveLength(0);
  });
});

// Analytics: annotations (created by people and automatically).
import { codeOf, expectCode } from './support/graphql';
import { addPerson, auditRowsOf, callRaw } from './support/admin-helpers';
import { inOnePeriod, todayIso as today, utcDayOf } from './support/clock';
import {
  TEAM_DRIFT, PERSON_DRIFT, ANNOTATIONS, CREATE, UPDATE, DELETE, ASSIGN_TEAM, ASSIGN_SUPERVISOR, app, org, t, foreign, foreignAdmin, as, data, useAnalyticsApp,
} from './support/analytics-setup';

useAnalyticsApp();

// ── annotations ───────────────────────────────────────────────────────────────────────────────────

describe('annotations CRUD', () => {
  const stored = async (id: string) => (await app.owner.query('SELECT team_id, label, details, kind, on_date::text AS on_date, created_by FROM annotation WHERE id = $1', [id]))[0];

  it('a supervisor annotates their team’s chart; it shows in annotations and teamDrift; creating is audited', async () => {
    const res = await as(t.supervisor, CREATE, { i: { teamId: org.teams.a1, onDate: '2025-03-10', label: '  Training day  ', details: ' Mutuality refresher ', kind: 'TRAINING' } });
    const a = data(res, 'createAnnotation');
    expect(a).toEqual({ id: expect.any(String), teamId: org.teams.a1, personId: null, onDate: '2025-03-10', label: 'Training day', details: 'Mutuality refresher', kind: 'TRAINING', automatic: false });
    expect(await stored(a.id)).toEqual({ team_id: org.teams.a1, label: 'Training day', details: 'Mutuality refresher', kind: 'TRAINING', on_date: '2025-03-10', created_by: org.people.supervisor.id });
    expect((await auditRowsOf(app, res.requestId)).map((r) => [r.action, r.entity_id, r.actor_id])).toEqual([['annotation.created', a.id, org.people.supervisor.id]]);
    const range = { from: '2025-01-01', to: today() };
    expect(data(await as(t.manager, ANNOTATIONS, { id: org.teams.a1, f: range }), 'annotations')).toContainEqual(a);
    expect(data(await as(t.admin, TEAM_DRIFT, { id: org.teams.a1, f: range }), 'teamDrift').annotations).toContainEqual(a);
    // Outside the range it is not listed.
    expect((data(await as(t.admin, ANNOTATIONS, { id: org.teams.a1, f: { from: '2025-04-01', to: today() } }), 'annotations') as { id: string }[]).map((x) => x.id)).not.toContain(a.id);
  });

  it('managers update and admins delete annotations in scope (both audited)', async () => {
    const a = data(await as(t.supervisor, CREATE, { i: { teamId: org.teams.a1, onDate: today(), label: 'Rota change' } }), 'createAnnotation');
    expect(a.kind).toBe('NOTE');
    const upd = await as(t.manager, UPDATE, { i: { annotationId: a.id, label: 'New rota', kind: 'STAFFING', details: 'Two more shifts' } });
    expect(data(upd, 'updateAnnotation')).toEqual({ ...a, label: 'New rota', kind: 'STAFFING', details: 'Two more shifts' });
    const [audit] = await auditRowsOf(app, upd.requestId);
    expect(audit).toMatchObject({ action: 'annotation.updated', entity_id: a.id, summary: { before: { label: 'Rota change' }, after: { label: 'New rota' } } });
    // Only the fields sent change.
    expect(data(await as(t.supervisor, UPDATE, { i: { annotationId: a.id, onDate: '2025-01-02' } }), 'updateAnnotation')).toMatchObject({ label: 'New rota', onDate: '2025-01-02', kind: 'STAFFING' });

    const del = await as(t.admin, DELETE, { id: a.id });
    expect(data(del, 'deleteAnnotation')).toBe(true);
    expect(await stored(a.id)).toBeUndefined();
    expect((await auditRowsOf(app, del.requestId)).map((r) => [r.action, r.entity_id])).toEqual([['annotation.deleted', a.id]]);
    expectCode(await as(t.admin, DELETE, { id: a.id }), 'NOT_FOUND');
  });

  it('managers annotate their programs’ teams, admins any team; out of scope is NOT_FOUND', async () => {
    expect(data(await as(t.manager, CREATE, { i: { teamId: org.teams.a2, onDate: today(), label: 'Manager note' } }), 'createAnnotation').teamId).toBe(org.teams.a2);
    expect(data(await as(t.admin, CREATE, { i: { teamId: org.teams.b1, onDate: today(), label: 'Admin note' } }), 'createAnnotation').teamId).toBe(org.teams.b1);
    const before = await app.owner.query('SELECT count(*)::int AS n FROM annotation WHERE organization_id = $1', [org.id]);
    expectCode(await as(t.manager, CREATE, { i: { teamId: org.teams.b1, onDate: today(), label: 'Nope' } }), 'NOT_FOUND');
    expectCode(await as(t.supervisor, CREATE, { i: { teamId: org.teams.b1, onDate: today(), label: 'Nope' } }), 'NOT_FOUND');
    expectCode(await as(t.supervisor, CREATE, { i: { teamId: org.teams.a2, onDate: today(), label: 'Nope' } }), 'NOT_FOUND');
    expectCode(await as(foreignAdmin, CREATE, { i: { teamId: org.teams.a1, onDate: today(), label: 'Nope' } }), 'NOT_FOUND');
    expect(await app.owner.query('SELECT count(*)::int AS n FROM annotation WHERE organization_id = $1', [org.id])).toEqual(before);

    const a = data(await as(t.supervisor, CREATE, { i: { teamId: org.teams.a1, onDate: today(), label: 'Mine' } }), 'createAnnotation');
    for (const token of [t.supervisor2, foreignAdmin]) {
      expectCode(await as(token, UPDATE, { i: { annotationId: a.id, label: 'Hijacked' } }), 'NOT_FOUND');
      expectCode(await as(token, DELETE, { id: a.id }), 'NOT_FOUND');
    }
    expectCode(await as(t.supervisor2, ANNOTATIONS, { id: org.teams.a1 }), 'NOT_FOUND');
    expectCode(await as(foreignAdmin, ANNOTATIONS, { id: org.teams.a1 }), 'NOT_FOUND');
    expect(await stored(a.id)).toMatchObject({ label: 'Mine' });
  });

  it('staff get FORBIDDEN for every annotation operation', async () => {
    const a = data(await as(t.supervisor, CREATE, { i: { teamId: org.teams.a1, onDate: today(), label: 'Staff cannot touch' } }), 'createAnnotation');
    expectCode(await as(t.staff, ANNOTATIONS, { id: org.teams.a1 }), 'FORBIDDEN');
    expectCode(await as(t.staff, CREATE, { i: { teamId: org.teams.a1, onDate: today(), label: 'Mine' } }), 'FORBIDDEN');
    expectCode(await as(t.staff, UPDATE, { i: { annotationId: a.id, label: 'Changed' } }), 'FORBIDDEN');
    expectCode(await as(t.staff, DELETE, { id: a.id }), 'FORBIDDEN');
    expect(await stored(a.id)).toMatchObject({ label: 'Staff cannot touch' });
  });

  it('createAnnotation about a person of another organisation is NOT_FOUND (no existence leak) and stores nothing', async () => {
    const before = await app.owner.query('SELECT count(*)::int AS n FROM annotation WHERE organization_id = $1', [org.id]);
    const input = { teamId: org.teams.a1, onDate: today(), label: 'Fine', personId: foreign.people.staff.id };
    expectCode(await as(t.admin, CREATE, { i: input }), 'NOT_FOUND');
    expect(await app.owner.query('SELECT count(*)::int AS n FROM annotation WHERE organization_id = $1', [org.id])).toEqual(before);
  });

  it.each([
    ['an empty label', { label: '' }],
    ['a blank label', { label: '   ' }],
    ['a label over 200 characters', { label: 'x'.repeat(201) }],
    ['an unknown kind', { kind: 'PARTY' }],
    ['an automatic kind', { kind: 'TEAM_CHANGE' }],
    ['an invalid date', { onDate: '2025-13-01' }],
    ['a malformed team id', { teamId: 'a1' }],
    ['details over 2000 characters', { details: 'd'.repeat(2001) }],
  ])('createAnnotation rejects %s with BAD_USER_INPUT', async (_label, patch: Record<string, string>) => {
    const input: Record<string, string> = { teamId: org.teams.a1, onDate: today(), label: 'Fine', ...patch };
    const before = await app.owner.query('SELECT count(*)::int AS n FROM annotation WHERE organization_id = $1', [org.id]);
    expectCode(await callRaw(app, CREATE, { i: input }, { token: t.admin }), 'BAD_USER_INPUT');
    expect(await app.owner.query('SELECT count(*)::int AS n FROM annotation WHERE organization_id = $1', [org.id])).toEqual(before);
  });

  it.each([
    ['an empty label', { label: '' }],
    ['a blank label', { label: '  ' }],
    ['an unknown kind', { kind: 'PARTY' }],
    ['an invalid date', { onDate: 'soon' }],
  ])('updateAnnotation rejects %s with BAD_USER_INPUT', async (_label, patch) => {
    const a = data(await as(t.supervisor, CREATE, { i: { teamId: org.teams.a1, onDate: today(), label: 'Unchanged' } }), 'createAnnotation');
    expectCode(await as(t.supervisor, UPDATE, { i: { annotationId: a.id, ...patch } }), 'BAD_USER_INPUT');
    expect(await stored(a.id)).toMatchObject({ label: 'Unchanged', kind: 'NOTE' });
  });

  it('a supervisor cannot pin an annotation on a person outside their scope', async () => {
    // staff2 is supervised by supervisor2 in team B1; the annotation would show on staff2's own trend (personDrift).
    const res = await as(t.supervisor, CREATE, { i: { teamId: org.teams.a1, personId: org.people.staff2.id, onDate: today(), label: 'About someone else' } });
    expect({ code: codeOf(res) ?? 'created' }).toEqual({ code: expect.stringMatching(/^(NOT_FOUND|BAD_USER_INPUT|FORBIDDEN)$/) });
    expect(await app.owner.query(`SELECT 1 FROM annotation WHERE person_id = $1`, [org.people.staff2.id])).toEqual([]);
  });

  it('an annotation about a person appears on their own trend', async () => {
    const a = data(await as(t.supervisor, CREATE, { i: { teamId: org.teams.a1, personId: org.people.staff.id, onDate: today(), label: 'Started outreach' } }), 'createAnnotation');
    expect(a.personId).toBe(org.people.staff.id);
    const own = data(await as(t.staff, PERSON_DRIFT, { id: org.people.staff.id }), 'personDrift');
    expect(own.annotations).toContainEqual({ id: a.id, label: 'Started outreach', personId: org.people.staff.id });
  });
});

// ── automatic annotations (last: moving people changes supervisors' scopes) ───────────────────────

// The API dates a change on its today; each test reads "today" once and is checked within that day (inOnePeriod), so a
// midnight between the change and the test's reading of the clock cannot make them differ.
describe('automatic annotations', () => {
  it('assignTeam adds TEAM_CHANGE annotations to both teams', () => inOnePeriod(async (now) => {
    const mover = await addPerson(app, org.id, 'Mover', ['STAFF'], { teamId: org.teams.a1 });
    data(await as(t.admin, ASSIGN_TEAM, { i: { personId: mover.id, teamId: org.teams.a2 } }), 'assignTeam');
    const joined = (data(await as(t.manager, ANNOTATIONS, { id: org.teams.a2 }), 'annotations') as { id: string; label: string }[]).find((a) => a.label === `${mover.name} joined the team`);
    expect(joined).toEqual({
      id: expect.stringMatching(/^membership:.+:in$/), teamId: org.teams.a2, personId: null, onDate: utcDayOf(now),
      label: `${mover.name} joined the team`, details: '', kind: 'TEAM_CHANGE', automatic: true,
    });
    const left = (data(await as(t.admin, ANNOTATIONS, { id: org.teams.a1 }), 'annotations') as { label: string }[]).find((a) => a.label === `${mover.name} left the team`);
    expect(left).toMatchObject({ id: expect.stringMatching(/^membership:.+:out$/), onDate: utcDayOf(now), kind: 'TEAM_CHANGE', automatic: true });
    expect(data(await as(t.admin, TEAM_DRIFT, { id: org.teams.a2 }), 'teamDrift').annotations).toContainEqual(joined);
    // Automatic annotations cannot be edited or deleted.
    expectCode(await as(t.admin, UPDATE, { i: { annotationId: joined!.id, label: 'Edited' } }), 'BAD_USER_INPUT');
    expectCode(await as(t.admin, DELETE, { id: joined!.id }), 'NOT_FOUND');
  }));

  it('assignSupervisor adds a SUPERVISOR_CHANGE annotation to the supervisee’s team', () => inOnePeriod(async (now) => {
    const supervisee = await addPerson(app, org.id, 'Supervisee', ['STAFF'], { teamId: org.teams.a1, supervisorId: org.people.supervisor.id });
    data(await as(t.admin, ASSIGN_SUPERVISOR, { i: { superviseeId: supervisee.id, supervisorId: org.people.supervisor2.id } }), 'assignSupervisor');
    const change = (data(await as(t.admin, ANNOTATIONS, { id: org.teams.a1 }), 'annotations') as { kind: string; label: string }[])
      .filter((a) => a.kind === 'SUPERVISOR_CHANGE' && a.label.startsWith(supervisee.name));
    expect(change).toEqual([{
      id: expect.stringMatching(/^supervision:/), teamId: org.teams.a1, personId: null, onDate: utcDayOf(now),
      label: `${supervisee.name} now supervised by ${org.people.supervisor2.name}`, details: '', kind: 'SUPERVISOR_CHANGE', automatic: true,
    }]);
    // A first supervisor is not a change.
    const first = await addPerson(app, org.id, 'Newcomer', ['STAFF'], { teamId: org.teams.a1 });
    data(await as(t.admin, ASSIGN_SUPERVISOR, { i: { superviseeId: first.id, supervisorId: org.people.supervisor.id } }), 'assignSupervisor');
    expect((data(await as(t.admin, ANNOTATIONS, { id: org.teams.a1 }), 'annotations') as { label: string }[]).some((a) => a.label.startsWith(first.name))).toBe(true);
    expect((data(await as(t.admin, ANNOTATIONS, { id: org.teams.a1 }), 'annotations') as { kind: string; label: string }[])
      .some((a) => a.kind === 'SUPERVISOR_CHANGE' && a.label.startsWith(first.name))).toBe(false);
  }));
});

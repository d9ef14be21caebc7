import { Client } from 'pg';
import { ensureDefaultInstruments, JOB_SCHEMA } from '@tandem/database';
import { RequestDb } from '../src/common/request-db';
import { createOrg, login, type TestOrg } from './support/factories';
import { gql } from './support/graphql';
import { startTestApp, type TestApp } from './support/test-app';
import { graphql } from './gql';
import { sqlIn } from './support/request-sql';

// A write's audit rows go to the database in the same round trip as its COMMIT. The change and its record still commit
// or fail together, values arrive exactly as given, and a failed insert leaves no half-open transaction in the pool.
let app: TestApp;
let org: TestOrg;

beforeAll(async () => {
  app = await startTestApp();
  org = await createOrg(app, 'Audit');
  await app.owner.transaction((em) => ensureDefaultInstruments(em, org.id));
});
afterAll(async () => app.close());

const row = (over: Partial<Parameters<RequestDb['auditAtCommit']>[0]> = {}) => ({
  actorId: org.people.admin.id, entity: 'person', entityId: org.people.staff.id, action: 'person.updated', summary: '{}', requestId: 'audit-at-commit', ...over,
});

it('a mutation sends its audit row with its COMMIT, and the row is there afterwards', async () => {
  const token = await login(app, org.people.staff.email);
  const spy = jest.spyOn(Client.prototype, 'query');
  let calls: unknown[][] = [];
  const res = await gql(app, graphql(`mutation StartChecklistInAuditAtCommit($i: StartChecklistInput!) { startChecklist(input: $i) { id } }`), { i: { subjectId: org.people.staff.id, raterType: 'SELF' } }, { token })
    .finally(() => {
      calls = [...spy.mock.calls];
      spy.mockRestore();
    });
  const sent = calls.map(([q]) => String(typeof q === 'object' && q !== null ? (q as { text: string }).text : q)).filter((t) => !t.includes(JOB_SCHEMA));
  expect(res.errors).toBeUndefined();
  expect(sent.at(-1)).toMatch(/^INSERT INTO audit_event \(.*\) VALUES \(.*'checklist\.started'.*\); COMMIT$/s);
  expect(sent.filter((t) => t.includes('audit_event'))).toHaveLength(1);
  const audits = await app.owner.query('SELECT actor_id, entity_id, action FROM audit_event WHERE entity_id = $1', [res.data!.startChecklist.id]);
  expect(audits).toEqual([{ actor_id: org.people.staff.id, entity_id: res.data!.startChecklist.id, action: 'checklist.started' }]);
});

it('values arrive exactly as given, quotes, backslashes and statement text included', async () => {
  const tricky = { name: "O'Brien \\ \" '' \\' ; COMMIT; DROP TABLE person; --", lines: 'one\ntwo\ttab', unicode: 'Zoë ✓' };
  const db = new RequestDb(app.server.dataSource, org.id);
  await db.auditAtCommit(row({ summary: JSON.stringify(tricky), requestId: "req-'quoted'" }));
  await db.auditAtCommit(row({ action: 'person.second', actorId: null, entityId: null }));
  await db.finish(false);
  const rows = await app.owner.query(`SELECT actor_id, entity_id, action, summary, request_id FROM audit_event WHERE request_id = $1 OR action = 'person.second' ORDER BY action`, ["req-'quoted'"]);
  expect(rows).toEqual([
    { actor_id: null, entity_id: null, action: 'person.second', summary: {}, request_id: 'audit-at-commit' },
    { actor_id: org.people.admin.id, entity_id: org.people.staff.id, action: 'person.updated', summary: tricky, request_id: "req-'quoted'" },
  ]);
});

it('a failed audit insert rolls the change back, and every pooled connection is usable afterwards', async () => {
  const db = new RequestDb(app.server.dataSource, org.id);
  await sqlIn(db, `UPDATE person SET job_title = 'Should not stay' WHERE id = $1`, [org.people.staff2.id]);
  await db.auditAtCommit(row({ entityId: 'not-a-uuid' }));
  await expect(db.finish(false)).rejects.toThrow(/uuid/);
  const [person] = await app.owner.query('SELECT job_title FROM person WHERE id = $1', [org.people.staff2.id]);
  expect(person.job_title).not.toBe('Should not stay');
  // More requests than the pool has connections: none may land on a connection left inside an aborted transaction.
  const others = Array.from({ length: 25 }, () => new RequestDb(app.server.dataSource, org.id));
  const names = await Promise.all(others.map(async (o) => {
    const [p] = await sqlIn<{ name: string }>(o, 'SELECT name FROM person WHERE id = $1', [org.people.staff.id]);
    await o.finish(false);
    return p!.name;
  }));
  expect(new Set(names).size).toBe(1);
});

it('a rolled-back request writes none of its audit rows', async () => {
  const db = new RequestDb(app.server.dataSource, org.id);
  await db.auditAtCommit(row({ requestId: 'rolled-back' }));
  await db.finish(true);
  expect(await app.owner.query(`SELECT 1 FROM audit_event WHERE request_id = 'rolled-back'`)).toEqual([]);
});

it('a write deferred to the COMMIT goes before the audit rows, commits with them, fails with them, and a rollback drops it', async () => {
  const title = "Deferred 'quoted' \\ title";
  const kept = new RequestDb(app.server.dataSource, org.id);
  await kept.atCommit('UPDATE person SET job_title = $1 WHERE id = $2', [title, org.people.staff2.id]);
  await kept.auditAtCommit(row({ requestId: 'deferred-kept' }));
  await kept.finish(false);
  expect(await app.owner.query('SELECT job_title FROM person WHERE id = $1', [org.people.staff2.id])).toEqual([{ job_title: title }]);
  expect(await app.owner.query(`SELECT 1 AS one FROM audit_event WHERE request_id = 'deferred-kept'`)).toEqual([{ one: 1 }]);

  // A failing deferred write takes the change and the audit row with it.
  const failed = new RequestDb(app.server.dataSource, org.id);
  await sqlIn(failed, `UPDATE person SET job_title = 'Should not stay' WHERE id = $1`, [org.people.staff2.id]);
  await failed.atCommit('UPDATE person SET started_on = $1 WHERE id = $2', ['not-a-date', org.people.staff2.id]);
  await failed.auditAtCommit(row({ requestId: 'deferred-failed' }));
  await expect(failed.finish(false)).rejects.toThrow(/date/);
  expect(await app.owner.query('SELECT job_title FROM person WHERE id = $1', [org.people.staff2.id])).toEqual([{ job_title: title }]);
  expect(await app.owner.query(`SELECT 1 FROM audit_event WHERE request_id = 'deferred-failed'`)).toEqual([]);

  const rolledBack = new RequestDb(app.server.dataSource, org.id);
  await rolledBack.atCommit('UPDATE person SET job_title = $1 WHERE id = $2', ['Rolled back', org.people.staff2.id]);
  await rolledBack.finish(true);
  expect(await app.owner.query('SELECT job_title FROM person WHERE id = $1', [org.people.staff2.id])).toEqual([{ job_title: title }]);
});

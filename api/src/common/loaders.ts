import DataLoader from 'dataloader';
import type { InstrumentDefinition } from '@tandem/shared';
import type { RequestDb } from './request-db';
import type { Viewer } from './request-context';
import { teamScope } from './scope';

export interface PersonRow {
  id: string;
  organization_id: string;
  name: string;
  email: string;
  password_hash?: string | null;
  job_title: string;
  lived_experience: boolean;
  started_on: string | null;
  active: boolean;
  created_at: Date;
  updated_at: Date;
}
export interface TeamRow {
  id: string;
  program_id: string;
  name: string;
  description: string;
  archived_at: Date | null;
  created_at: Date;
}
export interface ProgramRow {
  id: string;
  name: string;
  description: string;
  archived_at: Date | null;
  created_at: Date;
}
export interface GrantRow {
  person_id: string;
  role: string;
  program_id: string | null;
}
export interface MembershipRow {
  id: string;
  person_id: string;
  team_id: string;
  starts_on: string;
  ends_on: string | null;
}
export interface AssignmentRow {
  id: string;
  supervisor_id: string;
  supervisee_id: string;
  starts_on: string;
  ends_on: string | null;
}

function byId<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
}

function groupBy<T>(ids: readonly string[], rows: T[], key: (r: T) => string): T[][] {
  const map = new Map<string, T[]>();
  for (const r of rows) map.set(key(r), [...(map.get(key(r)) ?? []), r]);
  return ids.map((id) => map.get(id) ?? []);
}

/** Per-request DataLoaders on the request's transaction (so row-level security applies and N+1 disappears). */
export function createLoaders(db: RequestDb, viewer: () => Viewer | null) {
  return {
    /** Active teams of each program that the viewer may see (one query for all programs of a list). */
    teamsByProgram: new DataLoader<string, TeamRow[]>(async (ids) => {
      const v = viewer();
      if (!v) return ids.map(() => []);
      const scope = teamScope(v, 't.id', 2);
      const rows = await db.query<TeamRow>(
        `SELECT t.* FROM team t WHERE t.program_id = ANY($1::uuid[]) AND t.archived_at IS NULL AND ${scope.sql} ORDER BY t.name`,
        [ids, ...scope.params],
      );
      return groupBy(ids, rows, (r) => r.program_id);
    }),
    organization: new DataLoader<string, { id: string; name: string; settings: Record<string, unknown>; created_at: Date } | null>(async (ids) =>
      byId(ids, await db.query('SELECT * FROM organization WHERE id = ANY($1::uuid[])', [ids])),
    ),
    person: new DataLoader<string, PersonRow | null>(async (ids) =>
      byId(ids, await db.query<PersonRow>('SELECT * FROM person WHERE id = ANY($1::uuid[])', [ids])),
    ),
    team: new DataLoader<string, TeamRow | null>(async (ids) =>
      byId(ids, await db.query<TeamRow>('SELECT * FROM team WHERE id = ANY($1::uuid[])', [ids])),
    ),
    program: new DataLoader<string, ProgramRow | null>(async (ids) =>
      byId(ids, await db.query<ProgramRow>('SELECT * FROM program WHERE id = ANY($1::uuid[])', [ids])),
    ),
    grantsByPerson: new DataLoader<string, GrantRow[]>(async (ids) =>
      groupBy(ids, await db.query<GrantRow>('SELECT person_id, role, program_id FROM role_grant WHERE person_id = ANY($1::uuid[]) ORDER BY role', [ids]), (r) => r.person_id),
    ),
    membershipsByPerson: new DataLoader<string, MembershipRow[]>(async (ids) =>
      groupBy(ids, await db.query<MembershipRow>(
        `SELECT id, person_id, team_id, starts_on::text, ends_on::text FROM team_membership
         WHERE person_id = ANY($1::uuid[]) ORDER BY starts_on DESC, created_at DESC`, [ids]), (r) => r.person_id),
    ),
    supervisorsBySupervisee: new DataLoader<string, AssignmentRow[]>(async (ids) =>
      groupBy(ids, await db.query<AssignmentRow>(
        `SELECT id, supervisor_id, supervisee_id, starts_on::text, ends_on::text FROM supervision_assignment
         WHERE supervisee_id = ANY($1::uuid[]) ORDER BY starts_on DESC, created_at DESC`, [ids]), (r) => r.supervisee_id),
    ),
    instrumentVersion: new DataLoader<string, { id: string; version: number; status: string; definition: InstrumentDefinition; published_at: Date | null; instrument_id: string } | null>(
      async (ids) => byId(ids, await db.query('SELECT * FROM instrument_version WHERE id = ANY($1::uuid[])', [ids])),
    ),
    checklistRow: new DataLoader<string, Record<string, unknown> & { id: string } | null>(async (ids) =>
      byId(ids, await db.query('SELECT * FROM checklist WHERE id = ANY($1::uuid[])', [ids])),
    ),
    answersByChecklist: new DataLoader<string, { checklist_id: string; item_code: string; value: number | null; comment: string }[]>(async (ids) =>
      groupBy(ids, await db.query<{ checklist_id: string; item_code: string; value: number | null; comment: string }>(
        'SELECT checklist_id, item_code, value, comment FROM checklist_answer WHERE checklist_id = ANY($1::uuid[]) ORDER BY item_code', [ids]),
      (r) => r.checklist_id),
    ),
    memberCountByTeam: new DataLoader<string, number>(async (ids) => {
      const rows = await db.query<{ team_id: string; n: number }>(
        `SELECT team_id, count(*)::int AS n FROM team_membership tm JOIN person p ON p.id = tm.person_id
         WHERE tm.ends_on IS NULL AND p.active AND team_id = ANY($1::uuid[]) GROUP BY team_id`, [ids]);
      const m = new Map(rows.map((r) => [r.team_id, r.n]));
      return ids.map((id) => m.get(id) ?? 0);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

import { randomBytes, randomUUID } from 'node:crypto';
import { hashPassword } from '@tandem/database';
import type { Role } from '@tandem/shared';
import type { DataSource } from 'typeorm';
import { gql } from './graphql';
import type { TestApp } from './test-app';
import { graphql } from '../gql';

export const TEST_PASSWORD = 'correct-horse-battery';
let passwordHash: Promise<string> | null = null;
const testHash = () => (passwordHash ??= hashPassword(TEST_PASSWORD));

export interface TestPerson {
  id: string;
  email: string;
  name: string;
}

export interface TestOrg {
  id: string;
  name: string;
  programs: { a: string; b: string };
  teams: { a1: string; a2: string; b1: string };
  people: {
    admin: TestPerson;
    /** PROGRAM_MANAGER limited to program a. */
    manager: TestPerson;
    /** Supervises staff (team a1). */
    supervisor: TestPerson;
    staff: TestPerson;
    /** Team b1, supervised by supervisor2. */
    staff2: TestPerson;
    supervisor2: TestPerson;
  };
}

export interface InsertPersonOptions {
  teamId?: string;
  supervisorId?: string;
  managerProgramId?: string;
  active?: boolean;
  /** When they started (and joined the team / supervision); default 400 days ago. */
  startedDaysAgo?: number;
}

/** Inserts a person directly (owner connection) with the test password, roles, and optionally a team and supervisor. */
export async function insertPerson(db: DataSource, orgId: string, label: string, roles: Role[], opts: InsertPersonOptions = {}): Promise<TestPerson> {
  const id = randomUUID();
  const email = `${label}-${randomBytes(3).toString('hex')}@example.test`.toLowerCase();
  const name = `${label[0]!.toUpperCase()}${label.slice(1)} ${randomBytes(2).toString('hex')}`;
  const days = opts.startedDaysAgo ?? 400;
  await db.query(
    `INSERT INTO person (id, organization_id, name, email, password_hash, started_on, active) VALUES ($1, $2, $3, $4, $5, app_now()::date - $6::int, $7)`,
    [id, orgId, name, email, await testHash(), days, opts.active ?? true],
  );
  for (const role of roles) {
    await db.query('INSERT INTO role_grant (organization_id, person_id, role, program_id) VALUES ($1, $2, $3, $4)', [
      orgId, id, role, role === 'PROGRAM_MANAGER' ? (opts.managerProgramId ?? null) : null,
    ]);
  }
  if (opts.teamId) {
    await db.query(`INSERT INTO team_membership (organization_id, person_id, team_id, starts_on) VALUES ($1, $2, $3, app_now()::date - $4::int)`, [
      orgId, id, opts.teamId, days,
    ]);
  }
  if (opts.supervisorId) {
    await db.query(
      'INSERT INTO supervision_assignment (organization_id, supervisor_id, supervisee_id, starts_on) VALUES ($1, $2, $3, app_now()::date - $4::int)',
      [orgId, opts.supervisorId, id, days],
    );
  }
  return { id, email, name };
}

/** A small organisation with every role: two programs, three teams, two supervisors and their supervisees. */
export async function createOrg(app: Pick<TestApp, 'owner'>, label = 'Org'): Promise<TestOrg> {
  const db = app.owner;
  const id = randomUUID();
  const name = `${label} ${randomBytes(3).toString('hex')}`;
  await db.query('INSERT INTO organization (id, name) VALUES ($1, $2)', [id, name]);
  const program = async (n: string) =>
    (await db.query('INSERT INTO program (organization_id, name) VALUES ($1, $2) RETURNING id', [id, n]))[0].id as string;
  const a = await program('Program A');
  const b = await program('Program B');
  const team = async (programId: string, n: string) =>
    (await db.query('INSERT INTO team (organization_id, program_id, name) VALUES ($1, $2, $3) RETURNING id', [id, programId, n]))[0].id as string;
  const teams = { a1: await team(a, 'Team A1'), a2: await team(a, 'Team A2'), b1: await team(b, 'Team B1') };
  const admin = await insertPerson(db, id, 'admin', ['ADMIN']);
  const manager = await insertPerson(db, id, 'manager', ['PROGRAM_MANAGER'], { managerProgramId: a });
  const supervisor = await insertPerson(db, id, 'supervisor', ['SUPERVISOR'], { teamId: teams.a1 });
  const supervisor2 = await insertPerson(db, id, 'supervisortwo', ['SUPERVISOR'], { teamId: teams.b1 });
  const staff = await insertPerson(db, id, 'staff', ['STAFF'], { teamId: teams.a1 });
  const staff2 = await insertPerson(db, id, 'stafftwo', ['STAFF'], { teamId: teams.b1 });
  const assign = (sup: string, sub: string) =>
    db.query(`INSERT INTO supervision_assignment (organization_id, supervisor_id, supervisee_id, starts_on) VALUES ($1, $2, $3, app_now()::date - 400)`, [id, sup, sub]);
  await assign(supervisor.id, staff.id);
  await assign(supervisor2.id, staff2.id);
  return { id, name, programs: { a, b }, teams, people: { admin, manager, supervisor, staff, staff2, supervisor2 } };
}

export async function login(app: Pick<TestApp, 'url'>, email: string, password = TEST_PASSWORD): Promise<string> {
  const res = await gql(
    app, graphql(`mutation Login($i: LoginInput!) { login(input: $i) { token } }`), { i: { email, password } },
    { headers: { 'x-forwarded-for': randomBytes(4).join('.') } },
  );
  if (!res.data?.login.token) throw new Error(`login failed for ${email}: ${JSON.stringify(res.errors)}`);
  return res.data.login.token;
}

export type RoleKey = keyof TestOrg['people'];
export async function tokensFor(app: Pick<TestApp, 'url'>, org: TestOrg): Promise<Record<RoleKey, string>> {
  const out = {} as Record<RoleKey, string>;
  for (const [key, person] of Object.entries(org.people) as [RoleKey, TestPerson][]) out[key] = await login(app, person.email);
  return out;
}

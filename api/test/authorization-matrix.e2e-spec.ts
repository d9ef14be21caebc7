import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchema } from 'graphql';
import type { Role } from '@tandem/shared';
import { asMatrixAccess, declaredAccess } from './support/declared-access';
import { createOrg, login, type TestOrg, type TestPerson } from './support/factories';
import { codeOf, gqlRaw } from './support/graphql';
import {
  expectedOutcome, insertThrowawayPerson, PLATFORM_MATRIX, ROLES, SCOPES, type MatrixEntry, type MatrixEnv, type Outcome, type Scope, type Target,
} from './support/matrix';
import { ANALYTICS_MATRIX } from './support/matrix-analytics';
import { CHECKLIST_MATRIX } from './support/matrix-checklists';
import { INSTRUMENT_MATRIX } from './support/matrix-instruments';
import { SUPERVISION_MATRIX } from './support/matrix-supervision';
import { NOTIFICATION_MATRIX } from './support/matrix-notifications';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * The isolation matrix. Every query and mutation of the committed contract (api/schema.gql) is called by every role
 * (ADMIN, PROGRAM_MANAGER, SUPERVISOR, STAFF) about a target in the caller's scope, outside it in the same
 * organisation, and in another organisation — plus once anonymously — and each call must have exactly the outcome the
 * matrix declares (data, a list without the target, or one error code). Beyond the declared outcome, no answer may
 * contain an id of the other organisation, none may be a 5xx or INTERNAL_SERVER_ERROR, and a refused call carries no
 * data. See support/matrix.ts for the scopes.
 */
const schema = buildSchema(readFileSync(resolve(__dirname, '..', 'schema.gql'), 'utf8'));
const rootFields = [
  ...Object.keys(schema.getQueryType()?.getFields() ?? {}).map((f) => `Query.${f}`),
  ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((f) => `Mutation.${f}`),
];
const operations = rootFields.map((f) => f.split('.')[1]!).sort();

const SLICES: Record<string, Record<string, MatrixEntry>> = {
  PLATFORM_MATRIX, INSTRUMENT_MATRIX, CHECKLIST_MATRIX, ANALYTICS_MATRIX, SUPERVISION_MATRIX, NOTIFICATION_MATRIX,
};
const MATRIX: Record<string, MatrixEntry> = Object.assign({}, ...Object.values(SLICES));
const duplicates = Object.values(SLICES).flatMap((s) => Object.keys(s)).filter((op, i, all) => all.indexOf(op) !== i);

const PERSON_OF: Record<Role, keyof TestOrg['people']> = { ADMIN: 'admin', PROGRAM_MANAGER: 'manager', SUPERVISOR: 'supervisor', STAFF: 'staff' };
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

let app: TestApp;
let own: TestOrg;
let foreign: TestOrg;
let targets: Record<Scope, Target>;
const tokens = new Map<Role, string>();

async function extraTeam(org: TestOrg): Promise<string> {
  const [row] = await app.owner.query(`INSERT INTO team (organization_id, program_id, name) VALUES ($1, $2, 'Team B2') RETURNING id`, [org.id, org.programs.b]);
  return row.id as string;
}

beforeAll(async () => {
  app = await startTestApp({
    LOGIN_MAX_ATTEMPTS_PER_IP: '100000', LOGIN_MAX_FAILURES_PER_ACCOUNT: '100000', SIGNUP_MAX_PER_IP: '100000', PASSWORD_RESET_MAX_PER_IP: '100000',
  });
  own = await createOrg(app, 'Own');
  foreign = await createOrg(app, 'Foreign');
  const inScope = (org: TestOrg): Target => ({
    org, person: org.people.staff, supervisor: org.people.supervisor, team: org.teams.a1, otherTeam: org.teams.a2, program: org.programs.a,
  });
  targets = {
    own: inScope(own),
    out: { org: own, person: own.people.staff2, supervisor: own.people.supervisor2, team: own.teams.b1, otherTeam: await extraTeam(own), program: own.programs.b },
    foreign: inScope(foreign),
  };
});
afterAll(async () => app.close());

async function tokenFor(role: Role): Promise<string> {
  let token = tokens.get(role);
  if (!token) {
    token = await login(app, own.people[PERSON_OF[role]].email);
    tokens.set(role, token);
  }
  return token;
}

function envFor(role: Role | null, scope: Scope): MatrixEnv {
  const target = targets[scope];
  const caller: TestPerson | null = role ? own.people[PERSON_OF[role]] : null;
  return {
    app, home: own, caller, role, scope, target,
    freshPerson: () => insertThrowawayPerson(app, target.org, { teamId: target.team, supervisorId: target.supervisor.id }),
  };
}

/** Every id of the other organisation's fixture. */
function foreignFixtureIds(): string[] {
  return [foreign.id, ...Object.values(foreign.programs), ...Object.values(foreign.teams), ...Object.values(foreign.people).map((p) => p.id)];
}

describe('isolation matrix', () => {
  it('has exactly one entry for every query and mutation in the schema (and none for operations that do not exist)', () => {
    expect(duplicates).toEqual([]);
    expect(operations.filter((op) => !MATRIX[op])).toEqual([]);
    expect(Object.keys(MATRIX).filter((op) => !operations.includes(op))).toEqual([]);
  });

  it('declares for every operation the access its resolver declares (@Public / @SignedIn / @Roles)', () => {
    const declared = declaredAccess(app.server.app);
    const mismatches = rootFields.flatMap((field) => {
      const op = field.split('.')[1]!;
      const inMatrix = MATRIX[op]?.access;
      const inCode = asMatrixAccess(declared.get(field) ?? null);
      const norm = Array.isArray(inMatrix) ? [...inMatrix].sort() : inMatrix;
      return JSON.stringify(norm) === JSON.stringify(inCode) ? [] : [{ field, matrix: norm ?? null, code: inCode }];
    });
    expect(mismatches).toEqual([]);
  });

  const cases: [string, Role | 'anonymous', Scope][] = operations.flatMap((op) => [
    [op, 'anonymous', 'own'] as [string, 'anonymous', Scope],
    ...ROLES.flatMap((role) => SCOPES.map((scope) => [op, role, scope] as [string, Role, Scope])),
  ]);

  it.each(cases)('%s as %s, target %s', async (op, who, scope) => {
    const entry = MATRIX[op];
    if (!entry) throw new Error(`No matrix entry for ${op}`);
    const role = who === 'anonymous' ? null : who;
    const want = expectedOutcome(entry, role, scope);
    const sample = await entry.sample(envFor(role, scope));
    const res = await gqlRaw(app, sample.query, sample.variables, { token: role ? await tokenFor(role) : undefined });
    if (entry.endsSession && role) tokens.delete(role);

    const body = JSON.stringify(res.data ?? null);
    const got: Outcome | string = res.errors?.length
      ? (codeOf(res) ?? 'NO_CODE')
      : sample.listed === undefined ? 'DATA' : body.includes(sample.listed) ? 'DATA' : 'HIDDEN';
    expect({ op, who, scope, got, errors: got === want ? undefined : res.errors }).toEqual({ op, who, scope, got: want, errors: undefined });
    if (want === 'HIDDEN' && sample.listed === undefined) throw new Error(`${op}: a HIDDEN outcome needs a listed id`);

    expect({ op, status: res.status < 500, internal: (res.errors ?? []).some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR') })
      .toEqual({ op, status: true, internal: false });
    if (want !== 'DATA' && want !== 'HIDDEN') expect({ op, data: res.data }).toEqual({ op, data: null });
    // Nothing of the other organisation, ever; and nothing the call named when it was not entitled to it.
    const named = want === 'DATA' && scope !== 'foreign' ? [] : (JSON.stringify(sample.variables ?? {}).match(UUID) ?? []);
    const leaked = [...foreignFixtureIds(), ...named].filter((id) => body.includes(id));
    expect({ op, who, scope, leaked }).toEqual({ op, who, scope, leaked: [] });
  });
});

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchema } from 'graphql';
import type { Role } from '@tandem/shared';
import { createOrg, login, type TestOrg } from './support/factories';
import { codeOf, gql } from './support/graphql';
import { insertThrowawayPerson, PLATFORM_MATRIX, type MatrixEntry } from './support/matrix';
import { ANALYTICS_MATRIX } from './support/matrix-analytics';
import { CHECKLIST_MATRIX } from './support/matrix-checklists';
import { INSTRUMENT_MATRIX } from './support/matrix-instruments';
import { SUPERVISION_MATRIX } from './support/matrix-supervision';
import { startTestApp, type TestApp } from './support/test-app';

/** Every query and mutation in the committed contract. */
const schema = buildSchema(readFileSync(resolve(__dirname, '..', 'schema.gql'), 'utf8'));
const operations = [
  ...Object.keys(schema.getQueryType()?.getFields() ?? {}),
  ...Object.keys(schema.getMutationType()?.getFields() ?? {}),
].sort();

const MATRIX: Record<string, MatrixEntry> = { ...PLATFORM_MATRIX, ...INSTRUMENT_MATRIX, ...CHECKLIST_MATRIX, ...ANALYTICS_MATRIX, ...SUPERVISION_MATRIX };

type Caller = 'anonymous' | 'admin' | 'manager' | 'supervisor' | 'staff';
const CALLER_ROLE: Record<Exclude<Caller, 'anonymous'>, Role> = {
  admin: 'ADMIN', manager: 'PROGRAM_MANAGER', supervisor: 'SUPERVISOR', staff: 'STAFF',
};
const CALLERS: Caller[] = ['anonymous', 'admin', 'manager', 'supervisor', 'staff'];

function allowed(entry: MatrixEntry, caller: Caller): boolean {
  if (entry.access === 'public') return true;
  if (caller === 'anonymous') return false;
  if (entry.access === 'signed-in') return true;
  return entry.access.includes(CALLER_ROLE[caller]);
}

let app: TestApp;
let own: TestOrg;
let foreign: TestOrg;

beforeAll(async () => {
  app = await startTestApp({ LOGIN_MAX_ATTEMPTS_PER_IP: '10000', LOGIN_MAX_FAILURES_PER_ACCOUNT: '10000' });
  own = await createOrg(app, 'Own');
  foreign = await createOrg(app, 'Foreign');
});
afterAll(async () => app.close());

/** A fresh session per call: logout and password changes in samples must not break the next case. */
async function tokenFor(org: TestOrg, caller: Caller): Promise<string | undefined> {
  if (caller === 'anonymous') return undefined;
  return login(app, org.people[caller].email);
}

describe('authorization matrix', () => {
  it('has an entry for every operation in the schema (and none for operations that do not exist)', () => {
    expect(operations.filter((op) => !MATRIX[op])).toEqual([]);
    expect(Object.keys(MATRIX).filter((op) => !operations.includes(op))).toEqual([]);
  });

  const cases = operations.flatMap((op) => CALLERS.map((caller) => [op, caller] as const));

  it.each(cases)('%s as %s in their own organisation', async (op, caller) => {
    const entry = MATRIX[op];
    if (!entry) throw new Error(`No authorization entry for ${op}`);
    const sample = await entry.sample({ app, org: own, freshPerson: () => insertThrowawayPerson(app, own) });
    const res = await gql(app, sample.query, sample.variables, { token: await tokenFor(own, caller) });
    const code = codeOf(res);
    if (allowed(entry, caller)) {
      expect({ op, caller, code: ['FORBIDDEN', 'UNAUTHENTICATED'].includes(code ?? '') ? code : 'allowed' }).toEqual({ op, caller, code: 'allowed' });
    } else {
      expect({ op, caller, code }).toEqual({ op, caller, code: caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN' });
      expect(res.data).toBeNull();
    }
  });

  const foreignCases = operations.flatMap((op) => CALLERS.filter((c) => c !== 'anonymous').map((caller) => [op, caller] as const));

  it.each(foreignCases)('%s as %s of another organisation never reaches this organisation’s data', async (op, caller) => {
    const entry = MATRIX[op]!;
    const sample = await entry.sample({ app, org: own, freshPerson: () => insertThrowawayPerson(app, own) });
    const res = await gql(app, sample.query, sample.variables, { token: await tokenFor(foreign, caller) });
    const body = JSON.stringify(res.data ?? {});
    const ownIds = [own.id, ...Object.values(own.programs), ...Object.values(own.teams), ...Object.values(own.people).map((p) => p.id)];
    for (const id of ownIds) expect({ op, caller, leaked: body.includes(id) }).toEqual({ op, caller, leaked: false });
    if (entry.foreignCodes && allowed(entry, caller)) {
      expect({ op, caller, code: codeOf(res) }).toEqual({ op, caller, code: expect.stringMatching(new RegExp(`^(${entry.foreignCodes.join('|')})$`)) });
    }
  });
});

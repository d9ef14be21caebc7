import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchema } from 'graphql';
import type { Role } from '@tandem/shared';
import { createOrg, login, type TestOrg } from './support/factories';
import { codeOf, gql } from './support/graphql';
import { insertThrowawayPerson, type MatrixEntry } from './support/matrix';
import { SUPERVISION_MATRIX } from './support/matrix-supervision';
import { startTestApp, type TestApp } from './support/test-app';

// The supervision slice of the authorization matrix, run on its own (the full matrix merges SUPERVISION_MATRIX).
const schema = buildSchema(readFileSync(resolve(__dirname, '..', 'schema.gql'), 'utf8'));
const operations = new Set([...Object.keys(schema.getQueryType()?.getFields() ?? {}), ...Object.keys(schema.getMutationType()?.getFields() ?? {})]);

const CONTRACT = [
  'scheduleSupervision', 'updateSupervisionSession', 'cancelSupervisionOccurrence', 'moveSupervisionOccurrence', 'endSupervisionSeries',
  'markSupervisionOccurrence', 'supervisionSessions', 'recordSupervisionNote', 'signSupervisionNote', 'amendSupervisionNote', 'supervisionNote',
  'updateActionItem', 'actionItems', 'supervisionAgenda', 'supervisionDriftCodes', 'supervisionCompliance', 'supervisionPolicy',
  'updateSupervisionPolicy', 'reflectLanguage', 'lexicon', 'upsertLexiconEntry', 'deleteLexiconEntry', 'languageDensitySeries', 'calendarFeedUrl',
  'revokeCalendarFeed',
].sort();

type Caller = 'anonymous' | 'admin' | 'manager' | 'supervisor' | 'staff';
const CALLER_ROLE: Record<Exclude<Caller, 'anonymous'>, Role> = { admin: 'ADMIN', manager: 'PROGRAM_MANAGER', supervisor: 'SUPERVISOR', staff: 'STAFF' };
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
const tokens = new Map<string, string>();

beforeAll(async () => {
  app = await startTestApp({ LOGIN_MAX_ATTEMPTS_PER_IP: '10000', LOGIN_MAX_FAILURES_PER_ACCOUNT: '10000' });
  own = await createOrg(app, 'Own');
  foreign = await createOrg(app, 'Foreign');
});
afterAll(async () => app.close());

async function tokenFor(org: TestOrg, caller: Caller): Promise<string | undefined> {
  if (caller === 'anonymous') return undefined;
  const key = `${org.id}:${caller}`;
  if (!tokens.has(key)) tokens.set(key, await login(app, org.people[caller].email));
  return tokens.get(key);
}

describe('supervision authorization matrix', () => {
  it('covers exactly the supervision contract, and every operation is in the committed schema', () => {
    expect(Object.keys(SUPERVISION_MATRIX).sort()).toEqual(CONTRACT);
    expect(CONTRACT.filter((op) => !operations.has(op))).toEqual([]);
  });

  const cases = CONTRACT.flatMap((op) => CALLERS.map((caller) => [op, caller] as const));

  it.each(cases)('%s as %s in their own organisation', async (op, caller) => {
    const entry = SUPERVISION_MATRIX[op]!;
    const sample = await entry.sample({ app, org: own, freshPerson: () => insertThrowawayPerson(app, own) });
    const res = await gql(app, sample.query, sample.variables, { token: await tokenFor(own, caller) });
    const code = codeOf(res);
    if (allowed(entry, caller)) {
      expect({ op, caller, code: ['FORBIDDEN', 'UNAUTHENTICATED'].includes(code ?? '') ? code : 'allowed', errors: code ? res.errors : undefined })
        .toEqual({ op, caller, code: 'allowed', errors: code ? res.errors : undefined });
    } else {
      expect({ op, caller, code }).toEqual({ op, caller, code: caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN' });
      expect(res.data).toBeNull();
    }
  });

  it('the allowed samples succeed outright (no error at all) for their usual caller', async () => {
    const usual: Record<string, Caller> = { updateSupervisionPolicy: 'admin', upsertLexiconEntry: 'admin', deleteLexiconEntry: 'admin' };
    for (const op of CONTRACT) {
      const entry = SUPERVISION_MATRIX[op]!;
      const caller = usual[op] ?? (entry.access === 'signed-in' || (Array.isArray(entry.access) && entry.access.includes('SUPERVISOR')) ? 'supervisor' : 'admin');
      const sample = await entry.sample({ app, org: own, freshPerson: () => insertThrowawayPerson(app, own) });
      const res = await gql(app, sample.query, sample.variables, { token: await tokenFor(own, caller) });
      expect({ op, errors: res.errors }).toEqual({ op, errors: undefined });
    }
  });

  const foreignCases = CONTRACT.flatMap((op) => CALLERS.filter((c) => c !== 'anonymous').map((caller) => [op, caller] as const));

  it.each(foreignCases)('%s as %s of another organisation never reaches this organisation’s data', async (op, caller) => {
    const entry = SUPERVISION_MATRIX[op]!;
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

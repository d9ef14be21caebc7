import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchema } from 'graphql';
import { createOrg, login, type TestOrg } from './support/factories';
import { gqlRaw } from './support/graphql';
import { insertThrowawayPerson, type MatrixEnv } from './support/matrix';
import { SUPERVISION_MATRIX } from './support/matrix-supervision';
import { startTestApp, type TestApp } from './support/test-app';

// Checks on the supervision slice of the isolation matrix; the role × scope × organisation cases run in
// authorization-matrix.e2e-spec.ts, which merges SUPERVISION_MATRIX.
const schema = buildSchema(readFileSync(resolve(__dirname, '..', 'schema.gql'), 'utf8'));
const operations = new Set([...Object.keys(schema.getQueryType()?.getFields() ?? {}), ...Object.keys(schema.getMutationType()?.getFields() ?? {})]);

const CONTRACT = [
  'scheduleSupervision', 'updateSupervisionSession', 'cancelSupervisionOccurrence', 'moveSupervisionOccurrence', 'endSupervisionSeries',
  'markSupervisionOccurrence', 'supervisionSessions', 'supervisionOccurrence', 'recordSupervisionNote', 'finalizeSupervisionNote', 'signSupervisionNote', 'supervisorWeek', 'amendSupervisionNote', 'supervisionNote',
  'updateActionItem', 'actionItems', 'supervisionAgenda', 'supervisionDriftCodes', 'supervisionCompliance', 'supervisionPolicy',
  'updateSupervisionPolicy', 'reflectLanguage', 'lexicon', 'upsertLexiconEntry', 'deleteLexiconEntry', 'languageDensitySeries', 'calendarFeed',
  'createCalendarFeed', 'revokeCalendarFeed',
].sort();

type Caller = 'anonymous' | 'admin' | 'manager' | 'supervisor' | 'staff';
const ROLE_OF = { admin: 'ADMIN', manager: 'PROGRAM_MANAGER', supervisor: 'SUPERVISOR', staff: 'STAFF' } as const;


let app: TestApp;
let own: TestOrg;
const tokens = new Map<string, string>();

beforeAll(async () => {
  app = await startTestApp({ LOGIN_MAX_ATTEMPTS_PER_IP: '10000', LOGIN_MAX_FAILURES_PER_ACCOUNT: '10000' });
  own = await createOrg(app, 'Own');
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

  it('the allowed samples succeed outright (no error at all) for their usual caller', async () => {
    const usual: Record<string, Caller> = { updateSupervisionPolicy: 'admin', upsertLexiconEntry: 'admin', deleteLexiconEntry: 'admin' };
    for (const op of CONTRACT) {
      const entry = SUPERVISION_MATRIX[op]!;
      const caller = usual[op] ?? (entry.access === 'signed-in' || (Array.isArray(entry.access) && entry.access.includes('SUPERVISOR')) ? 'supervisor' : 'admin');
      const env: MatrixEnv = {
        app, home: own, caller: caller === 'anonymous' ? null : own.people[caller], role: caller === 'anonymous' ? null : ROLE_OF[caller], scope: 'own',
        target: { org: own, person: own.people.staff, supervisor: own.people.supervisor, team: own.teams.a1, otherTeam: own.teams.a2, program: own.programs.a },
        freshPerson: () => insertThrowawayPerson(app, own, { supervisorId: own.people.supervisor.id }),
      };
      const sample = await entry.sample(env);
      const res = await gqlRaw(app, sample.query, sample.variables, { token: await tokenFor(own, caller) });
      expect({ op, errors: res.errors }).toEqual({ op, errors: undefined });
    }
  });

});

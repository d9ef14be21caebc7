// Shared setup of the checklists-*.e2e-spec.ts files: operations, the app with two organisations, and checklist helpers.
import { DAY_MS } from '@tandem/shared';
import { login, type RoleKey, type TestOrg, type TestPerson } from './factories';
import { dataOf, type TypedDocumentNode, type VariablesArg } from './graphql';
import { addPerson, callRaw, uniq } from './admin-helpers';
import { startTwoOrgs } from './checklist-helpers';
import type { TestApp } from './test-app';
import { graphql } from '../gql';

// ── operations ────────────────────────────────────────────────────────────────────────────────────
export const LIST = graphql(`query ChecklistsInChecklistsSetup($f: ChecklistFilterInput, $p: PageInput) { checklists(filter: $f, page: $p) { totalCount items { id status raterType subjectId raterId } } }`);
export const DUE = graphql(`query ChecklistsDue($w: Int!) { checklistsDue(withinDays: $w) { subjectId subjectName raterType instrumentKey dueDate status lastSubmittedAt draftId } }`);
export const POLICY = graphql(`query ChecklistPolicy($id: ID!) { checklistPolicy(programId: $id) { programId selfEveryDays supervisorEveryDays personServedEveryDays } }`);
export const UPDATE_POLICY = graphql(`mutation UpdateChecklistPolicy($i: ChecklistPolicyInput!) { updateChecklistPolicy(input: $i) { programId selfEveryDays supervisorEveryDays personServedEveryDays } }`);
export const CREATE_LINK = graphql(`mutation CreatePersonServedLinkInChecklistsSetup($s: ID!) { createPersonServedLink(subjectId: $s) { url expiresAt } }`);
export const FORM = graphql(`query PersonServedForm($t: String!) { personServedForm(token: $t) { peerFirstName organizationName definitionJson } }`);
export const SUBMIT_FEEDBACK = graphql(`mutation SubmitPersonServedFeedback($i: PersonServedAnswersInput!) { submitPersonServedFeedback(input: $i) }`);
export const INSTRUMENTS = graphql(`query InstrumentsInChecklistsSetup { instruments { id key title currentVersion { version status items { code } dimensions { code } } } }`);
export const INSTRUMENT = graphql(`query Instrument($k: String!) { instrument(key: $k) { id key title currentVersion { version } } }`);

export const addDays = (iso: string, n: number) => new Date(new Date(`${iso}T00:00:00Z`).getTime() + n * DAY_MS).toISOString().slice(0, 10);

export let app: TestApp;
export let org: TestOrg;
export let t: Record<RoleKey, string>;
export let foreignAdmin: string;

/** Registers this suite's app start (beforeAll) and shutdown (afterAll); call once at the top of each spec file. */
export function useChecklistsApp(): void {
  beforeAll(async () => {
    ({ app, org, t, foreignAdmin } = await startTwoOrgs('Checklists'));
  });
  afterAll(async () => app.close());
}

export const as = <R, V>(token: string, document: TypedDocumentNode<R, V>, ...[variables]: VariablesArg<V>) =>
  callRaw<R>(app, document, variables as Record<string, unknown> | undefined, { token });

export const data = dataOf;

/** A fresh staff member in `teamId` under `supervisorId`, signed in. */
export async function freshStaff(teamId = org.teams.a1, supervisorId: string | undefined = org.people.supervisor.id): Promise<TestPerson & { token: string }> {
  const p = await addPerson(app, org.id, 'Staff', ['STAFF'], { teamId, supervisorId });
  return { ...p, token: await login(app, p.email) };
}

export async function freshTeam(programId = org.programs.a): Promise<string> {
  const [row] = await app.owner.query('INSERT INTO team (organization_id, program_id, name) VALUES ($1, $2, $3) RETURNING id', [org.id, programId, `Team ${uniq()}`]);
  return row.id as string;
}

export const checklistRow = async (id: string) => (await app.owner.query('SELECT * FROM checklist WHERE id = $1', [id]))[0];
export const checklistCount = async (subjectId: string) =>
  (await app.owner.query('SELECT count(*)::int AS n FROM checklist WHERE subject_id = $1', [subjectId]))[0].n as number;
export const auditFor = async (entityId: string, action: string) =>
  app.owner.query('SELECT actor_id, action, summary, request_id FROM audit_event WHERE entity_id = $1 AND action = $2', [entityId, action]);

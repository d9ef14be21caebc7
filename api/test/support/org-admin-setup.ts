// Shared setup of the organization-admin-*.e2e-spec.ts files: operations, the app with two organisations, and audit/permission assertions.
import type { DocumentNode } from 'graphql';
import { createOrg, login, tokensFor, type RoleKey, type TestOrg } from './factories';
import { codeOf, type GqlResult, type TypedDocumentNode, type VariablesArg } from './graphql';
import { auditRowsOf, callRaw, uniq, xminsOf } from './admin-helpers';
import { startTestApp, type TestApp } from './test-app';
import { graphql } from '../gql';

// ── operations ────────────────────────────────────────────────────────────────────────────────────
export const PERSON = graphql(`fragment OrgAdminPerson on Person { id name email jobTitle livedExperience startedOn active invitationPending roles roleGrants { role programId } team { id } supervisor { id } }`);
export const CREATE_PROGRAM = graphql(`mutation CreateProgramInOrgAdminSetup($i: CreateProgramInput!) { createProgram(input: $i) { id name description archived teamCount teams { id } } }`);
export const UPDATE_PROGRAM = graphql(`mutation UpdateProgramInOrgAdminSetup($i: UpdateProgramInput!) { updateProgram(input: $i) { id name description archived } }`);
export const CREATE_TEAM = graphql(`mutation CreateTeamInOrgAdminSetup($i: CreateTeamInput!) { createTeam(input: $i) { id name description programId archived memberCount program { id name } } }`);
export const UPDATE_TEAM = graphql(`mutation UpdateTeam($i: UpdateTeamInput!) { updateTeam(input: $i) { id name description programId archived } }`);
export const INVITE = graphql(`mutation InvitePersonInOrgAdminSetup($i: InvitePersonInput!) { invitePerson(input: $i) { person { ...OrgAdminPerson } } }`);
export const UPDATE_PERSON = graphql(`mutation UpdatePerson($i: UpdatePersonInput!) { updatePerson(input: $i) { ...OrgAdminPerson } }`);
export const SET_ROLES = graphql(`mutation SetPersonRolesInOrgAdminSetup($i: SetPersonRolesInput!) { setPersonRoles(input: $i) { ...OrgAdminPerson } }`);
export const ASSIGN_TEAM = graphql(`mutation AssignTeamInOrgAdminSetup($i: AssignTeamInput!) { assignTeam(input: $i) { id team { id } teamHistory { teamId startsOn endsOn } } }`);
export const ASSIGN_SUPERVISOR = graphql(`mutation AssignSupervisorInOrgAdminSetup($i: AssignSupervisorInput!) { assignSupervisor(input: $i) { id supervisor { id } supervisionHistory { supervisorId superviseeId startsOn endsOn } } }`);
export const DEACTIVATE = graphql(`mutation DeactivatePerson($id: ID!) { deactivatePerson(personId: $id) { id active } }`);
export const REACTIVATE = graphql(`mutation ReactivatePerson($id: ID!) { reactivatePerson(personId: $id) { id active } }`);
export const RESEND = graphql(`mutation ResendInvitation($id: ID!) { resendInvitation(personId: $id) }`);
export const IMPORT = graphql(`mutation ImportRoster($i: ImportRosterInput!) { importRoster(input: $i) {
  dryRun applied totalRows createCount updateCount errorCount fileErrors
  rows { line name email team roles supervisorEmail action errors invited } } }`);
export const UPDATE_ORG = graphql(`mutation UpdateOrganizationInOrgAdminSetup($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { id name managersReadNotes } }`);
export const ACCEPT = graphql(`mutation AcceptInvitationTokenAndPerson($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token person { id } } }`);
export const LOGIN = graphql(`mutation Login($i: LoginInput!) { login(input: $i) { token } }`);
export const PEOPLE = graphql(`query PeopleInOrgAdminSetup($f: PeopleFilterInput, $p: PageInput) { people(filter: $f, page: $p) { totalCount items { id name } } }`);

export const sorted = (xs: string[]) => [...xs].sort();

export let app: TestApp;
/** Organisation the mutations act on. */
export let org: TestOrg;
export let t: Record<RoleKey, string>;
/** Another organisation; its admin must never reach `org`. */
export let foreign: TestOrg;
export let foreignAdmin: string;

/** Registers this suite's app start (beforeAll) and shutdown (afterAll); call once at the top of each spec file. */
export function useOrgAdminApp(): void {
  beforeAll(async () => {
    // Many sign-ins in one file: the per-IP limit counts every attempt from 127.0.0.1 on this server.
    app = await startTestApp({ LOGIN_MAX_ATTEMPTS_PER_IP: '100000', LOGIN_MAX_FAILURES_PER_ACCOUNT: '100000' });
    org = await createOrg(app, 'Admin');
    foreign = await createOrg(app, 'Foreign');
    t = await tokensFor(app, org);
    foreignAdmin = await login(app, foreign.people.admin.email);
  });
  afterAll(async () => app.close());
}

export const NON_ADMINS: RoleKey[] = ['manager', 'supervisor', 'staff'];

/** Asserts the request wrote exactly one audit row — actor, action, entity id, request id — in the transaction that wrote `rows`. */
export async function expectAudited(
  requestId: string,
  expected: { action: string; entityId: string; actorId?: string; orgId?: string; entity?: string },
  rows?: { table: string; where: string; params: unknown[] },
): Promise<void> {
  const audit = await auditRowsOf(app, requestId);
  expect(audit.map((r) => ({ action: r.action, actor: r.actor_id, entityId: r.entity_id, org: r.organization_id, requestId: r.request_id }))).toEqual([{
    action: expected.action, actor: expected.actorId ?? org.people.admin.id, entityId: expected.entityId, org: expected.orgId ?? org.id, requestId,
  }]);
  if (expected.entity) expect(audit[0]!.entity).toBe(expected.entity);
  if (rows) {
    const xmins = await xminsOf(app, rows.table, rows.where, rows.params);
    expect(xmins.length).toBeGreaterThan(0);
    // xmin = id of the transaction that wrote the row: the change and its audit record committed together.
    expect([...new Set(xmins)]).toEqual([audit[0]!.xmin]);
  }
}

export async function expectNoAudit(requestId: string): Promise<void> {
  expect(await auditRowsOf(app, requestId)).toEqual([]);
}

/** Every non-admin role gets FORBIDDEN, no data and no audit row. */
export async function expectForbiddenForNonAdmins(document: DocumentNode, variables: () => Record<string, unknown> | Promise<Record<string, unknown>>): Promise<void> {
  for (const role of NON_ADMINS) {
    const res = await callRaw(app, document, await variables(), { token: t[role] });
    expect({ role, code: codeOf(res) }).toEqual({ role, code: 'FORBIDDEN' });
    expect(res.data).toBeNull();
    await expectNoAudit(res.requestId);
  }
}

export async function expectBadInput(res: GqlResult<unknown> & { requestId: string }, code = 'BAD_USER_INPUT'): Promise<void> {
  expect({ code: codeOf(res), message: res.errors?.[0]?.message }).toEqual({ code, message: expect.any(String) });
  expect(res.data).toBeNull();
  await expectNoAudit(res.requestId);
}

export const asAdmin = <R, V>(document: TypedDocumentNode<R, V>, ...[variables]: VariablesArg<V>) =>
  callRaw<R>(app, document, variables as Record<string, unknown> | undefined, { token: t.admin });
export const freshProgram = async (o: TestOrg = org) =>
  (await app.owner.query('INSERT INTO program (organization_id, name) VALUES ($1, $2) RETURNING id', [o.id, `Program ${uniq()}`]))[0].id as string;
export const freshTeam = async (programId = org.programs.a, o: TestOrg = org, archived = false) =>
  (await app.owner.query(
    `INSERT INTO team (organization_id, program_id, name, archived_at) VALUES ($1, $2, $3, ${archived ? 'app_now()' : 'NULL'}) RETURNING id`,
    [o.id, programId, `Team ${uniq()}`],
  ))[0].id as string;
export const personRow = async (id: string) => (await app.owner.query('SELECT * FROM person WHERE id = $1', [id]))[0];

import { randomBytes, randomUUID } from 'node:crypto';
import type { Role } from '@tandem/shared';
import { TEST_PASSWORD, type TestOrg } from './factories';
import type { TestApp } from './test-app';

export type Access = 'public' | 'signed-in' | Role[];

export interface Sample {
  query: string;
  variables?: Record<string, unknown>;
}

export interface MatrixEnv {
  app: TestApp;
  /** The organisation whose data the operation targets. */
  org: TestOrg;
  /** A throwaway person in `org` (safe to deactivate, re-role, move). */
  freshPerson(): Promise<string>;
}

export interface MatrixEntry {
  access: Access;
  /** Builds one call of the operation against `env.org`. Called once per run, so mutations get fresh targets. */
  sample(env: MatrixEnv): Promise<Sample> | Sample;
  /** For operations that target a record by id: a caller from another organisation must get one of these codes. */
  foreignCodes?: string[];
}

const unique = () => randomBytes(3).toString('hex');

/**
 * Who may call every query and mutation. The authorization test enumerates the schema and fails for any operation
 * missing here, so a new operation cannot ship without a declared rule. Later features add their entries.
 */
export const PLATFORM_MATRIX: Record<string, MatrixEntry> = {
  // ── queries ──
  me: { access: 'signed-in', sample: () => ({ query: '{ me { id } }' }) },
  organization: { access: 'signed-in', sample: () => ({ query: '{ organization { id name } }' }) },
  programs: { access: 'signed-in', sample: () => ({ query: '{ programs { id } }' }) },
  program: {
    access: 'signed-in', foreignCodes: ['NOT_FOUND'],
    sample: ({ org }) => ({ query: 'query($id: ID!) { program(id: $id) { id } }', variables: { id: org.programs.a } }),
  },
  teams: { access: 'signed-in', sample: () => ({ query: '{ teams { id } }' }) },
  team: {
    access: 'signed-in', foreignCodes: ['NOT_FOUND'],
    sample: ({ org }) => ({ query: 'query($id: ID!) { team(id: $id) { id } }', variables: { id: org.teams.a1 } }),
  },
  people: { access: 'signed-in', sample: () => ({ query: '{ people { totalCount items { id } } }' }) },
  person: {
    access: 'signed-in', foreignCodes: ['NOT_FOUND'],
    // Everyone may see themselves; the matrix targets the staff member, whom every role of `org` can see except supervisor2's scope.
    sample: ({ org }) => ({ query: 'query($id: ID!) { person(id: $id) { id } }', variables: { id: org.people.staff.id } }),
  },
  auditEvents: { access: ['ADMIN'], sample: () => ({ query: '{ auditEvents { totalCount } }' }) },
  invitation: {
    access: 'public', foreignCodes: ['NOT_FOUND'],
    sample: () => ({ query: 'query($t: String!) { invitation(token: $t) { email } }', variables: { t: 'x'.repeat(43) } }),
  },
  serverInfo: { access: 'public', sample: () => ({ query: '{ serverInfo { demo signupEnabled } }' }) },
  // ── mutations ──
  login: {
    access: 'public',
    sample: ({ org }) => ({
      query: 'mutation($i: LoginInput!) { login(input: $i) { token } }',
      variables: { i: { email: org.people.staff.email, password: TEST_PASSWORD } },
    }),
  },
  logout: { access: 'signed-in', sample: () => ({ query: 'mutation { logout }' }) },
  createOrganization: {
    access: 'public',
    sample: () => ({
      query: 'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { token } }',
      variables: { i: { organizationName: `New org ${unique()}`, adminName: 'Ada', email: `ada-${unique()}@example.test`, password: 'long-enough-pass' } },
    }),
  },
  acceptInvitation: {
    access: 'public', foreignCodes: ['NOT_FOUND'],
    sample: () => ({
      query: 'mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token } }',
      variables: { i: { token: 'y'.repeat(43), password: 'long-enough-pass' } },
    }),
  },
  changePassword: {
    access: 'signed-in',
    sample: () => ({
      query: 'mutation($i: ChangePasswordInput!) { changePassword(input: $i) }',
      variables: { i: { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD } },
    }),
  },
  updateMyProfile: {
    access: 'signed-in',
    sample: () => ({ query: 'mutation($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id } }', variables: { i: { name: `Me ${unique()}` } } }),
  },
  updateOrganization: {
    access: ['ADMIN'],
    sample: ({ org }) => ({ query: 'mutation($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { id } }', variables: { i: { name: org.name } } }),
  },
  createProgram: {
    access: ['ADMIN'],
    sample: () => ({ query: 'mutation($i: CreateProgramInput!) { createProgram(input: $i) { id } }', variables: { i: { name: `Program ${unique()}` } } }),
  },
  updateProgram: {
    access: ['ADMIN'], foreignCodes: ['NOT_FOUND'],
    sample: ({ org }) => ({
      query: 'mutation($i: UpdateProgramInput!) { updateProgram(input: $i) { id } }',
      variables: { i: { programId: org.programs.b, description: `d ${unique()}` } },
    }),
  },
  createTeam: {
    access: ['ADMIN'], foreignCodes: ['BAD_USER_INPUT'],
    sample: ({ org }) => ({
      query: 'mutation($i: CreateTeamInput!) { createTeam(input: $i) { id } }',
      variables: { i: { programId: org.programs.a, name: `Team ${unique()}` } },
    }),
  },
  updateTeam: {
    access: ['ADMIN'], foreignCodes: ['NOT_FOUND'],
    sample: ({ org }) => ({
      query: 'mutation($i: UpdateTeamInput!) { updateTeam(input: $i) { id } }',
      variables: { i: { teamId: org.teams.a2, description: `d ${unique()}` } },
    }),
  },
  invitePerson: {
    access: ['ADMIN'], foreignCodes: ['BAD_USER_INPUT'],
    sample: ({ org }) => ({
      query: 'mutation($i: InvitePersonInput!) { invitePerson(input: $i) { inviteUrl } }',
      variables: { i: { name: 'New Person', email: `new-${unique()}@example.test`, roles: ['STAFF'], teamId: org.teams.a1 } },
    }),
  },
  resendInvitation: {
    access: ['ADMIN'], foreignCodes: ['NOT_FOUND'],
    sample: async ({ freshPerson }) => ({ query: 'mutation($id: ID!) { resendInvitation(personId: $id) }', variables: { id: await freshPerson() } }),
  },
  updatePerson: {
    access: ['ADMIN'], foreignCodes: ['NOT_FOUND'],
    sample: async ({ freshPerson }) => ({
      query: 'mutation($i: UpdatePersonInput!) { updatePerson(input: $i) { id } }',
      variables: { i: { personId: await freshPerson(), jobTitle: 'Peer specialist' } },
    }),
  },
  setPersonRoles: {
    access: ['ADMIN'], foreignCodes: ['NOT_FOUND'],
    sample: async ({ freshPerson }) => ({
      query: 'mutation($i: SetPersonRolesInput!) { setPersonRoles(input: $i) { id } }',
      variables: { i: { personId: await freshPerson(), roles: ['STAFF', 'SUPERVISOR'] } },
    }),
  },
  assignTeam: {
    access: ['ADMIN'], foreignCodes: ['NOT_FOUND'],
    sample: async ({ org, freshPerson }) => ({
      query: 'mutation($i: AssignTeamInput!) { assignTeam(input: $i) { id } }',
      variables: { i: { personId: await freshPerson(), teamId: org.teams.a2 } },
    }),
  },
  assignSupervisor: {
    access: ['ADMIN'], foreignCodes: ['NOT_FOUND'],
    sample: async ({ org, freshPerson }) => ({
      query: 'mutation($i: AssignSupervisorInput!) { assignSupervisor(input: $i) { id } }',
      variables: { i: { superviseeId: await freshPerson(), supervisorId: org.people.supervisor.id } },
    }),
  },
  deactivatePerson: {
    access: ['ADMIN'], foreignCodes: ['NOT_FOUND'],
    sample: async ({ freshPerson }) => ({ query: 'mutation($id: ID!) { deactivatePerson(personId: $id) { id } }', variables: { id: await freshPerson() } }),
  },
  reactivatePerson: {
    access: ['ADMIN'], foreignCodes: ['NOT_FOUND'],
    sample: async ({ freshPerson }) => ({ query: 'mutation($id: ID!) { reactivatePerson(personId: $id) { id } }', variables: { id: await freshPerson() } }),
  },
  importRoster: {
    access: ['ADMIN'],
    sample: () => ({
      query: 'mutation($i: ImportRosterInput!) { importRoster(input: $i) { totalRows errorCount } }',
      variables: { i: { csv: `name,email,team,roles,supervisor email\nRow Person,row-${unique()}@example.test,,staff,\n`, dryRun: true } },
    }),
  },
};

export async function insertThrowawayPerson(app: TestApp, org: TestOrg): Promise<string> {
  const id = randomUUID();
  await app.owner.query(
    `INSERT INTO person (id, organization_id, name, email, started_on) VALUES ($1, $2, 'Throwaway', $3, app_now()::date)`,
    [id, org.id, `throwaway-${unique()}@example.test`],
  );
  await app.owner.query(`INSERT INTO role_grant (organization_id, person_id, role) VALUES ($1, $2, 'STAFF')`, [org.id, id]);
  // Visible to every role of `org` that can see people in program A: put them in team A1 under the supervisor.
  await app.owner.query(`INSERT INTO team_membership (organization_id, person_id, team_id, starts_on) VALUES ($1, $2, $3, app_now()::date)`, [org.id, id, org.teams.a1]);
  return id;
}

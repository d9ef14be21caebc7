import { randomBytes, randomUUID } from 'node:crypto';
import { hashPassword } from '@tandem/database';
import type { Role } from '@tandem/shared';
import { hashToken, newToken } from '../../src/modules/auth/tokens';
import { TEST_PASSWORD, type TestOrg, type TestPerson } from './factories';
import type { TestApp } from './test-app';

/**
 * The isolation matrix: every query and mutation of the committed schema × the four roles × three scopes, each with
 * the outcome it must have. The spec (authorization-matrix.e2e-spec.ts) enumerates api/schema.gql and fails for any
 * operation without an entry here or in matrix-*.ts, so a new operation cannot ship without a declared rule.
 *
 * A call is always made by a person of the home organisation (`env.home`, signed in with `env.role`) about a target:
 *   own     — the target is in the caller's scope: staff member `staff` of team A1 (program A), supervised by `supervisor`.
 *             Admins see everything; the program manager runs program A; the supervisor supervises `staff`; a STAFF
 *             caller *is* `staff`.
 *   out     — the same organisation, outside every scope but an admin's: `staff2` of team B1 (program B), supervised by
 *             `supervisor2`.
 *   foreign — the same shape in another organisation: its `staff`, `supervisor`, team A1 and program A.
 */
export type Access = 'public' | 'signed-in' | Role[];
export type Scope = 'own' | 'out' | 'foreign';
export const SCOPES: Scope[] = ['own', 'out', 'foreign'];
export const ROLES: Role[] = ['ADMIN', 'PROGRAM_MANAGER', 'SUPERVISOR', 'STAFF'];

/**
 * What one call must answer. DATA: no error at all, data present (and `listed` in it). HIDDEN: no error, but `listed`
 * is absent (a list that must not show the target). Anything else: that `extensions.code`, and no data.
 */
export type Outcome = 'DATA' | 'HIDDEN' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'CONFLICT';

export interface Target {
  org: TestOrg;
  /** The staff member the call is about. */
  person: TestPerson;
  /** Their current supervisor. */
  supervisor: TestPerson;
  /** Their team, and another team of the same program. */
  team: string;
  otherTeam: string;
  program: string;
}

export interface MatrixEnv {
  app: TestApp;
  /** The caller's organisation. */
  home: TestOrg;
  /** The caller (null when anonymous) and the role they hold. */
  caller: TestPerson | null;
  role: Role | null;
  scope: Scope;
  target: Target;
  /** A throwaway staff member of the target's team, supervised by the target's supervisor (safe to deactivate, re-role, move). */
  freshPerson(): Promise<string>;
}

export interface Sample {
  query: string;
  variables?: Record<string, unknown>;
  /** An id (or unique text) the answer must contain when the outcome is DATA, and must not contain when it is HIDDEN. */
  listed?: string;
}

export interface MatrixEntry {
  access: Access;
  /** Builds one call about `env.target`. Called for every case, so mutations get fresh records. */
  sample(env: MatrixEnv): Promise<Sample> | Sample;
  /** Outcomes in the caller's own scope that differ from DATA (an allowed role that still may not do this). */
  own?: Partial<Record<Role, Outcome>>;
  /**
   * Outcomes for a target outside the caller's scope in their own organisation. A single outcome applies to every
   * allowed role except ADMIN (who sees the whole organisation); a record names roles one by one (ADMIN included).
   * Omitted: the operation is not scoped inside the organisation, so every allowed role gets its own-scope outcome.
   */
  outOfScope?: Outcome | Partial<Record<Role, Outcome>>;
  /** The outcome for a target in another organisation (every allowed role). Default NOT_FOUND. */
  foreign?: Outcome;
  /** The outcome for an anonymous caller of a public operation. Default DATA. */
  anonymous?: Outcome;
  /** The call ends the caller's session (the next case signs in again). */
  endsSession?: boolean;
}

export function allowedRole(access: Access, role: Role): boolean {
  return access === 'public' || access === 'signed-in' || access.includes(role);
}

/** The outcome the matrix requires of `entry` for a caller with `role` (null = anonymous) in `scope`. */
export function expectedOutcome(entry: MatrixEntry, role: Role | null, scope: Scope): Outcome {
  if (role === null) return entry.access === 'public' ? (entry.anonymous ?? 'DATA') : 'UNAUTHENTICATED';
  if (!allowedRole(entry.access, role)) return 'FORBIDDEN';
  const own = entry.own?.[role] ?? 'DATA';
  if (scope === 'own') return own;
  if (scope === 'foreign') return entry.foreign ?? 'NOT_FOUND';
  const out = entry.outOfScope;
  if (out === undefined) return own;
  if (typeof out === 'string') return role === 'ADMIN' ? own : out;
  return out[role] ?? own;
}

export const unique = () => randomBytes(3).toString('hex');

/** A throwaway staff member of `teamId`, supervised by `supervisorId` when given. */
export async function insertThrowawayPerson(app: TestApp, org: TestOrg, opts: { teamId?: string; supervisorId?: string } = {}): Promise<string> {
  const id = randomUUID();
  await app.owner.query(
    `INSERT INTO person (id, organization_id, name, email, started_on) VALUES ($1, $2, 'Throwaway', $3, current_date - 30)`,
    [id, org.id, `throwaway-${unique()}@example.test`],
  );
  await app.owner.query(`INSERT INTO role_grant (organization_id, person_id, role) VALUES ($1, $2, 'STAFF')`, [org.id, id]);
  await app.owner.query(
    `INSERT INTO team_membership (organization_id, person_id, team_id, starts_on) VALUES ($1, $2, $3, current_date - 30)`,
    [org.id, id, opts.teamId ?? org.teams.a1],
  );
  if (opts.supervisorId) {
    await app.owner.query(
      `INSERT INTO supervision_assignment (organization_id, supervisor_id, supervisee_id, starts_on) VALUES ($1, $2, $3, current_date - 30)`,
      [org.id, opts.supervisorId, id],
    );
  }
  return id;
}

/** A live invitation for `personId`; returns its raw token. */
export async function insertInvitation(app: TestApp, orgId: string, personId: string): Promise<string> {
  const token = newToken();
  await app.owner.query(
    `INSERT INTO invitation (organization_id, person_id, token_hash, expires_at) VALUES ($1, $2, $3, app_now() + interval '14 days')`,
    [orgId, personId, hashToken(token)],
  );
  return token;
}

/** A live password-reset link for `personId`; returns its raw token. */
export async function insertPasswordReset(app: TestApp, orgId: string, personId: string): Promise<string> {
  const token = newToken();
  await app.owner.query(
    `INSERT INTO password_reset (organization_id, person_id, token_hash, expires_at) VALUES ($1, $2, $3, app_now() + interval '1 hour')`,
    [orgId, personId, hashToken(token)],
  );
  return token;
}

/** An outbox message to `personId` in `orgId`; returns its id. */
export async function insertOutboxMessage(app: TestApp, orgId: string, personId: string): Promise<string> {
  const [row] = await app.owner.query(
    `INSERT INTO outbox_message (organization_id, recipient_id, kind, to_address, subject, body_text)
     VALUES ($1, $2, 'INVITATION', 'matrix@example.test', 'Matrix check', 'Hello') RETURNING id`,
    [orgId, personId],
  );
  return row.id as string;
}

/** An audit row about `entityId` in `orgId`; returns its id. */
export async function insertAuditEvent(app: TestApp, orgId: string, entityId: string): Promise<string> {
  const [row] = await app.owner.query(
    `INSERT INTO audit_event (organization_id, actor_id, entity, entity_id, action, summary) VALUES ($1, NULL, 'person', $2, 'matrix.check', '{}') RETURNING id`,
    [orgId, entityId],
  );
  return row.id as string;
}

const OLD_PASSWORD = 'matrix-old-password-42';
let oldHash: Promise<string> | null = null;

/** Queries and mutations of the platform: sign-in, the organisation, programs, teams, people, audit. */
export const PLATFORM_MATRIX: Record<string, MatrixEntry> = {
  // ── queries ──
  me: { access: 'signed-in', foreign: 'DATA', sample: () => ({ query: '{ me { id } }' }) },
  organization: {
    access: 'signed-in', foreign: 'HIDDEN',
    sample: ({ target }) => ({ query: '{ organization { id name } }', listed: target.org.id }),
  },
  setupProgress: {
    access: ['ADMIN'], foreign: 'DATA',
    sample: () => ({ query: '{ setupProgress { complete steps { key done count } } }' }),
  },
  programs: {
    access: 'signed-in', outOfScope: 'HIDDEN', foreign: 'HIDDEN',
    sample: ({ target }) => ({ query: '{ programs(includeArchived: false) { id } }', listed: target.program }),
  },
  program: {
    access: 'signed-in', outOfScope: 'NOT_FOUND',
    sample: ({ target }) => ({ query: 'query($id: ID!) { program(id: $id) { id } }', variables: { id: target.program } }),
  },
  teams: {
    access: 'signed-in', outOfScope: 'HIDDEN', foreign: 'HIDDEN',
    sample: ({ target }) => ({ query: '{ teams { id } }', listed: target.team }),
  },
  team: {
    access: 'signed-in', outOfScope: 'NOT_FOUND',
    sample: ({ target }) => ({ query: 'query($id: ID!) { team(id: $id) { id } }', variables: { id: target.team } }),
  },
  people: {
    access: 'signed-in', outOfScope: 'HIDDEN', foreign: 'HIDDEN',
    sample: ({ target }) => ({
      query: 'query($f: PeopleFilterInput) { people(filter: $f) { totalCount items { id } } }',
      variables: { f: { search: target.person.email } }, listed: target.person.id,
    }),
  },
  person: {
    access: 'signed-in', outOfScope: 'NOT_FOUND',
    sample: ({ target }) => ({ query: 'query($id: ID!) { person(id: $id) { id } }', variables: { id: target.person.id } }),
  },
  auditEvents: {
    access: ['ADMIN'], foreign: 'HIDDEN',
    sample: async ({ app, target }) => ({
      query: 'query($f: AuditEventsInput) { auditEvents(input: $f) { totalCount items { id } } }',
      variables: { f: { entityId: target.person.id, view: 'ALL' } }, listed: await insertAuditEvent(app, target.org.id, target.person.id),
    }),
  },
  auditActions: { access: ['ADMIN'], foreign: 'DATA', sample: () => ({ query: '{ auditActions { action label category } }' }) },
  auditEntities: { access: ['ADMIN'], foreign: 'DATA', sample: () => ({ query: '{ auditEntities { entity label } }' }) },
  outboxMessages: {
    access: ['ADMIN'], foreign: 'HIDDEN',
    sample: async ({ app, target }) => ({
      query: 'query($f: OutboxFilterInput) { outboxMessages(filter: $f) { totalCount items { id } } }',
      variables: { f: { recipientId: target.person.id } }, listed: await insertOutboxMessage(app, target.org.id, target.person.id),
    }),
  },
  passwordReset: {
    // The reset link is the credential: whoever holds it sees whose account it is for.
    access: 'public', foreign: 'DATA',
    sample: async ({ app, target, freshPerson }) => ({
      query: 'query($t: String!) { passwordReset(token: $t) { email } }',
      variables: { t: await insertPasswordReset(app, target.org.id, await freshPerson()) },
    }),
  },
  invitation: {
    // The one-time token is the credential: whoever holds it sees who it is for, signed in anywhere or not.
    access: 'public', foreign: 'DATA',
    sample: async ({ app, target, freshPerson }) => ({
      query: 'query($t: String!) { invitation(token: $t) { email } }', variables: { t: await insertInvitation(app, target.org.id, await freshPerson()) },
    }),
  },
  serverInfo: { access: 'public', foreign: 'DATA', sample: () => ({ query: '{ serverInfo { demo signupEnabled } }' }) },
  // ── mutations ──
  login: {
    // Signing in as someone of the same organisation is allowed; a request signed in to another one is refused.
    access: 'public', foreign: 'FORBIDDEN',
    sample: ({ target }) => ({
      query: 'mutation($i: LoginInput!) { login(input: $i) { token } }',
      variables: { i: { email: target.person.email, password: TEST_PASSWORD } },
    }),
  },
  logout: { access: 'signed-in', foreign: 'DATA', endsSession: true, sample: () => ({ query: 'mutation { logout }' }) },
  createOrganization: {
    // Sign-up signs nobody in (the founder confirms by the link in their message) and answers the same for every address:
    // it runs in its own transaction, so a signed-in request may send it too and stays in its own organisation.
    access: 'public', foreign: 'DATA',
    sample: () => ({
      query: 'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) }',
      variables: { i: { organizationName: `New org ${unique()}`, adminName: 'Ada', email: `ada-${unique()}@example.test`, password: 'long-enough-pass' } },
    }),
  },
  requestPasswordReset: {
    // "Forgot password?": the same answer for any address; the link goes to the person's message.
    access: 'public', foreign: 'DATA',
    sample: ({ target }) => ({
      query: 'mutation($i: RequestPasswordResetInput!) { requestPasswordReset(input: $i) }', variables: { i: { email: target.person.email } },
    }),
  },
  resetPassword: {
    // The reset link is the credential: it works in its own organisation as nobody, wherever the request is signed in.
    access: 'public', foreign: 'DATA',
    sample: async ({ app, target, freshPerson }) => ({
      query: 'mutation($i: ResetPasswordInput!) { resetPassword(input: $i) }',
      variables: { i: { token: await insertPasswordReset(app, target.org.id, await freshPerson()), password: 'plum river lantern walk' } },
    }),
  },
  sendPasswordReset: {
    // Admins send a reset link to the person (never to themselves); the person must have a password already.
    access: ['ADMIN'],
    sample: async ({ app, freshPerson }) => {
      const id = await freshPerson();
      await app.owner.query('UPDATE person SET password_hash = $2 WHERE id = $1', [id, await (oldHash ??= hashPassword(OLD_PASSWORD))]);
      return { query: 'mutation($id: ID!) { sendPasswordReset(personId: $id) }', variables: { id } };
    },
  },
  acceptInvitation: {
    // Accepting signs the invited person in: fine within the caller's organisation, refused across organisations.
    access: 'public', foreign: 'FORBIDDEN',
    sample: async ({ app, target, freshPerson }) => ({
      query: 'mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token } }',
      variables: { i: { token: await insertInvitation(app, target.org.id, await freshPerson()), password: 'long-enough-pass' } },
    }),
  },
  changePassword: {
    access: 'signed-in', foreign: 'DATA',
    // Sets the caller's password to a known old one first, then changes it back to the test password.
    sample: async ({ app, caller }) => {
      if (caller) await app.owner.query('UPDATE person SET password_hash = $2 WHERE id = $1', [caller.id, await (oldHash ??= hashPassword(OLD_PASSWORD))]);
      return {
        query: 'mutation($i: ChangePasswordInput!) { changePassword(input: $i) }',
        variables: { i: { currentPassword: OLD_PASSWORD, newPassword: TEST_PASSWORD } },
      };
    },
  },
  updateMyProfile: {
    access: 'signed-in', foreign: 'DATA',
    sample: ({ caller }) => ({
      query: 'mutation($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id } }', variables: { i: { name: caller?.name ?? 'Nobody' } },
    }),
  },
  updateOrganization: {
    access: ['ADMIN'], foreign: 'DATA',
    sample: ({ home }) => ({ query: 'mutation($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { id } }', variables: { i: { name: home.name } } }),
  },
  createProgram: {
    access: ['ADMIN'], foreign: 'DATA',
    sample: () => ({ query: 'mutation($i: CreateProgramInput!) { createProgram(input: $i) { id } }', variables: { i: { name: `Program ${unique()}` } } }),
  },
  updateProgram: {
    access: ['ADMIN'],
    sample: ({ target }) => ({
      query: 'mutation($i: UpdateProgramInput!) { updateProgram(input: $i) { id } }',
      variables: { i: { programId: target.program, description: `d ${unique()}` } },
    }),
  },
  createTeam: {
    access: ['ADMIN'], foreign: 'BAD_USER_INPUT',
    sample: ({ target }) => ({
      query: 'mutation($i: CreateTeamInput!) { createTeam(input: $i) { id } }',
      variables: { i: { programId: target.program, name: `Team ${unique()}` } },
    }),
  },
  updateTeam: {
    access: ['ADMIN'],
    sample: ({ target }) => ({
      query: 'mutation($i: UpdateTeamInput!) { updateTeam(input: $i) { id } }',
      variables: { i: { teamId: target.otherTeam, description: `d ${unique()}` } },
    }),
  },
  invitePerson: {
    access: ['ADMIN'], foreign: 'BAD_USER_INPUT',
    sample: ({ target }) => ({
      query: 'mutation($i: InvitePersonInput!) { invitePerson(input: $i) { person { id } } }',
      variables: { i: { name: 'New Person', email: `new-${unique()}@example.test`, roles: ['STAFF'], teamId: target.team } },
    }),
  },
  resendInvitation: {
    access: ['ADMIN'],
    sample: async ({ freshPerson }) => ({ query: 'mutation($id: ID!) { resendInvitation(personId: $id) }', variables: { id: await freshPerson() } }),
  },
  updatePerson: {
    access: ['ADMIN'],
    sample: async ({ freshPerson }) => ({
      query: 'mutation($i: UpdatePersonInput!) { updatePerson(input: $i) { id } }',
      variables: { i: { personId: await freshPerson(), jobTitle: 'Peer specialist' } },
    }),
  },
  setPersonRoles: {
    access: ['ADMIN'],
    sample: async ({ freshPerson }) => ({
      query: 'mutation($i: SetPersonRolesInput!) { setPersonRoles(input: $i) { id } }',
      variables: { i: { personId: await freshPerson(), roles: ['STAFF', 'SUPERVISOR'] } },
    }),
  },
  assignTeam: {
    access: ['ADMIN'],
    sample: async ({ target, freshPerson }) => ({
      query: 'mutation($i: AssignTeamInput!) { assignTeam(input: $i) { id } }',
      variables: { i: { personId: await freshPerson(), teamId: target.otherTeam } },
    }),
  },
  assignSupervisor: {
    access: ['ADMIN'],
    sample: async ({ target, freshPerson }) => ({
      query: 'mutation($i: AssignSupervisorInput!) { assignSupervisor(input: $i) { id } }',
      variables: { i: { superviseeId: await freshPerson(), supervisorId: target.supervisor.id } },
    }),
  },
  deactivatePerson: {
    access: ['ADMIN'],
    sample: async ({ freshPerson }) => ({ query: 'mutation($id: ID!) { deactivatePerson(personId: $id) { id } }', variables: { id: await freshPerson() } }),
  },
  reactivatePerson: {
    access: ['ADMIN'],
    sample: async ({ freshPerson }) => ({ query: 'mutation($id: ID!) { reactivatePerson(personId: $id) { id } }', variables: { id: await freshPerson() } }),
  },
  importRoster: {
    access: ['ADMIN'], foreign: 'DATA',
    sample: () => ({
      query: 'mutation($i: ImportRosterInput!) { importRoster(input: $i) { totalRows errorCount } }',
      variables: { i: { csv: `name,email,team,roles,supervisor email\nRow Person,row-${unique()}@example.test,,staff,\n`, dryRun: true } },
    }),
  },
};

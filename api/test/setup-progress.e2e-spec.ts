import { createOrg, tokensFor, type RoleKey, type TestOrg } from './support/factories';
import { codeOf, gql } from './support/graphql';
import { callRaw, inviteToken, latestLink, ok, outboxOf, personIdByEmail, uniq } from './support/admin-helpers';
import { startTestApp, type TestApp } from './support/test-app';
import { graphql } from './gql';

const PROGRESS = graphql(`query SetupProgress { setupProgress { doneCount complete steps { key done count } } }`);
const CREATE_ORG = graphql(`mutation CreateOrganization($i: CreateOrganizationInput!) { createOrganization(input: $i) }`);
const ACCEPT = graphql(`mutation AcceptInvitationTokenAndPerson($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token person { id } } }`);
const CREATE_PROGRAM = graphql(`mutation CreateProgramInSetupProgress($i: CreateProgramInput!) { createProgram(input: $i) { id } }`);
const UPDATE_PROGRAM = graphql(`mutation UpdateProgram($i: UpdateProgramInput!) { updateProgram(input: $i) { id archived } }`);
const CREATE_TEAM = graphql(`mutation CreateTeam($i: CreateTeamInput!) { createTeam(input: $i) { id } }`);
const INVITE = graphql(`mutation InvitePersonId($i: InvitePersonInput!) { invitePerson(input: $i) { person { id } } }`);
const POLICY = graphql(`mutation UpdateSupervisionPolicy($i: UpdateSupervisionPolicyInput!) { updateSupervisionPolicy(input: $i) { programId } }`);
const START = graphql(`mutation StartChecklistInSetupProgress($i: StartChecklistInput!) { startChecklist(input: $i) { id status } }`);

interface Step { key: string; done: boolean; count: number }
interface Progress { doneCount: number; complete: boolean; steps: Step[] }

let app: TestApp;
let org: TestOrg;
let t: Record<RoleKey, string>;

beforeAll(async () => {
  app = await startTestApp({ LOGIN_MAX_ATTEMPTS_PER_IP: '100000' });
  org = await createOrg(app, 'Setup');
  t = await tokensFor(app, org);
});
afterAll(async () => app.close());

async function progress(token: string): Promise<Progress> {
  return (await ok(app, PROGRESS, {}, { token })).setupProgress;
}
const counts = (p: Progress) => Object.fromEntries(p.steps.map((s) => [s.key, s.count]));

/** A self-serve sign-up, confirmed by its founder: a brand-new, empty organisation and its first administrator. */
async function signUp(): Promise<{ token: string; personId: string }> {
  const i = { organizationName: `New org ${uniq()}`, adminName: 'Nia Founder', email: `founder-${uniq()}@example.test`, password: 'signup-long-password' };
  await ok(app, CREATE_ORG, { i });
  const personId = await personIdByEmail(app, i.email);
  const [message] = await outboxOf(app, personId);
  const { acceptInvitation } = await ok(app, ACCEPT, { i: { token: inviteToken(message!.action_url!) } });
  return { token: acceptInvitation.token, personId };
}

describe('setupProgress', () => {
  it('starts with nothing done for a new organisation, and ticks each step from real data as the founder works through it', async () => {
    const founder = await signUp();
    const as = { token: founder.token };
    const empty = await progress(founder.token);
    expect(empty).toEqual({
      doneCount: 0,
      complete: false,
      steps: ['PROGRAMS', 'TEAMS', 'PEOPLE', 'CHECKLIST_CYCLE', 'SUPERVISION_POLICY'].map((key) => ({ key, done: false, count: 0 })),
    });

    const { createProgram } = await ok(app, CREATE_PROGRAM, { i: { name: 'Peer recovery' } }, as);
    const { createTeam } = await ok(app, CREATE_TEAM, { i: { programId: createProgram.id, name: 'North' } }, as);
    expect(counts(await progress(founder.token))).toEqual({ PROGRAMS: 1, TEAMS: 1, PEOPLE: 0, CHECKLIST_CYCLE: 0, SUPERVISION_POLICY: 0 });

    const email = `peer-${uniq()}@example.test`;
    const { invitePerson } = await ok(app, INVITE, { i: { name: 'Kofi Peer', email, roles: ['STAFF'], teamId: createTeam.id } }, as);
    await ok(app, POLICY, { i: { programId: createProgram.id, preset: 'WEEKLY_6M_THEN_BIWEEKLY' } }, as);
    const nearly = await progress(founder.token);
    expect(counts(nearly)).toEqual({ PROGRAMS: 1, TEAMS: 1, PEOPLE: 1, CHECKLIST_CYCLE: 0, SUPERVISION_POLICY: 1 });
    expect(nearly).toMatchObject({ doneCount: 4, complete: false });

    // The invited peer specialist accepts and opens their first self-assessment: the first checklist cycle has begun.
    const link = await latestLink(app, invitePerson.person.id, 'INVITATION');
    const peer = await ok(app, ACCEPT, { i: { token: inviteToken(link), password: 'a calm river at dawn' } });
    await ok(app, START, { i: { subjectId: invitePerson.person.id, raterType: 'SELF' } }, { token: peer.acceptInvitation.token });
    const done = await progress(founder.token);
    expect(done).toMatchObject({ doneCount: 5, complete: true });
    expect(done.steps.every((s) => s.done)).toBe(true);

    // Archiving the only program takes it (and its policy) off the guide again: the steps read live data, not a flag.
    await ok(app, UPDATE_PROGRAM, { i: { programId: createProgram.id, archived: true } }, as);
    expect(counts(await progress(founder.token))).toMatchObject({ PROGRAMS: 0, SUPERVISION_POLICY: 0 });
  });

  it('counts only the viewer’s own organisation', async () => {
    // createOrg: two programs, three teams, five people besides the admin, no checklists, no policies.
    expect(counts(await progress(t.admin))).toEqual({ PROGRAMS: 2, TEAMS: 3, PEOPLE: 5, CHECKLIST_CYCLE: 0, SUPERVISION_POLICY: 0 });
    const other = await signUp();
    expect(counts(await progress(other.token))).toEqual({ PROGRAMS: 0, TEAMS: 0, PEOPLE: 0, CHECKLIST_CYCLE: 0, SUPERVISION_POLICY: 0 });
  });

  it('is for administrators only', async () => {
    for (const role of ['manager', 'supervisor', 'staff'] as const) {
      const res = await gql(app, PROGRESS, {}, { token: t[role] });
      expect({ role, code: codeOf(res), data: res.data }).toEqual({ role, code: 'FORBIDDEN', data: null });
    }
    expect(codeOf(await gql(app, PROGRESS))).toBe('UNAUTHENTICATED');
  });

  it('refuses malformed requests with a clear client error, never a server error', async () => {
    const withArgument = await callRaw(app, '{ setupProgress(organizationId: "x") { complete } }', {}, { token: t.admin });
    expect(withArgument.status).toBe(400);
    expect(codeOf(withArgument)).toBe('GRAPHQL_VALIDATION_FAILED');
    const unknownField = await callRaw(app, '{ setupProgress { complete percent } }', {}, { token: t.admin });
    expect(unknownField.status).toBe(400);
    expect(codeOf(unknownField)).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

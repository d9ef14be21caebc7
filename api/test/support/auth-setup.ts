// Shared setup of the auth-*.e2e-spec.ts files: operations, sign-in helpers, a second replica, and the app with one organisation.
import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createLogger } from '../../src/common/logger';
import { createServer } from '../../src/server';
import { createOrg, login, type TestOrg } from './factories';
import { call } from './admin-helpers';
import { startTestApp, type TestApp } from './test-app';
import { graphql } from '../gql';

export const LOGIN = graphql(`mutation LoginInAuthSetup($i: LoginInput!) { login(input: $i) { token person { id name email roles organization { id name } } } }`);
export const ME = graphql(`query MeInAuthSetup { me { id email roles organization { id } } }`);
export const INVITE = graphql(`mutation InvitePersonInAuthSetup($i: InvitePersonInput!) { invitePerson(input: $i) { person { id invitationPending } } }`);
export const PREVIEW = graphql(`query InvitationInAuthSetup($t: String!) { invitation(token: $t) { personName email organizationName passwordChosen } }`);
export const ACCEPT = graphql(`mutation AcceptInvitationInAuthSetup($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token person { id email invitationPending } } }`);
export const CREATE_ORG = graphql(`mutation CreateOrganization($i: CreateOrganizationInput!) { createOrganization(input: $i) }`);
export const CHANGE_PASSWORD = graphql(`mutation ChangePassword($i: ChangePasswordInput!) { changePassword(input: $i) }`);
export const UPDATE_PROFILE = graphql(`mutation UpdateMyProfile($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id name jobTitle } }`);
export const BAD_LOGIN = 'E-mail or password is incorrect';

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
export const loginAttempt = (app: Pick<TestApp, 'url'>, email: string, password: string, headers: Record<string, string> = {}) =>
  call(app, graphql(`mutation Login($i: LoginInput!) { login(input: $i) { token } }`), { i: { email, password } }, { headers });

/** A second API server on the same database, as a second replica would be. */
export async function startTwin(app: TestApp): Promise<{ url: string; close(): Promise<void> }> {
  const server = await createServer(app.config, app.appDbUrl, createLogger('silent'));
  await server.app.listen(0, '127.0.0.1');
  const port = (server.app.getHttpServer().address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}

export let app: TestApp;
export let org: TestOrg;
export let adminToken: string;

/** Registers this suite's app start (beforeAll) and shutdown (afterAll); call once at the top of each spec file. */
export function useAuthApp(): void {
  beforeAll(async () => {
    // Many sign-ins happen in this file: the per-IP limit counts every attempt from 127.0.0.1 on this server.
    app = await startTestApp({ LOGIN_MAX_ATTEMPTS_PER_IP: '100000', LOGIN_MAX_FAILURES_PER_ACCOUNT: '100000', SIGNUP_MAX_PER_IP: '100000' });
    org = await createOrg(app, 'Auth');
    adminToken = await login(app, org.people.admin.email);
  });
  afterAll(async () => app.close());
}

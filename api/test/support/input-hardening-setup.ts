// Shared setup of the input-hardening-*.e2e-spec.ts files: the app with one organisation, its tokens, and what a refusal looks like.
import { ensureInstrument } from './checklist-helpers';
import { createOrg, tokensFor, type RoleKey, type TestOrg } from './factories';
import { codeOf, type GqlResult } from './graphql';
import { startTestApp, type TestApp } from './test-app';

export let app: TestApp;
export let org: TestOrg;
export let t: Record<RoleKey, string>;

/** Registers this suite's app start (beforeAll) and shutdown (afterAll); call once at the top of each spec file. */
export function useInputsApp(): void {
  beforeAll(async () => {
    app = await startTestApp({ LOGIN_MAX_ATTEMPTS_PER_IP: '10000' });
    org = await createOrg(app, 'Inputs');
    await ensureInstrument(app, org.id);
    t = await tokensFor(app, org);
  });
  afterAll(async () => app.close());
}

/** A client error with this code and no data; HTTP 400 when the variables or document were refused before execution. */
export function refused(res: GqlResult<unknown>, code = 'BAD_USER_INPUT', status?: number): void {
  expect({ code: codeOf(res), data: res.data, status: status ?? (res.status >= 500 ? res.status : 'client') })
    .toEqual({ code, data: null, status: status ?? 'client' });
}

import { createOrg, TEST_PASSWORD, type TestOrg } from './support/factories';
import { gql } from './support/graphql';
import { startTestApp, type TestApp } from './support/test-app';
import { graphql } from './gql';

// `npm start` and docker both run NODE_ENV=production. The protections that only work over HTTPS (Secure cookie, HSTS,
// upgrade-insecure-requests) follow the public address: on for https, off for plain http on localhost, where a browser
// would otherwise be locked out of the app it was just pointed at.
const LOGIN = graphql(`mutation LoginInProductionTransport($i: LoginInput!) { login(input: $i) { token } }`);

async function signIn(app: TestApp, org: TestOrg) {
  const res = await gql(app, LOGIN, { i: { email: org.people.staff.email, password: TEST_PASSWORD } });
  expect(res.errors).toBeUndefined();
  // The page's content security policy (GraphQL answers send an API's, in which no content loads at all).
  const page = await fetch(`${app.url}/health`);
  return {
    cookie: res.headers.get('set-cookie') ?? '', hsts: res.headers.get('strict-transport-security'),
    pageHsts: page.headers.get('strict-transport-security'), csp: page.headers.get('content-security-policy') ?? '',
  };
}

describe.each([
  ['an https public address', { PUBLIC_URL: 'https://tandem.example.org' }, true],
  ['plain http on localhost (npm start)', {}, false],
])('production behind %s', (_label, env, secure) => {
  let app: TestApp;
  let org: TestOrg;
  beforeAll(async () => {
    app = await startTestApp({ NODE_ENV: 'production', ...env });
    org = await createOrg(app, 'Transport');
  });
  afterAll(async () => app.close());

  it(secure ? 'marks the session cookie Secure and sends HSTS and upgrade-insecure-requests' : 'keeps the cookie usable over http and sends no HSTS', async () => {
    expect(app.config.production).toBe(true);
    const { cookie, hsts, pageHsts, csp } = await signIn(app, org);
    expect(cookie).toMatch(/tandem_session=[^;]+;.*HttpOnly/i);
    expect(/;\s*Secure/i.test(cookie)).toBe(secure);
    expect(hsts !== null).toBe(secure);
    expect(pageHsts !== null).toBe(secure);
    expect(csp.includes('upgrade-insecure-requests')).toBe(secure);
  });
});

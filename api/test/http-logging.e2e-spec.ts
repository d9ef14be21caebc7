import { loggablePath } from '../src/common/http-logging';
import { createOrg, login, type TestOrg } from './support/factories';
import { capturedLogger } from './support/log-capture';
import { startTestApp, type TestApp } from './support/test-app';

// Request logs go through the app's logger (requestLogging): one line per API request, and nothing that identifies a
// person or works as a credential (query strings, feed tokens, e-mail addresses, cookies).

let app: TestApp;
let org: TestOrg;
const { logger, lines } = capturedLogger();

beforeAll(async () => {
  app = await startTestApp({}, undefined, logger);
  org = await createOrg(app, 'Logging');
});

afterAll(async () => {
  await app?.close();
});

const httpLines = () => lines.filter((l) => l.msg === 'http');
const lineFor = (requestId: string) => httpLines().find((l) => l.requestId === requestId);

describe('loggablePath', () => {
  it('drops the query string and hides a feed token, keeping the single-occurrence download readable', () => {
    expect(loggablePath('/reports/audit-log.csv?personId=abc&from=2026-01-01')).toBe('/reports/audit-log.csv');
    expect(loggablePath('/calendar/Zx81secret_token.ics')).toBe('/calendar/:token.ics');
    expect(loggablePath('/calendar/session/abc_20270101T090000Z.ics')).toBe('/calendar/session/abc_20270101T090000Z.ics');
    expect(loggablePath(undefined)).toBe('/');
  });
});

describe('request logs', () => {
  it('write one line per API request with its id, method, path, status and duration', async () => {
    const res = await fetch(`${app.url}/health`);
    expect(res.status).toBe(200);
    const id = res.headers.get('x-request-id')!;
    const line = await waitFor(() => lineFor(id));
    expect(line.req).toEqual({ method: 'GET', path: '/health' });
    expect(line.res).toEqual({ status: 200 });
    expect(typeof line.ms).toBe('number');
  });

  it('never carry a feed token, a query string, an e-mail address or a cookie', async () => {
    const secret = 'feedtoken-that-must-not-be-logged-0123456789';
    const feed = await fetch(`${app.url}/calendar/${secret}.ics`);
    expect(feed.status).toBe(404);
    const report = await fetch(`${app.url}/reports/audit-log.csv?personId=${org.people.staff.id}`, { headers: { cookie: 'tandem_session=not-a-session' } });
    expect(report.status).toBe(401);
    await expect(login(app, org.people.staff.email, 'a wrong password entirely')).rejects.toThrow();
    await login(app, org.people.staff.email);
    const feedLine = await waitFor(() => lineFor(feed.headers.get('x-request-id')!));
    expect(feedLine.req).toEqual({ method: 'GET', path: '/calendar/:token.ics' });
    const reportLine = await waitFor(() => lineFor(report.headers.get('x-request-id')!));
    expect(reportLine.req).toEqual({ method: 'GET', path: '/reports/audit-log.csv' });
    const all = JSON.stringify(lines);
    expect(all).not.toContain(secret);
    expect(all).not.toContain(org.people.staff.id);
    expect(all).not.toContain(org.people.staff.email);
    expect(all).not.toContain('not-a-session');
  });

  it('leave the web app’s static files out', async () => {
    const res = await fetch(`${app.url}/assets/app.js`);
    const id = res.headers.get('x-request-id')!;
    await fetch(`${app.url}/health`);
    await waitFor(() => httpLines().at(-1)?.req && (httpLines().at(-1)!.req as { path: string }).path === '/health' ? true : undefined);
    expect(lineFor(id)).toBeUndefined();
  });
});

/** Waits for a log line; the timeout is a guard (as the SMTP listener's), not a measurement: a busy machine may flush late. */
async function waitFor<T>(probe: () => T | undefined, timeoutMs = 20_000): Promise<T> {
  const until = performance.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (performance.now() > until) throw new Error('the log line did not appear');
    await new Promise((r) => setTimeout(r, 20));
  }
}

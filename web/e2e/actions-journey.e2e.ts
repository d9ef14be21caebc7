import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newContext, PHONE, seriousAccessibilityProblems, signIn } from './support/browser';
import { WEB_ROOT } from './support/paths';

// Issue 13: the Actions page, as a program manager uses it. The journey makes its own actions (by hand, for a team,
// with unique names) so that it never takes a signal another journey turns into an action on the same server.

const TEAM = 'Riverside Outreach';
const RUN = randomBytes(3).toString('hex');
const FIRST = `Journey ${RUN}: a team day on sharing power`;
const SECOND = `Journey ${RUN}: shadow each other on outreach`;
const RESULTS = resolve(WEB_ROOT, 'test-results');

/** A GraphQL call as the signed-in person (their session cookie). */
async function graphql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const body = await page.evaluate(async ({ query: q, variables: v }) => {
    const res = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify({ query: q, variables: v }) });
    return res.json() as Promise<{ data?: unknown; errors?: unknown[] }>;
  }, { query, variables });
  if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(RESULTS, { recursive: true });
  await page.mouse.move(0, 0);
  await page.screenshot({ path: resolve(RESULTS, `${name}.png`), fullPage: true });
}

/** The due date `days` from the server's today (the page follows the server clock). */
async function dueIn(page: Page, days: number): Promise<string> {
  const now = await page.evaluate(async () => {
    const res = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify({ query: '{ me { id } }' }) });
    return res.headers.get('x-tandem-now');
  });
  const base = new Date(Number.isNaN(Number(now)) ? (now ?? '') : Number(now));
  return new Date(base.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

describe('A program manager keeps track of actions across teams', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lists, filters, completes and exports actions, at desktop and phone widths', async () => {
    const context = await newContext(browser, { width: 1440, height: 900 });
    const page = await context.newPage();
    await signIn(page, 'manager@tandem.demo');
    const { me, teams } = await graphql<{ me: { id: string }; teams: { id: string; name: string }[] }>(page, '{ me { id } teams { id name } }');
    const team = teams.find((t) => t.name === TEAM)!;
    for (const [description, days] of [[FIRST, 10], [SECOND, 30]] as const) {
      await graphql(page, 'mutation($i: CreateActionInput!) { createAction(input: $i) { id } }', {
        i: { scope: 'TEAM', teamId: team.id, ownerId: me.id, dueOn: await dueIn(page, days), metric: 'HDI', description },
      });
    }

    // From the menu, filtered to the team.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Actions' }).click();
    await page.getByRole('heading', { level: 1, name: 'Actions' }).waitFor();
    await page.getByLabel('Team').selectOption({ label: TEAM });
    const table = page.getByRole('table', { name: 'Actions' });
    const first = table.getByRole('row').filter({ hasText: FIRST });
    await first.waitFor();
    expect(await first.textContent()).toContain(`${TEAM} (whole team)`);
    expect(await first.textContent()).toContain('Hierarchical drift');
    expect(await table.getByRole('row').filter({ hasText: SECOND }).count()).toBe(1);
    // The one due sooner comes first.
    const texts = await table.getByRole('row').allTextContents();
    expect(texts.findIndex((t) => t.includes(FIRST))).toBeLessThan(texts.findIndex((t) => t.includes(SECOND)));
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await shot(page, 'actions-1440');

    // The CSV has exactly what is shown, by the same filters.
    const href = await page.getByRole('link', { name: 'Export as CSV' }).getAttribute('href');
    expect(href).toBe(`/reports/actions.csv?status=OPEN&teamId=${team.id}`);
    const csv = await page.evaluate(async (url) => (await fetch(url)).text(), href!);
    expect(csv).toContain(FIRST);
    expect(csv.split('\r\n')[0]).toMatch(/Status,Overdue,For,Team/);

    // Done: it leaves the open list and is found under Done.
    await first.getByRole('button', { name: 'Mark done' }).click();
    await first.waitFor({ state: 'detached' });
    await page.getByLabel('Status').selectOption('DONE');
    const done = table.getByRole('row').filter({ hasText: FIRST });
    await done.waitFor();
    expect(await done.textContent()).toContain('Done');
    await context.close();

    // On a phone the page fits the screen; the table scrolls inside its card.
    const phoneContext = await newContext(browser, PHONE);
    const phone = await phoneContext.newPage();
    await signIn(phone, 'manager@tandem.demo');
    await phone.goto(`/actions?team=${team.id}`);
    await phone.getByRole('table', { name: 'Actions' }).getByRole('row').filter({ hasText: SECOND }).waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await shot(phone, 'actions-390');
    await phoneContext.close();
  });
});

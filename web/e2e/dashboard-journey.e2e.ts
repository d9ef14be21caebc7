import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newContext, PHONE, screenshot as fullPageScreenshot, seriousAccessibilityProblems, signIn } from './support/browser';
import { BASE_URL, SCREENSHOT_DIR } from './support/paths';

const PROGRAM = 'Hospital Bridge';
const DRIFTING_TEAM = 'Inpatient Bridge';
const SUPERVISOR = 'Dr. Helen Marsh';
const SUPERVISEE = 'Zara Patel';

async function expectNoSeriousA11yProblems(page: Page): Promise<void> {
  expect(await seriousAccessibilityProblems(page)).toEqual([]);
}

/** A full-page screenshot from the top, with no tooltip left open under the pointer. */
async function screenshot(page: Page, name: string): Promise<void> {
  await page.mouse.move(0, 0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await fullPageScreenshot(page, name);
}

/**
 * A day `days` before the server's today (its business clock, TANDEM_NOW when pinned, from the header every API answer
 * carries): an annotation dated from it is inside the chart's range whenever the journey runs, unlike a fixed date.
 */
async function serverDayBefore(days: number): Promise<string> {
  const res = await fetch(`${BASE_URL}/health`);
  const now = Date.parse(res.headers.get('x-tandem-now') ?? '');
  if (Number.isNaN(now)) throw new Error('The API did not send x-tandem-now');
  return new Date(now - days * 86_400_000).toISOString().slice(0, 10);
}

/** Closes confirmation toasts so they do not sit over element screenshots. */
async function dismissToasts(page: Page): Promise<void> {
  // A toast may leave on its own between listing and clicking.
  for (const button of await page.getByRole('button', { name: 'Dismiss message' }).all()) await button.click({ timeout: 1000 }).catch(() => undefined);
  await page.waitForFunction(() => !document.querySelector('.toast'));
}

/** Charts are drawn (Recharts surfaces present and sized). */
async function chartsDrawn(page: Page, min = 1): Promise<void> {
  await page.waitForFunction(
    (n) => [...document.querySelectorAll('svg.recharts-surface')].filter((s) => s.getBoundingClientRect().width > 0).length >= n,
    min,
  );
}

/** Text of every row of the heat map, by team name. */
async function heatMapTeams(page: Page): Promise<string[]> {
  const grid = page.getByRole('group', { name: 'Dimension scores by team' });
  return grid.locator('a.heat-map__row-link').evaluateAll((links) => links.map((l) => l.textContent ?? ''));
}

describe('A program manager follows a drift signal from the dashboard to its explanation', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('filters to a program, opens the drifting team, reads why the alert fired, exports, annotates and creates an action', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, 'manager@tandem.demo');

    // Home is the dashboard: the drifting teams are named at the top.
    await page.getByRole('heading', { level: 1, name: /Morgan/ }).waitFor();
    const attention = page.getByRole('region', { name: 'Where to look first' });
    await attention.getByRole('link', { name: DRIFTING_TEAM }).waitFor();
    // Beside it, the team that recovered after its team day (an improvement signal in force).
    await page.getByRole('region', { name: 'Improving' }).getByRole('link', { name: 'Harbor House' }).waitFor();
    // Other journeys share this server and may add ratings first, so at least the two drifting teams alert.
    expect(await page.getByRole('region', { name: 'Key figures' }).textContent()).toMatch(/Teams with alerts[2-6]/);
    await chartsDrawn(page, 3);
    await expectNoSeriousA11yProblems(page);
    await screenshot(page, 'dashboard-01-manager-home');

    // One filter bar, kept in the URL: filter to the Hospital Bridge program.
    expect(await heatMapTeams(page)).toContain('Northside Peers');
    await page.getByLabel('Program', { exact: true }).selectOption({ label: PROGRAM });
    await page.waitForURL(/[?&]program=/);
    await page.getByRole('group', { name: 'Dimension scores by team' }).getByRole('link', { name: /Northside Peers/ }).waitFor({ state: 'detached' });
    const bridgeTeams = await heatMapTeams(page);
    expect(bridgeTeams).toEqual(expect.arrayContaining([DRIFTING_TEAM, 'ED Navigators', 'Crisis Respite']));
    expect(bridgeTeams).not.toContain('Northside Peers');
    const heatMap = page.locator('section.chart-card', { has: page.getByRole('heading', { name: 'Dimensions by team' }) });
    await heatMap.screenshot({ path: screenshotPath('dashboard-02-heat-map') });

    // Back and Forward step through filter changes.
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('program='));
    expect(await page.getByLabel('Program', { exact: true }).inputValue()).toBe('');
    await page.goForward();
    await page.waitForURL(/[?&]program=/);
    expect(await page.getByLabel('Program', { exact: true }).locator('option:checked').textContent()).toBe(PROGRAM);

    // The team list comes a page at a time from the API and is searched there: the heat map follows the search.
    const teamList = page.getByRole('region', { name: 'Teams', exact: true });
    await teamList.getByText(/^Showing 3 of 3 teams/).waitFor();
    await teamList.getByRole('searchbox', { name: 'Find a team' }).fill('navig');
    await teamList.getByText(/^Showing 1 of 1 team;/).waitFor();
    expect(await heatMapTeams(page)).toEqual(['ED Navigators']);
    await teamList.getByRole('searchbox', { name: 'Find a team' }).fill('');
    await teamList.getByText(/^Showing 3 of 3 teams/).waitFor();

    // One definition per figure: the team's supervision over the last 90 days, as the dashboard writes it …
    const multiple = page.locator('li.small-multiple', { has: page.getByRole('link', { name: DRIFTING_TEAM, exact: true }) });
    const onDashboard = /Supervision, last 90 days: (\d+) sessions? held, (\d+) required · (\d+) (?:person|people) overdue/.exec(
      (await multiple.locator('.small-multiple__supervision').textContent()) ?? '',
    );
    expect(onDashboard).not.toBeNull();
    const [, held, required, overdue] = onDashboard!;
    // Each small multiple shades the team's usual range (the limits its team page draws) behind its line; the chart
    // is drawn once its card comes near the screen.
    await multiple.scrollIntoViewIfNeeded();
    await multiple.locator('.usual-range path.recharts-area-area').first().waitFor();
    expect(await multiple.locator('.usual-range path.recharts-area-area').count()).toBe(1);
    const multiples = page.locator('section.chart-card', { has: page.locator('ul.small-multiples') });
    await multiples.screenshot({ path: screenshotPath('dashboard-02b-small-multiples') });

    // Open the drifting team from "Where to look first"; the filters travel with it.
    await attention.getByRole('link', { name: DRIFTING_TEAM }).click();
    await page.getByRole('heading', { level: 1, name: DRIFTING_TEAM }).waitFor();
    expect(page.url()).toMatch(/\/dashboard\/teams\/[0-9a-f-]+\?program=[0-9a-f-]+&metric=MDI&signal=/);

    // … reads the same on the team page …
    const glance = page.getByRole('region', { name: 'At a glance' }).locator('.kpi', { hasText: 'Supervision held' });
    await glance.getByText(`${held} held, ${required} required, last 90 days · ${overdue} overdue`).waitFor();
    const teamShare = (await glance.locator('.kpi__value').textContent()) ?? '';
    // … and on the compliance page for that team, whose default window is the same 90 days.
    const teamId = /\/dashboard\/teams\/([0-9a-f-]+)/.exec(page.url())![1]!;
    const compliance = await context.newPage();
    await compliance.goto(`/supervision/compliance?team=${teamId}`);
    const recorded = compliance.locator('.sv-kpi', { hasText: 'Recorded vs required' });
    await recorded.getByText(new RegExp(`^${held} recorded, ${required} required since`)).waitFor();
    expect(await recorded.locator('.sv-kpi__value').textContent()).toBe(teamShare);
    await compliance.close();

    // The signal explanation: the rule in plain words, the API's message, and which items moved.
    const signals = page.getByRole('region', { name: 'Signals and what moved' });
    await signals.getByRole('heading', { name: /^Medical-model drift: / }).waitFor();
    const explanation = await signals.locator('#signal-explanation').textContent();
    expect(explanation).toContain('Medical-model drift (self-assessment)');
    expect(explanation).toContain('Items that moved');
    expect(explanation).toContain('moved toward drift');
    const chartCard = page.locator('section.chart-card', { has: page.getByRole('heading', { name: `Medical-model drift (MDI) — ${DRIFTING_TEAM}` }) });
    const summary = await chartCard.locator('.chart-card__summary').textContent();
    expect(summary).toMatch(/^Medical-model drift at Inpatient Bridge rose from \d+ to \d+ since \w{3} \d{4}; an alert fired in \w{3} \d{4}\.$/);
    await chartsDrawn(page, 1);
    await expectNoSeriousA11yProblems(page);
    await screenshot(page, 'dashboard-03-team-page');
    await chartCard.screenshot({ path: screenshotPath('dashboard-04-control-chart') });

    // The data table toggle, CSV and PNG exports of the control chart.
    await chartCard.getByRole('button', { name: 'Show data table' }).click();
    const table = chartCard.getByRole('table', { name: /: data$/ });
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBeGreaterThan(12);
    const [csv] = await Promise.all([page.waitForEvent('download'), chartCard.getByRole('button', { name: /Download CSV/ }).click()]);
    expect(csv.suggestedFilename()).toBe('mdi-inpatient-bridge.csv');
    const csvText = readFileSync((await csv.path())!, 'utf8').replace(/^\ufeff/, '');
    expect(csvText.split('\r\n')[0]).toBe('Period,Medical-model drift,Ratings,Usual level,Lower limit,Upper limit,Signal,Annotations and actions,Supervision held,Supervision missed');
    const [png] = await Promise.all([page.waitForEvent('download'), chartCard.getByRole('button', { name: /Save as PNG/ }).click()]);
    expect(png.suggestedFilename()).toBe('mdi-inpatient-bridge.png');
    const pngBytes = readFileSync((await png.path())!);
    expect(pngBytes.subarray(1, 4).toString()).toBe('PNG');
    expect(pngBytes.length).toBeGreaterThan(10_000);
    await png.saveAs(screenshotPath('dashboard-12-exported-control-chart'));
    await chartCard.getByRole('button', { name: 'Hide data table' }).click();

    // Annotate the chart (then take the note away again).
    const annotations = page.getByRole('region', { name: 'Annotations' });
    await annotations.getByRole('button', { name: 'Add annotation' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an annotation' });
    await dialog.getByLabel('Date').fill(await serverDayBefore(60));
    await dialog.getByLabel('Label').fill('Ward reorganisation');
    await dialog.getByLabel('Kind').selectOption({ label: 'Policy change' });
    await dialog.getByLabel(/Details/).fill('Two acute wards merged; peers asked to help with discharge paperwork.');
    await dialog.getByRole('button', { name: 'Add annotation' }).click();
    await dialog.waitFor({ state: 'detached' });
    await annotations.locator('strong', { hasText: 'Ward reorganisation' }).waitFor();
    expect(await chartCard.locator('.recharts-reference-line').count()).toBeGreaterThanOrEqual(2);
    await annotations.getByRole('button', { name: 'Delete Ward reorganisation' }).click();
    await page.getByRole('alertdialog', { name: 'Delete this annotation?' }).getByRole('button', { name: 'Delete annotation' }).click();
    await annotations.locator('strong', { hasText: 'Ward reorganisation' }).waitFor({ state: 'detached' });

    // The loop: turn the signal into an action for the next supervision. It shows as a marker on the chart.
    await page.evaluate(() => window.scrollTo(0, 0));
    await signals.getByRole('button', { name: 'Create action' }).click();
    const actionDialog = page.getByRole('dialog', { name: 'Create an action from this signal' });
    expect(await actionDialog.getByLabel('What will be done').inputValue()).toMatch(/^Reflect together on medical-model drift at Inpatient Bridge/);
    // A team's signal is the team's by default; this one goes on one person's agenda.
    await actionDialog.getByLabel('One person, on their next supervision agenda').check();
    await actionDialog.getByLabel(/On whose supervision agenda/).selectOption({ label: `${SUPERVISEE} — with ${SUPERVISOR}` });
    expect(await actionDialog.getByLabel(/^Owner/).locator('option:checked').textContent()).toBe(`${SUPERVISOR} (supervisor)`);
    await page.screenshot({ path: screenshotPath('dashboard-05-create-action') }); // the viewport: a modal dialog
    await actionDialog.getByRole('button', { name: 'Create action' }).click();
    await actionDialog.waitFor({ state: 'detached' });
    const actionsCard = page.getByRole('region', { name: 'Actions and what followed' });
    await actionsCard.getByText(/^Reflect together on medical-model drift/).waitFor();
    expect(await actionsCard.textContent()).toMatch(/A1.*Medical-model drift: \d+\.\d → not yet/);
    await chartCard.locator('svg.recharts-surface text', { hasText: /^A1$/ }).waitFor();
    await page.mouse.move(0, 0);
    await dismissToasts(page);
    await chartCard.screenshot({ path: screenshotPath('dashboard-05b-control-chart-with-action') });

    // A manager sees the team as a whole, and why individual trends are not theirs.
    expect(await page.getByRole('region', { name: 'People' }).textContent()).toContain('shown only to them and to their supervisor');
    await context.close();

    // The same pages on a phone.
    const phoneContext = await newContext(browser, PHONE);
    const phone = await phoneContext.newPage();
    await signIn(phone, 'manager@tandem.demo');
    await phone.getByRole('region', { name: 'Where to look first' }).getByRole('link', { name: DRIFTING_TEAM }).waitFor();
    await chartsDrawn(phone, 3);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(phone, 'dashboard-06-phone-manager-home');
    await phone.getByRole('region', { name: 'Where to look first' }).getByRole('link', { name: DRIFTING_TEAM }).click();
    await phone.getByRole('heading', { level: 1, name: DRIFTING_TEAM }).waitFor();
    await chartsDrawn(phone, 1);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(phone, 'dashboard-07-phone-team-page');
    await phoneContext.close();
  });

  it('puts the action on the supervisor’s next agenda, and gives every role a home of its own', async () => {
    // The supervisor of the drifting team: their supervisees' trends, what is due, supervision to catch up on.
    const supervisorContext = await newContext(browser);
    const supervisor = await supervisorContext.newPage();
    await signIn(supervisor, 'helen.marsh@tandem.demo');
    await supervisor.getByRole('heading', { level: 1, name: /Helen/ }).waitFor();
    const trends = supervisor.getByRole('region', { name: 'Your supervisees’ trends' });
    await trends.getByRole('link', { name: 'Zara Patel' }).waitFor();
    await chartsDrawn(supervisor, 5);
    // The action created from the signal is on the supervisee's next supervision agenda.
    const agendas = supervisor.getByRole('region', { name: 'Next supervision agendas' });
    const zara = agendas.locator('li.home__agenda', { hasText: SUPERVISEE });
    await zara.getByText(/^Reflect together on medical-model drift at Inpatient Bridge/).waitFor();
    expect(await zara.textContent()).toContain('from a drift signal');
    await expectNoSeriousA11yProblems(supervisor);
    await screenshot(supervisor, 'dashboard-08-home-supervisor');

    // …and on the agenda of that next session itself (the supervision pages).
    await zara.getByRole('link', { name: new RegExp(`^Next session .* with ${SUPERVISEE}$`) }).click();
    const sessionAgenda = supervisor.getByRole('region', { name: `Agenda with ${SUPERVISEE}` });
    await sessionAgenda.getByText(/^Reflect together on medical-model drift at Inpatient Bridge/).waitFor();
    await screenshot(supervisor, 'dashboard-08b-supervisor-session-agenda');
    await supervisor.goBack();
    await trends.getByRole('link', { name: SUPERVISEE }).waitFor();

    // Their supervisee's own trend (personDrift), which a manager cannot open.
    await trends.getByRole('link', { name: 'Zara Patel' }).click();
    await supervisor.getByRole('heading', { level: 1, name: 'Zara Patel' }).waitFor();
    await chartsDrawn(supervisor, 1);
    await screenshot(supervisor, 'dashboard-09-person-trend');

    // On the team page the supervisor's People card lists their supervisees.
    await supervisor.getByRole('link', { name: DRIFTING_TEAM }).first().click();
    await supervisor.getByRole('heading', { level: 1, name: DRIFTING_TEAM }).waitFor();
    await supervisor.getByRole('region', { name: 'People' }).getByRole('link', { name: 'Zara Patel' }).waitFor();
    await supervisorContext.close();

    const staffContext = await newContext(browser);
    const staff = await staffContext.newPage();
    await signIn(staff, 'staff@tandem.demo');
    await staff.getByRole('heading', { level: 1, name: /Jordan/ }).waitFor();
    await staff.getByRole('region', { name: 'Your trend' }).locator('.chart-card__summary').waitFor();
    await chartsDrawn(staff, 1);
    await expectNoSeriousA11yProblems(staff);
    await screenshot(staff, 'dashboard-10-home-staff');
    await staffContext.close();

    const adminContext = await newContext(browser);
    const admin = await adminContext.newPage();
    await signIn(admin, 'admin@tandem.demo');
    await admin.getByRole('heading', { level: 1, name: /Alex/ }).waitFor();
    await admin.getByText(/teams with drift alerts/).waitFor();
    await expectNoSeriousA11yProblems(admin);
    await screenshot(admin, 'dashboard-11-home-admin');
    await admin.getByRole('link', { name: 'Open the drift dashboard' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Drift dashboard' }).waitFor();
    await adminContext.close();
  });
});

/** Element screenshots go beside the full-page ones (support/browser's screenshot() takes whole pages). */
function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return resolve(SCREENSHOT_DIR, `${name}.png`);
}

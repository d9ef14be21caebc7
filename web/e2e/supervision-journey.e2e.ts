import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, launchBrowser, newContext, PHONE, screenshot as fullPageScreenshot, seriousAccessibilityProblems, signIn } from './support/browser';
import { BASE_URL, SCREENSHOT_DIR } from './support/paths';
import { DAY_MS } from '@tandem/shared';

const SUPERVISOR = 'supervisor@tandem.demo';
const STAFF = 'staff@tandem.demo';
const ADMIN = 'admin@tandem.demo';
/** The browser contexts run in America/New_York, the demo organisation's zone (support/browser.ts). */
const ZONE = 'America/New_York';
/** Demo sessions start on the hour; this journey's series starts at a time none of them uses. */
const START = '07:25';

/** The server's business clock (TANDEM_NOW when pinned), from the header every API answer carries. */
async function serverNowMs(): Promise<number> {
  const res = await fetch(`${BASE_URL}/health`);
  const now = Date.parse(res.headers.get('x-tandem-now') ?? '');
  if (Number.isNaN(now)) throw new Error('The API did not send x-tandem-now');
  return now;
}

/** Full-page screenshot from the top (so the sticky header sits where it belongs). */
async function screenshot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await fullPageScreenshot(page, `supervision-${name}`);
}

/** What is on screen now (dialogs live in a fixed layer that a full-page shot would cut). */
async function viewportScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: resolve(SCREENSHOT_DIR, `supervision-${name}.png`), animations: 'disabled' });
}

async function expectNoSeriousA11yProblems(page: Page): Promise<void> {
  expect(await seriousAccessibilityProblems(page)).toEqual([]);
}

/** Toasts can cover buttons on a phone; close any that are showing. */
async function dismissToasts(page: Page): Promise<void> {
  const close = page.getByRole('button', { name: 'Dismiss message' });
  for (let i = 0; i < 5 && (await close.count()) > 0; i += 1) {
    const count = await close.count();
    await close.first().click().catch(() => undefined);
    await page.waitForFunction((n) => document.querySelectorAll('button[aria-label="Dismiss message"]').length < n, count, { timeout: 5_000 }).catch(() => undefined);
  }
}

/** Puts an element in the middle of the viewport (for a screenshot of what is around it). */
async function centre(page: Page, selector: Parameters<Page['locator']>[0] | ReturnType<Page['locator']>): Promise<void> {
  const locator = typeof selector === 'string' ? page.locator(selector) : selector;
  await locator.evaluate((el) => el.scrollIntoView({ block: 'center' }));
}

async function waitUntilSaved(page: Page): Promise<void> {
  await page.getByRole('status').filter({ hasText: /^Saved \d{2}:\d{2}$/ }).first().waitFor();
}

const dayKey = (instant: number) => new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
const dayName = (key: string) =>
  new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${key}T00:00:00Z`)).replace(',', '');

describe('Supervision: schedule, write and sign a note together', () => {
  let browser: Browser;
  /** Yesterday in the browser's zone (on the server's business clock): the series starts then, so its first session has begun. */
  let yesterday = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    yesterday = dayKey((await serverNowMs()) - DAY_MS);
  });

  afterAll(async () => {
    await browser?.close();
  });

  // One journey, one test: the supervisee, the amendment and the phone views act on the session this test schedules
  // (found by its own address and an hour no demo session uses), never on what the demo seed put in the calendar.
  it('a supervisor schedules a weekly series and finalises the first note; the supervisee reflects and signs on a phone; the supervisor counter-signs and amends', async () => {
    let sessionPath = '';
    {
      const context = await newContext(browser, DESKTOP);
      const page = await context.newPage();
      await signIn(page, SUPERVISOR);

      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Supervision', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Supervision' }).waitFor();
      await page.getByRole('grid', { name: /^Week of / }).waitFor();
      await page.getByRole('gridcell', { name: /, today/ }).waitFor();
      await expectNoSeriousA11yProblems(page);
      await screenshot(page, '01-calendar-week');

      // Schedule: Jordan Lee, weekly from yesterday 09:00, eight sessions.
      await page.getByRole('button', { name: 'Schedule', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Schedule supervision' });
      await dialog.getByLabel('Supervisee', { exact: true }).selectOption({ label: 'Jordan Lee' });
      await dialog.getByLabel('Title').fill('Weekly supervision');
      await dialog.getByLabel('Date', { exact: true }).fill(yesterday);
      await dialog.getByLabel('Start time').fill(START);
      expect(await dialog.getByLabel('Time zone', { exact: true }).inputValue()).toBe(ZONE);
      await dialog.getByLabel('Location').fill('Northside office, room 2');
      await viewportScreenshot(page, '02a-schedule-dialog-top');
      await dialog.getByLabel('Pattern').selectOption('WEEKLY');
      await dialog.getByRole('radio', { name: 'After a number of sessions' }).check();
      await dialog.getByRole('spinbutton', { name: 'Number of sessions' }).fill('8');
      const weekday = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${yesterday}T00:00:00Z`));
      await dialog.getByText(`Every ${weekday}, 8 times`).waitFor();
      await expectNoSeriousA11yProblems(page);
      await dialog.getByRole('button', { name: 'Schedule', exact: true }).scrollIntoViewIfNeeded();
      await viewportScreenshot(page, '02b-schedule-dialog-recurrence');
      await dialog.getByRole('button', { name: 'Schedule', exact: true }).click();

      // Saved with a warning worth knowing (the first session is in the past); shown, not blocking.
      const scheduled = page.getByRole('dialog', { name: 'Scheduled' });
      await scheduled.getByText('The first session is in the past.').waitFor();
      await viewportScreenshot(page, '03-scheduled-warnings');
      await scheduled.getByRole('button', { name: 'Done' }).click();

      // Yesterday's session is in the calendar, in words.
      await page.goto(`/supervision?date=${yesterday}`);
      const cell = page.getByRole('gridcell', { name: new RegExp(`^${dayName(yesterday)}`) });
      const chip = cell.getByRole('button').filter({ hasText: START }).filter({ hasText: 'Jordan Lee' });
      await chip.getByText('Scheduled').waitFor();
      await chip.click();
      const details = page.getByRole('dialog', { name: 'Supervision with Jordan Lee' });
      await details.getByText(`Every ${weekday}, 8 times`).waitFor();
      await viewportScreenshot(page, '04-occurrence-dialog');
      const ics = await details.getByRole('link', { name: 'Download .ics' }).getAttribute('href');
      const download = await page.request.get(ics!);
      expect(download.status()).toBe(200);
      expect(await download.text()).toContain('BEGIN:VCALENDAR');
      await details.getByRole('link', { name: 'Open session' }).click();

      // The session page: details, Jordan's agenda and the note form.
      await page.getByRole('heading', { level: 1, name: 'Supervision with Jordan Lee' }).waitFor();
      sessionPath = new URL(page.url()).pathname;
      await page.getByRole('region', { name: 'Agenda with Jordan Lee' }).getByRole('heading', { name: 'Open actions' }).waitFor();
      await page.getByRole('button', { name: 'Mark as held' }).click();
      await page.getByRole('region', { name: 'Details' }).locator('.badge', { hasText: 'Held' }).waitFor();

      const note = page.getByRole('region', { name: 'Session note' });
      await note.getByRole('checkbox', { name: 'Supportive' }).check();
      await note.getByRole('checkbox', { name: 'D4 Listening for meaning' }).check();
      await note.getByText('Medical-model drift (M)').click();
      await note.getByRole('checkbox', { name: /^M2 / }).check();
      await note.getByRole('textbox', { name: /^Strengths/ }).fill('Jordan noticed their own pull towards advice and named it.');
      await note.getByRole('textbox', { name: /^Supervisor note/ }).fill('Jordan told me she was non-compliant with her meds this week. We explored what matters to her and how Jordan could ask about it.');
      const hints = page.getByRole('complementary', { name: 'Wording reflection on your note' });
      await hints.locator('mark', { hasText: 'non-compliant' }).waitFor();
      await hints.getByText(/You might try: Describe what the person decided/).waitFor();
      await note.getByRole('button', { name: 'Add an action' }).click();
      await note.getByLabel('What', { exact: true }).fill('Ask what would help before offering ideas');
      await note.getByLabel(/^Dimension/).selectOption('D1');
      await waitUntilSaved(page);
      await note.getByRole('combobox', { name: 'Status' }).waitFor();
      await expectNoSeriousA11yProblems(page);
      await dismissToasts(page);
      await centre(page, hints);
      await viewportScreenshot(page, '05-note-language-hint');
      await screenshot(page, '06-note-form');

      // Safe signing: the supervisor finalises (confirmed in a dialog saying what happens next); counter-signing waits.
      await note.getByRole('button', { name: 'Finalise for signing' }).click();
      const finalise = page.getByRole('alertdialog', { name: 'Finalise this note?' });
      await finalise.getByText(/Jordan Lee will be asked to read it, add a reflection and sign/).waitFor();
      await viewportScreenshot(page, '07a-finalise-confirm');
      await finalise.getByRole('button', { name: 'Finalise' }).click();
      await page.getByText('Finalised. Jordan Lee can now reflect and sign; you counter-sign after them.').waitFor();
      await note.getByText('Finalised · waiting for signatures').waitFor();
      await note.getByText('Waiting for Jordan Lee to reflect and sign. You can counter-sign after that.').waitFor();
      expect(await note.getByRole('button', { name: 'Sign as supervisor' }).isDisabled()).toBe(true);
      await dismissToasts(page);
      await screenshot(page, '07-finalised-by-supervisor');
      await context.close();
    }

    // The supervisee reads the note on a phone, marks the action done, reflects and signs: the note locks.
    {
      const context = await newContext(browser, PHONE);
      const page = await context.newPage();
      await signIn(page, STAFF);
      await page.getByRole('button', { name: 'Menu', exact: true }).click();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Supervision', exact: true }).click();
      const todo = page.getByRole('region', { name: 'Notes to reflect on and sign' });
      const ours = todo.locator(`a[href="${sessionPath}"]`);
      await ours.waitFor();
      expect(await ours.textContent()).toContain('With Sam Okafor');
      await expectNoSeriousA11yProblems(page);
      await screenshot(page, '08-staff-calendar-phone');
      await ours.click();
      await page.waitForURL((url) => url.pathname === sessionPath);

      await page.getByRole('heading', { level: 1, name: 'Supervision with Sam Okafor' }).waitFor();
      const theirs = page.getByRole('region', { name: 'Sam Okafor’s note' });
      await theirs.getByText(/We explored what matters to her/).waitFor();
      await theirs.getByRole('button', { name: /^Mark done.*Ask what would help/ }).click();
      await theirs.locator('.badge', { hasText: 'Done' }).waitFor();
      const reflection = page.getByRole('textbox', { name: /^Your reflection on the session/ });
      await reflection.fill('I noticed I wanted to fix things for her. We never use the word "patient" here; next time I will ask what she wants from our time first.');
      // A quoted word is set aside (greyed, with the reason), never counted against the writer.
      const hints = page.getByRole('complementary', { name: 'Wording reflection on your reflection' });
      await hints.getByText('Set aside: quoted').waitFor();
      await waitUntilSaved(page);
      await dismissToasts(page);
      await expectNoSeriousA11yProblems(page);
      await screenshot(page, '09-staff-reflection-phone');
      await centre(page, hints);
      await viewportScreenshot(page, '09b-staff-reflection-hints-phone');

      await page.getByRole('button', { name: 'Sign', exact: true }).click();
      const confirm = page.getByRole('alertdialog', { name: 'Sign this note?' });
      await confirm.getByText(/with your reflection as it is now/).waitFor();
      await viewportScreenshot(page, '09c-staff-sign-confirm-phone');
      await confirm.getByRole('button', { name: 'Sign', exact: true }).click();
      await page.getByText('Signed. Your supervisor counter-signs next, which locks the note.').waitFor();
      await page.getByRole('list', { name: 'Signatures' }).getByText(/Jordan Lee \(supervisee\): signed/).waitFor();
      await dismissToasts(page);
      await expectNoSeriousA11yProblems(page);
      await screenshot(page, '10-staff-signed-phone');
      await context.close();
    }

    // The supervisor counter-signs (the note locks), adds an amendment, and checks compliance.
    {
      const context = await newContext(browser, DESKTOP);
      const page = await context.newPage();
      await signIn(page, SUPERVISOR);
      await page.goto(sessionPath);
      await page.getByRole('button', { name: 'Counter-sign' }).click();
      const confirm = page.getByRole('alertdialog', { name: 'Sign this note?' });
      await confirm.getByText(/including their reflection/).waitFor();
      await confirm.getByRole('button', { name: 'Sign', exact: true }).click();
      await page.getByText('Signed. Everyone has signed, so the note is locked.').waitFor();
      const locked = page.getByRole('region', { name: 'Session note' });
      await locked.getByText('Signed by both · locked').waitFor();
      await locked.getByText(/I noticed I wanted to fix things for her/).waitFor();
      expect(await page.getByRole('button', { name: 'Sign as supervisor' }).count()).toBe(0);
      await page.getByRole('button', { name: 'Add an amendment' }).click();
      await page.getByRole('textbox', { name: 'Amendment' }).fill('Correction: the next session is in the Northside office, not online.');
      await page.getByRole('button', { name: 'Add the amendment' }).click();
      await page.getByRole('region', { name: 'Amendments' }).getByText(/Correction: the next session/).waitFor();
      await page.getByText('Amendment added.').waitFor();
      await dismissToasts(page);
      await expectNoSeriousA11yProblems(page);
      await screenshot(page, '11-supervisor-locked-amended');

      await page.goto('/supervision/compliance');
      await page.getByRole('table', { name: 'Supervisees' }).getByRole('link', { name: 'Jordan Lee' }).waitFor();
      await expectNoSeriousA11yProblems(page);
      await screenshot(page, '12-compliance-supervisor');

      await page.goto(`/supervision?view=month&date=${yesterday}`);
      await page.getByRole('grid', { name: /\d{4}$/ }).waitFor();
      await page.getByRole('button', { name: 'Make my calendar address' }).click();
      await page.getByLabel('Your calendar feed address').waitFor();
      await expectNoSeriousA11yProblems(page);
      await screenshot(page, '13-calendar-month-feed');
      await context.close();
    }

    // The supervisor's month view and session page read well on a phone.
    {
      const context = await newContext(browser, PHONE);
      const page = await context.newPage();
      await signIn(page, SUPERVISOR);
      await page.goto(`/supervision?view=month&date=${yesterday}`);
      await page.getByRole('grid', { name: /\d{4}$/ }).waitFor();
      await page.getByRole('region', { name: new RegExp(`^${dayName(yesterday)}`) }).getByRole('button').filter({ hasText: START }).filter({ hasText: 'Jordan Lee' }).waitFor();
      await screenshot(page, '14-calendar-month-phone');
      await page.goto(sessionPath);
      await page.getByRole('region', { name: 'Session note' }).getByText('Signed by both · locked').waitFor();
      await screenshot(page, '15-session-phone');
      await context.close();
    }
  });

  it('an administrator sees compliance by team and program, the supervision policy and the lexicon', async () => {
    const context = await newContext(browser, DESKTOP);
    const page = await context.newPage();
    await signIn(page, ADMIN);
    await page.goto('/supervision/compliance');
    await page.getByRole('table', { name: 'Teams' }).waitFor();
    await page.getByRole('table', { name: 'Programs' }).getByText('All (total)').waitFor();
    await expectNoSeriousA11yProblems(page);
    await screenshot(page, '16-compliance-admin');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Supervision policy' }).click();
    await page.getByRole('heading', { level: 1, name: 'Supervision policy' }).waitFor();
    await page.getByLabel('Frequency').selectOption('CUSTOM');
    await page.getByLabel('Stage 1: until month').waitFor();
    await expectNoSeriousA11yProblems(page);
    await screenshot(page, '17-policy-custom');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Language lexicon' }).click();
    await page.getByRole('heading', { level: 1, name: 'Language lexicon' }).waitFor();
    const tryIt = page.getByRole('complementary', { name: 'Wording reflection on the sample text' });
    await tryIt.locator('mark', { hasText: 'non-compliant' }).waitFor();
    const phrases = page.getByRole('table', { name: /^Phrases/ });
    await phrases.getByRole('rowheader', { name: /^non-compliant/ }).waitFor();
    await expectNoSeriousA11yProblems(page);
    await viewportScreenshot(page, '18-lexicon');
    // Switching a default off (weight 0) takes it out of the reflection at once; resetting brings it back.
    await phrases.getByRole('button', { name: 'Switch off non-compliant', exact: true }).click();
    await page.getByText('“non-compliant” is off.').waitFor();
    await tryIt.locator('mark', { hasText: 'non-compliant' }).waitFor({ state: 'detached' });
    const row = phrases.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^non-compliant/ }) });
    await row.getByText('Changed here').waitFor();
    await dismissToasts(page);
    await centre(page, row);
    await viewportScreenshot(page, '19-lexicon-switched-off');
    await row.getByRole('button', { name: 'Reset to default non-compliant' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Reset' }).click();
    await tryIt.locator('mark', { hasText: 'non-compliant' }).waitFor();
    await context.close();
  });

  it('a supervisor plans the week from their home: sessions, notes to write and sign, ratings and actions due (desktop 1440 and phone 390)', async () => {
    for (const [viewport, suffix] of [[{ width: 1440, height: 900 }, 'desktop'], [PHONE, 'phone']] as const) {
      const context = await newContext(browser, viewport);
      const page = await context.newPage();
      await signIn(page, SUPERVISOR);
      if (suffix === 'desktop') {
        await page.getByRole('link', { name: 'Your week' }).click();
      } else {
        await page.getByRole('button', { name: 'Menu', exact: true }).click();
        await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My week', exact: true }).click();
      }
      await page.waitForURL((url) => url.pathname === '/supervision/week');
      await page.getByRole('heading', { level: 1, name: 'Your week' }).waitFor();
      await page.getByText(/times in America\/New_York/).waitFor();
      const sessions = page.getByRole('region', { name: /^Sessions this week/ });
      // This journey's weekly series (07:25, a time no demo session uses) has exactly one session in any Monday–Sunday week.
      await sessions.getByRole('link').filter({ hasText: START }).first().waitFor();
      for (const name of [/^Notes to write/, /^Notes waiting for you/, /^Observation ratings due/, /^Actions due/]) await page.getByRole('region', { name }).waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect({ suffix, overflow }).toEqual({ suffix, overflow: 0 });
      await expectNoSeriousA11yProblems(page);
      await screenshot(page, `20-week-${suffix}`);
      await page.getByRole('button', { name: 'Next week' }).click();
      await page.waitForURL((url) => url.search === '?week=1');
      await page.getByRole('region', { name: /^Sessions this week/ }).waitFor();
      await context.close();
    }
  });
});


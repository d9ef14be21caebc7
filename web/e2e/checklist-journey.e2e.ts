import type { Browser, Page } from 'playwright-core';
import { DESKTOP, launchBrowser, newContext, PHONE, screenshot as fullPageScreenshot, seriousAccessibilityProblems, signIn } from './support/browser';

const STAFF = 'staff@tandem.demo';
const PASSWORD = 'tandem-demo';
/** A spread of answers, so the result has strengths and (for drift items rated high) reflection topics. */
const PATTERN = ['Usually', 'Almost always', 'Occasionally', 'Usually', 'About half the time'];

/** Full-page screenshot from the top (so the sticky header sits where it belongs). */
async function screenshot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await fullPageScreenshot(page, name);
}

async function expectNoSeriousA11yProblems(page: Page): Promise<void> {
  expect(await seriousAccessibilityProblems(page)).toEqual([]);
}

/** Answers every question on the current step by tapping a scale label; returns how many were answered. */
async function answerStep(page: Page, offset: number): Promise<number> {
  const questions = page.locator('fieldset.question');
  const count = await questions.count();
  for (let i = 0; i < count; i += 1) {
    const label = PATTERN[(offset + i) % PATTERN.length]!;
    await questions.nth(i).locator('label.scale__option', { hasText: label }).click();
  }
  return count;
}

/** Makes a change, then waits for the indicator to say "Saved hh:mm" (it says "Saving…" from the first change on). */
async function waitUntilSaved(page: Page, change: () => Promise<unknown>): Promise<void> {
  await change();
  await page.getByRole('status').filter({ hasText: /^Saved \d{2}:\d{2}$/ }).waitFor();
}

async function stepHeading(page: Page): Promise<string> {
  return (await page.locator('#checklist-step-title').textContent()) ?? '';
}

describe('A peer specialist fills in their self-assessment on a phone', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens the due checklist, fills it across steps, leaves, resumes the draft, submits and sees the scores', async () => {
    const context = await newContext(browser, PHONE);
    const page = await context.newPage();
    await signIn(page, STAFF, PASSWORD);

    // My checklists: the self-assessment is due (the demo data leaves this month's open).
    await page.goto('/checklists');
    await page.getByRole('heading', { level: 1, name: 'My checklists' }).waitFor();
    const due = page.getByRole('region', { name: 'Due for you' });
    const start = due.getByRole('button', { name: /^Start your self-assessment$/ });
    await start.waitFor();
    await page.getByText(/Latest: /).waitFor(); // the own trend has the seeded history
    await expectNoSeriousA11yProblems(page);
    await screenshot(page, 'checklist-01-my-checklists');

    // Step 1: shared power. Help disclosure, keyboard on the radio group, a comment.
    await start.click();
    await page.waitForURL(/\/checklists\/[0-9a-f-]{36}$/);
    await page.getByText('Step 1 of 7').waitFor();
    expect(await stepHeading(page)).toBe('Shared power and equality');
    const first = page.locator('fieldset.question').first();
    await first.getByText('What to look for').click();
    await first.locator('label.scale__option', { hasText: 'Occasionally' }).click();
    await page.keyboard.press('ArrowRight');
    expect(await first.getByRole('radio', { name: 'About half the time' }).isChecked()).toBe(true);
    await answerStep(page, 0);
    await first.getByRole('button', { name: /Add a comment/ }).click();
    await waitUntilSaved(page, () => first.getByLabel(/Comment/).fill('We planned the session together this week.'));
    await expectNoSeriousA11yProblems(page);
    await screenshot(page, 'checklist-02-step-1');

    // Step 2, then leave through the menu.
    await page.getByRole('button', { name: /^Next/ }).click();
    await page.getByText('Step 2 of 7').waitFor();
    await waitUntilSaved(page, () => answerStep(page, 1));
    await screenshot(page, 'checklist-03-step-2');
    await page.getByRole('button', { name: 'Menu', exact: true }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My checklists' }).click();
    await page.getByRole('heading', { level: 1, name: 'My checklists' }).waitFor();

    // The draft is waiting; resuming opens the first unanswered step.
    const resume = page.getByRole('region', { name: 'Due for you' }).getByRole('link', { name: /^Resume your self-assessment$/ });
    await resume.waitFor();
    await page.getByRole('region', { name: 'Drafts to finish' }).getByText('8 of 24 answered').waitFor();
    await screenshot(page, 'checklist-04-draft-waiting');
    await resume.click();
    await page.getByText('Step 3 of 7').waitFor();
    expect(await stepHeading(page)).toBe('Lived experience and purposeful self-disclosure');
    await page.getByText('8 of 24 questions answered').waitFor();

    // Steps 3–6, then the review with its live preview.
    for (let step = 3; step <= 6; step += 1) {
      if (step < 6) await answerStep(page, step);
      else await waitUntilSaved(page, () => answerStep(page, step));
      await page.getByRole('button', { name: /^Next/ }).click();
      await page.getByText(`Step ${step + 1} of 7`).waitFor();
    }
    expect(await stepHeading(page)).toBe('Review and submit');
    await page.getByText('24 of 24 questions answered').waitFor();
    await page.getByRole('heading', { name: 'Every question is answered' }).waitFor();
    await page.getByRole('table', { name: 'Score preview by dimension' }).waitFor();
    await expectNoSeriousA11yProblems(page);
    await screenshot(page, 'checklist-05-review');

    // Submit and see the scores.
    await page.getByRole('button', { name: 'Submit checklist' }).click();
    await page.getByRole('heading', { level: 2, name: 'Mutuality Fidelity Index' }).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Your self-assessment' }).waitFor();
    await page.getByRole('heading', { name: 'What’s going well' }).waitFor();
    await page.getByRole('heading', { name: 'Where to grow next' }).waitFor();
    expect(await page.locator('body').textContent()).not.toMatch(/fail/i);
    await page.getByRole('button', { name: 'Dismiss message' }).click();
    await expectNoSeriousA11yProblems(page);
    await screenshot(page, 'checklist-06-result');

    // Back on My checklists it is in the history, and nothing is due or drafted any more.
    await page.getByRole('link', { name: 'My checklists' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'My checklists' }).waitFor();
    await page.getByRole('region', { name: 'Submitted' }).getByText('You (self-assessment)').first().waitFor();
    await page.getByRole('region', { name: 'Drafts to finish' }).waitFor({ state: 'detached' });
    // The due list refreshes on its own after the submit; wait for the outcome instead of reading it at once.
    await page.getByRole('region', { name: 'Due for you' }).getByRole('button', { name: /^Start your self-assessment$/ }).waitFor({ state: 'detached' });
    await screenshot(page, 'checklist-07-history');
    await context.close();
  });

  it('hands the tablet to someone supported, and a public feedback link works without signing in', async () => {
    const context = await newContext(browser, PHONE);
    const page = await context.newPage();
    await signIn(page, STAFF, PASSWORD);
    await page.goto('/checklists');
    await page.getByRole('button', { name: 'Hand the tablet over' }).click();
    await page.waitForURL(/\/hand-over$/);
    await page.getByRole('heading', { level: 1, name: /How are things going with Jordan/ }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Account menu/ }).count()).toBe(0);
    await expectNoSeriousA11yProblems(page);
    await screenshot(page, 'checklist-08-tablet-form');

    // Sending with a question left out points at it; then answer everything and send.
    await page.getByRole('button', { name: 'Send my answers' }).click();
    await page.getByText(/questions still need an answer/).waitFor();
    await answerStep(page, 0);
    await page.getByRole('button', { name: 'Send my answers' }).click();
    await page.getByRole('heading', { level: 1, name: 'Thank you' }).waitFor();
    await screenshot(page, 'checklist-09-tablet-thanks');
    await page.getByRole('button', { name: 'Return to my account' }).click();
    await page.getByRole('heading', { level: 1, name: 'My checklists' }).waitFor();

    // A one-time link, opened in a browser with no session.
    await page.getByRole('button', { name: 'Create a feedback link' }).click();
    const url = (await page.locator('.ask-feedback__link code').textContent())!.trim();
    expect(url).toMatch(/\/feedback\/\S{20,}$/);
    await screenshot(page, 'checklist-10-feedback-link');
    const stranger = await newContext(browser, PHONE);
    const phone = await stranger.newPage();
    await phone.goto(url);
    await phone.getByRole('heading', { level: 1, name: /How are things going with Jordan/ }).waitFor();
    await expectNoSeriousA11yProblems(phone);
    await screenshot(phone, 'checklist-11-public-form');
    await answerStep(phone, 2);
    await phone.getByRole('button', { name: 'Send my answers' }).click();
    await phone.getByRole('heading', { level: 1, name: 'Thank you' }).waitFor();
    await screenshot(phone, 'checklist-12-public-thanks');
    // The link works once.
    await phone.reload();
    await phone.getByRole('heading', { level: 1, name: 'This link can’t be used any more' }).waitFor();
    await stranger.close();
    await context.close();
  });
  it('a supervisor starts an observation rating with observer wording', async () => {
    const context = await newContext(browser, PHONE);
    const page = await context.newPage();
    await signIn(page, 'supervisor@tandem.demo', PASSWORD);
    await page.goto('/checklists/supervisees');
    await page.getByRole('heading', { level: 1, name: 'Supervisee ratings' }).waitFor();
    const jordan = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Jordan Lee' }) });
    await jordan.getByText('Their last self-assessment').waitFor();
    await expectNoSeriousA11yProblems(page);
    await screenshot(page, 'checklist-13-supervisee-ratings');
    await jordan.getByRole('button', { name: 'Start an observation rating of Jordan Lee' }).click();
    await page.getByRole('heading', { level: 1, name: 'Observation rating of Jordan Lee' }).waitFor();
    await page.getByText('Step 1 of 8').waitFor();
    await page.getByRole('group', { name: /^The peer specialist/ }).first().waitFor();
    await screenshot(page, 'checklist-14-observation-form');
    await context.close();
  });

  it('an administrator edits a draft version of the instrument and sets the checklist schedule', async () => {
    const context = await newContext(browser, DESKTOP);
    const page = await context.newPage();
    await signIn(page, 'admin@tandem.demo', PASSWORD);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Instruments' }).click();
    await page.getByRole('heading', { level: 1, name: 'Instruments' }).waitFor();
    await page.getByRole('table', { name: 'Instruments' }).getByRole('link').first().waitFor();
    const policy = page.getByRole('region', { name: 'When checklists are due' });
    await policy.getByLabel('Self-assessment every … days').fill('28');
    await policy.getByRole('button', { name: 'Save schedule' }).click();
    await page.getByText(/Checklist schedule saved for/).waitFor();
    await expectNoSeriousA11yProblems(page);
    await screenshot(page, 'checklist-15-admin-instruments');

    await page.getByRole('table', { name: 'Instruments' }).getByRole('link').first().click();
    await page.getByRole('button', { name: /^Start version \d+$/ }).click();
    await page.getByRole('heading', { name: /^Draft version \d+$/ }).waitFor();
    await page.getByText('Ready to publish').waitFor();
    await page.getByRole('button', { name: 'Edit D1.2' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit item D1.2' });
    await dialog.getByLabel('Help: what to look for').fill('Think of the last disagreement and who settled it.');
    await dialog.getByRole('button', { name: 'Save item' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Retire D1.4' }).click();
    const retire = page.getByRole('dialog', { name: 'Retire item D1.4' });
    await retire.getByLabel('Replaced by').selectOption('D1.3');
    await retire.getByRole('button', { name: 'Retire D1.4' }).click();
    await retire.waitFor({ state: 'detached' });
    await page.getByRole('region', { name: 'How trends carry over' }).getByText('D1.4').waitFor();
    await page.getByText('Ready to publish').waitFor();
    // Retiring one more leaves D1 too short to publish: the problems list says so at once.
    await page.getByRole('button', { name: 'Retire D1.3' }).click();
    const again = page.getByRole('dialog', { name: 'Retire item D1.3' });
    await again.getByRole('button', { name: 'Retire D1.3' }).click();
    await again.waitFor({ state: 'detached' });
    await page.getByText('To fix before publishing').waitFor();
    await expectNoSeriousA11yProblems(page);
    await screenshot(page, 'checklist-16-instrument-draft');

    // Publishing is refused with the reasons; the draft is then discarded.
    await page.getByRole('button', { name: /^Publish version/ }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Publish' }).click();
    await page.getByText(/can’t be published yet/).waitFor();
    await screenshot(page, 'checklist-17-publish-refused');
    await page.getByRole('button', { name: 'Discard draft' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Discard draft' }).click();
    await page.getByRole('button', { name: /^Start version \d+$/ }).waitFor();
    await context.close();
  });
});

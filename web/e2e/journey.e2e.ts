import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newContext, PHONE, screenshot, seriousAccessibilityProblems, signIn } from './support/browser';
import { BASE_URL } from './support/paths';

const TEAM = 'Eastside Peers';
const ROSTER = [
  'name,email,team,roles,supervisor email',
  `Riley Moss,riley.moss@example.org,${TEAM},staff,supervisor@tandem.demo`,
  'Jo Park,jo.park@example.org,Atlantis Team,staff,',
  `Casey Lin,casey.lin@example.org,${TEAM},supervisor|staff,`,
].join('\n');

async function expectNoSeriousA11yProblems(page: Page): Promise<void> {
  expect(await seriousAccessibilityProblems(page)).toEqual([]);
}

describe('Admin onboards a team from a roster; a new person accepts their invitation', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('creates a team, previews and fixes a roster, imports it, and the invited person signs in', async () => {
    const admin = await newContext(browser);
    const page = await admin.newPage();

    // Sign in (and check the sign-in page with axe).
    await page.goto('/sign-in');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await expectNoSeriousA11yProblems(page);
    await screenshot(page, '01-sign-in');
    await signIn(page, 'admin@tandem.demo', 'tandem-demo');
    await page.getByRole('heading', { level: 1, name: /Alex/ }).waitFor();
    await screenshot(page, '02-home-admin');

    // Create a team.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Teams & programs' }).click();
    await page.getByRole('heading', { level: 1, name: 'Teams & programs' }).waitFor();
    await page.getByRole('button', { name: 'New team' }).click();
    const teamDialog = page.getByRole('dialog', { name: 'New team' });
    await teamDialog.getByLabel('Program').selectOption({ label: 'Community Peer Support' });
    await teamDialog.getByLabel('Team name').fill(TEAM);
    await teamDialog.getByLabel(/Description/).fill('Peer support in the east of the city.');
    await teamDialog.getByRole('button', { name: 'Create team' }).click();
    await teamDialog.waitFor({ state: 'detached' });
    await page.getByRole('link', { name: TEAM }).waitFor();
    await screenshot(page, '03-teams-with-new-team');

    // The people list passes axe too.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
    await page.getByRole('table', { name: 'People' }).waitFor();
    await expectNoSeriousA11yProblems(page);
    await screenshot(page, '04-people');

    // Preview a roster with one bad row.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import roster' }).click();
    await page.getByLabel('Roster (CSV)').fill(ROSTER);
    await page.getByRole('button', { name: 'Preview' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'fixing before anything is imported' });
    await summary.waitFor();
    expect(await summary.textContent()).toContain('3 rows checked: 2 new, 0 updated, 1 with errors');
    const badRow = page.getByRole('row', { name: /Jo Park/ });
    expect(await badRow.textContent()).toContain('Team "Atlantis Team" does not exist');
    expect(await page.getByRole('button', { name: 'Import 3 people' }).isDisabled()).toBe(true);
    await expectNoSeriousA11yProblems(page);
    await screenshot(page, '05-import-preview-with-error');

    // Fix it by removing the bad row; the preview runs again.
    await badRow.getByRole('button', { name: /Remove row 3/ }).click();
    await page.getByText('Ready to import').waitFor();
    expect(await page.getByLabel('Roster (CSV)').inputValue()).not.toContain('Atlantis');
    const importButton = page.getByRole('button', { name: 'Import 2 people' });
    expect(await importButton.isEnabled()).toBe(true);
    await importButton.click();
    await page.getByText('Imported 2 people').waitFor();
    await screenshot(page, '06-import-result');

    // The links never come back to the admin's screen: each new person's invitation is a message in the Outbox.
    expect(await page.getByText(/\/invite\//).count()).toBe(0);
    await page.getByRole('region', { name: 'Invitations' }).getByRole('link', { name: 'Outbox' }).click();
    await page.getByRole('heading', { level: 1, name: 'Outbox' }).waitFor();
    const message = page.getByRole('article').filter({ hasText: 'Riley Moss' });
    await message.waitFor();
    await expectNoSeriousA11yProblems(page);
    await screenshot(page, '06b-outbox-invitation');
    // Passing Riley's message on: copy the link from it.
    await message.getByRole('button', { name: 'Copy link from the message to Riley Moss' }).click();
    const inviteUrl = await page.evaluate(() => navigator.clipboard.readText());
    expect(inviteUrl).toMatch(new RegExp(`^${BASE_URL}/invite/\\S{20,}$`));
    expect(await message.locator('pre').textContent()).toContain(inviteUrl);
    await admin.close();

    // Riley opens the link on their phone, in a browser that has never signed in.
    const riley = await newContext(browser, PHONE);
    const phone = await riley.newPage();
    await phone.goto(inviteUrl);
    await phone.getByRole('heading', { name: 'Welcome, Riley Moss — set a password for Riverbend Recovery Collaborative' }).waitFor();
    await screenshot(phone, '07-phone-accept-invitation');
    await phone.getByLabel('New password').fill('riley walks by the river');
    await phone.getByLabel('Confirm password').fill('riley walks by the river');
    await phone.getByRole('button', { name: 'Set password and sign in' }).click();

    // Signed in as Riley: their name is shown, and the phone menu works.
    await phone.waitForURL(`${BASE_URL}/`);
    await phone.getByRole('heading', { level: 1, name: /Riley/ }).waitFor();
    await phone.getByRole('button', { name: 'Account menu for Riley Moss' }).waitFor();
    await phone.getByText('Sam Okafor').waitFor(); // their supervisor, from the roster row
    await phone.getByRole('link', { name: TEAM }).waitFor();
    const nav = phone.getByRole('navigation', { name: 'Main' });
    expect(await nav.isVisible()).toBe(false);
    await screenshot(phone, '08-phone-home-new-person');
    await phone.getByRole('button', { name: 'Menu', exact: true }).click();
    await nav.getByRole('link', { name: 'My profile' }).waitFor({ state: 'visible' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Home', 'My checklists', 'Supervision', 'My profile']);
    await screenshot(phone, '09-phone-menu-open');
    await nav.getByRole('link', { name: 'My profile' }).click();
    await phone.getByRole('heading', { level: 1, name: 'Your profile' }).waitFor();
    expect(await nav.isVisible()).toBe(false);
    expect(await phone.getByLabel('Name', { exact: true }).inputValue()).toBe('Riley Moss');
    await screenshot(phone, '10-phone-profile');
    await riley.close();
  });
});

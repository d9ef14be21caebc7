// The dashboard page in headless Chromium, as `npm run bench` measures it: time to content, DOM nodes and JS heap.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** CHROME_PATH, else a system Chromium; null when neither is there (the browser rows are then left out). */
export function chromiumPath() {
  for (const p of [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) if (p && existsSync(p)) return p;
  return null;
}

/**
 * The key figures and the first team card are on the page and visible. Checked in the page on every animation frame:
 * Playwright's own `waitFor` polls with a growing back-off (0, 20, 50, 100, 100, then every 500 ms), which rounded a
 * load that took 300 ms up to about 800.
 */
function contentShown() {
  const visible = (el) => el !== null && el.getBoundingClientRect().height > 0 && getComputedStyle(el).visibility !== 'hidden';
  return visible(document.querySelector('section[aria-label="Key figures"]')) && visible(document.querySelector('li.small-multiple'));
}

/**
 * Signs in through the form once, then loads the dashboard `repeats` times (after one warm-up): the median time from
 * navigation until the key figures and the first team card are on screen (contentShown), and after the last load the DOM node count
 * and the JS heap in use (after a garbage collection).
 */
export async function dashboardInBrowser({ url, email, password, repeats, median }) {
  const executablePath = chromiumPath();
  if (!executablePath) return null;
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({ executablePath, args: LAUNCH_ARGS, headless: true });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, baseURL: url });
    const page = await context.newPage();
    page.setDefaultTimeout(180_000);
    await page.goto('/sign-in');
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
    const load = async () => {
      const t = performance.now();
      await page.goto('/', { waitUntil: 'commit' });
      await page.waitForFunction(contentShown, null, { polling: 'raf' });
      const ms = performance.now() - t;
      // The same content found by role, as a person finds it, so the check above cannot drift from what it stands for.
      await page.getByRole('region', { name: 'Key figures' }).waitFor();
      return ms;
    };
    await load();
    const times = [];
    for (let i = 0; i < repeats; i++) times.push(await load());
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
    const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
    const cards = await page.locator('li.small-multiple').count();
    return { contentMs: median(times), nodes, heapBytes: heap, cards };
  } finally {
    await browser.close();
  }
}

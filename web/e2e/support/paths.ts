import { resolve } from 'node:path';

export const WEB_ROOT = resolve(__dirname, '..', '..');
export const REPO_ROOT = resolve(WEB_ROOT, '..');
export const SCREENSHOT_DIR = resolve(REPO_ROOT, 'artifacts', 'screenshots');

/** Override with TANDEM_E2E_PORT / TANDEM_E2E_PG_PORT to run two journeys at once on one machine. */
export const E2E_PORT = Number(process.env.TANDEM_E2E_PORT ?? 3210);
export const E2E_PG_PORT = Number(process.env.TANDEM_E2E_PG_PORT ?? 54350);
export const BASE_URL = `http://localhost:${E2E_PORT}`;

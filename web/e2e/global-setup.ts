import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { BASE_URL, E2E_PG_PORT, E2E_PORT, REPO_ROOT, WEB_ROOT } from './support/paths';

export interface E2eServer {
  child: ChildProcess;
  dataDir: string;
}

declare global {
  var __TANDEM_E2E__: E2eServer | undefined;
}

async function waitForHealth(child: ChildProcess, log: () => string, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The API exited (code ${child.exitCode}) before it was healthy:\n${log()}`);
    try {
      const res = await fetch(`${BASE_URL}/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The API was not healthy within ${timeoutMs / 1000}s:\n${log()}`);
}

/** Starts the built API (embedded Postgres, demo organisation) serving the built web app, on its own port and data. */
export default async function globalSetup(): Promise<void> {
  const apiMain = resolve(REPO_ROOT, 'api', 'dist', 'main.js');
  if (!existsSync(apiMain)) throw new Error('api/dist is missing: build the API first (npm run build, or tsc -p tsconfig.build.json in shared, database and api).');
  if (!existsSync(resolve(WEB_ROOT, 'dist', 'index.html'))) {
    const built = spawnSync(process.execPath, [resolve(dirname(require.resolve('vite/package.json')), 'bin', 'vite.js'), 'build'], { cwd: WEB_ROOT, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('Building the web app failed');
  }
  const dataDir = resolve(REPO_ROOT, '.test-data', `e2e-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(resolve(REPO_ROOT, 'artifacts'), { recursive: true });

  const logFile = resolve(REPO_ROOT, 'artifacts', 'e2e-api.log');
  const logStream = createWriteStream(logFile);
  let output = '';
  const child = spawn(process.execPath, [apiMain], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      TANDEM_DATA_DIR: dataDir,
      PORT: String(E2E_PORT),
      TANDEM_PG_PORT: String(E2E_PG_PORT),
      TANDEM_DEMO: '1',
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      // Outside production the API writes its schema on start; keep that away from the committed api/schema.gql
      // (a stale api/dist would otherwise overwrite the contract).
      TANDEM_SCHEMA_FILE: resolve(dataDir, 'schema.gql'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const capture = (chunk: Buffer) => {
    logStream.write(chunk);
    output = (output + chunk.toString()).slice(-8000);
  };
  child.stdout?.on('data', capture);
  child.stderr?.on('data', capture);
  globalThis.__TANDEM_E2E__ = { child, dataDir };
  process.env.TANDEM_E2E_URL = BASE_URL;

  try {
    await waitForHealth(child, () => output, 120_000);
  } catch (e) {
    child.kill('SIGKILL');
    throw e;
  }
}

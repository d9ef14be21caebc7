import { rmSync } from 'node:fs';

/** Stops the API with SIGTERM (it stops its embedded Postgres on the way out) and removes the run's data. */
export default async function globalTeardown(): Promise<void> {
  const server = globalThis.__TANDEM_E2E__;
  if (!server) return;
  const { child, dataDir } = server;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 30_000).unref());
    if ((await Promise.race([exited, timer])) === 'timeout') {
      child.kill('SIGKILL');
      await exited;
    }
  }
  rmSync(dataDir, { recursive: true, force: true });
  globalThis.__TANDEM_E2E__ = undefined;
}

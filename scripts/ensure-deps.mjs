// Installs dependencies when node_modules is missing or older than the lockfile / any package.json.
// Used by `npm start`, `npm test` and `npm run bench` so a fresh clone needs no other step.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const manifests = ['package.json', 'package-lock.json', 'shared/package.json', 'database/package.json', 'api/package.json', 'web/package.json'];
const digest = createHash('sha256');
for (const file of manifests) {
  const path = join(root, file);
  if (existsSync(path)) digest.update(file).update(readFileSync(path));
}
const want = digest.digest('hex');
const stamp = join(root, 'node_modules', '.tandem-deps');
const have = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : '';
if (have === want && existsSync(join(root, 'node_modules', '.bin', 'turbo'))) process.exit(0);

// `npm ci` is stricter but fails on this registry's missing optional platform binaries (e.g. @swc/core for darwin);
// `npm install` honours the lockfile and tolerates them.
const useCi = false;
console.info(`[tandem] ${have ? 'dependencies changed' : 'installing dependencies'} — running npm ${useCi ? 'ci' : 'install'} …`);
const result = spawnSync('npm', [useCi ? 'ci' : 'install', '--no-audit', '--no-fund', '--loglevel=error'], {
  cwd: root, stdio: 'inherit', env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
});
if (result.status !== 0) {
  console.error('[tandem] dependency installation failed');
  process.exit(result.status ?? 1);
}
writeFileSync(stamp, want + '\n');

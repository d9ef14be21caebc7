// `npm start`: builds what changed (turbo cache) and runs the server in this process, so Ctrl-C reaches it directly
// and it stops its embedded Postgres cleanly. It serves users, so it runs as production (NODE_ENV=production unless
// set otherwise): libraries take their fast paths, introspection and suggestions are off. On a plain-http localhost
// address the HTTPS-only protections stay off (see `secureTransport` in api/src/config/config.ts). package.json runs
// this script with the production node/V8 flags (scripts/node-flags.mjs), so the server in this process has them.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const build = spawnSync(join(root, 'node_modules', '.bin', 'turbo'), ['run', 'build', '--output-logs=errors-only'], {
  cwd: root, stdio: 'inherit', env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
});
if (build.status !== 0) process.exit(build.status ?? 1);
process.chdir(root);
process.env.NODE_ENV ??= 'production';
createRequire(import.meta.url)(join(root, 'api', 'dist', 'main.js'));

// `npm run bench [-- --quick | --teams N --years Y]`: build (turbo cache), then run the benchmarks with those flags.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1' };
const build = spawnSync(join(root, 'node_modules', '.bin', 'turbo'), ['run', 'build', '--output-logs=errors-only'], { cwd: root, stdio: 'inherit', env });
if (build.status !== 0) process.exit(build.status ?? 1);
const bench = spawnSync(process.execPath, [join(root, 'scripts', 'bench.mjs'), ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env });
process.exit(bench.status ?? 1);

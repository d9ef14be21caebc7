// `npm run dev`: hot reload. TypeScript watchers for shared, database and api; the API restarts on change
// (node --watch); Vite serves the web app with HMR on http://localhost:5173 and proxies /graphql to the API.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1' };

const first = spawnSync(bin('turbo'), ['run', 'build', '--filter=@tandem/api...', '--output-logs=errors-only'], { cwd: root, stdio: 'inherit', env });
if (first.status !== 0) process.exit(first.status ?? 1);

const children = [
  spawn(bin('tsc'), ['-p', 'shared/tsconfig.build.json', '--watch', '--preserveWatchOutput'], { cwd: root, stdio: 'inherit', env }),
  spawn(bin('tsc'), ['-p', 'database/tsconfig.build.json', '--watch', '--preserveWatchOutput'], { cwd: root, stdio: 'inherit', env }),
  spawn(bin('tsc'), ['-p', 'api/tsconfig.build.json', '--watch', '--preserveWatchOutput'], { cwd: root, stdio: 'inherit', env }),
  spawn(process.execPath, ['--watch-path=api/dist', '--watch-path=database/dist', '--watch-path=shared/dist', 'api/dist/main.js'], { cwd: root, stdio: 'inherit', env }),
  spawn(bin('vite'), ['--host', '127.0.0.1', '--port', '5173'], { cwd: join(root, 'web'), stdio: 'inherit', env }),
];
console.info('\n  Dev servers: web with hot reload at http://localhost:5173 (API at http://localhost:3000)\n');
const stop = () => {
  for (const c of children) c.kill('SIGTERM');
  setTimeout(() => process.exit(0), 1500);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

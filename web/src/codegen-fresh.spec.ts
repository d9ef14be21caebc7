/**
 * @jest-environment node
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { codegenConfig } from '../codegen';

const webRoot = resolve(__dirname, '..');

/**
 * Runs `generate()` from @graphql-codegen/cli with the project's config, output redirected to a temp dir. It runs in a
 * child Node process because the CLI package loads ESM-only dependencies that Jest's CommonJS runtime cannot.
 */
function generateInto(outDir: string): void {
  const [target] = Object.values(codegenConfig.generates);
  const config = { ...codegenConfig, cwd: webRoot, silent: true, generates: { [`${outDir}/`]: target } };
  const configFile = join(outDir, '..', `${outDir.split(/[\\/]/).pop()}.json`);
  writeFileSync(configFile, JSON.stringify(config));
  try {
    execFileSync(
      process.execPath,
      ['-e', `require('@graphql-codegen/cli').generate(JSON.parse(require('fs').readFileSync(${JSON.stringify(configFile)}, 'utf8')), true)
        .then(() => process.exit(0), (e) => { console.error(e); process.exit(1); })`],
      { cwd: webRoot, stdio: ['ignore', 'ignore', 'pipe'] },
    );
  } finally {
    rmSync(configFile, { force: true });
  }
}

/** src/gql/ must be exactly what codegen makes from today's schema and operations (run `npm run codegen -w web`). */
describe('generated GraphQL types', () => {
  it('match the schema and the operations in src/', () => {
    const out = mkdtempSync(join(tmpdir(), 'tandem-codegen-'));
    try {
      generateInto(out);
      const committed = readdirSync(join(webRoot, 'src/gql')).filter((f) => f.endsWith('.ts')).sort();
      const fresh = readdirSync(out).sort();
      expect(fresh).toEqual(committed);
      const stale = fresh.filter((file) => readFileSync(join(out, file), 'utf8') !== readFileSync(join(webRoot, 'src/gql', file), 'utf8'));
      if (stale.length) throw new Error(`src/gql is stale (${stale.join(', ')}): run \`npm run codegen -w web\` and commit the result`);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

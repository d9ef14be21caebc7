import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { codegenConfig } from '../codegen';

const apiRoot = resolve(__dirname, '..');

/**
 * Runs `generate()` from @graphql-codegen/cli with the tests' config, output redirected to a temp dir. It runs in a
 * child Node process because the CLI loads ESM-only dependencies that Jest's CommonJS runtime cannot.
 */
function generateInto(outDir: string): void {
  const [target] = Object.values(codegenConfig.generates);
  const config = { ...codegenConfig, cwd: apiRoot, silent: true, generates: { [`${outDir}/`]: target } };
  const configFile = `${outDir}.json`;
  writeFileSync(configFile, JSON.stringify(config));
  try {
    execFileSync(
      process.execPath,
      ['-e', `require('@graphql-codegen/cli').generate(JSON.parse(require('fs').readFileSync(${JSON.stringify(configFile)}, 'utf8')), true)
        .then(() => process.exit(0), (e) => { console.error(e); process.exit(1); })`],
      { cwd: apiRoot, stdio: ['ignore', 'ignore', 'pipe'] },
    );
  } finally {
    rmSync(configFile, { force: true });
  }
}

/** test/gql/ must be exactly what codegen makes from today's schema and the tests' operations (`npm run codegen -w api`). */
describe('generated GraphQL types of the API tests', () => {
  it('match the committed schema and the operations in test/', () => {
    const out = mkdtempSync(join(tmpdir(), 'tandem-api-codegen-'));
    try {
      generateInto(out);
      const committed = readdirSync(join(apiRoot, 'test/gql')).filter((f) => f.endsWith('.ts')).sort();
      const fresh = readdirSync(out).sort();
      expect(fresh).toEqual(committed);
      const stale = fresh.filter((file) => readFileSync(join(out, file), 'utf8') !== readFileSync(join(apiRoot, 'test/gql', file), 'utf8'));
      if (stale.length) throw new Error(`test/gql is stale (${stale.join(', ')}): run \`npm run codegen -w api\` and commit the result`);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});

// The generated GraphQL types (web/src/gql, api/test/gql) as a test checks them: codegen runs again with the package's
// config, its output redirected to a temp dir, and the files that differ from the committed ones are returned. It runs
// in a child Node process because @graphql-codegen/cli loads ESM-only dependencies that Jest's CommonJS runtime cannot.
const { execFileSync } = require('node:child_process');
const { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

/** Committed files under `packageRoot/generatedDir` that codegen would write differently (or add, or drop). */
function staleGeneratedFiles(packageRoot, generatedDir, codegenConfig) {
  const out = mkdtempSync(join(tmpdir(), 'tandem-codegen-'));
  const configFile = `${out}.json`;
  try {
    const [target] = Object.values(codegenConfig.generates);
    writeFileSync(configFile, JSON.stringify({ ...codegenConfig, cwd: packageRoot, silent: true, generates: { [`${out}/`]: target } }));
    execFileSync(
      process.execPath,
      ['-e', `require('@graphql-codegen/cli').generate(JSON.parse(require('fs').readFileSync(${JSON.stringify(configFile)}, 'utf8')), true)
        .then(() => process.exit(0), (e) => { console.error(e); process.exit(1); })`],
      { cwd: packageRoot, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    const committed = readdirSync(join(packageRoot, generatedDir)).filter((f) => f.endsWith('.ts'));
    const fresh = readdirSync(out);
    const all = [...new Set([...committed, ...fresh])].sort();
    return all.filter((file) => !committed.includes(file) || !fresh.includes(file)
      || readFileSync(join(out, file), 'utf8') !== readFileSync(join(packageRoot, generatedDir, file), 'utf8'));
  } finally {
    rmSync(out, { recursive: true, force: true });
    rmSync(configFile, { force: true });
  }
}

module.exports = { staleGeneratedFiles };

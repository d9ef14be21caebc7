// The generated GraphQL types (web/src/gql, api/test/gql: one folder per `generates` target, by feature) as a test checks
// them. Staleness: codegen runs again with the package's config, every target redirected to the same place under a temp
// dir, and the files that differ from the committed ones are returned, in every folder. It runs in a child Node process
// because @graphql-codegen/cli loads ESM-only dependencies that Jest's CommonJS runtime cannot. Duplicates: a document
// may be generated in one folder only, which the committed `gql.ts` files tell.
const { execFileSync } = require('node:child_process');
const { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { isAbsolute, join, relative, resolve } = require('node:path');

/** Files under `dir`, recursively, as sorted '/'-separated paths relative to it. Dot-files (tool caches) are not codegen's. */
function filesUnder(dir, prefix = '') {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    if (e.code === 'ENOENT') return [];
    throw e;
  }
  return entries.filter((e) => !e.name.startsWith('.')).flatMap((e) => (e.isDirectory()
    ? filesUnder(join(dir, e.name), `${prefix}${e.name}/`)
    : [`${prefix}${e.name}`])).sort();
}

/**
 * Committed files under `packageRoot/generatedDir` that codegen would write differently, add or drop, in any of the
 * config's `generates` targets (each must lie under `generatedDir`), as paths relative to `generatedDir`.
 */
function staleGeneratedFiles(packageRoot, generatedDir, codegenConfig) {
  const root = resolve(packageRoot, generatedDir);
  const out = mkdtempSync(join(tmpdir(), 'tandem-codegen-'));
  const configFile = `${out}.json`;
  try {
    const generates = {};
    for (const [target, output] of Object.entries(codegenConfig.generates)) {
      const inside = relative(root, resolve(packageRoot, target));
      if (inside.startsWith('..') || isAbsolute(inside)) throw new Error(`codegen target ${target} is outside ${generatedDir}, which this check compares`);
      generates[`${join(out, inside)}/`] = output;
    }
    writeFileSync(configFile, JSON.stringify({ ...codegenConfig, cwd: packageRoot, silent: true, generates }));
    execFileSync(
      process.execPath,
      ['-e', `require('@graphql-codegen/cli').generate(JSON.parse(require('fs').readFileSync(${JSON.stringify(configFile)}, 'utf8')), true)
        .then(() => process.exit(0), (e) => { console.error(e); process.exit(1); })`],
      { cwd: packageRoot, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    const committed = filesUnder(root);
    const fresh = filesUnder(out);
    const all = [...new Set([...committed, ...fresh])].sort();
    return all.filter((file) => !committed.includes(file) || !fresh.includes(file)
      || readFileSync(join(out, file), 'utf8') !== readFileSync(join(root, file), 'utf8'));
  } finally {
    rmSync(out, { recursive: true, force: true });
    rmSync(configFile, { force: true });
  }
}

/**
 * Documents that the committed `gql.ts` files under `packageRoot/generatedDir` generate in more than one folder (a file
 * matched by two targets' globs, or the same operation text in two features), each as "<folders>: <document>".
 */
function documentsInSeveralFolders(packageRoot, generatedDir) {
  const root = resolve(packageRoot, generatedDir);
  const foldersOf = new Map();
  for (const file of filesUnder(root).filter((f) => f === 'gql.ts' || f.endsWith('/gql.ts'))) {
    const text = readFileSync(join(root, file), 'utf8');
    const start = text.indexOf('\nconst documents');
    const map = text.slice(start, text.indexOf('\n};', start));
    for (const [, key] of map.matchAll(/^\s+("(?:[^"\\]|\\.)*"): types\.\w+,$/gm)) {
      const document = JSON.parse(key);
      foldersOf.set(document, [...(foldersOf.get(document) ?? []), file.slice(0, -'/gql.ts'.length) || '.']);
    }
  }
  return [...foldersOf].filter(([, folders]) => folders.length > 1)
    .map(([document, folders]) => `${folders.join(', ')}: ${document.replace(/\s+/g, ' ').trim().slice(0, 80)}`);
}

module.exports = { staleGeneratedFiles, documentsInSeveralFolders };

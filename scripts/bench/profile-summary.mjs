// Summarises a V8 .cpuprofile (node --cpu-prof): self time by package (or our own source file) and the top functions.
//   node scripts/bench/profile-summary.mjs file.cpuprofile [topN]
import { readFileSync } from 'node:fs';

const [file, top = '25'] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
// Each sample is one tick of the node it landed in; timeDeltas give the tick's length.
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const total = [...self.values()].reduce((a, b) => a + b, 0);

const packageOf = (url) => {
  if (!url) return '(native / vm)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 13).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (url.startsWith('node:')) return 'node:' + url.slice(5).split('/')[0];
  const m = url.match(/\/(api|database|shared)\/dist\/(.*)$/) ?? url.match(/\/(dist-before)\/(.*)$/);
  return m ? `${m[1]}/${m[2]}` : url;
};
const add = (map, key, us) => map.set(key, (map.get(key) ?? 0) + us);
const packages = new Map();
const functions = new Map();
for (const [id, us] of self) {
  const { callFrame: f } = byId.get(id);
  const pkg = packageOf(f.url);
  add(packages, pkg, us);
  add(functions, `${f.functionName || '(anonymous)'}  ${pkg}:${f.lineNumber + 1}`, us);
}
const show = (title, map) => {
  console.info(`\n${title}`);
  for (const [k, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) console.info(`${((100 * us) / total).toFixed(1).padStart(5)} %  ${(us / 1000).toFixed(0).padStart(6)} ms  ${k}`);
};
console.info(`${file}: ${(total / 1000).toFixed(0)} ms sampled`);
show('self time by package', packages);
show('self time by function', functions);

// Inclusive time (a frame and everything it called), counted once per sample, for frames in our code or a package.
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const inclusive = new Map();
profile.samples.forEach((id, i) => {
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const { callFrame: f } = byId.get(at);
    if (!f.url) continue;
    const key = `${f.functionName || '(anonymous)'}  ${packageOf(f.url)}:${f.lineNumber + 1}`;
    if (!seen.has(key)) {
      seen.add(key);
      add(inclusive, key, profile.timeDeltas[i] ?? 0);
    }
  }
});
show('inclusive time by function', inclusive);

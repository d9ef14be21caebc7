// Summarises a V8 .cpuprofile (node --cpu-prof): self time by package (or our own source file) and the top functions;
// or a .heapprofile (fixed-cost.mjs --heap-profile): the bytes allocated, per request when it says how many it saw.
//   node scripts/bench/profile-summary.mjs file.cpuprofile|file.heapprofile [topN]
import { readFileSync } from 'node:fs';

const [file, top = '25'] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file, 'utf8'));
// A .heapprofile (fixed-cost.mjs --heap-profile) is a tree of call frames with the bytes each allocated; a .cpuprofile
// a list of nodes with the ticks sampled in each.
const heap = 'head' in profile;
const byId = new Map();
const self = new Map();
if (heap) {
  const walk = (node) => {
    byId.set(node.id, node);
    self.set(node.id, node.selfSize);
    node.children.forEach(walk);
  };
  walk(profile.head);
} else {
  for (const n of profile.nodes) byId.set(n.id, n);
  // Each sample is one tick of the node it landed in; timeDeltas give the tick's length.
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
/** Bytes per request when the profile says how many requests it saw. */
const perRequest = heap && profile.requests ? profile.requests : 1;
const amount = heap ? (b) => `${(b / perRequest / 1024).toFixed(2).padStart(8)} KB` : (us) => `${(us / 1000).toFixed(0).padStart(6)} ms`;

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
  for (const [k, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) console.info(`${((100 * us) / total).toFixed(1).padStart(5)} %  ${amount(us)}  ${k}`);
};
console.info(heap
  ? `${file}: ${(total / perRequest / 1024).toFixed(1)} KB allocated${profile.requests ? ` per request (${profile.requests} requests)` : ''}`
  : `${file}: ${(total / 1000).toFixed(0)} ms sampled`);
show(heap ? 'allocated by package' : 'self time by package', packages);
show(heap ? 'allocated by function' : 'self time by function', functions);

// Inclusive (a frame and everything it called), counted once per sample, for frames in our code or a package.
const keyOf = (f) => `${f.functionName || '(anonymous)'}  ${packageOf(f.url)}:${f.lineNumber + 1}`;
const inclusive = new Map();
if (heap) {
  const walk = (node, above) => {
    const on = node.callFrame.url ? new Set(above).add(keyOf(node.callFrame)) : above;
    for (const key of on) add(inclusive, key, node.selfSize);
    for (const child of node.children) walk(child, on);
  };
  walk(profile.head, new Set());
} else {
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  profile.samples.forEach((id, i) => {
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const { callFrame: f } = byId.get(at);
      if (!f.url) continue;
      const key = keyOf(f);
      if (!seen.has(key)) {
        seen.add(key);
        add(inclusive, key, profile.timeDeltas[i] ?? 0);
      }
    }
  });
}
show(heap ? 'allocated, inclusive, by function' : 'inclusive time by function', inclusive);

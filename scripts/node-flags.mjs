// The node/V8 flags the API runs with in production, in one place: `npm start` (package.json) and the API image
// (docker/api.Dockerfile) repeat them literally, scripts/lint-docker.mjs fails when either disagrees, and the bench
// (scripts/bench/measures.mjs) runs the API with them.
//   --max-semi-space-size=4     a young generation of 2 × 4 MB instead of V8's 2 × 16 MB;
//   --heap-growing-percent=30   the next full collection when the old generation has grown 30 % beyond what the last
//                               one left live, instead of V8's dynamic 1.1–4×.
// Measured on 150 teams × 3 years with the dashboards and the submit load (README, "API memory"): RSS at rest about
// 240 → 170 MB, at the peak 250 → 190 MB; the submit flow's CPU the same within the noise, the warm overview's CPU up
// to 1.4× (monthly) and 1.5–2.5× (weekly), all of it from the growing limit. Without it the old generation's slack
// grows with what the caches hold, which at 500 teams puts the 250 MB goal out of reach.
export const API_NODE_FLAGS = ['--max-semi-space-size=4', '--heap-growing-percent=30'];

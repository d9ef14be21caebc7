// Small deterministic PRNG for the simulations: mulberry32 + Box–Muller.

export type Random = () => number;

// Module-level copies: global lookups are slow inside Jest's VM context, and these run millions of times.
const { imul, sqrt, log, sin, cos, PI } = Math;

/** mulberry32: a fast 32-bit seeded generator, uniform on [0, 1). */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal draws by Box–Muller (the second value of each pair is kept for the next call). */
export function normalSource(random: Random): () => number {
  let spare: number | null = null;
  return () => {
    if (spare !== null) {
      const s = spare;
      spare = null;
      return s;
    }
    let u = random();
    while (u <= 0) u = random();
    const v = random();
    const r = sqrt(-2 * log(u));
    spare = r * sin(2 * PI * v);
    return r * cos(2 * PI * v);
  };
}

export function uniform(random: Random, low: number, high: number): number {
  return low + (high - low) * random();
}

export function integer(random: Random, low: number, high: number): number {
  return low + Math.floor(random() * (high - low + 1));
}

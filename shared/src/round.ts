/** Rounds half away from zero, without the binary artefacts of `Math.round(x * 100) / 100` (1.005 → 1.01). */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const shifted = Number((Math.abs(value) * factor).toPrecision(12));
  return (Math.sign(value) * Math.round(shifted)) / factor;
}

import { incompleteBeta, logGamma, normalCdf, normalQuantile, studentTQuantileUpper, studentTUpper, tToNormal } from './stats';

describe('normal distribution', () => {
  it('Φ and Φ⁻¹ match tabled values and invert each other', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959963985)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-3)).toBeCloseTo(0.0013499, 6);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.00135)).toBeCloseTo(-3.0, 3);
    for (const p of [1e-6, 0.01, 0.3, 0.5, 0.8, 0.999]) expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 6);
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
  });
});

describe("Student's t", () => {
  it('log-gamma and the incomplete beta agree with closed forms', () => {
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 10);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 10);
    expect(incompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 10);
    expect(incompleteBeta(0.3, 2, 1)).toBeCloseTo(0.09, 10);
  });

  it('upper tails match tables (t 2.228 on 10 df → 2.5%; t 12.706 on 1 df → 2.5%)', () => {
    expect(studentTUpper(2.228, 10)).toBeCloseTo(0.025, 4);
    expect(studentTUpper(12.706, 1)).toBeCloseTo(0.025, 4);
    expect(studentTUpper(0, 7)).toBeCloseTo(0.5, 10);
    expect(studentTUpper(-2.228, 10)).toBeCloseTo(0.975, 4);
    expect(studentTQuantileUpper(0.025, 10)).toBeCloseTo(2.228, 3);
  });

  it('turns a t value into the normal score with the same tail (shrinking it when few points stand behind it)', () => {
    expect(tToNormal(2.228, 10)).toBeCloseTo(1.96, 2);
    expect(tToNormal(-2.228, 10)).toBeCloseTo(-1.96, 2);
    expect(tToNormal(3, 1000)).toBe(3);
    expect(Math.abs(tToNormal(3, 5))).toBeLessThan(3);
    // Far tails keep their precision (computed from the small tail, not 1 − p).
    expect(tToNormal(40, 30)).toBeGreaterThan(8);
    expect(Number.isFinite(tToNormal(40, 30))).toBe(true);
  });
});

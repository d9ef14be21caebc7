import { literalOf, withLiterals } from './batched-sql';

describe('literalOf / withLiterals', () => {
  it('writes each bound value as the literal Postgres reads like the parameter', () => {
    expect(literalOf(null)).toBe('NULL');
    expect(literalOf(undefined)).toBe('NULL');
    expect(literalOf(42)).toBe('42');
    expect(literalOf(-1.5)).toBe('-1.5');
    expect(literalOf(true)).toBe('true');
    expect(literalOf("O'Brien")).toBe("'O''Brien'");
    expect(literalOf('back\\slash')).toBe(" E'back\\\\slash'");
    expect(literalOf(new Date('2026-12-02T10:00:00.000Z'))).toBe("'2026-12-02T10:00:00.000Z'");
    // An array literal, its elements quoted; the backslash escaping a quote is itself escaped in the string literal.
    expect(literalOf(['a', 'b"c', null])).toBe(String.raw` E'{"a","b\\"c",NULL}'`);
    expect(literalOf(['x', 2])).toBe(`'{"x","2"}'`);
  });

  it('refuses what it cannot write safely', () => {
    expect(() => literalOf(Number.NaN)).toThrow();
    expect(() => literalOf({ a: 1 })).toThrow();
    expect(() => literalOf([{ a: 1 }])).toThrow();
  });

  it('replaces $n by the nth value, $10 not read as $1 followed by 0', () => {
    const values = Array.from({ length: 10 }, (_, i) => `v${i + 1}`);
    expect(withLiterals('SELECT $1, $10, $2', values)).toBe("SELECT 'v1', 'v10', 'v2'");
  });
});

import { ByteBoundedCache } from './byte-bounded-cache';

/** A cache of three one-byte values: the fourth pushes out the least recently used. */
const cacheOfThree = () => new ByteBoundedCache<string>(3, () => 1);
const keys = (cache: ByteBoundedCache<string>, all: string[]) => all.filter((k) => cache.has(k));

describe('ByteBoundedCache', () => {
  it('evicts the least recently used, counting every read — repeated reads of the newest key included', () => {
    const cache = cacheOfThree();
    for (const k of ['a', 'b', 'c']) cache.set(k, k.toUpperCase());
    expect(cache.get('a')).toBe('A');
    expect(cache.get('a')).toBe('A');
    cache.set('d', 'D');
    expect(keys(cache, ['a', 'b', 'c', 'd'])).toEqual(['a', 'c', 'd']);
    // c, then a again: b is gone, so d is now the oldest.
    expect(cache.get('c')).toBe('C');
    expect(cache.get('a')).toBe('A');
    cache.set('e', 'E');
    expect(keys(cache, ['a', 'c', 'd', 'e'])).toEqual(['a', 'c', 'e']);
  });

  it('reorders a key read after the newest was deleted, cleared or dropped', () => {
    for (const forget of [
      (c: ByteBoundedCache<string>) => c.delete('c'),
      (c: ByteBoundedCache<string>) => c.deleteWhere((v) => v === 'C'),
    ]) {
      const cache = cacheOfThree();
      for (const k of ['a', 'b', 'c']) cache.set(k, k.toUpperCase());
      forget(cache);
      cache.set('c', 'C');
      cache.get('a');
      cache.set('d', 'D');
      expect(keys(cache, ['a', 'b', 'c', 'd'])).toEqual(['a', 'c', 'd']);
    }
    const cache = cacheOfThree();
    cache.set('a', 'A');
    cache.clear();
    expect({ size: cache.size, bytes: cache.bytes, a: cache.get('a') }).toEqual({ size: 0, bytes: 0, a: undefined });
  });

  it('stays within its byte budget and keeps nothing larger than all of it', () => {
    const cache = new ByteBoundedCache<string>(10, (v) => v.length);
    for (let i = 0; i < 20; i++) {
      cache.set(`k${i}`, 'x'.repeat(1 + (i % 4)));
      expect(cache.bytes).toBeLessThanOrEqual(10);
    }
    cache.set('huge', 'x'.repeat(11));
    expect(cache.has('huge')).toBe(false);
  });
});

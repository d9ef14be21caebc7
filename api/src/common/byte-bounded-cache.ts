// A process-wide cache held to a byte budget: each value's size is estimated once, when it is stored, and the least
// recently used values go first. A value larger than the whole budget is not kept.

export class ByteBoundedCache<V> {
  private readonly entries = new Map<string, { value: V; bytes: number }>();
  /** The most recently used key: reading it again needs no reordering (a hot document, read by every request). */
  private newest: string | undefined;
  /** The estimated bytes held (what `maxBytes` bounds). */
  bytes = 0;

  constructor(readonly maxBytes: number, private readonly sizeOf: (value: V, key: string) => number) {}

  get size(): number {
    return this.entries.size;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (entry && key !== this.newest) {
      this.entries.delete(key);
      this.entries.set(key, entry);
      this.newest = key;
    }
    return entry?.value;
  }

  set(key: string, value: V): void {
    this.delete(key);
    const bytes = this.sizeOf(value, key);
    if (bytes > this.maxBytes) return;
    this.entries.set(key, { value, bytes });
    this.newest = key;
    this.bytes += bytes;
    for (const [k, e] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= e.bytes;
    }
  }

  delete(key: string): boolean {
    const entry = this.entries.get(key);
    if (!entry) return false;
    this.entries.delete(key);
    if (key === this.newest) this.newest = undefined;
    this.bytes -= entry.bytes;
    return true;
  }

  /** Drops every value `drop` picks; returns how many. */
  deleteWhere(drop: (value: V, key: string) => boolean): number {
    let n = 0;
    for (const [k, e] of this.entries) {
      if (!drop(e.value, k)) continue;
      this.entries.delete(k);
      if (k === this.newest) this.newest = undefined;
      this.bytes -= e.bytes;
      n += 1;
    }
    return n;
  }

  clear(): void {
    this.entries.clear();
    this.newest = undefined;
    this.bytes = 0;
  }
}

import type { Cell } from './series-builder';

/** One string per period start for the whole process (the packed cells' keys); starts over past its bound. */
const starts = new Map<string, string>();
const MAX_STARTS = 20_000;

function internStart(start: string): string {
  const kept = starts.get(start);
  if (kept !== undefined) return kept;
  if (starts.size >= MAX_STARTS) starts.clear();
  starts.set(start, start);
  return start;
}

/**
 * A series' rollup cells (period start → cell) in three numbers a cell, for histories kept across requests. A `Map` of
 * cell objects costs about 140 bytes a cell (the entry, the object, two boxed doubles and its own copy of the period's
 * ten characters); packed, 32 (the shared start and three doubles). Reads as a `ReadonlyMap` in period order; `get`
 * builds the cell it returns.
 */
export class PackedCells implements ReadonlyMap<string, Cell> {
  private readonly keys_: string[];
  /** count, sum, sumSq of each cell, in the order of `keys_`. */
  private readonly numbers: Float64Array;

  constructor(cells: ReadonlyMap<string, Cell>) {
    this.keys_ = [...cells.keys()].sort().map(internStart);
    this.numbers = new Float64Array(this.keys_.length * 3);
    this.keys_.forEach((start, i) => {
      const c = cells.get(start)!;
      this.numbers[i * 3] = c.count;
      this.numbers[i * 3 + 1] = c.sum;
      this.numbers[i * 3 + 2] = c.sumSq;
    });
  }

  get size(): number {
    return this.keys_.length;
  }

  private indexOf(start: string): number {
    let lo = 0;
    let hi = this.keys_.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const key = this.keys_[mid]!;
      if (key === start) return mid;
      if (key < start) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  private cellAt(i: number): Cell {
    return { count: this.numbers[i * 3]!, sum: this.numbers[i * 3 + 1]!, sumSq: this.numbers[i * 3 + 2]! };
  }

  get(start: string): Cell | undefined {
    const i = this.indexOf(start);
    return i < 0 ? undefined : this.cellAt(i);
  }

  has(start: string): boolean {
    return this.indexOf(start) >= 0;
  }

  forEach(fn: (cell: Cell, start: string, map: ReadonlyMap<string, Cell>) => void, thisArg?: unknown): void {
    for (let i = 0; i < this.keys_.length; i++) fn.call(thisArg, this.cellAt(i), this.keys_[i]!, this);
  }

  *entries(): MapIterator<[string, Cell]> {
    for (let i = 0; i < this.keys_.length; i++) yield [this.keys_[i]!, this.cellAt(i)];
  }

  *keys(): MapIterator<string> {
    yield* this.keys_;
  }

  *values(): MapIterator<Cell> {
    for (let i = 0; i < this.keys_.length; i++) yield this.cellAt(i);
  }

  [Symbol.iterator](): MapIterator<[string, Cell]> {
    return this.entries();
  }
}

/** Every series of a team (metric → period start → cell), packed. */
export function packSeries(series: ReadonlyMap<string, ReadonlyMap<string, Cell>>): Map<string, PackedCells> {
  return new Map([...series].map(([metric, cells]) => [metric, new PackedCells(cells)]));
}

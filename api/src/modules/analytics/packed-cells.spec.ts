import { PackedCells, packSeries } from './packed-cells';
import type { Cell } from './series-builder';

/** Cells as the rollup reader makes them, in the order it may return them (not period order). */
function cellsOf(entries: Array<[string, Cell]>): Map<string, Cell> {
  return new Map(entries);
}

describe('PackedCells', () => {
  const source = cellsOf([
    ['2026-03-01', { count: 4, sum: 301.5, sumSq: 22_810.25 }],
    ['2026-01-01', { count: 1, sum: 72.25, sumSq: 5220.0625 }],
    ['2026-02-01', { count: 0, sum: 0, sumSq: 0 }],
    ['2025-12-01', { count: 12, sum: 1000.125, sumSq: 84_001.5 }],
  ]);

  it('answers every cell the map held, exactly, and nothing else', () => {
    const packed = new PackedCells(source);
    expect(packed.size).toBe(4);
    for (const [start, cell] of source) {
      expect(packed.has(start)).toBe(true);
      expect(packed.get(start)).toEqual(cell);
    }
    for (const missing of ['2025-11-01', '2026-04-01', '2026-01-15', '']) {
      expect(packed.has(missing)).toBe(false);
      expect(packed.get(missing)).toBeUndefined();
    }
  });

  it('iterates in period order, the same cells through entries, keys, values and forEach', () => {
    const packed = new PackedCells(source);
    const inOrder = [...source].sort(([a], [b]) => a.localeCompare(b));
    expect([...packed]).toEqual(inOrder);
    expect([...packed.entries()]).toEqual(inOrder);
    expect([...packed.keys()]).toEqual(inOrder.map(([k]) => k));
    expect([...packed.values()]).toEqual(inOrder.map(([, v]) => v));
    const seen: Array<[string, Cell]> = [];
    packed.forEach((cell, start, map) => {
      expect(map).toBe(packed);
      seen.push([start, cell]);
    });
    expect(seen).toEqual(inOrder);
  });

  it('is not changed by later changes to the map it was made from, nor by changes to a cell it handed out', () => {
    const map = cellsOf([['2026-01-01', { count: 2, sum: 150, sumSq: 11_300 }]]);
    const packed = new PackedCells(map);
    map.set('2026-02-01', { count: 1, sum: 80, sumSq: 6400 });
    map.get('2026-01-01')!.count = 99;
    packed.get('2026-01-01')!.sum = -1;
    expect([...packed]).toEqual([['2026-01-01', { count: 2, sum: 150, sumSq: 11_300 }]]);
  });

  it('holds an empty series, and packSeries packs every metric of a team', () => {
    expect([...new PackedCells(new Map())]).toEqual([]);
    const series = packSeries(new Map([['MFI', source], ['HDI', cellsOf([['2026-01-01', { count: 3, sum: 30, sumSq: 310 }]])]]));
    expect([...series.keys()]).toEqual(['MFI', 'HDI']);
    expect(series.get('MFI')!.get('2025-12-01')).toEqual(source.get('2025-12-01'));
    expect(series.get('HDI')!.size).toBe(1);
  });
});

import { rebuildRollups } from '@tandem/database';
import type { DataSource } from 'typeorm';

/** The organisation's rollup cells, keyed `team|period type|period start|rater type|metric`. */
export type RollupCells = Map<string, { count: number; sum: number; sumSq: number }>;

export async function rollupCells(owner: DataSource, organizationId: string): Promise<RollupCells> {
  const rows: Record<string, unknown>[] = await owner.query(
    `SELECT team_id, period_type, period_start::text, rater_type, metric, count, sum, sum_sq FROM metric_rollup WHERE organization_id = $1`,
    [organizationId],
  );
  return new Map(rows.map((r) => [
    `${r.team_id}|${r.period_type}|${r.period_start}|${r.rater_type}|${r.metric}`,
    { count: Number(r.count), sum: Number(r.sum), sumSq: Number(r.sum_sq) },
  ]));
}

/**
 * Rebuilds the organisation's rollups from scratch and expects the cells the writes kept incrementally: the same keys
 * and counts, sums equal but for float rounding. Returns the rebuilt cells.
 */
export async function expectSameAfterRebuild(owner: DataSource, organizationId: string, incremental: RollupCells): Promise<RollupCells> {
  await owner.transaction((em) => rebuildRollups(em, organizationId));
  const rebuilt = await rollupCells(owner, organizationId);
  expect([...rebuilt.keys()].sort()).toEqual([...incremental.keys()].sort());
  for (const [key, a] of incremental) {
    const b = rebuilt.get(key)!;
    expect({ key, count: b.count }).toEqual({ key, count: a.count });
    expect(Math.abs(a.sum - b.sum)).toBeLessThan(1e-6);
    expect(Math.abs(a.sumSq - b.sumSq)).toBeLessThan(1e-3);
  }
  return rebuilt;
}

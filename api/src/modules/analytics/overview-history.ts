import { DAY_MS, DIMENSION_CODES } from '@tandem/shared';
import type { RequestContext } from '../../common/request-context';
import type { AnalyticsService, ResolvedFilter } from './analytics.service';
import type { DriftBaselineService } from './drift-baseline.service';
import type { HistoryReader } from './drift-judgements';
import { packSeries } from './packed-cells';
import { periodLabelOf } from './periods';

const DIMENSION_METRICS = DIMENSION_CODES.map((d) => `DIM:${d}`);

/**
 * How the judged-series cache reads what the overview's series are judged on: the teams' parts of the organisation's
 * within-period spread, and each team's history (every cell of the series from its first period to the end of the
 * range, its baseline restarts as period labels) kept with the other cells the first screen needs: the organisational
 * drift index up to the end of the range (for the latest figures) and the dimensions of its last three periods.
 */
export function overviewHistoryReader(
  ctx: RequestContext, f: ResolvedFilter, metrics: string[], personServed: string[], analytics: AnalyticsService, baselines: DriftBaselineService,
): HistoryReader {
  return {
    spread: (ids) => baselines.withinByTeam(ctx, f.granularity, f.raterTypes, metrics, personServed, ids),
    histories: async (ids) => {
      const cells = await analytics.readCells(ctx, ids, f, metrics, f.raterTypes, '0001-01-01');
      const resets = await baselines.rows(ctx, ids, f.to);
      const odi = await analytics.readCells(ctx, ids, f, ['ODI'], f.raterTypes, '0001-01-01');
      // The last three periods end at the range's last: two months (at most 62 days) or two weeks before its start.
      const last = f.periods[f.periods.length - 1]!.start;
      const recent = new Date(Date.parse(`${last}T00:00:00Z`) - (f.granularity === 'WEEK' ? 14 : 62) * DAY_MS).toISOString().slice(0, 10);
      const dims = await analytics.readCells(ctx, ids, f, DIMENSION_METRICS, f.raterTypes, recent);
      const restarts = new Map<string, string[]>();
      for (const r of resets) restarts.set(r.teamId, [...(restarts.get(r.teamId) ?? []), periodLabelOf(r.startsOn, f.granularity)]);
      // Kept across requests by the judgement cache, so packed (packed-cells.ts).
      return new Map(ids.map((id) => [id, {
        series: packSeries(cells.get(id) ?? new Map()), restarts: restarts.get(id) ?? [],
        cells: packSeries(new Map([...(odi.get(id) ?? []), ...(dims.get(id) ?? [])])),
      }]));
    },
  };
}

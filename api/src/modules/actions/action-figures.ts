import { parseSignalId, todayOn } from '@tandem/shared';
import type { RequestContext } from '../../common/request-context';
import type { AnalyticsService } from '../analytics/analytics.service';
import { periodLabelOf, type Granularity } from '../analytics/periods';
import { buildPoints, type BuiltPoint } from '../analytics/series-builder';
import type { RaterTypeEnum } from '../instruments/instrument.model';
import { actionMetric } from './action-metric';
import type { ListedAction } from './actions.repository';

const DAY_MS = 86_400_000;
/** How far back an action's "before" may look for a shown period when its own is suppressed or empty. */
const BEFORE_LOOKBACK = 3;
/** Less than a point (of 100) apart reads as the same. */
const SAME_WITHIN = 1;

/** What an action's figures are read from (the list's row). */
export type FigureSource = Pick<ListedAction, 'id' | 'teamId' | 'metric' | 'driftSignalId' | 'signalPeriod' | 'createdOn'>;

export interface ActionFigures {
  before: { period: string; value: number } | null;
  after: { period: string; value: number } | null;
  change: 'better' | 'worse' | 'same' | null;
}

/**
 * The team's figure before and after each action, exactly as the dashboard's series show it (the same rollups, rater
 * types, suppression of small cells and 0–100 values): before at the signal's period (or the month the action was
 * agreed), after at the latest period since. The change is read with the figure's worse direction.
 */
export async function actionFigures(ctx: RequestContext, analytics: AnalyticsService, rows: FigureSource[]): Promise<Map<string, ActionFigures>> {
  const out = new Map<string, ActionFigures>();
  const groups = new Map<string, FigureSource[]>();
  for (const r of rows) {
    if (!r.teamId || !r.metric) continue;
    const weekly = /^\d{4}-W\d{2}$/.test(r.signalPeriod ?? '');
    const raters = (r.driftSignalId ? parseSignalId(r.driftSignalId)?.raterTypes : null) ?? ['SELF'];
    const key = `${weekly ? 'WEEK' : 'MONTH'}|${raters.join('+')}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const today = todayOn(ctx.clock);
  for (const [key, group] of groups) {
    const [granularity, raters] = key.split('|') as [Granularity, string];
    // Back far enough for the earliest anchor and its look-back, within what a dashboard range allows.
    const lookback = granularity === 'WEEK' ? 120 : 400;
    const earliest = group.map((r) => r.createdOn).sort()[0]!;
    const oldest = new Date(ctx.clock.nowMs() - (granularity === 'WEEK' ? 150 * 7 : 3000) * DAY_MS).toISOString().slice(0, 10);
    const wanted = new Date(Date.parse(`${earliest}T00:00:00Z`) - lookback * DAY_MS).toISOString().slice(0, 10);
    const from = wanted < oldest ? oldest : wanted;
    const f = await analytics.resolve(ctx, { from, to: today, granularity: granularity as never, raterTypes: raters.split('+') as RaterTypeEnum[] });
    const metrics = [...new Set(group.map((r) => r.metric!))];
    const cells = await analytics.readCells(ctx, [...new Set(group.map((r) => r.teamId!))], f, metrics);
    for (const r of group) {
      const points = buildPoints(f.periods, cells.get(r.teamId!)?.get(r.metric!) ?? new Map(), f.minN);
      out.set(r.id, figuresOf(points, r.signalPeriod ?? periodLabelOf(r.createdOn, granularity), actionMetric(r.metric!).worse));
    }
  }
  return out;
}

/** Before at the anchor period (or the nearest shown one up to three periods earlier); after at the latest shown period since. */
export function figuresOf(points: BuiltPoint[], anchor: string, worse: 'up' | 'down'): ActionFigures {
  const at = points.findIndex((p) => p.period === anchor);
  if (at < 0) return { before: null, after: null, change: null };
  let beforeAt = -1;
  for (let i = at; i >= Math.max(0, at - BEFORE_LOOKBACK); i -= 1) {
    if (points[i]!.value !== null) {
      beforeAt = i;
      break;
    }
  }
  let afterAt = -1;
  for (let i = points.length - 1; i > at; i -= 1) {
    if (points[i]!.value !== null) {
      afterAt = i;
      break;
    }
  }
  const before = beforeAt >= 0 ? { period: points[beforeAt]!.period, value: points[beforeAt]!.value! } : null;
  const after = afterAt >= 0 ? { period: points[afterAt]!.period, value: points[afterAt]!.value! } : null;
  if (!before || !after) return { before, after, change: null };
  const diff = after.value - before.value;
  const change = Math.abs(diff) < SAME_WITHIN ? 'same' : (diff > 0) === (worse === 'down') ? 'better' : 'worse';
  return { before, after, change };
}

import { isActionOverdue, todayOn } from '@tandem/shared';
import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../../common/request-context';
import { ActionScopeEnum } from '../actions/actions.inputs';
import { type TeamAction, teamActions } from '../actions/actions.repository';
import { ActionsService } from '../actions/actions.service';
import type { CreateDriftActionInput } from './analytics.inputs';
import { AnalyticsService, type ResolvedFilter } from './analytics.service';
import { periodLabelOf } from './periods';
import { figureOf, type BuiltSignal, type Cell } from './series-builder';

/**
 * The loop: a drift signal becomes an action item (owner, due date, dimension, linked signal) that lands on the
 * supervisee's next supervision agenda and shows as a marker on the team's chart, with the dimension before and after.
 */
@Injectable()
export class DriftActionsService {
  constructor(
    private readonly analytics: AnalyticsService,
    private readonly actions: ActionsService,
  ) {}

  /** The dashboard's older entry point: an action for one person, from a signal (duplicates refused like any other). */
  async create(ctx: RequestContext, input: CreateDriftActionInput): Promise<TeamAction> {
    const created = await this.actions.create(ctx, {
      scope: ActionScopeEnum.PERSON, teamId: input.teamId, superviseeId: input.superviseeId, ownerId: input.ownerId, dueOn: input.dueOn,
      description: input.description, metric: input.dimensionCode ? `DIM:${input.dimensionCode}` : undefined, signalId: input.signalId,
    });
    const [row] = await this.forTeam(ctx, created.team!.id, created.id);
    return row!;
  }

  forTeam(ctx: RequestContext, teamId: string, id: string | null = null): Promise<TeamAction[]> {
    return ctx.db.run((em) => teamActions(em, teamId, id));
  }

  /**
   * Chart markers: each action with its dimension's score in the three periods before it and in the periods since, and
   * the outcome the detector sees — an improvement (or a further drift) signal on that measure, in force, since the
   * action was agreed. `series` are the team's series for the same filter (their signals are judged on the whole history).
   */
  async markers(ctx: RequestContext, teamId: string, f: ResolvedFilter, series: { metric: string; signals: BuiltSignal[] }[]) {
    const actions = await this.forTeam(ctx, teamId);
    if (actions.length === 0) return [];
    const metrics = [...new Set(actions.map((a) => a.metric ?? 'MFI'))];
    const today = todayOn(ctx.clock);
    const cells = (await this.analytics.readCells(ctx, [teamId], f, metrics)).get(teamId) ?? new Map<string, Map<string, Cell>>();
    return actions.map((a) => {
      const metric = a.metric ?? 'MFI';
      const byPeriod = cells.get(metric) ?? new Map<string, Cell>();
      const created = a.createdAt.toISOString().slice(0, 10);
      const idx = f.periods.findIndex((p, i) => (f.periods[i + 1]?.start ?? '9999-12-31') > created && p.start <= created);
      const sum = (periods: typeof f.periods) => {
        let n = 0;
        let s = 0;
        for (const p of periods) {
          const c = byPeriod.get(p.start);
          if (c && c.count >= f.minN) {
            n += c.count;
            s += c.sum;
          }
        }
        return n ? figureOf(s / n) : null;
      };
      const at = idx < 0 ? f.periods.length : idx;
      const since = periodLabelOf(created, f.granularity);
      const outcome = series.find((s) => s.metric === metric)?.signals
        .filter((s) => s.rule === 'CUSUM' && s.inForce && s.period >= since)
        .sort((x, y) => y.period.localeCompare(x.period))[0];
      return {
        id: a.id, createdOn: created, dueDate: a.dueOn, description: a.description, dimensionCode: a.dimension, status: a.status,
        ownerName: a.ownerName, signalId: a.driftSignalId, scope: a.scope, metric, overdue: isActionOverdue(a.status, a.dueOn, today),
        before: sum(f.periods.slice(Math.max(0, at - 3), at)), after: sum(f.periods.slice(at + 1)),
        outcome: outcome?.direction ?? null, outcomeSignalId: outcome?.id ?? null,
      };
    });
  }
}

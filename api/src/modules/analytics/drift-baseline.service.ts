import { Injectable } from '@nestjs/common';
import { DriftBaselineResetEntity, type TeamEntity } from '@tandem/database';
import { todayOn } from '@tandem/shared';
import { audit } from '../../common/audit';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../../common/errors';
import type { RequestContext } from '../../common/request-context';
import { seesWholeOrganization } from '../../common/scope';
import { baselineReset, type BaselineReset, baselineResets, visibleTeamRow, withinPeriodSpreadByTeam } from './analytics.repository';
import { keptWithin } from './drift-judgements';
import type { SpreadPartials, Within } from './within-spread';
import type { RebaselineTeamInput } from './baseline.inputs';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * What drift is judged against beyond a series' own history: a manager's baseline restarts (stored, audited, shown as
 * annotations) and the organisation's pooled within-period spread of single ratings.
 */
@Injectable()
export class DriftBaselineService {
  /** A program manager restarts the baseline of their programs' teams; an admin (or an organisation-wide manager) of any team. */
  private async manageableTeam(ctx: RequestContext, teamId: string): Promise<TeamEntity> {
    const viewer = ctx.viewer!;
    const team = await ctx.db.run((em) => visibleTeamRow(em, viewer, teamId));
    if (!team) throw new NotFoundError('Team');
    const manages = seesWholeOrganization(viewer)
      || (viewer.roles.includes('PROGRAM_MANAGER') && (viewer.managedProgramIds ?? []).includes(team.programId));
    if (!manages) throw new ForbiddenError('Only the program’s manager or an admin can restart a team’s baseline');
    return team;
  }

  async rebaseline(ctx: RequestContext, input: RebaselineTeamInput): Promise<BaselineReset> {
    const team = await this.manageableTeam(ctx, input.teamId);
    // The column counts characters (code points); an emoji is two UTF-16 units for the length check of the input.
    if ([...input.reason].length < 3) throw new InvalidInputError('Say in a few words why the baseline restarts', { field: 'reason' });
    if (input.fromDate > todayOn(ctx.clock)) {
      throw new InvalidInputError('A baseline can restart from today or an earlier date', { field: 'fromDate' });
    }
    const row = await ctx.db.run(async (em) => {
      const resets = em.getRepository(DriftBaselineResetEntity);
      if (await resets.existsBy({ teamId: team.id, startsOn: input.fromDate })) return null;
      return resets.save(resets.create({
        organizationId: ctx.db.organizationId!, teamId: team.id, startsOn: input.fromDate, reason: input.reason, createdBy: ctx.viewer!.personId,
      }));
    });
    if (!row) throw new ConflictError('This team’s baseline already restarts on that date');
    await audit(ctx, {
      entity: 'drift_baseline_reset', entityId: row.id, action: 'drift_baseline.restarted',
      after: { teamId: team.id, fromDate: input.fromDate, reason: input.reason },
    });
    return (await this.byId(ctx, row.id))!;
  }

  async remove(ctx: RequestContext, id: string): Promise<boolean> {
    const row = await this.byId(ctx, id);
    if (!row) throw new NotFoundError('Baseline restart');
    await this.manageableTeam(ctx, row.teamId);
    await ctx.db.run((em) => em.getRepository(DriftBaselineResetEntity).delete({ id: row.id }));
    await audit(ctx, {
      entity: 'drift_baseline_reset', entityId: row.id, action: 'drift_baseline.restart_removed',
      before: { teamId: row.teamId, fromDate: row.startsOn, reason: row.reason },
    });
    return true;
  }

  /** Restarts of these teams on or before `to`, oldest first. */
  rows(ctx: RequestContext, teamIds: string[], to: string): Promise<BaselineReset[]> {
    if (teamIds.length === 0) return Promise.resolve([]);
    return ctx.db.run((em) => baselineResets(em, teamIds, to));
  }

  private async byId(ctx: RequestContext, id: string): Promise<BaselineReset | null> {
    if (!UUID.test(id)) return null;
    return (await ctx.db.run((em) => baselineReset(em, id))) ?? null;
  }

  /**
   * The within-period variance of single ratings pooled over every team and period of the organisation (Σ (n − 1) s²
   * / Σ (n − 1) from the rollups' count, sum and sum of squares), per metric, for these rater types. It does not
   * depend on the chosen range, so neither do the signals. Person-served cells count only as team views allow. Kept
   * between requests as each team's part (see drift-judgements.ts): after a write only the touched teams' are read.
   */
  async withinPrior(ctx: RequestContext, granularity: string, raterTypes: string[], metrics: string[], personServedMetrics: string[]): Promise<Within> {
    const key = `drift:within:${granularity}:${[...raterTypes].sort().join('+')}:${[...metrics].sort().join(',')}`;
    let pending = ctx.memo.get(key) as Promise<Within> | undefined;
    if (!pending) {
      pending = keptWithin(ctx, granularity, raterTypes, metrics, personServedMetrics, (ids) => this.withinByTeam(ctx, granularity, raterTypes, metrics, personServedMetrics, ids));
      ctx.memo.set(key, pending);
    }
    return pending;
  }

  /** What `withinPrior` pools, per team: of every team of the organisation, or of the given ones. */
  async withinByTeam(
    ctx: RequestContext, granularity: string, raterTypes: string[], metrics: string[], personServedMetrics: string[], teamIds?: string[],
  ): Promise<SpreadPartials> {
    const rows = await ctx.db.run((em) => withinPeriodSpreadByTeam(em, granularity, raterTypes, metrics, personServedMetrics, teamIds));
    const out: SpreadPartials = new Map(teamIds?.map((id) => [id, new Map()]));
    for (const r of rows) {
      const byMetric = out.get(r.teamId) ?? new Map<string, { ss: number; df: number }>();
      out.set(r.teamId, byMetric);
      byMetric.set(r.metric, { ss: r.ss, df: r.df });
    }
    return out;
  }
}

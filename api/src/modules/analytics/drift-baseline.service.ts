import { Injectable } from '@nestjs/common';
import { todayOn } from '@tandem/shared';
import { audit } from '../../common/audit';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../../common/errors';
import type { RequestContext } from '../../common/request-context';
import { seesWholeOrganization, teamScope } from '../../common/scope';
import { personServedCellFilter } from '../checklists/person-served-policy';
import type { RebaselineTeamInput } from './baseline.inputs';
import type { BaselineResetRow } from './baseline.model';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const RESET_COLUMNS = `r.id, r.team_id, r.starts_on::text AS starts_on, r.reason, p.name AS created_by_name`;

/**
 * What drift is judged against beyond a series' own history: a manager's baseline restarts (stored, audited, shown as
 * annotations) and the organisation's pooled within-period spread of single ratings.
 */
@Injectable()
export class DriftBaselineService {
  /** A program manager restarts the baseline of their programs' teams; an admin (or an organisation-wide manager) of any team. */
  private async manageableTeam(ctx: RequestContext, teamId: string): Promise<{ id: string; program_id: string }> {
    const viewer = ctx.viewer!;
    const scope = teamScope(viewer, 't.id', 2);
    const [team] = await ctx.db.query<{ id: string; program_id: string }>(
      `SELECT t.id, t.program_id FROM team t WHERE t.id = $1 AND t.archived_at IS NULL AND ${scope.sql}`, [teamId, ...scope.params],
    );
    if (!team) throw new NotFoundError('Team');
    const manages = seesWholeOrganization(viewer)
      || (viewer.roles.includes('PROGRAM_MANAGER') && (viewer.managedProgramIds ?? []).includes(team.program_id));
    if (!manages) throw new ForbiddenError('Only the program’s manager or an admin can restart a team’s baseline');
    return team;
  }

  async rebaseline(ctx: RequestContext, input: RebaselineTeamInput): Promise<BaselineResetRow> {
    const team = await this.manageableTeam(ctx, input.teamId);
    // The column counts characters (code points); an emoji is two UTF-16 units for the length check of the input.
    if ([...input.reason].length < 3) throw new InvalidInputError('Say in a few words why the baseline restarts', { field: 'reason' });
    if (input.fromDate > todayOn(ctx.clock)) {
      throw new InvalidInputError('A baseline can restart from today or an earlier date', { field: 'fromDate' });
    }
    const [taken] = await ctx.db.query(`SELECT 1 FROM drift_baseline_reset WHERE team_id = $1 AND starts_on = $2::date`, [team.id, input.fromDate]);
    if (taken) throw new ConflictError('This team’s baseline already restarts on that date');
    const [row] = await ctx.db.query<{ id: string }>(
      `INSERT INTO drift_baseline_reset (organization_id, team_id, starts_on, reason, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [ctx.db.organizationId, team.id, input.fromDate, input.reason, ctx.viewer!.personId],
    );
    await audit(ctx, {
      entity: 'drift_baseline_reset', entityId: row!.id, action: 'drift_baseline.restarted',
      after: { teamId: team.id, fromDate: input.fromDate, reason: input.reason },
    });
    return (await this.byId(ctx, row!.id))!;
  }

  async remove(ctx: RequestContext, id: string): Promise<boolean> {
    const row = await this.byId(ctx, id);
    if (!row) throw new NotFoundError('Baseline restart');
    await this.manageableTeam(ctx, row.team_id);
    await ctx.db.query('DELETE FROM drift_baseline_reset WHERE id = $1', [row.id]);
    await audit(ctx, {
      entity: 'drift_baseline_reset', entityId: row.id, action: 'drift_baseline.restart_removed',
      before: { teamId: row.team_id, fromDate: row.starts_on, reason: row.reason },
    });
    return true;
  }

  /** Restarts of these teams on or before `to`, oldest first. */
  rows(ctx: RequestContext, teamIds: string[], to: string): Promise<BaselineResetRow[]> {
    if (teamIds.length === 0) return Promise.resolve([]);
    return ctx.db.query<BaselineResetRow>(
      `SELECT ${RESET_COLUMNS} FROM drift_baseline_reset r LEFT JOIN person p ON p.id = r.created_by
       WHERE r.team_id = ANY($1::uuid[]) AND r.starts_on <= $2::date ORDER BY r.starts_on, r.id`,
      [teamIds, to],
    );
  }

  private async byId(ctx: RequestContext, id: string): Promise<BaselineResetRow | null> {
    if (!UUID.test(id)) return null;
    const [row] = await ctx.db.query<BaselineResetRow>(
      `SELECT ${RESET_COLUMNS} FROM drift_baseline_reset r LEFT JOIN person p ON p.id = r.created_by WHERE r.id = $1`, [id],
    );
    return row ?? null;
  }

  /**
   * The within-period variance of single ratings pooled over every team and period of the organisation (Σ (n − 1) s²
   * / Σ (n − 1) from the rollups' count, sum and sum of squares), per metric, for these rater types. It does not
   * depend on the chosen range, so neither do the signals. Person-served cells count only as team views allow.
   */
  async withinPrior(
    ctx: RequestContext, granularity: string, raterTypes: string[], metrics: string[], personServedMetrics: string[],
  ): Promise<Map<string, { variance: number; df: number }>> {
    const key = `drift:within:${granularity}:${[...raterTypes].sort().join('+')}:${[...metrics].sort().join(',')}`;
    let pending = ctx.memo.get(key) as Promise<Map<string, { variance: number; df: number }>> | undefined;
    if (!pending) {
      const personServed = personServedCellFilter(4, personServedMetrics);
      pending = ctx.db.query<{ metric: string; ss: number; df: number }>(
        `SELECT metric, sum(sum_sq - sum * sum / count) AS ss, sum(count - 1)::int AS df FROM (
           SELECT team_id, period_start, metric, sum(count)::float8 AS count, sum(sum) AS sum, sum(sum_sq) AS sum_sq
           FROM metric_rollup
           WHERE period_type = $1 AND rater_type = ANY($2::text[]) AND metric = ANY($3::text[]) AND ${personServed.sql}
           GROUP BY team_id, period_start, metric
         ) cell WHERE count >= 2 GROUP BY metric`,
        [granularity, raterTypes, metrics, ...personServed.params],
      ).then((rows) => new Map(rows.filter((r) => r.df > 0 && Number(r.ss) > 0).map((r) => [r.metric, { variance: Math.max(0, Number(r.ss)) / r.df, df: r.df }])));
      ctx.memo.set(key, pending);
    }
    return pending;
  }
}

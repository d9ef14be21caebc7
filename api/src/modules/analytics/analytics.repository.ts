import {
  AnnotationEntity, ChecklistEntity, DriftBaselineResetEntity, InstrumentEntity, InstrumentVersionEntity, MetricRollupEntity, PersonEntity,
  RoleGrantEntity, TeamEntity, TeamMembershipEntity,
} from '@tandem/database';
import type { InstrumentDefinition } from '@tandem/shared';
import type { EntityManager } from 'typeorm';
import { namedQuery } from '../../common/named-sql';
import type { Viewer } from '../../common/request-context';
import { personWhere, teamWhere } from '../../common/scope';
import { MIN_PERSON_SERVED_RESPONSES } from '../checklists/person-served-policy';

/**
 * The drift analytics' reads and writes, on the EntityManager of the request's tenant transaction (call them inside
 * `ctx.db.run`). Query builders over the entities; set-based rollup SQL with named parameters where it says more.
 */

/** One rollup cell as the dashboard pools it: a team × metric × period, summed over the rater types asked for. */
export type RollupCell = Pick<MetricRollupEntity, 'teamId' | 'metric' | 'periodStart' | 'count' | 'sum' | 'sumSq'>;

/** Person-served rows count only with at least three responses in the cell, and only for the metrics they may feed. */
const PERSON_SERVED_CELLS = `(rater_type <> 'PERSON_SERVED' OR (count >= :minPersonServed AND metric = ANY(:personServedMetrics::text[])))`;

export interface RollupCellQuery {
  teamIds: string[];
  periodType: string;
  from: string;
  to: string;
  raterTypes: string[];
  /** Metric codes, or every item metric. */
  metrics: string[] | 'ITEMS';
  personServedMetrics: string[];
}

/** Rollup cells of the teams for periods starting in [from, to]. */
export async function rollupCells(em: EntityManager, q: RollupCellQuery): Promise<RollupCell[]> {
  const rows = await namedQuery<RollupCell>(em,
    `SELECT team_id AS "teamId", metric, period_start::text AS "periodStart", sum(count)::int AS count, sum(sum) AS sum, sum(sum_sq) AS "sumSq"
     FROM metric_rollup
     WHERE team_id = ANY(:teamIds::uuid[]) AND period_type = :periodType AND period_start BETWEEN :from::date AND :to::date
       AND rater_type = ANY(:raterTypes::text[]) AND ${q.metrics === 'ITEMS' ? `metric LIKE 'ITEM:%'` : 'metric = ANY(:metrics::text[])'}
       AND ${PERSON_SERVED_CELLS}
     GROUP BY team_id, metric, period_start`,
    { ...q, metrics: q.metrics === 'ITEMS' ? [] : q.metrics, minPersonServed: MIN_PERSON_SERVED_RESPONSES },
  );
  return rows.map((r) => ({ ...r, sum: Number(r.sum), sumSq: Number(r.sumSq) }));
}

/**
 * Per team and metric, the within-period sum of squares and its degrees of freedom over every period of the team
 * (Σ (n − 1) s² and Σ (n − 1) from the rollups' count, sum and sum of squares, cells of two or more), of every team or
 * of the given ones. Sums run in a fixed order (rater type within a cell, period within a team), so a team's figures
 * are the same to the last bit however often and however they are read; the organisation's pooled spread adds them
 * up in team order (`pooledWithin`).
 */
export async function withinPeriodSpreadByTeam(
  em: EntityManager, periodType: string, raterTypes: string[], metrics: string[], personServedMetrics: string[], teamIds?: string[],
): Promise<{ teamId: string; metric: string; ss: number; df: number }[]> {
  const rows = await namedQuery<{ teamId: string; metric: string; ss: number; df: number }>(em,
    `SELECT team_id AS "teamId", metric, sum(sum_sq - sum * sum / count ORDER BY period_start) AS ss, sum(count - 1)::int AS df FROM (
       SELECT team_id, period_start, metric, sum(count)::float8 AS count, sum(sum ORDER BY rater_type) AS sum, sum(sum_sq ORDER BY rater_type) AS sum_sq
       FROM metric_rollup
       WHERE period_type = :periodType AND rater_type = ANY(:raterTypes::text[]) AND metric = ANY(:metrics::text[]) AND ${PERSON_SERVED_CELLS}
         ${teamIds ? 'AND team_id = ANY(:teamIds::uuid[])' : ''}
       GROUP BY team_id, period_start, metric
     ) cell WHERE count >= 2 GROUP BY team_id, metric`,
    { periodType, raterTypes, metrics, personServedMetrics, minPersonServed: MIN_PERSON_SERVED_RESPONSES, teamIds: teamIds ?? [] },
  );
  return rows.map((r) => ({ teamId: r.teamId, metric: r.metric, ss: Number(r.ss), df: r.df }));
}

/** The newest published definition of an instrument, or undefined. */
export async function publishedDefinition(em: EntityManager, key: string): Promise<InstrumentDefinition | undefined> {
  const v = await em.getRepository(InstrumentVersionEntity).createQueryBuilder('v').innerJoin(InstrumentEntity, 'i', 'i.id = v.instrumentId')
    .where('i.key = :key', { key }).andWhere(`v.status = 'PUBLISHED'`).orderBy('v.version', 'DESC').limit(1).getOne();
  return v?.definition as InstrumentDefinition | undefined;
}

/** A baseline restart with the name of whoever made it. */
export type BaselineReset = Pick<DriftBaselineResetEntity, 'id' | 'teamId' | 'startsOn' | 'reason'> & { createdByName: string | null };

function resets(em: EntityManager) {
  return em.getRepository(DriftBaselineResetEntity).createQueryBuilder('r').leftJoin(PersonEntity, 'p', 'p.id = r.createdBy')
    .select('r.id', 'id').addSelect('r.teamId', 'teamId').addSelect(`to_char(r.startsOn, 'YYYY-MM-DD')`, 'startsOn')
    .addSelect('r.reason', 'reason').addSelect('p.name', 'createdByName');
}

/** Restarts of these teams on or before `to`, oldest first. */
export function baselineResets(em: EntityManager, teamIds: string[], to: string): Promise<BaselineReset[]> {
  return resets(em).where('r.teamId = ANY(:teamIds::uuid[])', { teamIds }).andWhere('r.startsOn <= :to::date', { to })
    .orderBy('r.starts_on').addOrderBy('r.id').getRawMany<BaselineReset>();
}

export function baselineReset(em: EntityManager, id: string): Promise<BaselineReset | undefined> {
  return resets(em).where('r.id = :id', { id }).getRawOne<BaselineReset>();
}

/** A team the viewer may see (not archived), or undefined. */
export function visibleTeamRow(em: EntityManager, viewer: Viewer, teamId: string): Promise<TeamEntity | null> {
  const scope = teamWhere(viewer, 't.id');
  return em.getRepository(TeamEntity).createQueryBuilder('t').where('t.id = :teamId', { teamId }).andWhere('t.archivedAt IS NULL')
    .andWhere(scope.sql, scope.params).getOne();
}

/** Whether the person is visible to the viewer and a member (now or before) of the team. */
export async function isPersonInTeamScope(em: EntityManager, viewer: Viewer, personId: string, teamId: string): Promise<boolean> {
  const scope = personWhere(viewer, 'p.id');
  return (await em.getRepository(PersonEntity).createQueryBuilder('p').innerJoin(TeamMembershipEntity, 'tm', 'tm.personId = p.id AND tm.teamId = :teamId', { teamId })
    .where('p.id = :personId', { personId }).andWhere(scope.sql, scope.params).getCount()) > 0;
}

/** A person the viewer may see, or null. */
export function visiblePerson(em: EntityManager, viewer: Viewer, personId: string): Promise<PersonEntity | null> {
  const scope = personWhere(viewer, 'p.id');
  return em.getRepository(PersonEntity).createQueryBuilder('p').where('p.id = :personId', { personId }).andWhere(scope.sql, scope.params).getOne();
}

/** A submitted checklist as a person's own trend needs it. */
export type RatedChecklist = Pick<ChecklistEntity, 'id' | 'raterType' | 'submittedAt' | 'scores'>;

/** The person's submitted checklists: before the day after `to`, or (no `to`) those by people served, all of them. */
export function submittedAbout(em: EntityManager, personId: string, q: { before?: string; personServedOnly?: boolean }): Promise<RatedChecklist[]> {
  const qb = em.getRepository(ChecklistEntity).createQueryBuilder('c').select(['c.id', 'c.raterType', 'c.submittedAt', 'c.scores'])
    .where('c.subjectId = :personId', { personId }).andWhere(`c.status = 'SUBMITTED'`);
  if (q.before) qb.andWhere('c.submittedAt < :before::date + 1', { before: q.before });
  if (q.personServedOnly) qb.andWhere(`c.raterType = 'PERSON_SERVED'`);
  return qb.getMany();
}

/** Stored annotations of a team or of a person in [from, to], by date. */
export function storedAnnotations(em: EntityManager, about: { teamId: string } | { personId: string }, from: string, to: string): Promise<AnnotationEntity[]> {
  const qb = em.getRepository(AnnotationEntity).createQueryBuilder('a').where('a.onDate BETWEEN :from::date AND :to::date', { from, to });
  if ('teamId' in about) qb.andWhere('a.teamId = :teamId', { teamId: about.teamId });
  else qb.andWhere('a.personId = :personId', { personId: about.personId });
  return qb.orderBy('a.onDate').getMany();
}

/** People joining (on their first day) and leaving (the day after their last) the team in [from, to]. */
export function membershipChanges(em: EntityManager, teamId: string, from: string, to: string) {
  return namedQuery<Pick<TeamMembershipEntity, 'id'> & { onDate: string; name: string; joined: boolean }>(em,
    `SELECT tm.id, tm.starts_on::text AS "onDate", p.name, true AS joined FROM team_membership tm JOIN person p ON p.id = tm.person_id
       WHERE tm.team_id = :teamId AND tm.starts_on BETWEEN :from::date AND :to::date
     UNION ALL
     SELECT tm.id, (tm.ends_on + 1)::text, p.name, false FROM team_membership tm JOIN person p ON p.id = tm.person_id
       WHERE tm.team_id = :teamId AND tm.ends_on IS NOT NULL AND tm.ends_on + 1 BETWEEN :from::date AND :to::date`,
    { teamId, from, to },
  );
}

/** A team member's new supervisor (not their first) starting in [from, to], while a member of the team. */
export function supervisorChanges(em: EntityManager, teamId: string, from: string, to: string) {
  return namedQuery<{ id: string; onDate: string; supervisee: string; supervisor: string }>(em,
    `SELECT sa.id, sa.starts_on::text AS "onDate", se.name AS supervisee, sr.name AS supervisor
     FROM supervision_assignment sa JOIN person se ON se.id = sa.supervisee_id JOIN person sr ON sr.id = sa.supervisor_id
     JOIN team_membership tm ON tm.person_id = sa.supervisee_id AND tm.team_id = :teamId
       AND tm.starts_on <= sa.starts_on AND (tm.ends_on IS NULL OR tm.ends_on >= sa.starts_on)
     WHERE sa.starts_on BETWEEN :from::date AND :to::date
       AND EXISTS (SELECT 1 FROM supervision_assignment prev WHERE prev.supervisee_id = sa.supervisee_id AND prev.starts_on < sa.starts_on)`,
    { teamId, from, to },
  );
}

/** Supervisors without lived experience (their sessions count as clinician-only on the charts). */
export async function clinicianSupervisorIds(em: EntityManager): Promise<Set<string>> {
  const rows = await em.getRepository(PersonEntity).createQueryBuilder('p').innerJoin(RoleGrantEntity, 'g', `g.personId = p.id AND g.role = 'SUPERVISOR'`)
    .select('p.id', 'id').where('NOT p.livedExperience').getRawMany<{ id: string }>();
  return new Set(rows.map((r) => r.id));
}

/** The revision tokens the overview's figures are keyed by: analytics (rollups, restarts), supervision and roster; one statement. */
export async function overviewRevisions(em: EntityManager, organizationId: string): Promise<{ analytics: string | null; supervision: string | null; roster: string | null }> {
  const [row] = await namedQuery<{ analytics: string | null; supervision: string | null; roster: string | null }>(em,
    `SELECT (SELECT token::text FROM analytics_revision WHERE organization_id = :organizationId) AS analytics,
            (SELECT token::text FROM supervision_revision WHERE organization_id = :organizationId) AS supervision,
            (SELECT token::text FROM roster_revision WHERE organization_id = :organizationId) AS roster`,
    { organizationId });
  return row ?? { analytics: null, supervision: null, roster: null };
}

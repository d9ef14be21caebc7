import { PersonEntity, SupervisionActionItemEntity } from '@tandem/database';
import { type EntityManager, IsNull } from 'typeorm';
import { namedQuery } from '../../common/named-sql';
import type { Viewer } from '../../common/request-context';
import { personWhere, type ScopeSql, type ScopeWhere } from '../../common/scope';
import { sessionScope } from '../supervision/session-store';
import { dashboardActionWhere } from './action-access';

/**
 * The actions feature's reads and writes, on the EntityManager of the request's tenant transaction (call them inside
 * `ctx.db.run`). Query builders over the entities; the list as SQL with named parameters, where it says more.
 */

type ActionColumns = Pick<SupervisionActionItemEntity,
  'id' | 'scope' | 'status' | 'description' | 'noteId' | 'ownerId' | 'createdBy' | 'teamId' | 'superviseeId' | 'caseloadSupervisorId' | 'dueOn'
  | 'driftSignalId' | 'signalPeriod' | 'signalRule' | 'signalDirection'>;

/** An action as the Actions page lists it: its columns, its people's names, and where it stands. */
export type ListedAction = ActionColumns & {
  ownerName: string;
  teamName: string | null;
  personName: string | null;
  supervisorName: string | null;
  /** The session's supervisor, or the person's current one. */
  currentSupervisorId: string | null;
  superviseeIds: string[];
  /** Everyone in the note's session, by name (for an action agreed in a note). */
  sessionPeople: string | null;
  createdOn: string;
  completedOn: string | null;
  /** The stored metric, or the dimension's for older actions. */
  metric: string | null;
  overdue: boolean;
  total: number;
  overdueTotal: number;
};

export interface ActionListQuery {
  today: string;
  id?: string | null;
  status?: string;
  scope?: string;
  teamId?: string;
  ownerId?: string;
  overdue?: boolean;
  offset: number;
  limit: number;
}

/** A positional scope predicate (`$1` …) renamed to `:prefix1` …, for a statement with named parameters. */
function renamed(scope: ScopeSql, prefix: string): ScopeWhere {
  return {
    sql: scope.sql.replace(/\$(\d+)/g, (_, n: string) => `:${prefix}${n}`),
    params: Object.fromEntries(scope.params.map((v, i) => [`${prefix}${i + 1}`, v])),
  };
}

/** A page of the actions the viewer may see, overdue first, then by due date, each row carrying the totals. */
export function actionRows(em: EntityManager, viewer: Viewer, q: ActionListQuery): Promise<ListedAction[]> {
  const sessions = renamed(sessionScope(viewer, 's', 1), 'session');
  const others = dashboardActionWhere(viewer);
  const overdue = `(ai.status = 'OPEN' AND ai.due_on < :today::date)`;
  const where = [`((s.id IS NOT NULL AND ${sessions.sql}) OR (ai.note_id IS NULL AND ${others.sql}))`];
  if (q.id) where.push('ai.id = :id');
  if (q.status) where.push('ai.status = :status');
  if (q.scope) where.push('ai.scope = :scope');
  if (q.teamId) where.push('ai.team_id = :teamId');
  if (q.ownerId) where.push('ai.owner_id = :ownerId');
  if (q.overdue === true) where.push(overdue);
  if (q.overdue === false) where.push(`NOT ${overdue}`);
  return namedQuery<ListedAction>(em,
    `SELECT ai.id, ai.scope, ai.status, ai.description, ai.note_id AS "noteId", ai.owner_id AS "ownerId", o.name AS "ownerName", ai.created_by AS "createdBy",
       ai.team_id AS "teamId", t.name AS "teamName", ai.supervisee_id AS "superviseeId", sv.name AS "personName",
       ai.caseload_supervisor_id AS "caseloadSupervisorId", cs.name AS "supervisorName",
       coalesce(s.supervisor_id, (SELECT sa.supervisor_id FROM supervision_assignment sa
         WHERE sa.supervisee_id = ai.supervisee_id AND sa.ends_on IS NULL ORDER BY sa.starts_on DESC LIMIT 1)) AS "currentSupervisorId",
       CASE WHEN s.id IS NULL THEN array_remove(ARRAY[ai.supervisee_id::text], NULL)
         ELSE array(SELECT x.supervisee_id::text FROM supervision_session_supervisee x WHERE x.session_id = s.id ORDER BY x.supervisee_id) END AS "superviseeIds",
       CASE WHEN s.id IS NOT NULL THEN (SELECT string_agg(pp.name, ', ' ORDER BY pp.name) FROM supervision_session_supervisee x
         JOIN person pp ON pp.id = x.supervisee_id WHERE x.session_id = s.id) END AS "sessionPeople",
       to_char(ai.due_on, 'YYYY-MM-DD') AS "dueOn", to_char(ai.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS "createdOn",
       to_char(ai.completed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS "completedOn",
       coalesce(ai.metric, CASE WHEN ai.dimension IS NOT NULL THEN 'DIM:' || ai.dimension END) AS metric,
       ai.drift_signal_id AS "driftSignalId", ai.signal_period AS "signalPeriod", ai.signal_rule AS "signalRule", ai.signal_direction AS "signalDirection",
       ${overdue} AS overdue, (count(*) OVER ())::int AS total, (count(*) FILTER (WHERE ${overdue}) OVER ())::int AS "overdueTotal"
     FROM supervision_action_item ai
       LEFT JOIN supervision_note n ON n.id = ai.note_id LEFT JOIN supervision_session s ON s.id = n.session_id
       JOIN person o ON o.id = ai.owner_id LEFT JOIN team t ON t.id = ai.team_id
       LEFT JOIN person sv ON sv.id = ai.supervisee_id LEFT JOIN person cs ON cs.id = ai.caseload_supervisor_id
     WHERE ${where.join(' AND ')}
     ORDER BY (ai.status = 'OPEN') DESC, ${overdue} DESC, ai.due_on NULLS LAST, ai.created_at DESC, ai.id
     LIMIT :limit OFFSET :offset`,
    { ...sessions.params, ...others.params, ...q },
  );
}

/** What a new dashboard action stores (its signal's metric, period and rule are kept with it). */
export type NewAction = Pick<SupervisionActionItemEntity,
  'organizationId' | 'teamId' | 'superviseeId' | 'description' | 'ownerId' | 'dueOn' | 'dimension' | 'driftSignalId' | 'createdBy' | 'scope'
  | 'caseloadSupervisorId' | 'metric' | 'signalPeriod' | 'signalRule' | 'signalDirection'>;

/** Inserts the action unless an open one already exists for its signal (the partial unique index settles two at once); its id, or null. */
export async function insertAction(em: EntityManager, a: NewAction): Promise<string | null> {
  const [row] = await namedQuery<{ id: string }>(em,
    `INSERT INTO supervision_action_item (organization_id, note_id, team_id, supervisee_id, description, owner_id, due_on, dimension,
       drift_signal_id, created_by, scope, caseload_supervisor_id, metric, signal_period, signal_rule, signal_direction, created_at, updated_at)
     VALUES (:organizationId, NULL, :teamId, :superviseeId, :description, :ownerId, :dueOn, :dimension, :driftSignalId, :createdBy, :scope,
       :caseloadSupervisorId, :metric, :signalPeriod, :signalRule, :signalDirection, app_now(), app_now())
     ON CONFLICT (organization_id, drift_signal_id) WHERE status = 'OPEN' AND drift_signal_id IS NOT NULL AND note_id IS NULL DO NOTHING
     RETURNING id`,
    { ...a },
  );
  return row?.id ?? null;
}

/** The open dashboard action already made from a signal, if any. */
export function openActionForSignal(em: EntityManager, driftSignalId: string): Promise<Pick<SupervisionActionItemEntity, 'id'> | null> {
  return em.getRepository(SupervisionActionItemEntity).findOne({ select: { id: true }, where: { driftSignalId, status: 'OPEN', noteId: IsNull() } });
}

/** Whether the person is visible to the viewer, active, and currently supervises at least one person. */
export async function isVisibleCaseloadSupervisor(em: EntityManager, viewer: Viewer, supervisorId: string): Promise<boolean> {
  const scope = personWhere(viewer, 'p.id');
  return (await em.getRepository(PersonEntity).createQueryBuilder('p').where('p.id = :supervisorId', { supervisorId }).andWhere('p.active')
    .andWhere(scope.sql, scope.params)
    .andWhere('EXISTS (SELECT 1 FROM supervision_assignment sa WHERE sa.supervisor_id = p.id AND sa.ends_on IS NULL)').getCount()) > 0;
}

/** Whether the owner is active and visible to the viewer, or the caseload's supervisor, or the person's current supervisor. */
export async function isAllowedOwner(
  em: EntityManager, viewer: Viewer, a: { ownerId: string; superviseeId: string | null; supervisorId: string | null },
): Promise<boolean> {
  const scope = personWhere(viewer, 'p.id');
  return (await em.getRepository(PersonEntity).createQueryBuilder('p').where('p.id = :ownerId', { ownerId: a.ownerId }).andWhere('p.active')
    .andWhere(`(${scope.sql} OR p.id = :supervisorId::uuid
      OR p.id IN (SELECT supervisor_id FROM supervision_assignment WHERE supervisee_id = :superviseeId::uuid AND ends_on IS NULL))`,
    { ...scope.params, supervisorId: a.supervisorId, superviseeId: a.superviseeId }).getCount()) > 0;
}

/** A dashboard action of a team as its chart marks it. */
export type TeamAction = Pick<SupervisionActionItemEntity, 'id' | 'createdAt' | 'dueOn' | 'description' | 'dimension' | 'status' | 'driftSignalId' | 'superviseeId' | 'scope'>
  & { ownerName: string | null; metric: string };

/** The team's dashboard actions (not those agreed in notes), oldest first; or just one of them. */
export function teamActions(em: EntityManager, teamId: string, id: string | null = null): Promise<TeamAction[]> {
  const qb = em.getRepository(SupervisionActionItemEntity).createQueryBuilder('ai').leftJoin(PersonEntity, 'p', 'p.id = ai.ownerId')
    .select('ai.id', 'id').addSelect('ai.created_at', 'createdAt').addSelect(`to_char(ai.due_on, 'YYYY-MM-DD')`, 'dueOn')
    .addSelect('ai.description', 'description').addSelect('ai.dimension', 'dimension').addSelect('ai.status', 'status').addSelect('p.name', 'ownerName')
    .addSelect('ai.drift_signal_id', 'driftSignalId').addSelect('ai.supervisee_id', 'superviseeId')
    .addSelect(`coalesce(ai.metric, CASE WHEN ai.dimension IS NOT NULL THEN 'DIM:' || ai.dimension ELSE 'MFI' END)`, 'metric').addSelect('ai.scope', 'scope')
    .where('ai.teamId = :teamId', { teamId }).andWhere('ai.noteId IS NULL');
  if (id) qb.andWhere('ai.id = :id', { id });
  return qb.orderBy('ai.created_at').getRawMany<TeamAction>();
}

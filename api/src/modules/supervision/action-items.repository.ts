import { PersonEntity, SupervisionActionItemEntity } from '@tandem/database';
import type { EntityManager } from 'typeorm';
import { namedQuery } from '../../common/named-sql';
import type { Viewer } from '../../common/request-context';
import { personWhere } from '../../common/scope';
import { dashboardActionWhere } from '../actions/action-access';
import type { NoteActionItem } from './notes.repository';
import { sessionWhere } from './sessions.repository';
import { appNow } from '../../common/sql-time';

/**
 * Action items with the session they were agreed in, on the EntityManager of the request's tenant transaction (call
 * inside `ctx.db.run`). One statement per read: the visibility rules and the session's people are set-based SQL.
 */

const MAX_ITEMS = 500;

/** An action item with its note's occurrence and the people it concerns (the session's, or the supervisee's current supervisor). */
export type ActionItemWithSession = NoteActionItem & Pick<SupervisionActionItemEntity, 'createdBy'> & {
  sessionId: string | null;
  originalStart: Date | null;
  supervisorId: string | null;
  superviseeIds: string[];
};

/**
 * Items agreed in notes are visible with their session; items created from a drift signal (no note) are visible to
 * their owner, their author and whoever may see the supervisee.
 */
function visibleItems(em: EntityManager, viewer: Viewer, where: string, params: Record<string, unknown>): Promise<ActionItemWithSession[]> {
  const sessions = sessionWhere(viewer, 's');
  const others = dashboardActionWhere(viewer);
  return namedQuery<ActionItemWithSession>(em,
    `SELECT ai.id, ai.note_id AS "noteId", ai.team_id AS "teamId", ai.supervisee_id AS "superviseeId", ai.position, ai.description,
       ai.owner_id AS "ownerId", to_char(ai.due_on, 'YYYY-MM-DD') AS "dueOn", ai.dimension, ai.status, ai.drift_signal_id AS "driftSignalId",
       ai.checklist_id AS "checklistId", ai.created_at AS "createdAt", ai.updated_at AS "updatedAt", ai.completed_at AS "completedAt",
       ai.created_by AS "createdBy", n.session_id AS "sessionId", n.original_start AS "originalStart",
       coalesce(s.supervisor_id, (SELECT sa.supervisor_id FROM supervision_assignment sa
         WHERE sa.supervisee_id = ai.supervisee_id AND sa.ends_on IS NULL ORDER BY sa.starts_on DESC LIMIT 1)) AS "supervisorId",
       CASE WHEN s.id IS NULL THEN ARRAY[ai.supervisee_id::text]
         ELSE array(SELECT x.supervisee_id::text FROM supervision_session_supervisee x WHERE x.session_id = s.id ORDER BY x.supervisee_id) END AS "superviseeIds"
     FROM supervision_action_item ai LEFT JOIN supervision_note n ON n.id = ai.note_id LEFT JOIN supervision_session s ON s.id = n.session_id
     WHERE ${where} AND ((s.id IS NOT NULL AND ${sessions.sql}) OR (ai.note_id IS NULL AND ${others.sql}))
     ORDER BY (ai.status = 'OPEN') DESC, ai.due_on NULLS LAST, ai.created_at, ai.id LIMIT ${MAX_ITEMS}`,
    { ...params, ...sessions.params, ...others.params });
}

export async function visibleActionItem(em: EntityManager, viewer: Viewer, actionItemId: string): Promise<ActionItemWithSession | undefined> {
  const [item] = await visibleItems(em, viewer, 'ai.id = :actionItemId', { actionItemId });
  return item;
}

export function visibleActionItems(
  em: EntityManager, viewer: Viewer, filter: { ownerId?: string | null; status?: string | null; superviseeId?: string | null },
): Promise<ActionItemWithSession[]> {
  const where = ['TRUE'];
  if (filter.ownerId) where.push('ai.owner_id = :ownerId');
  if (filter.status) where.push('ai.status = :status');
  if (filter.superviseeId) {
    where.push(`(ai.supervisee_id = :superviseeId
      OR EXISTS (SELECT 1 FROM supervision_session_supervisee y WHERE y.session_id = s.id AND y.supervisee_id = :superviseeId))`);
  }
  return visibleItems(em, viewer, where.join(' AND '), { ownerId: filter.ownerId, status: filter.status, superviseeId: filter.superviseeId });
}

/**
 * Sets status and due date. `completed_at` is stamped when the item leaves OPEN, kept while the status stays, and
 * cleared when it reopens.
 */
export async function setActionItemStatus(
  em: EntityManager, id: string, status: SupervisionActionItemEntity['status'], dueOn: string | null,
): Promise<void> {
  await em.createQueryBuilder().update(SupervisionActionItemEntity).set({
    status, dueOn, updatedAt: appNow,
    completedAt: () => `CASE WHEN :nextStatus = 'OPEN' THEN NULL WHEN status = :nextStatus THEN completed_at ELSE app_now() END`,
  }).where('id = :id', { id, nextStatus: status }).execute();
}

/** Whether the viewer may see the person. */
export function personVisible(em: EntityManager, viewer: Viewer, personId: string): Promise<boolean> {
  const scope = personWhere(viewer, 'p.id');
  return em.getRepository(PersonEntity).createQueryBuilder('p').where('p.id = :personId', { personId }).andWhere(scope.sql, scope.params).getExists();
}

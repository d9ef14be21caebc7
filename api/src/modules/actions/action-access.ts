import type { Viewer } from '../../common/request-context';
import { personScope, personWhere, teamScope, teamWhere, type ScopeSql, type ScopeWhere } from '../../common/scope';

/**
 * Who may see an action that was not agreed in a note (alias `ai`): its owner and author; for a person's action whoever
 * may see the person; for a team's whoever may see the team; for a caseload's the supervisor and whoever may see them.
 * Actions agreed in a note follow their session (session-store's sessionScope).
 */
export function dashboardActionScope(viewer: Viewer, from: number): ScopeSql {
  const params: unknown[] = [viewer.personId];
  const me = `$${from}`;
  const people = personScope(viewer, 'ai.supervisee_id', from + params.length);
  params.push(...people.params);
  const teams = teamScope(viewer, 'ai.team_id', from + params.length);
  params.push(...teams.params);
  const caseload = personScope(viewer, 'ai.caseload_supervisor_id', from + params.length);
  params.push(...caseload.params);
  return {
    sql: `(ai.owner_id = ${me} OR ai.created_by = ${me} OR (ai.scope = 'PERSON' AND ${people.sql})
      OR (ai.scope = 'TEAM' AND ${teams.sql}) OR (ai.scope = 'CASELOAD' AND ${caseload.sql}))`,
    params,
  };
}

/** `dashboardActionScope` for a query builder or `namedQuery` (named parameters). */
export function dashboardActionWhere(viewer: Viewer): ScopeWhere {
  const people = personWhere(viewer, 'ai.supervisee_id');
  const teams = teamWhere(viewer, 'ai.team_id');
  const caseload = personWhere(viewer, 'ai.caseload_supervisor_id');
  return {
    sql: `(ai.owner_id = :scopeViewer OR ai.created_by = :scopeViewer OR (ai.scope = 'PERSON' AND ${people.sql})
      OR (ai.scope = 'TEAM' AND ${teams.sql}) OR (ai.scope = 'CASELOAD' AND ${caseload.sql}))`,
    params: { ...people.params, ...teams.params, ...caseload.params, scopeViewer: viewer.personId },
  };
}

export interface UpdatableAction {
  note_id: string | null;
  owner_id: string;
  created_by: string | null;
  /** The session's (or the supervisee's current) supervisor, and its supervisees. */
  supervisor_id: string | null;
  supervisee_ids: (string | null)[];
}

/**
 * A person can only complete what they can read: without the text, never. With it, a note's action is for its owner
 * and the session's people; any other action (already visible to the viewer) for its owner, author, the people it is
 * about, and the supervisors, program managers and admins who oversee it.
 */
export function canUpdateAction(viewer: Viewer, item: UpdatableAction, textVisible: boolean): boolean {
  if (!textVisible) return false;
  const me = viewer.personId;
  if (item.owner_id === me || item.supervisor_id === me || item.supervisee_ids.includes(me)) return true;
  if (item.note_id !== null) return false;
  return item.created_by === me || viewer.roles.some((r) => r === 'ADMIN' || r === 'PROGRAM_MANAGER' || r === 'SUPERVISOR');
}

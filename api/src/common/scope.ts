import type { Viewer } from './request-context';

/**
 * Row scoping in one place. Each function returns a SQL predicate (with positional parameters starting at `from`)
 * that limits rows to what the viewer may see:
 *   staff → themselves; supervisors → their current supervisees; program managers → people and teams of their
 *   programs; admins → the whole organisation. Roles add up. Row-level security already limits rows to the tenant.
 */
export interface ScopeSql {
  sql: string;
  params: unknown[];
}

const CURRENT_SUPERVISEES = (p: string) =>
  `SELECT sa.supervisee_id FROM supervision_assignment sa
   WHERE sa.supervisor_id = ${p} AND sa.starts_on <= app_now()::date AND (sa.ends_on IS NULL OR sa.ends_on >= app_now()::date)`;

const PEOPLE_IN_PROGRAMS = (p: string) =>
  `SELECT tm.person_id FROM team_membership tm JOIN team t ON t.id = tm.team_id
   WHERE tm.ends_on IS NULL AND t.program_id = ANY(${p}::uuid[])`;

export function seesWholeOrganization(viewer: Viewer): boolean {
  return viewer.roles.includes('ADMIN') || (viewer.roles.includes('PROGRAM_MANAGER') && viewer.managedProgramIds === null);
}

/** Predicate on a person id column. */
export function personScope(viewer: Viewer, column: string, from = 1): ScopeSql {
  if (seesWholeOrganization(viewer)) return { sql: 'TRUE', params: [] };
  const params: unknown[] = [viewer.personId];
  const parts = [`${column} = $${from}`];
  if (viewer.roles.includes('SUPERVISOR')) parts.push(`${column} IN (${CURRENT_SUPERVISEES(`$${from}`)})`);
  if (viewer.roles.includes('PROGRAM_MANAGER') && viewer.managedProgramIds) {
    params.push(viewer.managedProgramIds);
    parts.push(`${column} IN (${PEOPLE_IN_PROGRAMS(`$${from + 1}`)})`);
  }
  return { sql: `(${parts.join(' OR ')})`, params };
}

/** Predicate on a team id column: a manager's program teams, a supervisor's supervisees' teams, one's own team. */
export function teamScope(viewer: Viewer, column: string, from = 1): ScopeSql {
  if (seesWholeOrganization(viewer)) return { sql: 'TRUE', params: [] };
  const params: unknown[] = [viewer.personId];
  const own = `SELECT tm.team_id FROM team_membership tm WHERE tm.ends_on IS NULL AND tm.person_id = $${from}`;
  const parts = [`${column} IN (${own})`];
  if (viewer.roles.includes('SUPERVISOR')) {
    parts.push(`${column} IN (SELECT tm.team_id FROM team_membership tm WHERE tm.ends_on IS NULL AND tm.person_id IN (${CURRENT_SUPERVISEES(`$${from}`)}))`);
  }
  if (viewer.roles.includes('PROGRAM_MANAGER') && viewer.managedProgramIds) {
    params.push(viewer.managedProgramIds);
    parts.push(`${column} IN (SELECT t.id FROM team t WHERE t.program_id = ANY($${from + 1}::uuid[]))`);
  }
  return { sql: `(${parts.join(' OR ')})`, params };
}

/** Predicate on a program id column. */
export function programScope(viewer: Viewer, column: string, from = 1): ScopeSql {
  if (seesWholeOrganization(viewer)) return { sql: 'TRUE', params: [] };
  const teams = teamScope(viewer, 't.id', from);
  return { sql: `${column} IN (SELECT t.program_id FROM team t WHERE ${teams.sql})`, params: teams.params };
}

import type { Viewer } from './request-context';

/**
 * Row scoping in one place. Each function returns a SQL predicate that limits rows to what the viewer may see:
 *   staff → themselves; supervisors → their current supervisees; program managers → people and teams of their
 *   programs; admins → the whole organisation. Roles add up. Row-level security already limits rows to the tenant.
 *
 * Every predicate comes in two spellings built from the same text: positional (`personScope(v, col, from)`, parameters
 * `$from`, `$from+1`, for set-based SQL in a repository) and named (`personWhere(v, col)`, parameters `:scopeViewer`
 * and `:scopePrograms`, for TypeORM query builders: `qb.andWhere(s.sql, s.params)`).
 */
export interface ScopeSql {
  sql: string;
  params: unknown[];
}

/** A scope predicate for a TypeORM query builder, with named parameters. */
export interface ScopeWhere {
  sql: string;
  params: Record<string, unknown>;
}

/** How a predicate refers to its two inputs: the viewer's person id and the viewer's managed program ids. */
interface Placeholders {
  viewer: string;
  programs: string;
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

/** Whether the predicate needs the managed program ids (a program manager limited to some programs). */
function limitedManager(viewer: Viewer): boolean {
  return viewer.roles.includes('PROGRAM_MANAGER') && viewer.managedProgramIds !== null;
}

function personPredicate(viewer: Viewer, column: string, p: Placeholders): string {
  const parts = [`${column} = ${p.viewer}`];
  if (viewer.roles.includes('SUPERVISOR')) parts.push(`${column} IN (${CURRENT_SUPERVISEES(p.viewer)})`);
  if (limitedManager(viewer)) parts.push(`${column} IN (${PEOPLE_IN_PROGRAMS(p.programs)})`);
  return `(${parts.join(' OR ')})`;
}

function teamPredicate(viewer: Viewer, column: string, p: Placeholders): string {
  const parts = [`${column} IN (SELECT tm.team_id FROM team_membership tm WHERE tm.ends_on IS NULL AND tm.person_id = ${p.viewer})`];
  if (viewer.roles.includes('SUPERVISOR')) {
    parts.push(`${column} IN (SELECT tm.team_id FROM team_membership tm WHERE tm.ends_on IS NULL AND tm.person_id IN (${CURRENT_SUPERVISEES(p.viewer)}))`);
  }
  if (limitedManager(viewer)) parts.push(`${column} IN (SELECT t.id FROM team t WHERE t.program_id = ANY(${p.programs}::uuid[]))`);
  return `(${parts.join(' OR ')})`;
}

function programPredicate(viewer: Viewer, column: string, p: Placeholders): string {
  return `${column} IN (SELECT t.program_id FROM team t WHERE ${teamPredicate(viewer, 't.id', p)})`;
}

type Predicate = (viewer: Viewer, column: string, p: Placeholders) => string;

function positional(build: Predicate, viewer: Viewer, column: string, from: number): ScopeSql {
  if (seesWholeOrganization(viewer)) return { sql: 'TRUE', params: [] };
  const sql = build(viewer, column, { viewer: `$${from}`, programs: `$${from + 1}` });
  return { sql, params: limitedManager(viewer) ? [viewer.personId, viewer.managedProgramIds] : [viewer.personId] };
}

function named(build: Predicate, viewer: Viewer, column: string): ScopeWhere {
  if (seesWholeOrganization(viewer)) return { sql: 'TRUE', params: {} };
  const sql = build(viewer, column, { viewer: ':scopeViewer', programs: ':scopePrograms' });
  return { sql, params: limitedManager(viewer) ? { scopeViewer: viewer.personId, scopePrograms: viewer.managedProgramIds } : { scopeViewer: viewer.personId } };
}

/** Predicate on a person id column (positional parameters from `$from`). */
export function personScope(viewer: Viewer, column: string, from = 1): ScopeSql {
  return positional(personPredicate, viewer, column, from);
}

/** Predicate on a team id column: a manager's program teams, a supervisor's supervisees' teams, one's own team. */
export function teamScope(viewer: Viewer, column: string, from = 1): ScopeSql {
  return positional(teamPredicate, viewer, column, from);
}

/** Predicate on a program id column. */
export function programScope(viewer: Viewer, column: string, from = 1): ScopeSql {
  return positional(programPredicate, viewer, column, from);
}

/** `personScope` for a query builder (named parameters). */
export function personWhere(viewer: Viewer, column: string): ScopeWhere {
  return named(personPredicate, viewer, column);
}

/** `teamScope` for a query builder (named parameters). */
export function teamWhere(viewer: Viewer, column: string): ScopeWhere {
  return named(teamPredicate, viewer, column);
}

/** `programScope` for a query builder (named parameters). */
export function programWhere(viewer: Viewer, column: string): ScopeWhere {
  return named(programPredicate, viewer, column);
}

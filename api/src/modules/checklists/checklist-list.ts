// The checklist list as SQL: keyset pages over three disjoint, indexed branches (UNION ALL rather than an OR that
// forces a scan of the organisation's checklists), and a count that stops counting at COUNT_CAP.
import { InvalidInputError } from '../../common/errors';
import type { RequestContext, Viewer } from '../../common/request-context';
import { personScope, seesWholeOrganization } from '../../common/scope';
import type { ChecklistFilterInput } from './checklist.inputs';
import type { ChecklistRow } from './checklist.model';

/** The count is exact up to here; beyond it the list says "1,000+". */
export const COUNT_CAP = 1000;
const MAX_CURSOR_LENGTH = 200;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SORT_KEY = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const RECENT = 'coalesce(c.submitted_at, c.updated_at)';

export interface ChecklistListPage {
  items: ChecklistRow[];
  totalCount: number;
  totalCountCapped: boolean;
  endCursor: string | null;
  hasNextPage: boolean;
}

/** An opaque cursor: the row's sort key (to the microsecond) and id. */
export function encodeCursor(sortKey: string, id: string): string {
  return Buffer.from(JSON.stringify([sortKey, id])).toString('base64url');
}

export function decodeCursor(cursor: string): { sortKey: string; id: string } {
  const bad = () => new InvalidInputError('after is not a cursor from this list', { field: 'after' });
  if (cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw bad();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw bad();
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) throw bad();
  const [sortKey, id] = parsed as unknown[];
  if (typeof sortKey !== 'string' || typeof id !== 'string' || !SORT_KEY.test(sortKey) || !UUID.test(id) || Number.isNaN(Date.parse(sortKey))) throw bad();
  return { sortKey, id };
}

/** One statement of the list, ready to send (or to EXPLAIN). */
export interface ListStatement {
  sql: string;
  params: unknown[];
}

/**
 * The two statements behind a page — the page itself and the capped count — for a viewer, a filter and a position.
 * Exported so the plan can be inspected (`test/checklists-list-plans.e2e-spec.ts`, `scripts/bench/list-scale.mjs`).
 */
export function checklistListStatements(
  viewer: Viewer, filter: ChecklistFilterInput, page: { skip: number; take: number; after?: string | null },
): { page: ListStatement; count: ListStatement } {
  const cursor = page.after ? decodeCursor(page.after) : null;
  const scope = personScope(viewer, 'p.id', 9);
  // Disjoint branches, each served by an index in the list's order (migration 1764210000001).
  const whole = seesWholeOrganization(viewer);
  const branches = [
    'c.opened_by = $1',
    ...(filter.mine ? [] : [
      'c.rater_id = $1 AND c.opened_by IS DISTINCT FROM $1',
      `c.status = 'SUBMITTED' AND ${whole ? 'TRUE' : `c.subject_id IN (SELECT p.id FROM person p WHERE ${scope.sql})`}
        AND c.opened_by IS DISTINCT FROM $1 AND c.rater_id IS DISTINCT FROM $1`,
    ]),
  ];
  const params = [
    viewer.personId, filter.subjectId ?? null, filter.teamId ?? null, filter.raterType ?? null, filter.status ?? null,
    filter.from ?? null, filter.to ?? null, !!filter.mine, ...(filter.mine || whole ? [] : scope.params),
  ];
  const filters = `($2::uuid IS NULL OR c.subject_id = $2) AND ($3::uuid IS NULL OR c.team_id = $3)
      AND ($4::text IS NULL OR c.rater_type = $4) AND ($5::text IS NULL OR c.status = $5)
      AND ($6::date IS NULL OR ${RECENT} >= $6::date) AND ($7::date IS NULL OR ${RECENT} < $7::date + 1)
      AND (NOT $8::boolean OR c.opened_by = $1)`;
  const k = params.length + 1;
  const after = cursor ? `${RECENT} <= $${k}::timestamptz AND (${RECENT} < $${k}::timestamptz OR c.id > $${k + 1}::uuid)` : 'TRUE';
  const limit = page.skip + page.take + 1;
  return {
    page: {
      sql: `SELECT * FROM (${branches.map((b) => `(SELECT c.*, ${RECENT} AS sort_at,
         to_char(${RECENT} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS sort_key
       FROM checklist c WHERE ${b} AND ${filters} AND ${after} ORDER BY ${RECENT} DESC, c.id LIMIT ${limit})`).join(' UNION ALL ')}) x
     ORDER BY x.sort_at DESC, x.id OFFSET ${page.skip} LIMIT ${page.take + 1}`,
      params: cursor ? [...params, cursor.sortKey, cursor.id] : params,
    },
    count: {
      sql: `SELECT count(*)::int AS n FROM (${branches.map((b) => `(SELECT 1 FROM checklist c WHERE ${b} AND ${filters} LIMIT ${COUNT_CAP + 1})`).join(' UNION ALL ')}) x`,
      params,
    },
  };
}

/**
 * A page of the checklists the viewer may list — their own ratings (any status) and submitted checklists about people
 * in their scope — newest first, after `after` (a cursor) and/or `skip` rows.
 */
export async function listChecklists(
  ctx: RequestContext, filter: ChecklistFilterInput, page: { skip: number; take: number; after?: string | null },
): Promise<ChecklistListPage> {
  const statements = checklistListStatements(ctx.viewer!, filter, page);
  const rows = await ctx.db.query<ChecklistRow & { sort_at: Date; sort_key: string }>(statements.page.sql, statements.page.params);
  const [count] = await ctx.db.query<{ n: number }>(statements.count.sql, statements.count.params);
  const hasNextPage = rows.length > page.take;
  const pageRows = rows.slice(0, page.take);
  const last = pageRows[pageRows.length - 1];
  const n = count?.n ?? 0;
  return {
    items: pageRows.map(({ sort_at: _at, sort_key: _key, ...row }) => row as ChecklistRow),
    totalCount: Math.min(n, COUNT_CAP), totalCountCapped: n > COUNT_CAP, hasNextPage,
    endCursor: last ? encodeCursor(last.sort_key, last.id) : null,
  };
}

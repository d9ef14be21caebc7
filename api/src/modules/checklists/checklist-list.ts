// The checklist list as SQL: keyset pages over three disjoint, indexed branches (UNION ALL rather than an OR that
// forces a scan of the organisation's checklists), and a count that stops counting at COUNT_CAP. Measured at a million
// checklists by scripts/bench/list-scale.mjs; each branch's plan is checked by test/checklists-list-plans.e2e-spec.ts.
import { InvalidInputError } from '../../common/errors';
import type { RequestContext, Viewer } from '../../common/request-context';
import { personScope, seesWholeOrganization } from '../../common/scope';
import type { ChecklistFilterInput } from './checklist.inputs';
import { ChecklistEntity } from '@tandem/database';
import { entitiesFrom } from '../../common/entity-rows';

/** The count is exact up to here; beyond it the list says "1,000+". */
export const COUNT_CAP = 1000;
const MAX_CURSOR_LENGTH = 200;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SORT_KEY = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
// "When" a checklist was last news: submitted, or last touched for a draft. Spelled as a CASE, exactly as the list's
// indexes are (migration 1764305000000): under row-level security Postgres never uses a COALESCE comparison as an
// index condition (it counts COALESCE as possibly leaky), so the cursor would be checked row by row.
const RECENT = '(CASE WHEN c.submitted_at IS NULL THEN c.updated_at ELSE c.submitted_at END)';
/**
 * Up to this many people in scope, the "about people in my scope" branch reads each person's newest checklists from
 * their own index (a supervisor's caseload); beyond it, it walks the organisation's newest checklists and keeps those
 * about someone in scope (a program manager's programs). About √(people in a large organisation): where reading up to
 * a page per person starts to cost more than skipping the organisation's checklists about people out of scope.
 */
export const SMALL_SCOPE = 64;

export interface ChecklistListPage {
  items: ChecklistEntity[];
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

/** How many people are in the viewer's scope, and (for a small scope only) who they are. */
export interface ListScope {
  n: number;
  ids: string[] | null;
}

/**
 * The people whose submitted checklists the viewer may list besides their own ratings: how many, and their ids when
 * there are at most SMALL_SCOPE of them (a long list of ids would cost the planner more than it saves: Postgres
 * estimates `= ANY(array)` element by element). Null when the viewer sees the whole organisation. Read first so the
 * list's shape fits the real size of the scope.
 */
export function scopeStatement(viewer: Viewer): ListStatement | null {
  if (seesWholeOrganization(viewer)) return null;
  const scope = personScope(viewer, 'p.id', 1);
  return {
    sql: `SELECT count(*)::int AS n, CASE WHEN count(*) <= ${SMALL_SCOPE} THEN coalesce(array_agg(p.id), '{}') END AS ids FROM person p WHERE ${scope.sql}`,
    params: scope.params,
  };
}

/** One branch of the list: where its rows come from, newest first, at most `limit` of them. */
type Branch = (select: string, limit: number) => string;

/**
 * The two statements behind a page — the page itself and the capped count — for a viewer, a filter, a position and
 * the viewer's scope (`scopeStatement`'s answer; null for the whole organisation).
 */
export function checklistListStatements(
  viewer: Viewer, filter: ChecklistFilterInput, page: { skip: number; take: number; after?: string | null }, scope: ListScope | null,
): { page: ListStatement; count: ListStatement } {
  const cursor = page.after ? decodeCursor(page.after) : null;
  const params: unknown[] = [
    viewer.personId, filter.subjectId ?? null, filter.teamId ?? null, filter.raterType ?? null, filter.status ?? null,
    filter.from ?? null, filter.to ?? null, !!filter.mine,
  ];
  // The dates are cast to timestamptz as Postgres would (in the session's zone) but before comparing: timestamptz
  // against timestamptz is leakproof, so under row-level security the range is an index condition.
  const filters = `($2::uuid IS NULL OR c.subject_id = $2) AND ($3::uuid IS NULL OR c.team_id = $3)
      AND ($4::text IS NULL OR c.rater_type = $4) AND ($5::text IS NULL OR c.status = $5)
      AND ($6::date IS NULL OR ${RECENT} >= $6::date::timestamptz) AND ($7::date IS NULL OR ${RECENT} < ($7::date + 1)::timestamptz)
      AND (NOT $8::boolean OR c.opened_by = $1)`;
  // The scope comes next (its ids as $9, or the scope predicate's parameters from $9); the cursor's two values last,
  // in the page statement only (the count ignores it).
  const about = `c.status = 'SUBMITTED' AND c.opened_by IS DISTINCT FROM $1 AND c.rater_id IS DISTINCT FROM $1`;
  const inScope = personScope(viewer, 'p.id', 9);
  // The third branch holds submitted checklists only: asked for drafts, it has none (and would walk its whole index to say so).
  const aboutOthers = !filter.mine && filter.status !== 'DRAFT';
  if (aboutOthers && scope) params.push(...(scope.ids ? [scope.ids] : inScope.params));
  const k = params.length + 1;
  const order = `ORDER BY ${RECENT} DESC, c.id`;
  const branches = (after: string): Branch[] => {
    const where = `${filters} AND ${after}`;
    const plain = (predicate: string): Branch => (select, limit) =>
      `SELECT ${select} FROM checklist c WHERE ${predicate} AND ${where} ${select === '1' ? '' : order} LIMIT ${limit}`;
    // Disjoint: opened by me; rated (not opened) by me; submitted about someone in my scope, neither opened nor rated by
    // me. The second says "opened by someone else" as `opened_by IS DISTINCT FROM rater_id`, its partial index's predicate.
    if (filter.mine) return [plain('c.opened_by = $1')];
    const mineOrRated = [plain('c.opened_by = $1'), plain('c.rater_id = $1 AND c.opened_by IS DISTINCT FROM c.rater_id')];
    if (!aboutOthers) return mineOrRated;
    const scoped: Branch = scope === null ? plain(about)
      : scope.ids === null ? plain(`${about} AND c.subject_id IN (SELECT p.id FROM person p WHERE ${inScope.sql})`)
        : (select, limit) => `SELECT ${select} FROM unnest($9::uuid[]) s(id) CROSS JOIN LATERAL (${
          plain(`c.subject_id = s.id AND ${about}`)(select === '1' ? '1' : 'c.*', limit)}) c ${select === '1' ? '' : order} LIMIT ${limit}`;
    return [...mineOrRated, scoped];
  };
  const after = cursor ? `${RECENT} <= $${k}::timestamptz AND (${RECENT} < $${k}::timestamptz OR c.id > $${k + 1}::uuid)` : 'TRUE';
  const limit = page.skip + page.take + 1;
  const columns = `c.*, ${RECENT} AS sort_at, to_char(${RECENT} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS sort_key`;
  return {
    page: {
      sql: `SELECT * FROM (${branches(after).map((b) => `(${b(columns, limit)})`).join(' UNION ALL ')}) x
     ORDER BY x.sort_at DESC, x.id OFFSET ${page.skip} LIMIT ${page.take + 1}`,
      params: cursor ? [...params, cursor.sortKey, cursor.id] : params,
    },
    count: {
      sql: `SELECT count(*)::int AS n FROM (${branches('TRUE').map((b) => `(${b('1', COUNT_CAP + 1)})`).join(' UNION ALL ')}) x`,
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
  const viewer = ctx.viewer!;
  const scopeSql = filter.mine || filter.status === 'DRAFT' ? null : scopeStatement(viewer);
  return ctx.db.run(async (em) => {
    const scope = scopeSql ? (await em.query<ListScope[]>(scopeSql.sql, scopeSql.params))[0] ?? { n: 0, ids: [] } : null;
    const statements = checklistListStatements(viewer, filter, page, scope);
    const rows = await em.query<(Record<string, unknown> & { id: string; sort_key: string })[]>(statements.page.sql, statements.page.params);
    const [count] = await em.query<{ n: number }[]>(statements.count.sql, statements.count.params);
    const hasNextPage = rows.length > page.take;
    const pageRows = rows.slice(0, page.take);
    const last = pageRows[pageRows.length - 1];
    const n = count?.n ?? 0;
    return {
      // Rows come back by column name; everything after the list works with entities.
      items: entitiesFrom(em, ChecklistEntity, pageRows),
      totalCount: Math.min(n, COUNT_CAP), totalCountCapped: n > COUNT_CAP, hasNextPage,
      endCursor: last ? encodeCursor(last.sort_key, last.id) : null,
    };
  });
}

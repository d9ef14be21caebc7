// The checklist list read by keyset cursor (`after`), the capped count, and the cursor's bad-input cases. The list's
// order and membership must be what the single OR predicate gave before it became three indexed branches.
import { codeOf, expectCode, gql } from './support/graphql';
import { answersFor, insertSubmittedChecklist, INSTRUMENT_KEY, uniformAnswers } from './support/checklist-helpers';
import { testClock } from './support/clock';
import { app, as, data, foreignAdmin, freshStaff, org, t, useChecklistsApp } from './support/checklists-setup';
import { graphql } from './gql';

useChecklistsApp();

const PAGE = graphql(`query Checklists($f: ChecklistFilterInput, $p: PageInput, $after: String) {
  checklists(filter: $f, page: $p, after: $after) { totalCount totalCountCapped pageInfo { endCursor hasNextPage } items { id } } }`);

interface Page { totalCount: number; totalCountCapped: boolean; pageInfo: { endCursor: string | null; hasNextPage: boolean }; items: { id: string }[] }

const page = async (token: string, f: Record<string, unknown>, take: number, after?: string | null, skip = 0): Promise<Page> =>
  data(await as(token, PAGE, { f, p: { skip, take }, after }), 'checklists') as Page;

/** Every page by cursor, `take` at a time. */
async function walk(token: string, f: Record<string, unknown>, take: number): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (let i = 0; i < 100; i++) {
    const p: Page = await page(token, f, take, after);
    ids.push(...p.items.map((c) => c.id));
    if (!p.pageInfo.hasNextPage) return ids;
    after = p.pageInfo.endCursor;
  }
  throw new Error('the cursor never reached the end');
}

/** The list as the single OR predicate ordered it (what the API answered before the branches). */
async function expected(viewerId: string, whole: boolean, subjectId: string): Promise<string[]> {
  const rows = await app.owner.query(
    `SELECT c.id FROM checklist c
     WHERE c.organization_id = $1 AND c.subject_id = $3
       AND (c.opened_by = $2 OR c.rater_id = $2 OR (c.status = 'SUBMITTED' AND ($4::boolean OR c.subject_id = $2 OR c.subject_id IN (
         SELECT a.supervisee_id FROM supervision_assignment a WHERE a.supervisor_id = $2 AND a.starts_on <= app_now()::date
           AND (a.ends_on IS NULL OR a.ends_on >= app_now()::date)))))
     ORDER BY coalesce(c.submitted_at, c.updated_at) DESC, c.id`,
    [org.id, viewerId, subjectId, whole],
  );
  return rows.map((r: { id: string }) => r.id);
}

let subject: Awaited<ReturnType<typeof freshStaff>>;

beforeAll(async () => {
  subject = await freshStaff();
  const base = testClock.nowMs() - 40 * 86_400_000;
  // Seven submitted checklists, two pairs sharing a submission instant (the id breaks the tie), rated by the supervisor and self.
  const at = [0, 1, 1, 2, 3, 3, 4].map((h) => new Date(base + h * 3_600_000));
  for (const [i, submittedAt] of at.entries()) {
    const self = i % 2 === 0;
    await insertSubmittedChecklist(app, org, {
      subjectId: subject.id, raterType: self ? 'SELF' : 'SUPERVISOR', raterId: self ? subject.id : org.people.supervisor.id, teamId: org.teams.a1,
      answers: answersFor(self ? 'SELF' : 'SUPERVISOR', ['D1', 'D2', 'D3', 'D4', 'D5', 'D6']), submittedAt,
    });
  }
  // Feedback from a person served: nobody opened it in the app (opened_by and rater_id are empty), yet it is listed.
  await insertSubmittedChecklist(app, org, {
    subjectId: subject.id, raterType: 'PERSON_SERVED', raterId: null, teamId: org.teams.a1, answers: uniformAnswers('PERSON_SERVED', 4),
    submittedAt: new Date(base + 2 * 3_600_000),
  });
  // A draft the subject opened: theirs to list, nobody else's.
  await as(subject.token, graphql(`mutation StartChecklist($i: StartChecklistInput!) { startChecklist(input: $i) { id } }`), {
    i: { instrumentKey: INSTRUMENT_KEY, subjectId: subject.id, raterType: 'SELF' },
  });
});

describe('checklists by keyset cursor', () => {
  it.each([
    ['an admin', () => t.admin, () => org.people.admin.id, true],
    ['the supervisor', () => t.supervisor, () => org.people.supervisor.id, false],
    ['the staff member themself', () => subject.token, () => subject.id, false],
  ])('walks every page for %s in the order and membership the OR predicate gave', async (_who, token, viewerId, whole) => {
    const f = { subjectId: subject.id };
    const want = await expected(viewerId(), whole, subject.id);
    expect(want.length).toBeGreaterThanOrEqual(8);
    for (const take of [1, 2, 3, 100]) expect(await walk(token(), f, take)).toEqual(want);
    // Offset pages (the web's pager) still answer the same slices, and the count is exact below the cap.
    const second = await page(token(), f, 3, null, 3);
    expect({ ids: second.items.map((c) => c.id), total: second.totalCount, capped: second.totalCountCapped })
      .toEqual({ ids: want.slice(3, 6), total: want.length, capped: false });
    // skip counts from the cursor.
    const first = await page(token(), f, 2);
    expect((await page(token(), f, 2, first.pageInfo.endCursor, 1)).items.map((c) => c.id)).toEqual(want.slice(3, 5));
  });

  it('the last page says there is no next one, and an empty list has no cursor', async () => {
    const all = await page(t.admin, { subjectId: subject.id }, 100);
    expect(all.pageInfo.hasNextPage).toBe(false);
    expect(all.pageInfo.endCursor).toEqual(expect.any(String));
    const none = await page(t.admin, { subjectId: subject.id, raterType: 'REVIEWER' }, 10);
    expect(none).toEqual({ totalCount: 0, totalCountCapped: false, pageInfo: { endCursor: null, hasNextPage: false }, items: [] });
  });

  it('counts up to 1,000 and then says 1,000+ (totalCountCapped)', async () => {
    const bulk = await freshStaff();
    const one = await insertSubmittedChecklist(app, org, {
      subjectId: bulk.id, raterType: 'SELF', raterId: bulk.id, teamId: org.teams.a1, answers: answersFor('SELF', ['D1', 'D2', 'D3', 'D4', 'D5', 'D6']),
    });
    const columns = (await app.owner.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'checklist' AND column_name NOT IN ('id', 'idempotency_key', 'submitted_at')`,
    )).map((r: { column_name: string }) => `"${r.column_name}"`).join(', ');
    await app.owner.query(
      `INSERT INTO checklist (${columns}, idempotency_key, submitted_at)
       SELECT ${columns}, 'bulk-' || g || '-' || c.id, c.submitted_at - g * interval '1 minute' FROM checklist c, generate_series(1, 1004) g WHERE c.id = $1`,
      [one],
    );
    const capped = await page(t.admin, { subjectId: bulk.id }, 5);
    expect({ total: capped.totalCount, capped: capped.totalCountCapped, next: capped.pageInfo.hasNextPage }).toEqual({ total: 1000, capped: true, next: true });
    expect((await page(bulk.token, { subjectId: bulk.id, mine: true }, 5)).totalCountCapped).toBe(true);
    expect(await walk(t.admin, { subjectId: bulk.id }, 100)).toHaveLength(1005);
  });

  it('shows nothing of another organisation, and refuses a signed-out caller', async () => {
    const mine = await page(t.admin, { subjectId: subject.id }, 2);
    expect((await page(foreignAdmin, { subjectId: subject.id }, 10, mine.pageInfo.endCursor)).items).toEqual([]);
    expect((await page(t.staff2, { subjectId: subject.id }, 10)).totalCount).toBe(0);
    expect(codeOf(await gql(app, PAGE, { f: {}, p: { take: 2 } }))).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['not base64', 'not a cursor!'],
    ['base64 of something else', Buffer.from('hello').toString('base64url')],
    ['a cursor with a bad id', Buffer.from(JSON.stringify(['2026-01-01T00:00:00.000000Z', 'x'])).toString('base64url')],
    ['a cursor with a bad time', Buffer.from(JSON.stringify(['yesterday', '00000000-0000-4000-8000-000000000000'])).toString('base64url')],
    ['an over-long cursor', 'a'.repeat(201)],
  ])('refuses %s with BAD_USER_INPUT', async (_label, after) => {
    expectCode(await as(t.admin, PAGE, { f: {}, p: { take: 2 }, after }), 'BAD_USER_INPUT');
  });
});

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchema, isObjectType } from 'graphql';
import { DAY_MS, MINUTE_MS, scoreChecklist } from '@tandem/shared';
import {
  FIELDS_NOT_FROM_ANSWERS, MIN_PERSON_SERVED_RESPONSES, PERSON_SERVED_FIELDS, pooledPersonServedMetrics,
} from '../src/modules/checklists/person-served-policy';
import {
  DEF, ensureInstrument, insertSubmittedChecklist, itemsOf, saveAnswers, startChecklist, submit, type Answer,
} from './support/checklist-helpers';
import { inOnePeriod, testClock, utcDayOf } from './support/clock';
import { createOrg, insertPerson, login, type TestOrg, type TestPerson } from './support/factories';
import { codeOf, dataOf, gql, gqlRaw } from './support/graphql';
import { startTestApp, type TestApp } from './support/test-app';
import { graphql } from './gql';
import type { DriftFilterInput } from './gql/graphql';

/**
 * Finding 4: nothing the person rated can reach is derived from fewer than three person-served items or fewer than
 * three responses. Every field person-served-policy.ts lists is asked for here as the person rated, through every
 * operation that returns it; and the list must classify every field of the types it covers.
 */

let app: TestApp;
let org: TestOrg;
let admin: string;
let supervisor: string;

beforeAll(async () => {
  app = await startTestApp({ LOGIN_MAX_ATTEMPTS_PER_IP: '10000' });
  org = await createOrg(app, 'Privacy');
  await ensureInstrument(app, org.id);
  // Small cells are shown (min cell size 1), so only the person-served rule can hide them.
  await app.owner.query(`UPDATE organization SET settings = settings || '{"minCellSize": 1}'::jsonb WHERE id = $1`, [org.id]);
  admin = await login(app, org.people.admin.email);
  supervisor = await login(app, org.people.supervisor.email);
});
afterAll(async () => app.close());

/** Short-form answers that give every kind of figure: core items `core`, drift items `drift` (4–5 raise item alerts). */
const answers = (core: number, drift: number): Answer[] =>
  itemsOf('PERSON_SERVED').map((i) => ({ itemCode: i.code, value: i.polarity === 'DRIFT' ? drift : core }));
const mfi100 = (a: Answer[]) => scoreChecklist(DEF, a, { raterType: 'PERSON_SERVED' }).mutualityIndex100!;

async function freshTeam(): Promise<string> {
  const [row] = await app.owner.query('INSERT INTO team (organization_id, program_id, name) VALUES ($1, $2, $3) RETURNING id', [org.id, org.programs.a, `Team ${Math.random()}`]);
  return row.id as string;
}

/** A rated person in a team of their own, supervised by the org's supervisor, signed in. */
async function ratedPerson(roles: ('STAFF' | 'SUPERVISOR' | 'ADMIN')[] = ['STAFF']): Promise<TestPerson & { token: string; teamId: string }> {
  const teamId = await freshTeam();
  const p = await insertPerson(app.owner, org.id, 'rated', roles, { teamId, supervisorId: org.people.supervisor.id });
  return { ...p, teamId, token: await login(app, p.email) };
}

const personServed = (subject: { id: string; teamId: string }, a: Answer[], at: number | Date) =>
  insertSubmittedChecklist(app, org, {
    subjectId: subject.id, raterType: 'PERSON_SERVED', raterId: null, teamId: subject.teamId, answers: a,
    submittedAt: typeof at === 'number' ? new Date(testClock.nowMs() - at * DAY_MS) : at,
  });

/** Noon on the 15th of the month before `nowMs`'s, `minutes` earlier: one rollup cell, whatever today is. */
function lastMonth(nowMs: number, minutes: number): Date {
  const now = new Date(nowMs);
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 15, 12) - minutes * MINUTE_MS);
}

const CHECKLIST_FIELDS = Object.keys(PERSON_SERVED_FIELDS).filter((k) => k.startsWith('Checklist.')).map((k) => k.slice('Checklist.'.length));
const SELECTION: Record<string, string> = {
  answers: 'answers { itemCode value comment }',
  scores: 'scores { dimensionCode score insufficient answered expected }',
  itemAlerts: 'itemAlerts { itemCode dimensionCode value driftPattern }',
  completeness: 'completeness { canSubmit problems warnings answered expected }',
  revisions: 'revisions { revision mutualityIndex reason }',
};
const FIELDS = `id raterType status subjectId version ${CHECKLIST_FIELDS.map((f) => SELECTION[f] ?? f).join(' ')}`;

/** Nothing in it: null, [], or an object of zeros, falses and empty lists. */
function empty(v: unknown): boolean {
  if (v === null || v === undefined) return true;
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v === 'object') return Object.values(v as object).every((x) => x === 0 || x === false || (Array.isArray(x) && x.length === 0));
  return false;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- responses are asserted field by field
function expectWithheld(checklist: Record<string, any>, how: string): void {
  for (const f of CHECKLIST_FIELDS) expect({ how, field: f, value: checklist[f], withheld: empty(checklist[f]) }).toMatchObject({ how, field: f, withheld: true });
}

describe('the policy classifies every field of the types that carry person-served answers', () => {
  const schema = buildSchema(readFileSync(resolve(__dirname, '..', 'schema.gql'), 'utf8'));
  it.each(Object.keys(FIELDS_NOT_FROM_ANSWERS))('%s', (typeName) => {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`${typeName} is not an object type in schema.gql`);
    const listed = [
      ...Object.keys(PERSON_SERVED_FIELDS).filter((k) => k.startsWith(`${typeName}.`)).map((k) => k.slice(typeName.length + 1)),
      ...FIELDS_NOT_FROM_ANSWERS[typeName as keyof typeof FIELDS_NOT_FROM_ANSWERS],
    ].sort();
    expect(listed).toEqual(Object.keys(type.getFields()).sort());
  });

  it('the default short form feeds only the Mutuality Fidelity Index from three or more items', () => {
    expect(pooledPersonServedMetrics(DEF)).toEqual(['MFI']);
  });
});

describe('one person-served response, as the person rated', () => {
  // The selections are built from the privacy registry (FIELDS), so these operations are sent raw.
  it('checklist(id) and checklists withhold every listed field; the supervisor sees scores, an admin the answers', async () => {
    const me = await ratedPerson();
    const id = await personServed(me, answers(2, 5), 3);
    expectWithheld(dataOf(await gqlRaw(app, `query($id: ID!) { checklist(id: $id) { ${FIELDS} } }`, { id }, { token: me.token }), 'checklist'), 'checklist');
    const list = dataOf(await gqlRaw(app, `query($s: ID) { checklists(filter: { subjectId: $s }) { items { ${FIELDS} } } }`, { s: me.id }, { token: me.token }), 'checklists');
    expect(list.items.map((c: { id: string }) => c.id)).toEqual([id]);
    expectWithheld(list.items[0], 'checklists');

    // Not vacuous: the same fields carry data for the supervisor, and item answers for an admin.
    const bySupervisor = dataOf(await gqlRaw(app, `query($id: ID!) { checklist(id: $id) { ${FIELDS} } }`, { id }, { token: supervisor }), 'checklist');
    for (const f of ['scores', 'itemAlerts', 'developmentAreas', 'mutualityIndex', 'mutualityIndex100', 'hierarchicalDriftIndex', 'medicalModelDriftIndex', 'band', 'completeness']) {
      expect({ field: f, empty: empty(bySupervisor[f]) }).toEqual({ field: f, empty: false });
    }
    expect(bySupervisor.answers).toEqual([]);
    const byAdmin = dataOf(await gql(app, graphql(`query ChecklistInPersonServedPrivacy($id: ID!) { checklist(id: $id) { answers { itemCode value } } }`), { id }, { token: admin }), 'checklist');
    expect(byAdmin.answers).toHaveLength(10);
  });

  it('an admin who is the person rated does not see the answers either', async () => {
    const me = await ratedPerson(['ADMIN', 'STAFF']);
    const id = await personServed(me, answers(2, 5), 3);
    expectWithheld(dataOf(await gqlRaw(app, `query($id: ID!) { checklist(id: $id) { ${FIELDS} } }`, { id }, { token: me.token }), 'checklist'), 'admin subject');
  });

  it('hand the tablet: the submit response and the stored checklist are withheld from the person rated', async () => {
    const me = await ratedPerson();
    const c = await startChecklist(app, me.token, me.id, 'PERSON_SERVED');
    await saveAnswers(app, me.token, c, answers(2, 5));
    const res = await gqlRaw(app, `mutation($i: SubmitChecklistInput!) { submitChecklist(input: $i) { ${FIELDS} } }`,
      { i: { checklistId: c.id, idempotencyKey: `key-${c.id}` } }, { token: me.token });
    const done = dataOf(res, 'submitChecklist');
    expect(done).toMatchObject({ status: 'SUBMITTED', raterType: 'PERSON_SERVED' });
    expectWithheld(done, 'submitChecklist');
    // A retry with the same key returns the stored submission, withheld as well.
    expectWithheld(await submit(app, me.token, c.id, `key-${c.id}`), 'submit retry');
    expectWithheld(dataOf(await gqlRaw(app, `query($id: ID!) { checklist(id: $id) { ${FIELDS} } }`, { id: c.id }, { token: me.token }), 'checklist'), 'after submit');
    // No way round it through an amendment: person-served responses are never amended.
    expect(codeOf(await gql(app, graphql(`mutation AmendChecklist($i: AmendChecklistInput!) { amendChecklist(input: $i) { id } }`),
      { i: { checklistId: c.id, version: done.version, answers: [], reason: 'Looking' } }, { token: me.token }))).toBe('FORBIDDEN');
  });
});

const PERSON_DRIFT = graphql(`query PersonDrift($p: ID!, $f: DriftFilterInput) { personDrift(personId: $p, filter: $f) {
  metrics { metric points { periodStart value n suppressed } } selfVsOthers { period self others gap } } }`);

interface Point { periodStart: string; value: number | null; n: number }
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- responses are asserted field by field
const shown = (drift: any, metric: string): Point[] => drift.metrics.find((m: { metric: string }) => m.metric === metric).points.filter((p: Point) => p.value !== null);

describe('a person’s own trend (personDrift), as the person rated', () => {
  it('person-served responses appear only in whole blocks of three, only in the index, whatever the window or granularity', async () => {
    const me = await ratedPerson();
    const drift = async (filter: Record<string, unknown>, token = me.token) =>
      dataOf(await gql(app, PERSON_DRIFT, { p: me.id, f: { raterTypes: ['PERSON_SERVED'], ...filter } }, { token }), 'personDrift');
    const a = [answers(2, 5), answers(4, 2), answers(5, 1), answers(3, 3)];
    // Noon on the 15th, four, three, two and one months back (from one clock read): each response in a month and a week
    // of its own whatever today is. (80, 60, 40 and 20 days back put two in one month for a third of the year's days.)
    const start = new Date(testClock.nowMs());
    const at = [4, 3, 2, 1].map((k) => new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() - k, 15, 12)));
    await personServed(me, a[0]!, at[0]!);
    await personServed(me, a[1]!, at[1]!);

    // Two responses: nothing, monthly or weekly; not in self vs others either. The supervisor sees them (n = 1 each).
    for (const granularity of ['MONTH', 'WEEK']) {
      const d = await drift({ granularity });
      for (const m of d.metrics) expect({ granularity, metric: m.metric, shown: shown(d, m.metric) }).toEqual({ granularity, metric: m.metric, shown: [] });
      expect(d.selfVsOthers.filter((g: { others: number | null }) => g.others !== null)).toEqual([]);
    }
    expect(shown(await drift({}, supervisor), 'MFI').map((p) => p.n)).toEqual([1, 1]);

    // The third completes a block: one point, n = 3, the mean of the three, at the third one's period.
    await personServed(me, a[2]!, at[2]!);
    const mean3 = Math.round(((mfi100(a[0]!) + mfi100(a[1]!) + mfi100(a[2]!)) / 3) * 10) / 10;
    for (const granularity of ['MONTH', 'WEEK']) {
      const d = await drift({ granularity });
      const points = shown(d, 'MFI');
      expect(points.map((p) => p.n)).toEqual([MIN_PERSON_SERVED_RESPONSES]);
      expect(points[0]!.value).toBeCloseTo(mean3, 1);
      // Dimensions and drift indices come from one or two short-form items: never shown.
      for (const m of d.metrics.filter((x: { metric: string }) => x.metric !== 'MFI')) expect({ metric: m.metric, shown: shown(d, m.metric) }).toEqual({ metric: m.metric, shown: [] });
      expect(d.selfVsOthers.filter((g: { others: number | null }) => g.others !== null)).toHaveLength(1);
    }

    // A fourth starts the next block: still only the first three. Windows that cut the block show nothing of it.
    await personServed(me, a[3]!, at[3]!);
    expect(shown(await drift({}), 'MFI').map((p) => p.n)).toEqual([3]);
    const dayFrom = (d: Date, days: number) => new Date(d.getTime() + days * DAY_MS).toISOString().slice(0, 10);
    expect(shown(await drift({ to: dayFrom(at[2]!, -1) }), 'MFI')).toEqual([]);
    expect(shown(await drift({ granularity: 'WEEK', from: dayFrom(at[1]!, 1) }), 'MFI').map((p) => p.n)).toEqual([3]);
  });
});

const TEAM_DRIFT = graphql(`query TeamDriftInPersonServedPrivacy($t: ID!, $f: DriftFilterInput) { teamDrift(teamId: $t, filter: $f) {
  metrics { metric points { value n } } itemsMoved { itemCode } selfVsOthers { others } actionMarkers { before after } } }`);
const OVERVIEW = graphql(`query DriftOverviewInPersonServedPrivacy($f: DriftFilterInput) { driftOverview(filter: $f) { kpis { mutualityIndex checklists }
  teams(page: { first: 100 }) { items { team { id } latest { mutualityIndex hierarchicalDriftIndex medicalModelDriftIndex n } dimensions { dimensionCode score n } series { metric points { value n } } } } } }`);

describe('team views, as a supervisor who is rated by persons served', () => {
  it('STAFF cannot open team views at all', async () => {
    const me = await ratedPerson();
    expect(codeOf(await gql(app, TEAM_DRIFT, { t: me.teamId }, { token: me.token }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(app, OVERVIEW, {}, { token: me.token }))).toBe('FORBIDDEN');
  });

  // The three responses share one "last month" (one clock read), and the views are read in the same month (inOnePeriod):
  // a new month starting between them would split the cell or move "latest" past it.
  it('person-served cells count only from three responses, and only for the index', () => inOnePeriod(async (now) => {
    const me = await ratedPerson(['SUPERVISOR']);
    const f: DriftFilterInput = { raterTypes: ['PERSON_SERVED'], teamIds: [me.teamId] };
    await personServed(me, answers(2, 5), lastMonth(now, 3));
    await personServed(me, answers(4, 2), lastMonth(now, 2));
    const team = async () => dataOf(await gql(app, TEAM_DRIFT, { t: me.teamId, f }, { token: me.token }), 'teamDrift');
    const overview = async () => dataOf(await gql(app, OVERVIEW, { f }, { token: me.token }), 'driftOverview');
    const values = (series: { metric: string; points: { value: number | null }[] }[], metric: string) =>
      series.find((s) => s.metric === metric)?.points.filter((p) => p.value !== null) ?? [];

    let t = await team();
    for (const m of t.metrics) expect({ metric: m.metric, shown: values(t.metrics, m.metric) }).toEqual({ metric: m.metric, shown: [] });
    expect(t.itemsMoved).toEqual([]);
    let o = await overview();
    expect(o.teams.items[0]!.latest).toMatchObject({ mutualityIndex: null, hierarchicalDriftIndex: null, medicalModelDriftIndex: null });
    expect(o.teams.items[0]!.dimensions.filter((d: { score: number | null }) => d.score !== null)).toEqual([]);

    await personServed(me, answers(5, 1), lastMonth(now, 1));
    t = await team();
    expect(values(t.metrics, 'MFI').length).toBeGreaterThan(0);
    for (const m of t.metrics.filter((x: { metric: string }) => x.metric !== 'MFI')) expect({ metric: m.metric, shown: values(t.metrics, m.metric) }).toEqual({ metric: m.metric, shown: [] });
    expect(t.itemsMoved).toEqual([]);
    o = await overview();
    expect(o.teams.items[0]!.latest.mutualityIndex).not.toBeNull();
    expect(o.teams.items[0]!.latest).toMatchObject({ hierarchicalDriftIndex: null, medicalModelDriftIndex: null });
    expect(o.teams.items[0]!.dimensions.filter((d: { score: number | null }) => d.score !== null)).toEqual([]);
  }, (ms) => utcDayOf(ms).slice(0, 7)));
});

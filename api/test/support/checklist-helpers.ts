import { randomBytes, randomUUID } from 'node:crypto';
import { applyRollupDeltas, checklistDeltas, ensureDefaultInstruments } from '@tandem/database';
import { DAY_MS, type InstrumentItem, itemsForRater, MUTUALITY_FIDELITY_V1, type RaterType, scoreChecklist } from '@tandem/shared';
import { hashToken, newToken } from '../../src/modules/auth/tokens';
import { createOrg, login, tokensFor, type RoleKey, type TestOrg } from './factories';
import { gql, type GqlResult } from './graphql';
import { startTestApp, type TestApp } from './test-app';
import { testClock } from './clock';
import { graphql } from '../gql';
import type { ChecklistFieldsFragment } from '../gql/graphql';

/** Checklist and analytics helpers shared by the checklists-*.e2e-spec.ts and analytics-*.e2e-spec.ts files and their matrix entries. */

export const INSTRUMENT_KEY = 'mutuality-fidelity';
export const DEF = MUTUALITY_FIDELITY_V1;

/** The default instrument, which `createOrg` (unlike createOrganization) does not create. Idempotent. */
export async function ensureInstrument(app: Pick<TestApp, 'owner'>, orgId: string): Promise<void> {
  await app.owner.transaction((em) => ensureDefaultInstruments(em, orgId));
}

export interface Answer {
  itemCode: string;
  value: number | null;
  comment?: string;
}

/** The items a rater type is asked, in display order. */
export const itemsOf = (raterType: RaterType): InstrumentItem[] => itemsForRater(DEF, raterType);

/** One answer per item the rater is asked: `core` on core items, `drift` (raw) on drift items. */
export function uniformAnswers(raterType: RaterType, core: number, drift = core): Answer[] {
  return itemsOf(raterType).map((i) => ({ itemCode: i.code, value: i.polarity === 'DRIFT' ? drift : core }));
}

/** Answers for only the given dimensions. */
export function answersFor(raterType: RaterType, dimensions: string[], value = 4): Answer[] {
  return itemsOf(raterType).filter((i) => dimensions.includes(i.dimensionCode)).map((i) => ({ itemCode: i.code, value }));
}

export const CHECKLIST_FIELDS = graphql(`fragment ChecklistFields on Checklist { id status raterType version revision submittedAt observationStart observationEnd subjectId raterId teamId
  instrumentVersionId mutualityIndex mutualityIndex100 hierarchicalDriftIndex medicalModelDriftIndex errandDriftIndex organisationalDriftIndex band
  rater { id } subject { id } team { id } instrumentVersion { version }
  answers { itemCode value comment }
  scores { dimensionCode score insufficient answered expected }
  developmentAreas itemAlerts { itemCode dimensionCode value driftPattern }
  completeness { canSubmit problems warnings answered expected }
  revisions { revision submittedAt amendedByName reason mutualityIndex createdAt } }`);

export const START = graphql(`mutation StartChecklistInChecklistHelpers($i: StartChecklistInput!) { startChecklist(input: $i) { ...ChecklistFields } }`);
export const SAVE = graphql(`mutation SaveChecklistAnswersInChecklistHelpers($i: SaveChecklistAnswersInput!) { saveChecklistAnswers(input: $i) { ...ChecklistFields } }`);
export const SUBMIT = graphql(`mutation SubmitChecklistInChecklistHelpers($i: SubmitChecklistInput!) { submitChecklist(input: $i) { ...ChecklistFields } }`);
export const AMEND = graphql(`mutation AmendChecklistInChecklistHelpers($i: AmendChecklistInput!) { amendChecklist(input: $i) { ...ChecklistFields } }`);
export const GET = graphql(`query ChecklistWithFields($id: ID!) { checklist(id: $id) { ...ChecklistFields } }`);

export const idempotencyKey = () => `key-${randomBytes(8).toString('hex')}`;

function must<T, K extends keyof T & string>(res: GqlResult<T>, field: K): T[K] {
  if (res.errors?.length || !res.data) throw new Error(`${field} failed: ${JSON.stringify(res.errors)}`);
  return res.data[field];
}

export type Checklist = ChecklistFieldsFragment;

export async function startChecklist(app: Pick<TestApp, 'url'>, token: string, subjectId: string, raterType: RaterType): Promise<Checklist> {
  return must(await gql(app, START, { i: { subjectId, raterType } }, { token }), 'startChecklist');
}

export async function saveAnswers(app: Pick<TestApp, 'url'>, token: string, c: { id: string; version: number }, answers: Answer[]): Promise<Checklist> {
  return must(await gql(app, SAVE, { i: { checklistId: c.id, version: c.version, answers } }, { token }), 'saveChecklistAnswers');
}

export async function submit(app: Pick<TestApp, 'url'>, token: string, checklistId: string, key = idempotencyKey()): Promise<Checklist> {
  return must(await gql(app, SUBMIT, { i: { checklistId, idempotencyKey: key } }, { token }), 'submitChecklist');
}

/** Starts (or resumes), answers and submits a checklist through the API, as a client would. */
export async function fillAndSubmit(
  app: Pick<TestApp, 'url'>, token: string, subjectId: string, raterType: RaterType, answers: Answer[],
): Promise<Checklist> {
  const started = await startChecklist(app, token, subjectId, raterType);
  const saved = await saveAnswers(app, token, started, answers);
  return submit(app, token, saved.id);
}

/**
 * A submitted checklist written straight into the database (owner connection), scored with the shared scoring
 * function, with its rollup contribution applied — the same rows the API writes on submit. For matrix samples, which
 * must not depend on a caller's rights.
 */
export async function insertSubmittedChecklist(
  app: Pick<TestApp, 'owner'>, org: TestOrg,
  opts: { subjectId: string; raterType: RaterType; raterId: string | null; teamId: string | null; answers: Answer[]; submittedAt?: Date },
): Promise<string> {
  await ensureInstrument(app, org.id);
  const [version] = await app.owner.query(
    `SELECT v.id FROM instrument_version v JOIN instrument i ON i.id = v.instrument_id
     WHERE i.organization_id = $1 AND i.key = $2 AND v.status = 'PUBLISHED' ORDER BY v.version DESC LIMIT 1`,
    [org.id, INSTRUMENT_KEY],
  );
  const s = scoreChecklist(DEF, opts.answers, { raterType: opts.raterType });
  const id = randomUUID();
  await app.owner.transaction(async (em) => {
    await em.query(
      `INSERT INTO checklist (id, organization_id, instrument_version_id, subject_id, rater_type, rater_id, opened_by, status, version, revision,
         observation_start, observation_end, team_id, idempotency_key, submitted_at, scores, mutuality_index, mutuality_index_100,
         hierarchical_drift_index, medical_model_drift_index, errand_drift_index, organisational_drift_index, band)
       VALUES ($1, $2, $3, $4, $5, $6, $6, 'SUBMITTED', 2, 1, app_now()::date - 30, app_now()::date, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`,
      [id, org.id, version.id, opts.subjectId, opts.raterType, opts.raterId, opts.teamId, `seed-${id}`, opts.submittedAt ?? testClock.now(),
        JSON.stringify(s), s.mutualityIndex, s.mutualityIndex100, s.hierarchicalDriftIndex, s.medicalModelDriftIndex, s.errandDriftIndex,
        s.organisationalDriftIndex, s.band],
    );
    await em.query(
      `INSERT INTO checklist_answer (organization_id, checklist_id, item_code, value)
       SELECT $1, $2, a.item_code, a.value FROM jsonb_to_recordset($3::jsonb) AS a(item_code text, value smallint)`,
      [org.id, id, JSON.stringify(opts.answers.map((a) => ({ item_code: a.itemCode, value: a.value })))],
    );
    await applyRollupDeltas(em, org.id, await checklistDeltas(em, [id], 1));
  });
  return id;
}

/** A fresh one-time person-served link for `subjectId` (as if created by `createdBy`); returns its raw token. */
export async function insertPersonServedLink(app: Pick<TestApp, 'owner'>, org: TestOrg, subjectId: string, createdBy: string): Promise<string> {
  await ensureInstrument(app, org.id);
  const [version] = await app.owner.query(
    `SELECT v.id FROM instrument_version v JOIN instrument i ON i.id = v.instrument_id
     WHERE i.organization_id = $1 AND i.key = $2 AND v.status = 'PUBLISHED' ORDER BY v.version DESC LIMIT 1`,
    [org.id, INSTRUMENT_KEY],
  );
  const token = newToken();
  await app.owner.query(
    `INSERT INTO person_served_link (organization_id, subject_id, instrument_version_id, token_hash, created_by, expires_at)
     VALUES ($1, $2, $3, $4, $5, app_now() + interval '14 days')`,
    [org.id, subjectId, version.id, hashToken(token), createdBy],
  );
  return token;
}

/** A stored annotation on a team (owner connection). */
export async function insertAnnotation(app: Pick<TestApp, 'owner'>, org: TestOrg, teamId: string, label = `Note ${randomBytes(3).toString('hex')}`): Promise<string> {
  const [row] = await app.owner.query(
    `INSERT INTO annotation (organization_id, team_id, on_date, label, kind) VALUES ($1, $2, app_now()::date, $3, 'NOTE') RETURNING id`,
    [org.id, teamId, label],
  );
  return row.id as string;
}

/** The metric_rollup cells of a team (owner connection), keyed `periodType|periodStart|raterType|metric`. */
export async function rollupOf(app: Pick<TestApp, 'owner'>, teamId: string): Promise<Map<string, { count: number; sum: number }>> {
  const rows: { period_type: string; period_start: string; rater_type: string; metric: string; count: number; sum: number }[] = await app.owner.query(
    `SELECT period_type, period_start::text AS period_start, rater_type, metric, count, sum FROM metric_rollup WHERE team_id = $1`, [teamId],
  );
  return new Map(rows.map((r) => [`${r.period_type}|${r.period_start}|${r.rater_type}|${r.metric}`, { count: r.count, sum: Number(r.sum) }]));
}

/** First day of the UTC month and Monday of the ISO week a moment falls in (the rollup period keys). */
export function periodKeys(at: Date | string): { MONTH: string; WEEK: string } {
  const d = new Date(at);
  const day = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const monday = new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * DAY_MS);
  return { MONTH: new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)).toISOString().slice(0, 10), WEEK: monday.toISOString().slice(0, 10) };
}

export interface TwoOrgs {
  app: TestApp;
  org: TestOrg;
  /** Tokens of every role in `org`. */
  t: Record<RoleKey, string>;
  foreign: TestOrg;
  foreignAdmin: string;
}

/** An app with two organisations that both have the default instrument, and signed-in tokens for the first. */
export async function startTwoOrgs(label: string): Promise<TwoOrgs> {
  const app = await startTestApp({ LOGIN_MAX_ATTEMPTS_PER_IP: '10000', LOGIN_MAX_FAILURES_PER_ACCOUNT: '10000' });
  const org = await createOrg(app, label);
  const foreign = await createOrg(app, 'Foreign');
  await ensureInstrument(app, org.id);
  await ensureInstrument(app, foreign.id);
  return { app, org, foreign, t: await tokensFor(app, org), foreignAdmin: await login(app, foreign.people.admin.email) };
}

import { type ChecklistScore, DAY_MS, reportFigure, toHundred } from '@tandem/shared';
import type { EntityManager } from 'typeorm';

/**
 * Metric rollups: count, sum and sum of squares per team × period × rater type × metric. All values are on a 0–100
 * scale so the drift detector can use them directly. The same functions feed the incremental updates (in the
 * write's own transaction) and the from-scratch rebuild, so both agree.
 *
 * Metrics: MFI (Mutuality Fidelity Index), HDI / MDI / EDI / ODI (hierarchical, medical-model, errand,
 * organisational drift), DIM:Dn (dimension score), ITEM:<code> (raw item rating, for "which items moved").
 */
export type PeriodType = 'WEEK' | 'MONTH';

export interface ChecklistForRollup {
  team_id: string | null;
  submitted_at: Date | string;
  rater_type: string;
  scores: ChecklistScore | null;
}

export interface RollupAnswer {
  item_code: string;
  value: number | null;
}

/** A 1–5 score on 0–100 as reported (the metric catalogue's scale). */
const to100 = (score: number) => reportFigure(toHundred(score));

/** The metric values one submitted checklist contributes. */
export function checklistMetrics(scores: ChecklistScore | null, answers: RollupAnswer[]): Map<string, number> {
  const out = new Map<string, number>();
  if (!scores) return out;
  if (scores.mutualityIndex100 !== null) out.set('MFI', scores.mutualityIndex100);
  if (scores.hierarchicalDriftIndex !== null) out.set('HDI', scores.hierarchicalDriftIndex);
  if (scores.medicalModelDriftIndex !== null) out.set('MDI', scores.medicalModelDriftIndex);
  if (scores.errandDriftIndex !== null) out.set('EDI', scores.errandDriftIndex);
  if (scores.organisationalDriftIndex !== null) out.set('ODI', scores.organisationalDriftIndex);
  for (const d of scores.dimensions) if (d.score !== null) out.set(`DIM:${d.dimensionCode}`, to100(d.score));
  for (const a of answers) if (a.value !== null) out.set(`ITEM:${a.item_code}`, to100(a.value));
  return out;
}

/** Monday of the ISO week and the first day of the month (UTC) that a moment falls in. */
export function periodStarts(at: Date | string): { WEEK: string; MONTH: string } {
  const d = new Date(at);
  const day = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const monday = new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * DAY_MS);
  return {
    WEEK: monday.toISOString().slice(0, 10),
    MONTH: new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)).toISOString().slice(0, 10),
  };
}

export interface RollupDelta {
  teamId: string;
  at: Date | string;
  raterType: string;
  metrics: Map<string, number>;
  /** +1 adds the values, −1 removes them (amendments and team moves remove the old contribution first). */
  sign: 1 | -1;
}

/** One cell's change as the rollup upsert takes it (`UPSERT_ROLLUPS_SQL`'s second parameter, as JSON). */
export interface RollupRow {
  team_id: string;
  period_type: PeriodType;
  period_start: string;
  rater_type: string;
  metric: string;
  count: number;
  sum: number;
  sum_sq: number;
}

/** The cells deltas change: one row per delta × metric × period type. */
export function rollupRows(deltas: RollupDelta[]): RollupRow[] {
  const rows: RollupRow[] = [];
  for (const d of deltas) {
    const periods = periodStarts(d.at);
    for (const [metric, value] of d.metrics) {
      for (const period_type of ['WEEK', 'MONTH'] as const) {
        rows.push({
          team_id: d.teamId, period_type, period_start: periods[period_type], rater_type: d.raterType, metric,
          count: d.sign, sum: d.sign * value, sum_sq: d.sign * value * value,
        });
      }
    }
  }
  return rows;
}

/** Adds rows of `rollupRows` (`$2`, JSON) to an organisation's (`$1`) rollups: count, sum and sum of squares. */
export const UPSERT_ROLLUPS_SQL = `INSERT INTO metric_rollup AS m (organization_id, team_id, period_type, period_start, rater_type, metric, count, sum, sum_sq)
     SELECT $1::uuid, r.team_id, r.period_type, r.period_start, r.rater_type, r.metric, sum(r.count), sum(r.sum), sum(r.sum_sq)
     FROM jsonb_to_recordset($2::jsonb) AS r(team_id uuid, period_type text, period_start date, rater_type text, metric text,
       count int, sum double precision, sum_sq double precision)
     GROUP BY r.team_id, r.period_type, r.period_start, r.rater_type, r.metric
     ON CONFLICT (organization_id, team_id, period_type, period_start, rater_type, metric) DO UPDATE
       SET count = m.count + EXCLUDED.count, sum = m.sum + EXCLUDED.sum, sum_sq = m.sum_sq + EXCLUDED.sum_sq`;

/** Applies deltas in one statement per call: upsert count/sum/sum_sq, then (after a withdrawal) drop cells that fell to zero. */
export async function applyRollupDeltas(em: EntityManager, organizationId: string, deltas: RollupDelta[]): Promise<void> {
  const rows = rollupRows(deltas);
  if (rows.length === 0) return;
  await em.query(UPSERT_ROLLUPS_SQL, [organizationId, JSON.stringify(rows)]);
  // Only a withdrawal (an amendment's old revision, a team move) can bring a cell to zero.
  if (deltas.every((d) => d.sign > 0)) return;
  await em.query(
    `DELETE FROM metric_rollup WHERE organization_id = $1 AND count <= 0
       AND (team_id, period_start) IN (SELECT r.team_id, r.period_start FROM jsonb_to_recordset($2::jsonb) AS r(team_id uuid, period_start date))`,
    [organizationId, JSON.stringify(rows.map((r) => ({ team_id: r.team_id, period_start: r.period_start })))],
  );
}

/**
 * Maps every item code of every published version of each instrument to its code in the newest version, by
 * composing the versions' crosswalks — so item trends continue across instrument edits. Retired items keep their code.
 */
export async function currentItemCodes(em: EntityManager): Promise<Map<string, Map<string, string>>> {
  return itemCodeMaps(await em.query(
    `SELECT id, instrument_id, definition->'crosswalk' AS crosswalk FROM instrument_version
     WHERE status = 'PUBLISHED' ORDER BY instrument_id, version`,
  ));
}

/** A published version's crosswalk as `itemCodeMaps` reads it (the crosswalk of its definition). */
export interface PublishedCrosswalk {
  id: string;
  instrument_id: string;
  crosswalk: readonly { fromItemCode: string; toItemCode: string | null }[] | null;
}

/**
 * `currentItemCodes` from published versions in hand, ordered by instrument and version (e.g. from cached definitions:
 * a published version never changes, so only the list of an instrument's published versions must be read afresh).
 */
export function itemCodeMaps(versions: readonly PublishedCrosswalk[]): Map<string, Map<string, string>> {
  const byInstrument = new Map<string, PublishedCrosswalk[]>();
  for (const v of versions) byInstrument.set(v.instrument_id, [...(byInstrument.get(v.instrument_id) ?? []), v]);
  const byVersion = new Map<string, Map<string, string>>();
  for (const list of byInstrument.values()) {
    // Walk from the newest version back: version k's codes map through the crosswalks of versions k+1 … newest.
    let later = new Map<string, string>();
    for (let i = list.length - 1; i >= 0; i--) {
      byVersion.set(list[i]!.id, later);
      const step = new Map<string, string>();
      for (const c of list[i]!.crosswalk ?? []) if (c.toItemCode) step.set(c.fromItemCode, later.get(c.toItemCode) ?? c.toItemCode);
      later = step;
    }
  }
  return byVersion;
}

/** The contribution of submitted checklists, read back from the database (used by amendments, team moves and rebuilds). */
export async function checklistDeltas(em: EntityManager, checklistIds: string[], sign: 1 | -1): Promise<RollupDelta[]> {
  if (checklistIds.length === 0) return [];
  const rows: (ChecklistForRollup & { id: string; instrument_version_id: string })[] = await em.query(
    `SELECT id, team_id, submitted_at, rater_type, scores, instrument_version_id FROM checklist
     WHERE id = ANY($1::uuid[]) AND status = 'SUBMITTED' AND team_id IS NOT NULL`,
    [checklistIds],
  );
  if (rows.length === 0) return [];
  const answers: (RollupAnswer & { checklist_id: string })[] = await em.query(
    'SELECT checklist_id, item_code, value FROM checklist_answer WHERE checklist_id = ANY($1::uuid[])', [rows.map((r) => r.id)],
  );
  const byChecklist = new Map<string, RollupAnswer[]>();
  for (const a of answers) byChecklist.set(a.checklist_id, [...(byChecklist.get(a.checklist_id) ?? []), a]);
  return deltasOfSubmitted(em, rows.map((r) => ({ ...r, answers: byChecklist.get(r.id) ?? [] })), sign);
}

/**
 * The contribution of submitted checklists the caller already holds with their answers (the submit path has both in
 * hand, so it sends no statement to read them back). Checklists without a team contribute nothing.
 */
export async function deltasOfSubmitted(
  em: EntityManager,
  checklists: (ChecklistForRollup & { instrument_version_id: string; answers: RollupAnswer[] })[],
  sign: 1 | -1,
): Promise<RollupDelta[]> {
  const counted = checklists.filter((c) => c.team_id !== null);
  if (counted.length === 0) return [];
  const codeMaps = await currentItemCodes(em);
  return counted.map((r) => ({
    teamId: r.team_id!, at: r.submitted_at, raterType: r.rater_type, sign, metrics: metricsUnderCurrentCodes(codeMaps, r.instrument_version_id, r.scores, r.answers),
  }));
}

/** `checklistMetrics` with the items under their current codes (see `currentItemCodes`). */
export function metricsUnderCurrentCodes(
  codeMaps: Map<string, Map<string, string>>, instrumentVersionId: string, scores: ChecklistScore | null, answers: RollupAnswer[],
): Map<string, number> {
  const map = codeMaps.get(instrumentVersionId);
  return checklistMetrics(scores, answers.map((a) => ({ ...a, item_code: map?.get(a.item_code) ?? a.item_code })));
}

/** Language patterns counted in supervision notes (weighted hits), plus the words they were counted over. */
export const LANGUAGE_METRICS = ['MEDICAL_MODEL', 'HIERARCHICAL', 'ERRAND', 'MUTUALITY'] as const;

/**
 * The contribution of supervision notes to the language rollups (rater type NOTE): LANG:WORDS sums the words and
 * LANG:<pattern> the weighted hits, so a team-month's density per 1 000 words is sum(LANG:p) / sum(LANG:WORDS) × 1 000.
 */
export async function noteDeltas(em: EntityManager, noteIds: string[], sign: 1 | -1): Promise<RollupDelta[]> {
  if (noteIds.length === 0) return [];
  const rows: { team_id: string; held_at: Date; language_totals: Record<string, number> | null; language_word_count: number }[] = await em.query(
    `SELECT team_id, held_at, language_totals, language_word_count FROM supervision_note
     WHERE id = ANY($1::uuid[]) AND team_id IS NOT NULL AND language_word_count > 0`,
    [noteIds],
  );
  return rows.map((r) => {
    const metrics = new Map<string, number>([['LANG:WORDS', r.language_word_count]]);
    for (const p of LANGUAGE_METRICS) metrics.set(`LANG:${p}`, Number(r.language_totals?.[p] ?? 0));
    return { teamId: r.team_id, at: r.held_at, raterType: 'NOTE', sign, metrics };
  });
}

/**
 * Recomputes every rollup of an organisation from the submitted checklists and the supervision notes, set-based in
 * SQL (a few statements, whatever the size). It computes exactly what `checklistMetrics` / `noteDeltas` contribute
 * per checklist or note — the rollup-equality test compares it with the incremental path. Returns the number of rows.
 */
export async function rebuildRollups(em: EntityManager, organizationId: string): Promise<number> {
  await em.query('DELETE FROM metric_rollup WHERE organization_id = $1', [organizationId]);
  // A large hash aggregate: give it room in memory for this transaction only.
  await em.query(`SELECT set_config('work_mem', '128MB', true)`);
  const codeMaps = await currentItemCodes(em);
  const crosswalk = [...codeMaps].flatMap(([version, map]) => [...map].map(([from, to]) => ({ version, from, to })));
  await em.query(REBUILD_CHECKLISTS_SQL, [organizationId, JSON.stringify(crosswalk)]);
  await em.query(REBUILD_NOTES_SQL, [organizationId, LANGUAGE_METRICS.map((p) => `LANG:${p}`)]);
  const [count] = await em.query('SELECT count(*)::int AS n FROM metric_rollup WHERE organization_id = $1', [organizationId]);
  return count.n;
}

/** `to100` in SQL: Math.round(x) is floor(x + 0.5) for the non-negative values here, in the same double precision. */
const TO100 = (score: string) => `floor(((${score}) - 1) / 4 * 1000 + 0.5) / 10`;

/**
 * One value per checklist × metric (indices, dimension scores, item ratings under their current codes), summed per
 * team × ISO week × month × rater type × metric; the week and month cells are then sums of those groups. The checklists
 * are read once, keeping only the figures the metrics need (not the whole score document), and the cells are inserted
 * in the primary key's order, so the index grows at its right edge instead of splitting pages all over it.
 */
const REBUILD_CHECKLISTS_SQL = `
  WITH crosswalk AS (
    SELECT * FROM jsonb_to_recordset($2::jsonb) AS x(version uuid, "from" text, "to" text)
  ), c AS (
    SELECT id, team_id, rater_type, instrument_version_id, scores->'dimensions' AS dimensions,
      (scores->>'mutualityIndex100')::float8 AS mfi, (scores->>'hierarchicalDriftIndex')::float8 AS hdi,
      (scores->>'medicalModelDriftIndex')::float8 AS mdi, (scores->>'errandDriftIndex')::float8 AS edi,
      (scores->>'organisationalDriftIndex')::float8 AS odi,
      date_trunc('week', submitted_at AT TIME ZONE 'UTC')::date AS week, date_trunc('month', submitted_at AT TIME ZONE 'UTC')::date AS month
    FROM checklist
    WHERE organization_id = $1 AND status = 'SUBMITTED' AND team_id IS NOT NULL AND jsonb_typeof(scores) = 'object'
  ), vals AS (
    SELECT c.team_id, c.rater_type, c.week, c.month, m.metric, m.value
    FROM c CROSS JOIN LATERAL (VALUES ('MFI', c.mfi), ('HDI', c.hdi), ('MDI', c.mdi), ('EDI', c.edi), ('ODI', c.odi)) AS m(metric, value)
    WHERE m.value IS NOT NULL
    UNION ALL
    SELECT c.team_id, c.rater_type, c.week, c.month, 'DIM:' || (d->>'dimensionCode'), ${TO100(`(d->>'score')::float8`)}
    FROM c CROSS JOIN LATERAL jsonb_array_elements(c.dimensions) AS d
    WHERE jsonb_typeof(c.dimensions) = 'array' AND (d->>'score') IS NOT NULL
    UNION ALL
    SELECT c.team_id, c.rater_type, c.week, c.month, 'ITEM:' || coalesce(x."to", a.item_code), ${TO100('a.value::float8')}
    FROM c JOIN checklist_answer a ON a.organization_id = $1 AND a.checklist_id = c.id
    LEFT JOIN crosswalk x ON x.version = c.instrument_version_id AND x."from" = a.item_code
    WHERE a.value IS NOT NULL
  ), cells AS (
    SELECT team_id, rater_type, week, month, metric, count(*)::int AS n, sum(value) AS s, sum(value * value) AS ss
    FROM vals GROUP BY team_id, rater_type, week, month, metric
  )
  INSERT INTO metric_rollup (organization_id, team_id, period_type, period_start, rater_type, metric, count, sum, sum_sq)
  SELECT $1, team_id, period_type, period_start, rater_type, metric, n, s, ss FROM (
    SELECT team_id, 'WEEK' AS period_type, week AS period_start, rater_type, metric, sum(n) AS n, sum(s) AS s, sum(ss) AS ss
    FROM cells GROUP BY team_id, week, rater_type, metric
    UNION ALL
    SELECT team_id, 'MONTH', month, rater_type, metric, sum(n), sum(s), sum(ss) FROM cells GROUP BY team_id, month, rater_type, metric
  ) z ORDER BY team_id, period_type, period_start, rater_type, metric`;

/** The language rollups (rater type NOTE) from the notes' stored totals, as `noteDeltas` contributes them. */
const REBUILD_NOTES_SQL = `
  WITH n AS (
    SELECT team_id, date_trunc('week', held_at AT TIME ZONE 'UTC')::date AS week, date_trunc('month', held_at AT TIME ZONE 'UTC')::date AS month,
      language_totals, language_word_count
    FROM supervision_note WHERE organization_id = $1 AND team_id IS NOT NULL AND language_word_count > 0
  ), vals AS (
    SELECT team_id, week, month, 'LANG:WORDS' AS metric, language_word_count::float8 AS value FROM n
    UNION ALL
    SELECT n.team_id, n.week, n.month, p.metric, coalesce((n.language_totals->>substr(p.metric, 6))::float8, 0)
    FROM n CROSS JOIN unnest($2::text[]) AS p(metric)
  ), cells AS (
    SELECT team_id, week, month, metric, count(*)::int AS n, sum(value) AS s, sum(value * value) AS ss FROM vals GROUP BY 1, 2, 3, 4
  )
  INSERT INTO metric_rollup (organization_id, team_id, period_type, period_start, rater_type, metric, count, sum, sum_sq)
  SELECT $1, team_id, 'WEEK', week, 'NOTE', metric, sum(n), sum(s), sum(ss) FROM cells GROUP BY team_id, week, metric
  UNION ALL
  SELECT $1, team_id, 'MONTH', month, 'NOTE', metric, sum(n), sum(s), sum(ss) FROM cells GROUP BY team_id, month, metric`;

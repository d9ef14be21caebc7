import { itemsForRater, type ChecklistScore, type InstrumentDefinition } from '@tandem/shared';
import { hasRole, type RequestContext } from '../../common/request-context';

/**
 * Person-served feedback stays the person served's. The peer specialist they rated (the person rated) often knows who
 * answered — the form was handed over on their own tablet — so nothing the person rated can reach is derived from
 * fewer than three person-served items or from fewer than three responses. Item answers are shown to admins other
 * than the person rated, never to the person rated or to anyone else.
 *
 * This is the one list of GraphQL fields that touch person-served answers, with what each gives the person rated;
 * api/test/person-served-privacy.e2e-spec.ts asks for every entry as the person rated, and fails when a field of
 * these types is added to the schema without being classified here (PERSON_SERVED_FIELDS or FIELDS_NOT_FROM_ANSWERS).
 */
export const MIN_PERSON_SERVED_ITEMS = 3;
export const MIN_PERSON_SERVED_RESPONSES = 3;

export type PersonServedTreatment =
  /** One response: the person rated gets null / an empty list / zeros. */
  | 'withheld'
  /** Only responses released in blocks of three (see releasePersonServed) and only metrics from ≥ 3 items. */
  | 'pooled'
  /** Read from team rollups: person-served cells count only from three responses and for metrics from ≥ 3 items. */
  | 'pooled-cells';

export const PERSON_SERVED_FIELDS = {
  // One person-served response (Checklist with raterType PERSON_SERVED, submitted), seen by its subject.
  'Checklist.answers': 'withheld',
  'Checklist.scores': 'withheld',
  'Checklist.itemAlerts': 'withheld',
  'Checklist.developmentAreas': 'withheld',
  'Checklist.mutualityIndex': 'withheld',
  'Checklist.mutualityIndex100': 'withheld',
  'Checklist.hierarchicalDriftIndex': 'withheld',
  'Checklist.medicalModelDriftIndex': 'withheld',
  'Checklist.errandDriftIndex': 'withheld',
  'Checklist.organisationalDriftIndex': 'withheld',
  'Checklist.band': 'withheld',
  'Checklist.mutualityIndexUnavailableReason': 'withheld',
  'Checklist.completeness': 'withheld',
  'Checklist.revisions': 'withheld',
  // A person's own trend (personDrift), seen by that person.
  'PersonDrift.metrics': 'pooled',
  'PersonDrift.selfVsOthers': 'pooled',
  // Team views (admins, program managers, supervisors — a supervisor can be rated too): every figure comes from readCells.
  'TeamDrift.metrics': 'pooled-cells',
  'TeamDrift.itemsMoved': 'pooled-cells',
  'TeamDrift.selfVsOthers': 'pooled-cells',
  'TeamDrift.actionMarkers': 'pooled-cells',
  'DriftOverview.kpis': 'pooled-cells',
  'DriftOverview.teams': 'pooled-cells',
  // The first screen's lists and program rollups are the same team summaries (and counts of their signals).
  'DriftOverview.attention': 'pooled-cells',
  'DriftOverview.improving': 'pooled-cells',
  'DriftOverview.programs': 'pooled-cells',
} as const satisfies Record<string, PersonServedTreatment>;

/**
 * The other fields of the types above: not derived from answers (who, when, which form, which window), so safe for
 * everyone who may see the object. Together with PERSON_SERVED_FIELDS they classify every field of these types.
 */
export const FIELDS_NOT_FROM_ANSWERS = {
  Checklist: [
    'id', 'status', 'raterType', 'version', 'revision', 'submittedAt', 'observationStart', 'observationEnd', 'subjectId', 'raterId',
    'instrumentVersionId', 'teamId', 'createdAt', 'updatedAt', 'subject', 'rater', 'team', 'instrumentVersion',
  ],
  PersonDrift: ['person', 'from', 'to', 'granularity', 'raterTypes', 'annotations'],
  TeamDrift: ['team', 'from', 'to', 'granularity', 'raterTypes', 'minCellSize', 'annotations', 'supervision'],
  DriftOverview: ['from', 'to', 'granularity', 'raterTypes', 'minCellSize', 'periods'],
} as const;

type WithheldChecklistField = {
  [K in keyof typeof PERSON_SERVED_FIELDS]: K extends `Checklist.${infer F}` ? F : never;
}[keyof typeof PERSON_SERVED_FIELDS];

interface ChecklistLike {
  raterType: string;
  status: string;
  subjectId: string;
}

/** Whether this viewer is the person rated by this submitted person-served response (so it is withheld from them). */
export function withheldFromViewer(ctx: RequestContext, c: ChecklistLike): boolean {
  return c.raterType === 'PERSON_SERVED' && c.status === 'SUBMITTED' && ctx.viewer?.personId === c.subjectId;
}

/** Item answers of a submitted person-served response: admins only, and never the person rated. */
export function mayReadPersonServedAnswers(ctx: RequestContext, c: ChecklistLike): boolean {
  if (c.raterType !== 'PERSON_SERVED' || c.status !== 'SUBMITTED') return true;
  return hasRole(ctx.viewer, 'ADMIN') && !withheldFromViewer(ctx, c);
}

const SCALAR_CHECKLIST_FIELDS = [
  'mutualityIndex', 'mutualityIndex100', 'hierarchicalDriftIndex', 'medicalModelDriftIndex', 'errandDriftIndex', 'organisationalDriftIndex', 'band',
] as const satisfies readonly WithheldChecklistField[];

/** The checklist as this viewer may see it: the plain score fields of a withheld response are null. */
export function checklistForViewer<T extends ChecklistLike & Record<(typeof SCALAR_CHECKLIST_FIELDS)[number], unknown>>(ctx: RequestContext, c: T): T {
  if (!withheldFromViewer(ctx, c)) return c;
  const copy = { ...c };
  for (const f of SCALAR_CHECKLIST_FIELDS) (copy as Record<string, unknown>)[f] = null;
  return copy;
}

/**
 * Metrics (as in the rollups: MFI, HDI, MDI, EDI, ODI, DIM:Dx, ITEM:x) that the short form feeds from at least three
 * items. For the default instrument only MFI (10 items); its dimensions have 1–2 short-form items each.
 */
export function pooledPersonServedMetrics(def: InstrumentDefinition): string[] {
  const items = itemsForRater(def, 'PERSON_SERVED');
  const inIndex = new Set(def.dimensions.filter((d) => d.inIndex).map((d) => d.code as string));
  const counts = new Map<string, number>();
  const add = (metric: string) => counts.set(metric, (counts.get(metric) ?? 0) + 1);
  for (const item of items) {
    add(`DIM:${item.dimensionCode}`);
    if (inIndex.has(item.dimensionCode)) {
      add('MFI');
      if (item.polarity === 'DRIFT' && item.driftPattern === 'HIERARCHICAL') add('HDI');
      if (item.polarity === 'DRIFT' && item.driftPattern === 'MEDICAL_MODEL') add('MDI');
      if (item.polarity === 'DRIFT' && item.driftPattern === 'ERRAND') add('EDI');
    } else {
      add('ODI');
    }
  }
  return [...counts].filter(([, n]) => n >= MIN_PERSON_SERVED_ITEMS).map(([metric]) => metric).sort();
}

const CELL_FILTER = (minimum: string, metrics: string) => `(rater_type <> 'PERSON_SERVED' OR (count >= ${minimum} AND metric = ANY(${metrics}::text[])))`;

/**
 * SQL for metric_rollup rows: person-served rows count only with at least three responses in the cell and only for
 * `metrics` (pooledPersonServedMetrics). `$first` and `$first + 1` are the parameters returned.
 */
export function personServedCellFilter(first: number, metrics: string[]): { sql: string; params: unknown[] } {
  return { sql: CELL_FILTER(`$${first}`, `$${first + 1}`), params: [MIN_PERSON_SERVED_RESPONSES, metrics] };
}

/** The same filter with named parameters (`:psMinResponses`, `:psMetrics`), for a query builder or `namedQuery`. */
export function personServedCellWhere(metrics: string[]): { sql: string; params: Record<string, unknown> } {
  return { sql: CELL_FILTER(':psMinResponses', ':psMetrics'), params: { psMinResponses: MIN_PERSON_SERVED_RESPONSES, psMetrics: metrics } };
}

/** A submitted person-served response as the person's own trend reads it (see releasePersonServed). */
export interface PersonServedResponse {
  id: string;
  submitted_at: Date;
  scores: ChecklistScore;
}

/**
 * The person rated sees their person-served responses only in fixed blocks of three, in the order they came in: a
 * block is released at its third response's time, and every member counts in that period; an incomplete last block
 * is not shown. Blocks do not depend on the query (window, granularity), so no choice of filters isolates one
 * response: any figure is a mean over whole blocks. (Which metrics they may feed: pooledPersonServedMetrics.)
 */
export function releasePersonServed<T extends PersonServedResponse>(rows: T[]): T[] {
  const sorted = [...rows].sort((a, b) => +new Date(a.submitted_at) - +new Date(b.submitted_at) || a.id.localeCompare(b.id));
  const out: T[] = [];
  for (let i = 0; i + MIN_PERSON_SERVED_RESPONSES <= sorted.length; i += MIN_PERSON_SERVED_RESPONSES) {
    const block = sorted.slice(i, i + MIN_PERSON_SERVED_RESPONSES);
    const releasedAt = block[block.length - 1]!.submitted_at;
    for (const r of block) out.push({ ...r, submitted_at: releasedAt });
  }
  return out;
}

import { DAY_MS, type InstrumentDefinition, type InstrumentItem, itemsForRater, MUTUALITY_FIDELITY_V1, type RaterType, scoreChecklist } from '@tandem/shared';
import type { EntityManager } from 'typeorm';
import type { TeamStory } from './demo-roster';
import { seededRandom, seededUuid } from './random';

/** Months of history generated for the demo organisation (the last one is the current month). */
export const DEMO_HISTORY_MONTHS = 20;

interface Level {
  /** Mean raw rating of core items per dimension (1–5). */
  core: Record<string, number>;
  /** Mean raw rating of drift items per pattern (1–5, higher = more drift). */
  drift: { HIERARCHICAL: number; MEDICAL_MODEL: number; ERRAND: number };
}

const ramp = (m: number, from: number, to: number, a: number, b: number) =>
  m <= from ? a : m >= to ? b : a + ((b - a) * (m - from)) / (to - from);

/**
 * The story each team's practice follows month by month (m = 0 … 19, 19 = this month). The first year is the
 * baseline the control charts freeze; the story unfolds over the last eight months:
 *  STABLE — steady, mostly mutual practice;
 *  MEDICAL_MODEL_DRIFT — from month 12 (seven months ago) medical-model items creep up and lived-experience sharing
 *    and listening fade, while supervision lapses;
 *  HIERARCHICAL_DRIFT — from month 11 advice-giving and deciding-for creep up, shared power fades;
 *  RECOVERING — drifting for its first year, an intervention at month 12 (seven months ago), back to good practice by month 17.
 */
export function storyLevel(story: TeamStory, m: number): Level {
  const core = { D1: 4.1, D2: 4.0, D3: 4.0, D4: 4.2, D5: 4.1, D6: 4.1, D7: 3.6 };
  const drift = { HIERARCHICAL: 1.8, MEDICAL_MODEL: 1.7, ERRAND: 2.0 };
  switch (story) {
    case 'STABLE':
      return { core, drift };
    case 'MEDICAL_MODEL_DRIFT':
      return {
        core: { ...core, D3: ramp(m, 12, 19, 4.0, 2.9), D4: ramp(m, 12, 19, 4.2, 3.3), D6: ramp(m, 12, 19, 4.1, 3.4), D7: ramp(m, 12, 19, 3.6, 2.8) },
        drift: { ...drift, MEDICAL_MODEL: ramp(m, 12, 19, 1.7, 3.9) },
      };
    case 'HIERARCHICAL_DRIFT':
      return {
        core: { ...core, D1: ramp(m, 11, 19, 4.1, 3.0), D5: ramp(m, 11, 19, 4.1, 3.2) },
        drift: { ...drift, HIERARCHICAL: ramp(m, 11, 19, 1.8, 3.6) },
      };
    case 'RECOVERING': {
      const bad = { D1: 3.2, D2: 3.3, D3: 3.1, D4: 3.4, D5: 3.2, D6: 3.1, D7: 3.0 };
      const c = Object.fromEntries(Object.keys(core).map((k) => [k, ramp(m, 12, 17, bad[k as keyof typeof bad], core[k as keyof typeof core])]));
      return { core: c, drift: { HIERARCHICAL: ramp(m, 12, 17, 3.0, 1.9), MEDICAL_MODEL: ramp(m, 12, 17, 3.3, 1.8), ERRAND: ramp(m, 12, 17, 2.8, 2.0) } };
    }
  }
}

export interface DemoSubject {
  id: string;
  teamId: string;
  story: TeamStory;
  supervisorId: string | null;
  /** Skip this month's self-assessment (so the demo staff login has one due). */
  selfDueNow: boolean;
  /** No ratings before the person started. */
  startedMonthsAgo: number;
}

interface GeneratedChecklist {
  subjectId: string;
  raterType: RaterType;
  raterId: string | null;
  teamId: string;
  submittedAt: Date;
  answers: { itemCode: string; value: number | null; comment: string }[];
}

function monthStart(today: Date, monthsAgo: number): Date {
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - monthsAgo, 1));
}

function answer(item: InstrumentItem, level: Level, bias: number, personOffset: number, rand: () => number): number | null {
  if (item.naAllowed && rand() < 0.04) return null;
  const gauss = (rand() + rand() + rand() - 1.5) * 0.9;
  const mean = item.polarity === 'DRIFT' ? level.drift[item.driftPattern ?? 'ERRAND'] - bias : (level.core[item.dimensionCode] ?? 4) + bias + personOffset;
  return Math.min(5, Math.max(1, Math.round(mean + gauss)));
}

function generate(def: InstrumentDefinition, subjects: DemoSubject[], today: Date): GeneratedChecklist[] {
  const rand = seededRandom(7_2026);
  const out: GeneratedChecklist[] = [];
  const offsets = new Map(subjects.map((s) => [s.id, (rand() - 0.5) * 0.6]));
  subjects.forEach((s, index) => {
    for (let m = 0; m < DEMO_HISTORY_MONTHS; m++) {
      const monthsAgo = DEMO_HISTORY_MONTHS - 1 - m;
      if (monthsAgo >= s.startedMonthsAgo) continue;
      const level = storyLevel(s.story, m);
      const start = monthStart(today, monthsAgo);
      const daysInMonth = monthsAgo === 0 ? Math.max(1, today.getUTCDate() - 1) : 28;
      const at = (day: number) => new Date(start.getTime() + (Math.min(day, daysInMonth - 1) * 24 + 9 + Math.floor(rand() * 8)) * 3600_000);
      const rate = (raterType: RaterType, raterId: string | null, bias: number, day: number) => {
        const items = itemsForRater(def, raterType);
        out.push({
          subjectId: s.id, raterType, raterId, teamId: s.teamId, submittedAt: at(day),
          answers: items.map((item) => ({ itemCode: item.code, value: answer(item, level, bias, offsets.get(s.id)!, rand), comment: '' })),
        });
      };
      // Self-assessments run higher than others' ratings (Chinman et al. 2016): +0.35 on core, −0.3 on drift.
      if (!(monthsAgo === 0 && s.selfDueNow) && !(monthsAgo === 0 && today.getUTCDate() < 8)) rate('SELF', s.id, 0.35, 2 + Math.floor(rand() * 20));
      if (s.supervisorId && m % 3 === index % 3 && monthsAgo > 0) rate('SUPERVISOR', s.supervisorId, 0, 10 + Math.floor(rand() * 12));
      if (m % 6 === index % 6 && monthsAgo > 0) rate('PERSON_SERVED', null, 0.15, 5 + Math.floor(rand() * 20));
    }
  });
  return out;
}

/** Inserts 20 months of scored, submitted checklists that tell the demo story. Returns how many were created. */
export async function seedDemoChecklists(em: EntityManager, orgId: string, subjects: DemoSubject[], today: Date): Promise<number> {
  const def = MUTUALITY_FIDELITY_V1;
  const [version] = await em.query(
    `SELECT v.id FROM instrument_version v JOIN instrument i ON i.id = v.instrument_id
     WHERE i.organization_id = $1 AND i.key = $2 AND v.status = 'PUBLISHED' ORDER BY v.version DESC LIMIT 1`,
    [orgId, def.key],
  );
  const generated = generate(def, subjects, today);
  const idRand = seededRandom(99_2026);
  const rows = generated.map((g) => {
    const s = scoreChecklist(def, g.answers, { raterType: g.raterType });
    const windowStart = new Date(g.submittedAt.getTime() - 30 * DAY_MS).toISOString().slice(0, 10);
    return {
      id: seededUuid(idRand), subject_id: g.subjectId, rater_type: g.raterType, rater_id: g.raterId, opened_by: g.raterId, team_id: g.teamId,
      submitted_at: g.submittedAt.toISOString(), observation_start: windowStart, observation_end: g.submittedAt.toISOString().slice(0, 10),
      scores: s, mutuality_index: s.mutualityIndex, mutuality_index_100: s.mutualityIndex100,
      hierarchical_drift_index: s.hierarchicalDriftIndex, medical_model_drift_index: s.medicalModelDriftIndex,
      errand_drift_index: s.errandDriftIndex, organisational_drift_index: s.organisationalDriftIndex, band: s.band,
      answers: g.answers,
    };
  });
  for (let i = 0; i < rows.length; i += 200) {
    const batch = rows.slice(i, i + 200);
    await em.query(
      `INSERT INTO checklist (id, organization_id, instrument_version_id, subject_id, rater_type, rater_id, opened_by, team_id, status, version,
         revision, submitted_at, created_at, updated_at, observation_start, observation_end, scores, mutuality_index, mutuality_index_100,
         hierarchical_drift_index, medical_model_drift_index, errand_drift_index, organisational_drift_index, band)
       SELECT r.id, $1, $2, r.subject_id, r.rater_type, r.rater_id, r.opened_by, r.team_id, 'SUBMITTED', 2, 1, r.submitted_at, r.submitted_at,
         r.submitted_at, r.observation_start, r.observation_end, r.scores, r.mutuality_index, r.mutuality_index_100,
         r.hierarchical_drift_index, r.medical_model_drift_index, r.errand_drift_index, r.organisational_drift_index, r.band
       FROM jsonb_to_recordset($3::jsonb) AS r(id uuid, subject_id uuid, rater_type text, rater_id uuid, opened_by uuid, team_id uuid,
         submitted_at timestamptz, observation_start date, observation_end date, scores jsonb, mutuality_index numeric,
         mutuality_index_100 numeric, hierarchical_drift_index numeric, medical_model_drift_index numeric, errand_drift_index numeric,
         organisational_drift_index numeric, band text)`,
      [orgId, version.id, JSON.stringify(batch.map((r) => ({ ...r, answers: undefined })))],
    );
    const answers = batch.flatMap((r) => r.answers.map((a) => ({ checklist_id: r.id, item_code: a.itemCode, value: a.value, comment: a.comment })));
    await em.query(
      `INSERT INTO checklist_answer (organization_id, checklist_id, item_code, value, comment)
       SELECT $1, a.checklist_id, a.item_code, a.value, a.comment FROM jsonb_to_recordset($2::jsonb) AS a(checklist_id uuid, item_code text, value smallint, comment text)`,
      [orgId, JSON.stringify(answers)],
    );
  }
  return rows.length;
}

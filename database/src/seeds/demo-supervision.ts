import { aggregateReflections, DAY_MS, DEFAULT_LEXICON, formatRRuleDate, HOUR_MS, MINUTE_MS, reflectLanguage } from '@tandem/shared';
import type { EntityManager } from 'typeorm';
import { DEMO_TEAMS, type TeamStory } from './demo-roster';
import { seededRandom, seededUuid } from './random';

/**
 * Twelve months of supervision that fit the checklist story (demo-checklists.ts): stable teams meet every week or two
 * and write mutual, signed notes; Inpatient Bridge (Dr. Helen Marsh, no lived experience) lapses from about seven
 * months ago — missed and cancelled sessions, undocumented ones, clinical-consultation notes in medical-model language,
 * none in the last three weeks; Riverside Outreach drifts toward advice-giving from about nine months ago; Harbor House
 * drifted early, had a team intervention seven months ago with action items that were followed up, and recovered.
 * Series are stored exactly as the API schedules them (local wall time + zone + RRULE) so the API expands the same dates.
 */
export interface DemoSupervisionPerson {
  id: string;
  name: string;
  teamKey: string | null;
  supervisorId: string | null;
  isSupervisor: boolean;
}

export const DEMO_TIME_ZONE = 'America/New_York';
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
type Outcome = 'NOTE' | 'HELD' | 'MISSED' | 'CANCELLED' | 'UNMARKED';

// ── time: floating ms (UTC fields = wall time in DEMO_TIME_ZONE) → instants, as the API does ──
const fmt = new Intl.DateTimeFormat('en-US', { timeZone: DEMO_TIME_ZONE, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
function offset(instant: number): number {
  const p = Object.fromEntries(fmt.formatToParts(instant).map((x) => [x.type, Number(x.value)]));
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour! % 24, p.minute!) - Math.floor(instant / MINUTE_MS) * MINUTE_MS;
}
function instantOf(floating: number): Date {
  const before = offset(floating - DAY_MS / 2);
  const after = offset(floating + DAY_MS / 2);
  const ok = [before, after].map((o) => floating - o).filter((t) => t + offset(t) === floating).sort((a, b) => a - b);
  return new Date(ok[0] ?? floating - before);
}
const isoLocal = (floating: number) => new Date(floating).toISOString().slice(0, 19);
const utcDay = (d: Date) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
const ramp = (x: number, from: number, to: number, a: number, b: number) => (x <= from ? a : x >= to ? b : a + ((b - a) * (x - from)) / (to - from));

// ── what notes say, by story and phase ({p} = the supervisee's first name) ──
interface Voice { types: string[]; dims: string[]; codes: string[]; codeRate: number; note: string[]; strengths: string[]; concerns: string[]; reflection: string[] }
const MUTUAL: Voice = {
  types: ['SUPPORTIVE', 'EDUCATIONAL'], dims: ['D1', 'D2', 'D3', 'D4', 'D5', 'D6'], codes: ['X1', 'H1'], codeRate: 0.08,
  note: [
    'We explored how {p} shared their own recovery story with someone new this week and what made it feel purposeful.',
    'Together we looked at a conversation where the person set the pace; {p} noticed how much changed when they asked what would be helpful.',
    '{p} talked about a goal written in the person’s own words and how they negotiated what to share with the team.',
    'We reflected on reciprocity: what {p} learned from the people they walk alongside, and what matters to them in the work.',
  ],
  strengths: ['Curious, person-led conversations.', 'Uses lived experience with purpose.', 'Checks in about the relationship.', 'Holds hope without pushing.'],
  concerns: ['', '', 'Workload is high this month.', 'A little tired; we talked about rest.'],
  reflection: ['I noticed I listen better when I slow down.', 'Sharing my own story helped us both.', 'I want to keep asking what matters to them.', 'Good to talk it through together.'],
};
/** Everyday supervision talk with no lexicon phrases, so notes have a realistic length (and densities per 1 000 words). */
const EVERYDAY = [
  'We started with a check-in about how the week had been and what had taken most energy.',
  'We went through the diary for the coming fortnight and agreed which meetings {p} will lead.',
  '{p} talked about a conversation that went well and what made it work.',
  'We looked at the training calendar and picked the next session on trauma-informed practice.',
  'We talked about workload and agreed a realistic number of new introductions for next month.',
  'We reflected on boundaries around text messages outside working hours.',
  '{p} described how a community group has been welcoming people who are new to the area.',
  'We discussed the handover with the evening team and how information is shared.',
  'We noted two people who have moved on to other support and how endings were handled.',
  'We spent some time on self-care and what helps {p} rest between busy days.',
  '{p} shared what they learned from shadowing a colleague in another team.',
  'Next time we will come back to this topic and see how it feels then.',
  'We talked about the team meeting and how peer perspectives are being heard there.',
  'We reviewed the notes template and agreed it is working well enough for now.',
];

const VOICES: Record<string, Voice> = {
  STABLE: MUTUAL,
  MEDICAL_MODEL_DRIFT: {
    types: ['CLINICAL_CONSULTATION', 'ADMINISTRATIVE'], dims: ['D3', 'D4', 'D6'], codes: ['M1', 'M2', 'M3', 'M4', 'M6', 'O2'], codeRate: 0.8,
    note: [
      'Reviewed {p}’s caseload. One patient was non-compliant with medication and symptomatic; risk assessment completed on the ward.',
      '{p} presented the presenting problem for two patients; discussed symptoms, diagnosis and the treatment plan goal.',
      'Discussed a patient who lacks insight into illness; {p} to monitor medication compliance and report to the team.',
      'Case review: decompensating patient, mental status noted; {p} assessed client for discharge readiness.',
    ],
    strengths: ['Reliable with ward routines.', 'Good at documentation.', 'Knows the discharge process.'],
    concerns: ['Chronic patient refused treatment.', 'Patient in denial about relapse.', 'High acuity on the ward.'],
    reflection: ['I have not shared my own story for a while.', 'It feels like I am doing the nurses’ job.', '', 'Not sure where the peer role fits on this ward.'],
  },
  HIERARCHICAL_DRIFT: {
    types: ['ADMINISTRATIVE', 'EDUCATIONAL'], dims: ['D1', 'D5', 'D6'], codes: ['H1', 'H3', 'H5', 'H6', 'H7'], codeRate: 0.75,
    note: [
      '{p} said they told him to go to the housing office; my client needs to follow the plan. I told him to keep the appointment.',
      '{p} set limits with a person who failed to attend; he was not allowed back in the van until he agreed.',
      'Reviewed {p}’s caseload: clients need to comply with the program rules; gave advice on consequences.',
      '{p} reported to the team that the client failed to complete paperwork and was non-cooperative.',
    ],
    strengths: ['Gets things done quickly.', 'Knows every service in town.', 'Organised.'],
    concerns: ['Deciding for people rather than with them.', 'Rules first, relationship second.', ''],
    reflection: ['I worry they will lose the flat if I do not push.', 'The team expects me to check up on people.', '', 'Maybe I talk more than I listen now.'],
  },
  RECOVERING_BEFORE: {
    types: ['ADMINISTRATIVE', 'SUPPORTIVE'], dims: ['D1', 'D3', 'D5'], codes: ['H1', 'M5', 'M6', 'I1'], codeRate: 0.7,
    note: [
      'Mostly rota and paperwork. {p} drove client to appointments most of the week; goals copied from the treatment plan goal.',
      '{p} says the patient needs to engage; I told him to keep notes short. Little time to talk about practice.',
      'Short session. {p} ran errands for two people and covered the front desk.',
    ],
    strengths: ['Dependable.', 'Cares a lot.'],
    concerns: ['Errands are taking over.', 'Peer role unclear on the team.', 'Not sharing lived experience.'],
    reflection: ['I feel more like a driver than a peer.', '', 'I miss the conversations.'],
  },
  RECOVERING_AFTER: {
    ...MUTUAL, codes: ['M6', 'H1'], codeRate: 0.15,
    note: [
      'Followed up the actions from the team day: {p} shared part of their own recovery story with purpose and we explored how it landed.',
      'We looked at two goals {p} wrote in the person’s own words; together we decided what to bring to the team meeting.',
      '{p} said the errands have dropped; more time for conversations about what matters to them.',
      ...MUTUAL.note,
    ],
  },
};

function voiceFor(story: TeamStory, ago: number): { voice: Voice; drifting: number } {
  switch (story) {
    case 'MEDICAL_MODEL_DRIFT': return ago <= 7 ? { voice: VOICES.MEDICAL_MODEL_DRIFT!, drifting: ramp(7 - ago, 0, 7, 0.4, 1) } : { voice: MUTUAL, drifting: 0 };
    case 'HIERARCHICAL_DRIFT': return ago <= 9 ? { voice: VOICES.HIERARCHICAL_DRIFT!, drifting: ramp(9 - ago, 0, 9, 0.3, 1) } : { voice: MUTUAL, drifting: 0 };
    case 'RECOVERING': return ago >= 7 ? { voice: VOICES.RECOVERING_BEFORE!, drifting: 1 } : { voice: VOICES.RECOVERING_AFTER!, drifting: 0 };
    default: return { voice: MUTUAL, drifting: 0 };
  }
}

function outcomeFor(story: TeamStory, ago: number, daysAgo: number, rand: () => number): Outcome {
  const r = rand();
  if (story === 'MEDICAL_MODEL_DRIFT' && ago <= 7) {
    if (daysAgo <= 21) return daysAgo <= 10 && r < 0.5 ? 'UNMARKED' : 'CANCELLED'; // nothing held lately: overdue
    const lapse = ramp(7 - ago, 0, 7, 0.12, 0.45);
    return r < lapse / 2 ? 'MISSED' : r < lapse ? 'CANCELLED' : r < lapse + 0.2 ? 'HELD' : 'NOTE';
  }
  if (story === 'RECOVERING' && ago >= 7) return r < 0.15 ? 'MISSED' : r < 0.3 ? 'CANCELLED' : r < 0.42 ? 'HELD' : 'NOTE';
  if (story === 'HIERARCHICAL_DRIFT' && ago <= 9) return r < 0.06 ? 'MISSED' : r < 0.14 ? 'CANCELLED' : r < 0.22 ? 'HELD' : 'NOTE';
  // Well-supervised teams kept their last month of sessions, so they are never overdue "today", whatever today is.
  if (daysAgo <= 35) return 'NOTE';
  return r < 0.04 ? 'MISSED' : r < 0.08 ? 'CANCELLED' : 'NOTE';
}

interface Row { [column: string]: unknown }

async function insertRows(em: EntityManager, table: string, columns: Record<string, string>, rows: Row[]): Promise<void> {
  const names = Object.keys(columns);
  for (let i = 0; i < rows.length; i += 300) {
    await em.query(
      `INSERT INTO ${table} (${names.join(', ')}) SELECT ${names.map((n) => `r.${n}`).join(', ')}
       FROM jsonb_to_recordset($1::jsonb) AS r(${names.map((n) => `${n} ${columns[n]}`).join(', ')})`,
      [JSON.stringify(rows.slice(i, i + 300))],
    );
  }
}

/** Inserts the demo organisation's supervision history. Deterministic for a given `today`. */
export async function seedDemoSupervision(em: EntityManager, orgId: string, people: DemoSupervisionPerson[], today: Date): Promise<{ sessions: number; notes: number }> {
  const rand = seededRandom(5_2026);
  const ids = seededRandom(6_2026);
  const details = new Map<string, { started: number; teamId: string | null }>(
    (await em.query(
      `SELECT p.id, p.started_on::text AS started_on, tm.team_id FROM person p
       LEFT JOIN team_membership tm ON tm.person_id = p.id AND tm.ends_on IS NULL WHERE p.id = ANY($1::uuid[])`,
      [people.map((p) => p.id)],
    ) as { id: string; started_on: string | null; team_id: string | null }[]).map((r) => [r.id, { started: r.started_on ? Date.parse(`${r.started_on}T00:00:00Z`) : 0, teamId: r.team_id }]),
  );
  const storyOf = new Map(DEMO_TEAMS.map((t) => [t.key, t.story]));
  const first = (id: string) => people.find((p) => p.id === id)?.name.replace(/^Dr\. /, '').split(' ')[0] ?? 'they';
  const todayDay = utcDay(today);
  const historyStart = Date.UTC(today.getUTCFullYear() - 1, today.getUTCMonth(), today.getUTCDate());
  const monthsAgo = (t: number) => (today.getUTCFullYear() - new Date(t).getUTCFullYear()) * 12 + today.getUTCMonth() - new Date(t).getUTCMonth();
  const interventionDay = Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 7, 12);
  const sessions: Row[] = [];
  const links: Row[] = [];
  const occurrences: Row[] = [];
  const notes: Row[] = [];
  const reflections: Row[] = [];
  const items: Row[] = [];
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

  /** A session row; returns its id. */
  const session = (o: { supervisorId: string; supervisees: string[]; modality: string; channel: string; minutes: number; local: number; rule: string | null; endsAt: Date | null; adHoc?: boolean }) => {
    const id = seededUuid(ids);
    const startsAt = instantOf(o.local);
    sessions.push({
      id, organization_id: orgId, supervisor_id: o.supervisorId, modality: o.modality, channel: o.channel, duration_minutes: o.minutes, time_zone: DEMO_TIME_ZONE,
      starts_local: isoLocal(o.local), starts_at: startsAt.toISOString(), recurrence: o.rule, series_ends_at: (o.endsAt ?? (o.rule ? null : new Date(startsAt.getTime() + o.minutes * MINUTE_MS)))?.toISOString() ?? null,
      ad_hoc: !!o.adHoc, created_by: o.supervisorId, created_at: new Date(startsAt.getTime() - 7 * DAY_MS).toISOString(),
    });
    for (const s of o.supervisees) links.push({ organization_id: orgId, session_id: id, supervisee_id: s });
    return id;
  };

  /** The past occurrence's outcome, and its note when there is one. */
  const held = (
    sessionId: string, supervisorId: string, supervisees: string[], start: Date, minutes: number, story: TeamStory,
    opts: { outcome?: Outcome; content?: Row; items?: (noteId: string) => Row[] } = {},
  ) => {
    if (start.getTime() >= today.getTime()) return;
    const ago = monthsAgo(start.getTime());
    const daysAgo = (today.getTime() - start.getTime()) / DAY_MS;
    const outcome = opts.outcome ?? outcomeFor(story, ago, daysAgo, rand);
    if (outcome === 'UNMARKED') return;
    occurrences.push({
      id: seededUuid(ids), organization_id: orgId, session_id: sessionId, original_start: start.toISOString(), starts_at: start.toISOString(), duration_minutes: minutes,
      status: outcome === 'NOTE' || outcome === 'HELD' ? 'COMPLETED' : outcome, status_reason: outcome === 'CANCELLED' ? pick(['Supervisor on the ward', 'Staff shortage', 'Training day']) : '',
    });
    if (outcome !== 'NOTE') return;
    const { voice, drifting } = voiceFor(story, ago);
    const p = first(supervisees[0]!);
    const text = (list: string[]) => pick(list).replaceAll('{p}', p);
    const content: Row = {
      dimensions: [...new Set([pick(voice.dims), pick(voice.dims)])].sort(),
      drift_codes: rand() < voice.codeRate * Math.max(drifting, 0.3) ? [...new Set([pick(voice.codes), ...(rand() < drifting / 2 ? [pick(voice.codes)] : [])])].sort() : [],
      session_types: [voice.types[0]!, ...(rand() < 0.35 ? [voice.types[1]!] : [])],
      supervisor_note: [text(voice.note), ...Array.from({ length: 8 + Math.floor(rand() * 6) }, () => text(EVERYDAY))].join(' '),
      strengths: text(voice.strengths), concerns: text(voice.concerns),
      ...opts.content,
    };
    const dims = content.dimensions as string[];
    const note = { supervisor_note: content.supervisor_note as string, strengths: content.strengths as string, concerns: content.concerns as string };
    const refl = supervisees.map((s) => ({ s, text: pick(voice.reflection) }));
    const language = aggregateReflections([note.supervisor_note, note.strengths, note.concerns, ...refl.map((r) => r.text)].filter(Boolean).map((t) => reflectLanguage(t, DEFAULT_LEXICON)));
    const recent = daysAgo < 14;
    const superviseesSign = !recent && !(story === 'MEDICAL_MODEL_DRIFT' && drifting > 0 && rand() < 0.35);
    const supervisorSigns = !recent || rand() < 0.5;
    const status = supervisorSigns && superviseesSign ? 'LOCKED' : supervisorSigns ? 'SIGNED_BY_SUPERVISOR' : 'DRAFT';
    const id = seededUuid(ids);
    const stamp = (days: number) => new Date(start.getTime() + days * DAY_MS).toISOString();
    notes.push({
      id, organization_id: orgId, session_id: sessionId, original_start: start.toISOString(), held_at: start.toISOString(), team_id: details.get(supervisees[0]!)?.teamId ?? null,
      status, version: status === 'DRAFT' ? 1 : 3, ...content, language_totals: language.totals,
      language_word_count: language.wordCount, supervisor_signed_at: supervisorSigns ? stamp(1) : null, supervisor_signed_by: supervisorSigns ? supervisorId : null,
      finalized_at: supervisorSigns ? stamp(1) : null, finalized_by: supervisorSigns ? supervisorId : null,
      locked_at: status === 'LOCKED' ? stamp(2) : null, created_by: supervisorId, created_at: stamp(0.1), updated_at: stamp(status === 'LOCKED' ? 2 : 0.2),
    });
    for (const r of refl) reflections.push({ organization_id: orgId, note_id: id, supervisee_id: r.s, reflection: r.text, signed_at: superviseesSign ? stamp(2) : null });
    if (opts.items) items.push(...opts.items(id));
    else if (rand() < (story === 'MEDICAL_MODEL_DRIFT' && drifting ? 0.2 : 0.35)) {
      const due = start.getTime() + 14 * DAY_MS;
      const owner = story === 'MEDICAL_MODEL_DRIFT' && drifting ? supervisorId : supervisees[0]!;
      const state = story === 'MEDICAL_MODEL_DRIFT' && drifting ? 'OPEN' : due < today.getTime() - 7 * DAY_MS ? (rand() < 0.85 ? 'DONE' : rand() < 0.5 ? 'DROPPED' : 'OPEN') : 'OPEN';
      items.push(item(id, owner, story === 'MEDICAL_MODEL_DRIFT' && drifting ? 'Arrange peer-role training for the ward team' : pick(ACTIONS), dims[0]!, due, state, supervisorId));
    }
  };
  const item = (noteId: string, owner: string, description: string, dimension: string, due: number, status: string, by: string, checklistId: string | null = null): Row => ({
    id: seededUuid(ids), organization_id: orgId, note_id: noteId, description, owner_id: owner, due_on: new Date(due).toISOString().slice(0, 10), dimension, status,
    checklist_id: checklistId, created_by: by, completed_at: status === 'OPEN' ? null : new Date(due - 3 * DAY_MS).toISOString(),
    // Agreed at the session, two weeks before it falls due (never "today" for an action due months ago).
    created_at: new Date(due - 14 * DAY_MS).toISOString(),
  });

  // 1. One-to-one series: weekly in a person's first six months, every two weeks after; Harbor weekly for two months after
  //    its team day. Each change of cadence starts a new series (the previous one ends with UNTIL), as the API would.
  const supervisees = people.filter((p) => p.supervisorId && p.teamKey);
  supervisees.forEach((p, index) => {
    const story = storyOf.get(p.teamKey!) ?? 'STABLE';
    const startedOn = details.get(p.id)?.started ?? 0;
    const from = Math.max(startedOn, historyStart);
    const weekday = 1 + (index % 4);
    const hour = [9, 10, 11, 14, 15][index % 5]!;
    const minutes = story === 'HIERARCHICAL_DRIFT' ? 30 : 60;
    // Weekly for the first six calendar months (as the default policy counts them), then every two weeks.
    const sixMonthsIn = Date.UTC(new Date(startedOn).getUTCFullYear(), new Date(startedOn).getUTCMonth() + 6, new Date(startedOn).getUTCDate());
    const weekly = (d: number) => d < sixMonthsIn || (story === 'RECOVERING' && d >= interventionDay && d < interventionDay + 60 * DAY_MS);
    const runs: { every: number; dates: number[] }[] = [];
    for (let d = from + (((weekday - new Date(from).getUTCDay()) + 7) % 7) * DAY_MS; d < todayDay + 120 * DAY_MS;) {
      const every = weekly(d) ? 1 : 2;
      if (runs.at(-1)?.every !== every) runs.push({ every, dates: [] });
      runs.at(-1)!.dates.push(d);
      d += every * 7 * DAY_MS;
    }
    runs.forEach((run, i) => {
      const finite = i < runs.length - 1;
      const last = instantOf(run.dates.at(-1)! + hour * HOUR_MS);
      const rule = `FREQ=WEEKLY${run.every > 1 ? `;INTERVAL=${run.every}` : ''};BYDAY=${WEEKDAYS[weekday]}${finite ? `;UNTIL=${formatRRuleDate(last)}` : ''}`;
      const sid = session({
        supervisorId: p.supervisorId!, supervisees: [p.id], modality: 'INDIVIDUAL', channel: index % 3 === 0 ? 'VIDEO' : 'IN_PERSON', minutes,
        local: run.dates[0]! + hour * HOUR_MS, rule, endsAt: finite ? new Date(last.getTime() + minutes * MINUTE_MS) : null,
      });
      for (const d of run.dates) held(sid, p.supervisorId!, [p.id], instantOf(d + hour * HOUR_MS), minutes, story);
    });
  });

  // 2. Monthly peer co-reflection for every team but the inpatient ward (first Wednesday, 15:00, 90 minutes).
  for (const team of DEMO_TEAMS.filter((t) => t.story !== 'MEDICAL_MODEL_DRIFT')) {
    const lead = people.find((p) => p.isSupervisor && p.teamKey === team.key);
    const members = supervisees.filter((p) => p.teamKey === team.key && p.supervisorId === lead?.id).map((p) => p.id);
    if (!lead || members.length === 0) continue;
    const firstWednesday = (y: number, m: number) => { let d = Date.UTC(y, m, 1); while (new Date(d).getUTCDay() !== 3) d += DAY_MS; return d; };
    const start = new Date(historyStart);
    const dates: number[] = [];
    for (let i = 1; i <= 12; i++) dates.push(firstWednesday(start.getUTCFullYear(), start.getUTCMonth() + i));
    const sid = session({ supervisorId: lead.id, supervisees: members, modality: 'PEER_COREFLECTION', channel: 'IN_PERSON', minutes: 90, local: dates[0]! + 15 * HOUR_MS, rule: 'FREQ=MONTHLY;BYDAY=1WE', endsAt: null });
    for (const d of dates) held(sid, lead.id, members, instantOf(d + 15 * HOUR_MS), 90, team.story);
  }

  // 3. Harbor House team day seven months ago: the intervention, with actions for everyone that were followed up.
  const harborLead = people.find((p) => p.isSupervisor && p.teamKey === 'harbor');
  const harbor = supervisees.filter((p) => p.teamKey === 'harbor').map((p) => p.id);
  if (harborLead && harbor.length) {
    const local = interventionDay + 13 * HOUR_MS;
    const sid = session({ supervisorId: harborLead.id, supervisees: harbor, modality: 'GROUP', channel: 'IN_PERSON', minutes: 180, local, rule: null, endsAt: null });
    const checklists = new Map<string, string>((await em.query(
      `SELECT DISTINCT ON (subject_id) subject_id, id FROM checklist WHERE subject_id = ANY($1::uuid[]) AND submitted_at < $2 ORDER BY subject_id, submitted_at DESC`,
      [harbor, instantOf(local)],
    ) as { subject_id: string; id: string }[]).map((r) => [r.subject_id, r.id]));
    held(sid, harborLead.id, harbor, instantOf(local), 180, 'RECOVERING', {
      outcome: 'NOTE',
      content: {
        session_types: ['SUPPORTIVE', 'EDUCATIONAL'], dimensions: ['D1', 'D3', 'D5'], drift_codes: ['H1', 'I1', 'M5', 'M6'],
        supervisor_note: 'Team day on the peer role. We explored where errands and treatment-plan goals had taken over, and together we decided what to change.',
        strengths: 'Everyone brought an honest example.', concerns: 'Errands and copied goals had crowded out peer work.',
      },
      items: (noteId) => harbor.flatMap((s) => [
        item(noteId, s, 'Share part of my own recovery story with purpose in one conversation a week', 'D3', interventionDay + 42 * DAY_MS, 'DONE', harborLead.id, checklists.get(s) ?? null),
        item(noteId, s, 'Write goals in the person’s own words, not copied from the plan', 'D5', interventionDay + 56 * DAY_MS, 'DONE', harborLead.id, checklists.get(s) ?? null),
      ]),
    });
  }

  // 4. Two crisis debriefs in the ED, documented but never scheduled.
  const edLead = people.find((p) => p.isSupervisor && p.teamKey === 'ed');
  const ed = supervisees.filter((p) => p.teamKey === 'ed' && p.supervisorId === edLead?.id).map((p) => p.id);
  if (edLead && ed.length) {
    for (const daysAgo of [95, 23]) {
      const local = todayDay - daysAgo * DAY_MS + 17 * HOUR_MS;
      const sid = session({ supervisorId: edLead.id, supervisees: [ed[daysAgo % ed.length]!], modality: 'INDIVIDUAL', channel: 'PHONE', minutes: 30, local, rule: null, endsAt: null, adHoc: true });
      held(sid, edLead.id, [ed[daysAgo % ed.length]!], instantOf(local), 30, 'STABLE', { outcome: 'NOTE' });
    }
  }

  await insertRows(em, 'supervision_session', {
    id: 'uuid', organization_id: 'uuid', supervisor_id: 'uuid', modality: 'text', channel: 'text', duration_minutes: 'int', time_zone: 'text', starts_local: 'timestamp',
    starts_at: 'timestamptz', recurrence: 'text', series_ends_at: 'timestamptz', ad_hoc: 'boolean', created_by: 'uuid', created_at: 'timestamptz',
  }, sessions);
  await insertRows(em, 'supervision_session_supervisee', { organization_id: 'uuid', session_id: 'uuid', supervisee_id: 'uuid' }, links);
  await insertRows(em, 'supervision_occurrence', {
    id: 'uuid', organization_id: 'uuid', session_id: 'uuid', original_start: 'timestamptz', starts_at: 'timestamptz', duration_minutes: 'int', status: 'text', status_reason: 'text',
  }, occurrences);
  await insertRows(em, 'supervision_note', {
    id: 'uuid', organization_id: 'uuid', session_id: 'uuid', original_start: 'timestamptz', held_at: 'timestamptz', team_id: 'uuid', status: 'text', version: 'int',
    session_types: 'text[]', dimensions: 'text[]', drift_codes: 'text[]', supervisor_note: 'text', strengths: 'text', concerns: 'text', language_totals: 'jsonb',
    language_word_count: 'int', supervisor_signed_at: 'timestamptz', supervisor_signed_by: 'uuid', locked_at: 'timestamptz', created_by: 'uuid', created_at: 'timestamptz',
    updated_at: 'timestamptz',
  }, notes);
  await insertRows(em, 'supervision_note_supervisee', { organization_id: 'uuid', note_id: 'uuid', supervisee_id: 'uuid', reflection: 'text', signed_at: 'timestamptz' }, reflections);
  await insertRows(em, 'supervision_action_item', {
    id: 'uuid', organization_id: 'uuid', note_id: 'uuid', description: 'text', owner_id: 'uuid', due_on: 'date', dimension: 'text', status: 'text', checklist_id: 'uuid',
    created_by: 'uuid', completed_at: 'timestamptz', created_at: 'timestamptz',
  }, items);
  return { sessions: sessions.length, notes: notes.length };
}

const ACTIONS = [
  'Ask the person what would be helpful before offering anything',
  'Bring one conversation where I shared my story to next supervision',
  'Rewrite a goal in the person’s own words',
  'Check in about our working relationship with one person',
  'Book a peer co-reflection with a colleague',
];

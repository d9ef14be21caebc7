import { Injectable } from '@nestjs/common';
import { addDaysIso, DAY_MS, type RaterType, todayOn } from '@tandem/shared';
import type { RequestContext } from '../../common/request-context';

export const DEFAULT_CHECKLIST_POLICY = { selfEveryDays: 30, supervisorEveryDays: 91, personServedEveryDays: 182 } as const;

/**
 * When reminders go (calendar days in the person's time zone): "due" when a checklist falls due within the next
 * `dueWithinDays` days (today counts as the first), "overdue" once it is `overdueAfterDays` days past its due date.
 */
export const CHECKLIST_REMINDERS = { dueWithinDays: 7, overdueAfterDays: 3 } as const;

/** Whose due list: the signed-in viewer, or a person the reminder sweep works for. */
export interface DueFor {
  personId: string;
  roles: readonly string[];
}

export interface DueRow {
  subjectId: string;
  subjectName: string;
  raterType: RaterType;
  instrumentKey: string;
  dueDate: string;
  status: 'OVERDUE' | 'DUE' | 'UPCOMING';
  lastSubmittedAt: Date | null;
  draftId: string | null;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** A person whose due list is wanted, with the time zone their "today" is read in. */
export interface DueRecipient extends DueFor {
  timeZone: string;
}

const RATER_ORDER: readonly RaterType[] = ['SELF', 'PERSON_SERVED', 'SUPERVISOR'];

/**
 * Due and overdue checklists from each program's policy: the next one is due `every` days after the last submitted
 * one (or from the person's start date when there is none). One statement for any number of people (the reminder
 * sweep asks for a whole organisation at once); nothing per row or per person.
 */
@Injectable()
export class ChecklistsDueService {
  async due(ctx: RequestContext, withinDays: number, instrumentKey = 'mutuality-fidelity'): Promise<DueRow[]> {
    return this.dueFor(ctx, ctx.viewer!, withinDays, 'UTC', instrumentKey);
  }

  /** The same list for one person, with "today" taken in `timeZone`. */
  async dueFor(ctx: RequestContext, viewer: DueFor, withinDays: number, timeZone: string, instrumentKey = 'mutuality-fidelity'): Promise<DueRow[]> {
    return (await this.dueForMany(ctx, [{ personId: viewer.personId, roles: viewer.roles, timeZone }], withinDays, instrumentKey)).get(viewer.personId) ?? [];
  }

  /**
   * Each person's list: self-assessments and person-served feedback about themselves (STAFF), ratings of their current
   * supervisees (SUPERVISOR); sorted by due date, then rater type and subject name.
   */
  async dueForMany(ctx: RequestContext, people: readonly DueRecipient[], withinDays: number, instrumentKey = 'mutuality-fidelity'): Promise<Map<string, DueRow[]>> {
    const out = new Map<string, DueRow[]>();
    if (people.length === 0) return out;
    const rows = await ctx.db.query<{
      recipient_id: string; rater_type: RaterType; id: string; name: string; started_on: string | null; every: number; last: Date | null; draft_id: string | null;
    }>(
      `WITH recipients AS (
         SELECT * FROM unnest($1::uuid[], $2::boolean[], $3::boolean[]) AS r(id, staff, supervisor)
       ), targets AS (
         SELECT r.id AS recipient_id, k.rater_type, r.id AS subject_id FROM recipients r CROSS JOIN (VALUES ('SELF'), ('PERSON_SERVED')) AS k(rater_type) WHERE r.staff
         UNION ALL
         SELECT r.id, 'SUPERVISOR', sa.supervisee_id FROM recipients r
           JOIN supervision_assignment sa ON sa.supervisor_id = r.id AND sa.ends_on IS NULL AND sa.starts_on <= app_now()::date
          WHERE r.supervisor
       )
       SELECT t.recipient_id, t.rater_type, p.id, p.name, p.started_on::text,
         coalesce(CASE t.rater_type WHEN 'SELF' THEN cp.self_every_days WHEN 'SUPERVISOR' THEN cp.supervisor_every_days ELSE cp.person_served_every_days END,
                  CASE t.rater_type WHEN 'SELF' THEN $5::int WHEN 'SUPERVISOR' THEN $6::int ELSE $7::int END) AS every,
         (SELECT max(c.submitted_at) FROM checklist c JOIN instrument_version v ON v.id = c.instrument_version_id JOIN instrument i ON i.id = v.instrument_id
           WHERE c.subject_id = p.id AND c.rater_type = t.rater_type AND c.status = 'SUBMITTED' AND i.key = $4) AS last,
         (SELECT c.id FROM checklist c WHERE c.subject_id = p.id AND c.rater_type = t.rater_type AND c.status = 'DRAFT' AND c.opened_by = t.recipient_id
           ORDER BY c.updated_at DESC LIMIT 1) AS draft_id
       FROM targets t JOIN person p ON p.id = t.subject_id AND p.active
       LEFT JOIN team_membership tm ON tm.person_id = p.id AND tm.ends_on IS NULL
       LEFT JOIN team tt ON tt.id = tm.team_id
       LEFT JOIN checklist_policy cp ON cp.program_id = tt.program_id
       ORDER BY t.recipient_id, p.name, p.id`,
      [
        people.map((p) => p.personId), people.map((p) => p.roles.includes('STAFF')), people.map((p) => p.roles.includes('SUPERVISOR')), instrumentKey,
        DEFAULT_CHECKLIST_POLICY.selfEveryDays, DEFAULT_CHECKLIST_POLICY.supervisorEveryDays, DEFAULT_CHECKLIST_POLICY.personServedEveryDays,
      ],
    );
    const todays = new Map(people.map((p) => [p.personId, todayOn(ctx.clock, p.timeZone)]));
    for (const r of rows) {
      const today = todays.get(r.recipient_id)!;
      // Calendar days, not instants: a checklist submitted today is next due on today + every, whatever the hour.
      const dueDate = addDaysIso(r.last ? iso(new Date(r.last)) : (r.started_on ?? today), r.every);
      const days = Math.round((Date.parse(dueDate) - Date.parse(today)) / DAY_MS);
      // "Within the next N days": due before today + N (today counts as the first of them).
      if (days >= withinDays) continue;
      const row: DueRow = {
        subjectId: r.id, subjectName: r.name, raterType: r.rater_type, instrumentKey, dueDate,
        status: days < 0 ? 'OVERDUE' : days <= 7 ? 'DUE' : 'UPCOMING', lastSubmittedAt: r.last, draftId: r.draft_id,
      };
      const list = out.get(r.recipient_id);
      if (list) list.push(row);
      else out.set(r.recipient_id, [row]);
    }
    // Stable: by due date, then in the order the lists always had (self, person served, supervisees; by name).
    for (const list of out.values()) {
      list.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || RATER_ORDER.indexOf(a.raterType) - RATER_ORDER.indexOf(b.raterType));
    }
    return out;
  }
}

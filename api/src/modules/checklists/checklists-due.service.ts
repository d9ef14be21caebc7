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

/**
 * Due and overdue checklists from each program's policy: the next one is due `every` days after the last submitted
 * one (or from the person's start date when there is none). One query per rater type; nothing per row.
 */
@Injectable()
export class ChecklistsDueService {
  async due(ctx: RequestContext, withinDays: number, instrumentKey = 'mutuality-fidelity'): Promise<DueRow[]> {
    return this.dueFor(ctx, ctx.viewer!, withinDays, 'UTC', instrumentKey);
  }

  /** The same list for one person, with "today" taken in `timeZone`. */
  async dueFor(ctx: RequestContext, viewer: DueFor, withinDays: number, timeZone: string, instrumentKey = 'mutuality-fidelity'): Promise<DueRow[]> {
    const targets: { raterType: RaterType; subjectsSql: string }[] = [];
    if (viewer.roles.includes('STAFF')) {
      targets.push({ raterType: 'SELF', subjectsSql: `SELECT $1::uuid AS id` });
      targets.push({ raterType: 'PERSON_SERVED', subjectsSql: `SELECT $1::uuid AS id` });
    }
    if (viewer.roles.includes('SUPERVISOR')) {
      targets.push({
        raterType: 'SUPERVISOR',
        subjectsSql: `SELECT supervisee_id AS id FROM supervision_assignment WHERE supervisor_id = $1 AND ends_on IS NULL AND starts_on <= app_now()::date`,
      });
    }
    const out: DueRow[] = [];
    const today = todayOn(ctx.clock, timeZone);
    for (const t of targets) {
      const column = t.raterType === 'SELF' ? 'self_every_days' : t.raterType === 'SUPERVISOR' ? 'supervisor_every_days' : 'person_served_every_days';
      const fallback = t.raterType === 'SELF' ? DEFAULT_CHECKLIST_POLICY.selfEveryDays
        : t.raterType === 'SUPERVISOR' ? DEFAULT_CHECKLIST_POLICY.supervisorEveryDays : DEFAULT_CHECKLIST_POLICY.personServedEveryDays;
      const rows = await ctx.db.query<{ id: string; name: string; started_on: string | null; every: number; last: Date | null; draft_id: string | null }>(
        `WITH subjects AS (${t.subjectsSql})
         SELECT p.id, p.name, p.started_on::text,
           coalesce(cp.${column}, $4) AS every,
           (SELECT max(c.submitted_at) FROM checklist c JOIN instrument_version v ON v.id = c.instrument_version_id JOIN instrument i ON i.id = v.instrument_id
             WHERE c.subject_id = p.id AND c.rater_type = $2 AND c.status = 'SUBMITTED' AND i.key = $3) AS last,
           (SELECT c.id FROM checklist c WHERE c.subject_id = p.id AND c.rater_type = $2 AND c.status = 'DRAFT' AND c.opened_by = $1
             ORDER BY c.updated_at DESC LIMIT 1) AS draft_id
         FROM subjects s JOIN person p ON p.id = s.id AND p.active
         LEFT JOIN team_membership tm ON tm.person_id = p.id AND tm.ends_on IS NULL
         LEFT JOIN team tt ON tt.id = tm.team_id
         LEFT JOIN checklist_policy cp ON cp.program_id = tt.program_id
         ORDER BY p.name`,
        [viewer.personId, t.raterType, instrumentKey, fallback],
      );
      for (const r of rows) {
        // Calendar days, not instants: a checklist submitted today is next due on today + every, whatever the hour.
        const dueDate = addDaysIso(r.last ? iso(new Date(r.last)) : (r.started_on ?? today), r.every);
        const days = Math.round((Date.parse(dueDate) - Date.parse(today)) / DAY_MS);
        // "Within the next N days": due before today + N (today counts as the first of them).
        if (days >= withinDays) continue;
        out.push({
          subjectId: r.id, subjectName: r.name, raterType: t.raterType, instrumentKey, dueDate,
          status: days < 0 ? 'OVERDUE' : days <= 7 ? 'DUE' : 'UPCOMING', lastSubmittedAt: r.last, draftId: r.draft_id,
        });
      }
    }
    return out.sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  }
}

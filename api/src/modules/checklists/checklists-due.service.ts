import { Injectable } from '@nestjs/common';
import { addDaysIso, DAY_MS, type RaterType, todayOn } from '@tandem/shared';
import type { RequestContext } from '../../common/request-context';
import { dueTargets } from './checklists.repository';

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

/** One checklist on someone's due list. */
export interface DueItem {
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
  async due(ctx: RequestContext, withinDays: number, instrumentKey = 'mutuality-fidelity'): Promise<DueItem[]> {
    return this.dueFor(ctx, ctx.viewer!, withinDays, 'UTC', instrumentKey);
  }

  /** The same list for one person, with "today" taken in `timeZone`. */
  async dueFor(ctx: RequestContext, viewer: DueFor, withinDays: number, timeZone: string, instrumentKey = 'mutuality-fidelity'): Promise<DueItem[]> {
    return (await this.dueForMany(ctx, [{ personId: viewer.personId, roles: viewer.roles, timeZone }], withinDays, instrumentKey)).get(viewer.personId) ?? [];
  }

  /**
   * Each person's list: self-assessments and person-served feedback about themselves (STAFF), ratings of their current
   * supervisees (SUPERVISOR); sorted by due date, then rater type and subject name.
   */
  async dueForMany(ctx: RequestContext, people: readonly DueRecipient[], withinDays: number, instrumentKey = 'mutuality-fidelity'): Promise<Map<string, DueItem[]>> {
    const out = new Map<string, DueItem[]>();
    if (people.length === 0) return out;
    const recipients = people.map((p) => ({ personId: p.personId, staff: p.roles.includes('STAFF'), supervisor: p.roles.includes('SUPERVISOR') }));
    const rows = await ctx.db.run((em) => dueTargets(em, recipients, instrumentKey, DEFAULT_CHECKLIST_POLICY));
    const todays = new Map(people.map((p) => [p.personId, todayOn(ctx.clock, p.timeZone)]));
    for (const r of rows) {
      const today = todays.get(r.recipientId)!;
      // Calendar days, not instants: a checklist submitted today is next due on today + every, whatever the hour.
      const dueDate = addDaysIso(r.last ? iso(new Date(r.last)) : (r.startedOn ?? today), r.every);
      const days = Math.round((Date.parse(dueDate) - Date.parse(today)) / DAY_MS);
      // "Within the next N days": due before today + N (today counts as the first of them).
      if (days >= withinDays) continue;
      const row: DueItem = {
        subjectId: r.subjectId, subjectName: r.subjectName, raterType: r.raterType, instrumentKey, dueDate,
        status: days < 0 ? 'OVERDUE' : days <= 7 ? 'DUE' : 'UPCOMING', lastSubmittedAt: r.last, draftId: r.draftId,
      };
      const list = out.get(r.recipientId);
      if (list) list.push(row);
      else out.set(r.recipientId, [row]);
    }
    // Stable: by due date, then in the order the lists always had (self, person served, supervisees; by name).
    for (const list of out.values()) {
      list.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || RATER_ORDER.indexOf(a.raterType) - RATER_ORDER.indexOf(b.raterType));
    }
    return out;
  }
}

import { Injectable } from '@nestjs/common';
import { addDaysIso, todayOn } from '@tandem/shared';
import type { RequestContext } from '../../common/request-context';
import { CHECKLIST_REMINDERS, ChecklistsDueService, type DueItem } from '../checklists/checklists-due.service';
import { OutboxService } from '../outbox/outbox.service';
import { NotificationsService } from './notifications.service';
import { checklistRecipients, notifiedSince, type ChecklistRecipient } from './reminders.repository';
import { checklistDueMessage, checklistOverdueMessage, firstSelfAssessmentMessage } from './reminder.templates';

const DAY = 86_400_000;
/** The longest interval a checklist policy allows (checklist_policy: at most 730 days). */
const LONGEST_CYCLE_DAYS = 731;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);

/**
 * Checklist reminders for one organisation, from the same due list people see (`ChecklistsDueService`), with "today"
 * in each person's own time zone. One message per person, checklist cycle (subject, rater, due date) and kind: the
 * key makes a second run — or a second API process — make nothing new. Someone who has never submitted a
 * self-assessment and belongs to a team gets a welcome that names their first due date (it is that cycle's reminder).
 */
@Injectable()
export class ChecklistReminders {
  constructor(
    private readonly due: ChecklistsDueService,
    private readonly notifications: NotificationsService,
    private readonly outbox: OutboxService,
  ) {}

  async run(ctx: RequestContext, organizationName: string): Promise<number> {
    const people = await ctx.db.run((em) => checklistRecipients(em));
    // Every cycle up to the longest policy interval, so a first self-assessment is known from the day someone joins;
    // one statement for the whole organisation.
    const due = await this.due.dueForMany(ctx, people.map((p) => ({ personId: p.id, roles: p.roles, timeZone: p.timeZone })), LONGEST_CYCLE_DAYS);
    let made = 0;
    for (const person of people) {
      const today = todayOn(ctx.clock, person.timeZone);
      for (const row of due.get(person.id) ?? []) {
        if (row.raterType === 'PERSON_SERVED') continue;
        if (await this.remind(ctx, organizationName, person, row, today)) made += 1;
      }
    }
    return made;
  }

  private async remind(ctx: RequestContext, organizationName: string, person: ChecklistRecipient, row: DueItem, today: string): Promise<boolean> {
    const daysLeft = daysBetween(today, row.dueDate);
    const self = row.raterType === 'SELF';
    const link = row.draftId ? `/checklists/${row.draftId}` : self ? '/checklists' : '/checklists/supervisees';
    const vars = {
      personName: person.name, organizationName, subjectName: self ? null : row.subjectName, dueDate: row.dueDate, today,
      timeZone: person.timeZone, url: this.outbox.url(link),
    };
    const cycle = `${row.raterType}:${row.subjectId}:${row.dueDate}`;
    const firstCycle = self && row.lastSubmittedAt === null && person.teamName !== null;
    let welcomed = false;
    if (firstCycle && daysLeft >= 0) {
      welcomed = await this.notifications.notify(ctx, person, {
        message: firstSelfAssessmentMessage({ ...vars, teamName: person.teamName! }), link, summary: `Due by ${row.dueDate}`,
      }, `checklist-first:${person.id}`);
    }
    if (daysLeft >= 0 && daysLeft < CHECKLIST_REMINDERS.dueWithinDays && !welcomed && !(firstCycle && (await this.welcomedLately(ctx, person.id, row.dueDate)))) {
      return this.notifications.notify(ctx, person, { message: checklistDueMessage(vars), link, summary: `Due on ${row.dueDate}` }, `checklist-due:${cycle}`);
    }
    if (-daysLeft >= CHECKLIST_REMINDERS.overdueAfterDays) {
      return this.notifications.notify(ctx, person, { message: checklistOverdueMessage(vars), link, summary: `Was due on ${row.dueDate}` },
        `checklist-overdue:${cycle}`);
    }
    return welcomed;
  }

  /** A welcome made inside the reminder window already says when the first self-assessment is due: no second note. */
  private async welcomedLately(ctx: RequestContext, personId: string, dueDate: string): Promise<boolean> {
    const since = addDaysIso(dueDate, -CHECKLIST_REMINDERS.dueWithinDays);
    return ctx.db.run((em) => notifiedSince(em, personId, `checklist-first:${personId}`, since));
  }
}

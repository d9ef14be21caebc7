import { Injectable } from '@nestjs/common';
import { awaitingParty, DAY_MS, floatingToInstant, instantToFloating } from '@tandem/shared';
import type { RequestContext } from '../../common/request-context';
import { ChecklistsDueService } from '../checklists/checklists-due.service';
import { NotificationsService } from '../notifications/notifications.service';
import { ActionItemsService } from './action-items.service';
import { ActionItemStatusEnum } from './note.model';
import { noteSigningOrder } from './note-withdrawals';
import { occurrenceId } from './occurrences';
import { expandSessions, sessionsInRange, type OccurrenceView } from './session-store';
import { requireTimeZone } from './schedule-helpers';
import { notedOccurrences, openNotesOf } from './sessions.repository';
import { NoteStepEnum, type NoteAwaitingModel, type SupervisorWeekInput, type SupervisorWeekModel } from './week.model';

const WRITE_LOOKBACK_DAYS = 60;
const AWAITING_LOOKBACK_DAYS = 180;
const LIST_LIMIT = 100;

/** Monday 00:00 to the next Monday 00:00 in `timeZone`, `offset` weeks from the one containing `nowMs`. */
export function weekBounds(nowMs: number, timeZone: string, offset = 0): { from: Date; to: Date; lastDay: string } {
  const day = Math.floor(instantToFloating(nowMs, timeZone) / DAY_MS);
  const monday = day - ((day + 3) % 7) + 7 * offset; // 1 Jan 1970 was a Thursday
  return {
    from: new Date(floatingToInstant(monday * DAY_MS, timeZone)),
    to: new Date(floatingToInstant((monday + 7) * DAY_MS, timeZone)),
    lastDay: new Date((monday + 6) * DAY_MS).toISOString().slice(0, 10),
  };
}

/** The supervisor's week: sessions, notes to write, notes waiting for them, observation ratings and actions due. */
@Injectable()
export class SupervisorWeekService {
  constructor(
    private readonly actions: ActionItemsService,
    private readonly checklistsDue: ChecklistsDueService,
    private readonly notifications: NotificationsService,
  ) {}

  async week(ctx: RequestContext, input: SupervisorWeekInput): Promise<SupervisorWeekModel> {
    const me = ctx.viewer!.personId;
    const timeZone = input.timeZone ? requireTimeZone(input.timeZone) : requireTimeZone(await this.notifications.timeZoneOf(ctx, me, 'UTC'));
    const nowMs = ctx.clock.nowMs();
    const { from, to, lastDay } = weekBounds(nowMs, timeZone, input.weekOffset ?? 0);

    const sessions = await expandSessions(ctx, await sessionsInRange(ctx, from, to, { supervisorId: me }), from, to);
    const since = new Date(nowMs - WRITE_LOOKBACK_DAYS * DAY_MS);
    const recent = await expandSessions(ctx, await sessionsInRange(ctx, since, new Date(nowMs), { supervisorId: me }), since, new Date(nowMs));
    const notesToWrite = await this.withoutNote(ctx, recent.filter((o) => o.startsAt.getTime() <= nowMs && (o.status === 'COMPLETED' || o.status === 'SCHEDULED')));

    const today = new Date(nowMs).toISOString().slice(0, 10);
    const withinDays = Math.max(0, Math.round((Date.parse(lastDay) - Date.parse(today)) / DAY_MS) + 1);
    const ratingsDue = (await this.checklistsDue.due(ctx, withinDays)).filter((d) => d.raterType === 'SUPERVISOR');
    const actionItemsDue = (await this.actions.list(ctx, { status: ActionItemStatusEnum.OPEN }))
      // Only what the supervisor can read: an action from someone else's private note is not theirs to plan around.
      .filter((a) => a.textVisible && a.dueOn !== null && a.dueOn <= lastDay)
      .sort((a, b) => a.dueOn!.localeCompare(b.dueOn!))
      .slice(0, LIST_LIMIT);

    return {
      timeZone, from, to, sessions: sessions.slice(0, LIST_LIMIT), notesToWrite: notesToWrite.slice(0, LIST_LIMIT),
      notesAwaiting: await this.awaiting(ctx, me, nowMs), ratingsDue: ratingsDue as SupervisorWeekModel['ratingsDue'], actionItemsDue,
    };
  }

  private async withoutNote(ctx: RequestContext, list: OccurrenceView[]): Promise<OccurrenceView[]> {
    if (list.length === 0) return [];
    const notes = await ctx.db.run((em) => notedOccurrences(em, [...new Set(list.map((o) => o.sessionId))]));
    const written = new Set(notes.map((n) => occurrenceId(n.sessionId, n.originalStart)));
    return list.filter((o) => !written.has(o.id)).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  }

  private async awaiting(ctx: RequestContext, me: string, nowMs: number): Promise<NoteAwaitingModel[]> {
    const since = new Date(nowMs - AWAITING_LOOKBACK_DAYS * DAY_MS);
    const rows = await ctx.db.run((em) => openNotesOf(em, me, since, LIST_LIMIT));
    const order = await noteSigningOrder(ctx);
    const out: NoteAwaitingModel[] = [];
    for (const r of rows) {
      const unsigned = r.unsignedIds ?? [];
      const base = { noteId: r.id, occurrenceId: occurrenceId(r.sessionId, r.originalStart), heldAt: r.heldAt };
      if (r.supervisorId === me) {
        const waitingFor = awaitingParty(order, { finalized: r.finalizedAt !== null, supervisorSigned: r.supervisorSignedAt !== null, superviseesUnsigned: unsigned });
        if (waitingFor !== 'SUPERVISOR') continue;
        out.push({ ...base, step: r.finalizedAt ? NoteStepEnum.COUNTER_SIGN : NoteStepEnum.FINALIZE, withIds: r.superviseeIds ?? [] });
      } else if (r.finalizedAt && unsigned.includes(me)) {
        out.push({ ...base, step: NoteStepEnum.REFLECT_AND_SIGN, withIds: [r.supervisorId, ...(r.superviseeIds ?? []).filter((id) => id !== me)] });
      }
    }
    return out;
  }
}

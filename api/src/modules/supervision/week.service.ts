import { Injectable } from '@nestjs/common';
import { awaitingParty, floatingToInstant, instantToFloating } from '@tandem/shared';
import type { RequestContext } from '../../common/request-context';
import { ChecklistsDueService } from '../checklists/checklists-due.service';
import { NotificationsService } from '../notifications/notifications.service';
import { ActionItemsService } from './action-items.service';
import { ActionItemStatusEnum } from './note.model';
import { noteSigningOrder } from './note-withdrawals';
import { occurrenceId } from './occurrences';
import { expandSessions, sessionsInRange, type OccurrenceView } from './session-store';
import { requireTimeZone } from './schedule-helpers';
import { NoteStepEnum, type NoteAwaitingModel, type SupervisorWeekInput, type SupervisorWeekModel } from './week.model';

const DAY_MS = 86_400_000;
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
    const notes = await ctx.db.query<{ session_id: string; original_start: Date }>(
      'SELECT session_id, original_start FROM supervision_note WHERE session_id = ANY($1::uuid[])', [[...new Set(list.map((o) => o.sessionId))]],
    );
    const written = new Set(notes.map((n) => occurrenceId(n.session_id, n.original_start)));
    return list.filter((o) => !written.has(o.id)).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  }

  private async awaiting(ctx: RequestContext, me: string, nowMs: number): Promise<NoteAwaitingModel[]> {
    const rows = await ctx.db.query<{
      id: string; session_id: string; original_start: Date; held_at: Date; finalized_at: Date | null; supervisor_signed_at: Date | null;
      supervisor_id: string; supervisee_ids: string[]; unsigned_ids: string[] | null;
    }>(
      `SELECT n.id, n.session_id, n.original_start, n.held_at, n.finalized_at, n.supervisor_signed_at, s.supervisor_id,
         (SELECT array_agg(y.supervisee_id ORDER BY y.supervisee_id) FROM supervision_session_supervisee y WHERE y.session_id = s.id) AS supervisee_ids,
         (SELECT array_agg(r.supervisee_id) FROM supervision_note_supervisee r WHERE r.note_id = n.id AND r.signed_at IS NULL) AS unsigned_ids
       FROM supervision_note n JOIN supervision_session s ON s.id = n.session_id
       WHERE n.status <> 'LOCKED' AND n.held_at >= $2
         AND (s.supervisor_id = $1 OR EXISTS (SELECT 1 FROM supervision_note_supervisee r WHERE r.note_id = n.id AND r.supervisee_id = $1))
       ORDER BY n.held_at, n.id LIMIT ${LIST_LIMIT}`,
      [me, new Date(nowMs - AWAITING_LOOKBACK_DAYS * DAY_MS)],
    );
    const order = await noteSigningOrder(ctx);
    const out: NoteAwaitingModel[] = [];
    for (const r of rows) {
      const unsigned = r.unsigned_ids ?? [];
      const base = { noteId: r.id, occurrenceId: occurrenceId(r.session_id, r.original_start), heldAt: r.held_at };
      if (r.supervisor_id === me) {
        const waitingFor = awaitingParty(order, { finalized: r.finalized_at !== null, supervisorSigned: r.supervisor_signed_at !== null, superviseesUnsigned: unsigned });
        if (waitingFor !== 'SUPERVISOR') continue;
        out.push({ ...base, step: r.finalized_at ? NoteStepEnum.COUNTER_SIGN : NoteStepEnum.FINALIZE, withIds: r.supervisee_ids ?? [] });
      } else if (r.finalized_at && unsigned.includes(me)) {
        out.push({ ...base, step: NoteStepEnum.REFLECT_AND_SIGN, withIds: [r.supervisor_id, ...(r.supervisee_ids ?? []).filter((id) => id !== me)] });
      }
    }
    return out;
  }
}

import { Injectable } from '@nestjs/common';
import { ACTION_AGENDA_OVERDUE_DAYS, DAY_MS, MUTUALITY_FIDELITY_V1 } from '@tandem/shared';
import { audit } from '../../common/audit';
import { ForbiddenError, NotFoundError } from '../../common/errors';
import type { RequestContext } from '../../common/request-context';
import { canUpdateAction } from '../actions/action-access';
import * as items from './action-items.repository';
import { DRIFT_CODES } from './drift-codes';
import type { ActionItemsFilterInput, UpdateActionItemInput } from './note.inputs';
import {
  ActionItemStatusEnum, toActionItemModel, toNoteSummaryModel, type ActionItemModel, type AgendaCodeCountModel, type SupervisionAgendaModel,
} from './note.model';
import { lastNoteSummary, recentNotesOf } from './notes.repository';
import { expandSessions, managersReadNotes, partyOf, sessionsInRange } from './session-store';

const AGENDA_LOOKBACK_DAYS = 90;
const AGENDA_LOOKAHEAD_DAYS = 120;

/** Dimension titles from the default instrument (the agenda names what was discussed). */
const DIMENSION_LABELS: Record<string, string> = Object.fromEntries(MUTUALITY_FIDELITY_V1.dimensions.map((d) => [d.code, d.title]));
const CODE_LABELS = new Map(DRIFT_CODES.map((c) => [c.code, c.label]));

type Item = items.ActionItemWithSession;

/** Action items (the loop from supervision back to practice) and the agenda for a supervisee's next session. */
@Injectable()
export class ActionItemsService {
  /** Status and due date stay editable after the note is locked; every change is audited. Owner and the session’s people may edit. */
  async update(ctx: RequestContext, input: UpdateActionItemInput): Promise<ActionItemModel> {
    const viewer = ctx.viewer!;
    const item = await ctx.db.run((em) => items.visibleActionItem(em, viewer, input.actionItemId));
    if (!item) throw new NotFoundError('Action item');
    const readable = await this.textVisible(ctx, item);
    if (!readable) throw new ForbiddenError('You can only update an action you can read; its owner or the session’s supervisor can mark it done');
    if (!canUpdateAction(viewer, updatable(item), readable)) {
      throw new ForbiddenError('Only the action’s owner, the people it is about and those who oversee it can update it');
    }
    const status = input.status ?? item.status;
    const dueOn = input.dueOn === undefined ? item.dueOn : input.dueOn;
    await ctx.db.run((em) => items.setActionItemStatus(em, item.id, status, dueOn));
    await audit(ctx, {
      entity: 'supervision_action_item', entityId: item.id, action: 'supervision_action_item.updated',
      before: { status: item.status, dueOn: item.dueOn }, after: { status, dueOn }, extra: { noteId: item.noteId },
    });
    const saved = (await ctx.db.run((em) => items.visibleActionItem(em, viewer, item.id)))!;
    return toActionItemModel(saved, occurrenceOf(saved), await this.textVisible(ctx, saved));
  }

  /** Action items in sessions the viewer may see; descriptions only where the viewer may read note text. */
  async list(ctx: RequestContext, filter: ActionItemsFilterInput): Promise<ActionItemModel[]> {
    const rows = await ctx.db.run((em) => items.visibleActionItems(em, ctx.viewer!, filter));
    const out: ActionItemModel[] = [];
    for (const r of rows) out.push(toActionItemModel(r, occurrenceOf(r), await this.textVisible(ctx, r)));
    return out;
  }

  /** Open actions, recently discussed drift codes and dimensions, and the next session, for one supervisee. */
  async agenda(ctx: RequestContext, superviseeId: string): Promise<SupervisionAgendaModel> {
    const viewer = ctx.viewer!;
    if (!(await ctx.db.run((em) => items.personVisible(em, viewer, superviseeId)))) throw new NotFoundError('Person');
    const now = ctx.clock.now();
    const since = new Date(now.getTime() - AGENDA_LOOKBACK_DAYS * DAY_MS);
    const ahead = new Date(now.getTime() + AGENDA_LOOKAHEAD_DAYS * DAY_MS);
    const sessions = await sessionsInRange(ctx, now, ahead, { superviseeId });
    const next = (await expandSessions(ctx, sessions, now, ahead)).find((o) => o.status === 'SCHEDULED' && o.startsAt >= now) ?? null;
    // Open actions stay on the agenda until they are ACTION_AGENDA_OVERDUE_DAYS past due; older ones are on the Actions page.
    const oldest = new Date(now.getTime() - ACTION_AGENDA_OVERDUE_DAYS * DAY_MS).toISOString().slice(0, 10);
    const open = await this.list(ctx, { superviseeId, status: ActionItemStatusEnum.OPEN });
    const openActionItems = open.filter((a) => a.dueOn === null || a.dueOn >= oldest);
    const { notes, last } = await ctx.db.run(async (em) => ({
      notes: await recentNotesOf(em, viewer, superviseeId, since), last: await lastNoteSummary(em, viewer, superviseeId),
    }));
    return {
      superviseeId, since, nextOccurrence: next, openActionItems, olderOpenActionCount: open.length - openActionItems.length,
      recentDriftCodes: countCodes(notes.map((n) => ({ at: n.heldAt, codes: n.driftCodes })), (c) => CODE_LABELS.get(c) ?? c),
      recentDimensions: countCodes(notes.map((n) => ({ at: n.heldAt, codes: n.dimensions })), (c) => DIMENSION_LABELS[c] ?? c),
      lastNote: last ? toNoteSummaryModel(last) : null,
    };
  }

  private async textVisible(ctx: RequestContext, item: Item): Promise<boolean> {
    const viewer = ctx.viewer!;
    // A dashboard action's description is not supervision note text.
    if (item.noteId === null) return true;
    if (item.ownerId === viewer.personId || partyOf(viewer, { supervisorId: item.supervisorId ?? '', superviseeIds: item.superviseeIds })) return true;
    if (!viewer.roles.includes('ADMIN') && !viewer.roles.includes('PROGRAM_MANAGER')) return false;
    return managersReadNotes(ctx);
  }
}

function occurrenceOf(item: Item): { sessionId: string; originalStart: Date } | null {
  return item.sessionId && item.originalStart ? { sessionId: item.sessionId, originalStart: item.originalStart } : null;
}

/** The item as action-access reads it. */
function updatable(item: Item) {
  return { note_id: item.noteId, owner_id: item.ownerId, created_by: item.createdBy, supervisor_id: item.supervisorId, supervisee_ids: item.superviseeIds };
}

function countCodes(notes: { at: Date; codes: string[] }[], label: (code: string) => string): AgendaCodeCountModel[] {
  const m = new Map<string, AgendaCodeCountModel>();
  for (const n of notes) {
    for (const code of n.codes) {
      const e = m.get(code) ?? { code, label: label(code), count: 0, lastSeenAt: n.at };
      e.count += 1;
      if (n.at > e.lastSeenAt) e.lastSeenAt = n.at;
      m.set(code, e);
    }
  }
  return [...m.values()].sort((a, b) => b.count - a.count || b.lastSeenAt.getTime() - a.lastSeenAt.getTime() || a.code.localeCompare(b.code));
}

import { Injectable } from '@nestjs/common';
import { ACTION_AGENDA_OVERDUE_DAYS, DAY_MS, MUTUALITY_FIDELITY_V1 } from '@tandem/shared';
import { audit } from '../../common/audit';
import { ForbiddenError, NotFoundError } from '../../common/errors';
import type { RequestContext } from '../../common/request-context';
import { personScope } from '../../common/scope';
import { canUpdateAction, dashboardActionScope } from '../actions/action-access';
import { DRIFT_CODES } from './drift-codes';
import type { ActionItemsFilterInput, UpdateActionItemInput } from './note.inputs';
import { ActionItemStatusEnum, type ActionItemModel, type AgendaCodeCountModel, type SupervisionAgendaModel } from './note.model';
import { ACTION_ITEM_COLUMNS, SUMMARY_COLUMNS, toActionItemModel, toSummary, type ActionItemRow } from './note-store';
import { expandSessions, managersReadNotes, partyOf, sessionScope, sessionsInRange } from './session-store';

const AGENDA_LOOKBACK_DAYS = 90;
const AGENDA_LOOKAHEAD_DAYS = 120;
const MAX_ITEMS = 500;

/** Dimension titles from the default instrument (the agenda names what was discussed). */
const DIMENSION_LABELS: Record<string, string> = Object.fromEntries(MUTUALITY_FIDELITY_V1.dimensions.map((d) => [d.code, d.title]));
const CODE_LABELS = new Map(DRIFT_CODES.map((c) => [c.code, c.label]));

interface ItemWithSession extends ActionItemRow {
  supervisor_id: string;
  supervisee_ids: string[];
  created_by: string | null;
}

/** Action items (the loop from supervision back to practice) and the agenda for a supervisee's next session. */
@Injectable()
export class ActionItemsService {
  /** Status and due date stay editable after the note is locked; every change is audited. Owner and the session’s people may edit. */
  async update(ctx: RequestContext, input: UpdateActionItemInput): Promise<ActionItemModel> {
    const [item] = await this.query(ctx, 'ai.id = $1', [input.actionItemId]);
    if (!item) throw new NotFoundError('Action item');
    const viewer = ctx.viewer!;
    const readable = await this.textVisible(ctx, item);
    if (!readable) throw new ForbiddenError('You can only update an action you can read; its owner or the session’s supervisor can mark it done');
    if (!canUpdateAction(viewer, item, readable)) {
      throw new ForbiddenError('Only the action’s owner, the people it is about and those who oversee it can update it');
    }
    const status = input.status ?? item.status;
    const dueOn = input.dueOn === undefined ? item.due_on : input.dueOn;
    await ctx.db.query(
      `UPDATE supervision_action_item SET status = $2, due_on = $3::date, updated_at = app_now(),
         completed_at = CASE WHEN $2 = 'OPEN' THEN NULL WHEN status = $2 THEN completed_at ELSE app_now() END
       WHERE id = $1`,
      [item.id, status, dueOn],
    );
    await audit(ctx, {
      entity: 'supervision_action_item', entityId: item.id, action: 'supervision_action_item.updated',
      before: { status: item.status, dueOn: item.due_on }, after: { status, dueOn }, extra: { noteId: item.note_id },
    });
    const [saved] = await this.query(ctx, 'ai.id = $1', [item.id]);
    return toActionItemModel(saved!, await this.textVisible(ctx, saved!));
  }

  /** Action items in sessions the viewer may see; descriptions only where the viewer may read note text. */
  async list(ctx: RequestContext, filter: ActionItemsFilterInput): Promise<ActionItemModel[]> {
    const rows = await this.query(
      ctx,
      `($1::uuid IS NULL OR ai.owner_id = $1) AND ($2::text IS NULL OR ai.status = $2)
       AND ($3::uuid IS NULL OR ai.supervisee_id = $3
         OR EXISTS (SELECT 1 FROM supervision_session_supervisee y WHERE y.session_id = s.id AND y.supervisee_id = $3))`,
      [filter.ownerId ?? null, filter.status ?? null, filter.superviseeId ?? null],
    );
    const out: ActionItemModel[] = [];
    for (const r of rows) out.push(toActionItemModel(r, await this.textVisible(ctx, r)));
    return out;
  }

  /** Open actions, recently discussed drift codes and dimensions, and the next session, for one supervisee. */
  async agenda(ctx: RequestContext, superviseeId: string): Promise<SupervisionAgendaModel> {
    const scope = personScope(ctx.viewer!, 'p.id', 2);
    const [person] = await ctx.db.query('SELECT p.id FROM person p WHERE p.id = $1 AND ' + scope.sql, [superviseeId, ...scope.params]);
    if (!person) throw new NotFoundError('Person');
    const now = ctx.clock.now();
    const since = new Date(now.getTime() - AGENDA_LOOKBACK_DAYS * DAY_MS);
    const ahead = new Date(now.getTime() + AGENDA_LOOKAHEAD_DAYS * DAY_MS);
    const sessions = await sessionsInRange(ctx, now, ahead, { superviseeId });
    const next = (await expandSessions(ctx, sessions, now, ahead)).find((o) => o.status === 'SCHEDULED' && o.startsAt >= now) ?? null;
    // Open actions stay on the agenda until they are ACTION_AGENDA_OVERDUE_DAYS past due; older ones are on the Actions page.
    const oldest = new Date(now.getTime() - ACTION_AGENDA_OVERDUE_DAYS * DAY_MS).toISOString().slice(0, 10);
    const open = await this.list(ctx, { superviseeId, status: ActionItemStatusEnum.OPEN });
    const openActionItems = open.filter((a) => a.dueOn === null || a.dueOn >= oldest);
    const sScope = sessionScope(ctx.viewer!, 's', 3);
    const notes = await ctx.db.query<{ id: string; held_at: Date; drift_codes: string[]; dimensions: string[] }>(
      `SELECT n.id, n.held_at, n.drift_codes, n.dimensions FROM supervision_note n JOIN supervision_session s ON s.id = n.session_id
       WHERE EXISTS (SELECT 1 FROM supervision_session_supervisee y WHERE y.session_id = s.id AND y.supervisee_id = $1) AND n.held_at >= $2 AND ${sScope.sql}
       ORDER BY n.held_at DESC`,
      [superviseeId, since, ...sScope.params],
    );
    const lScope = sessionScope(ctx.viewer!, 's', 2);
    const [last] = await ctx.db.query<Parameters<typeof toSummary>[0]>(
      `SELECT ${SUMMARY_COLUMNS} FROM supervision_note n JOIN supervision_session s ON s.id = n.session_id
       WHERE EXISTS (SELECT 1 FROM supervision_session_supervisee y WHERE y.session_id = s.id AND y.supervisee_id = $1) AND ${lScope.sql}
       ORDER BY n.held_at DESC LIMIT 1`,
      [superviseeId, ...lScope.params],
    );
    return {
      superviseeId, since, nextOccurrence: next, openActionItems, olderOpenActionCount: open.length - openActionItems.length,
      recentDriftCodes: countCodes(notes.map((n) => ({ at: n.held_at, codes: n.drift_codes })), (c) => CODE_LABELS.get(c) ?? c),
      recentDimensions: countCodes(notes.map((n) => ({ at: n.held_at, codes: n.dimensions })), (c) => DIMENSION_LABELS[c] ?? c),
      lastNote: last ? toSummary(last) : null,
    };
  }

  /**
   * Items agreed in notes are visible with their session; items created from a drift signal (no note) are visible to
   * their owner, their author and whoever may see the supervisee.
   */
  private async query(ctx: RequestContext, where: string, params: unknown[]): Promise<ItemWithSession[]> {
    const scope = sessionScope(ctx.viewer!, 's', params.length + 1);
    const others = dashboardActionScope(ctx.viewer!, params.length + scope.params.length + 1);
    return ctx.db.query<ItemWithSession>(
      `SELECT ${ACTION_ITEM_COLUMNS}, ai.created_by,
         coalesce(s.supervisor_id, (SELECT sa.supervisor_id FROM supervision_assignment sa
           WHERE sa.supervisee_id = ai.supervisee_id AND sa.ends_on IS NULL ORDER BY sa.starts_on DESC LIMIT 1)) AS supervisor_id,
         CASE WHEN s.id IS NULL THEN ARRAY[ai.supervisee_id::text]
           ELSE array(SELECT x.supervisee_id::text FROM supervision_session_supervisee x WHERE x.session_id = s.id ORDER BY x.supervisee_id) END AS supervisee_ids
       FROM supervision_action_item ai LEFT JOIN supervision_note n ON n.id = ai.note_id LEFT JOIN supervision_session s ON s.id = n.session_id
       WHERE ${where} AND (
         (s.id IS NOT NULL AND ${scope.sql})
         OR (ai.note_id IS NULL AND ${others.sql}))
       ORDER BY (ai.status = 'OPEN') DESC, ai.due_on NULLS LAST, ai.created_at, ai.id LIMIT ${MAX_ITEMS}`,
      [...params, ...scope.params, ...others.params],
    );
  }

  private async textVisible(ctx: RequestContext, item: ItemWithSession): Promise<boolean> {
    const viewer = ctx.viewer!;
    // A dashboard action's description is not supervision note text.
    if (item.note_id === null) return true;
    if (item.owner_id === viewer.personId || partyOf(viewer, item)) return true;
    if (!viewer.roles.includes('ADMIN') && !viewer.roles.includes('PROGRAM_MANAGER')) return false;
    return managersReadNotes(ctx);
  }
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

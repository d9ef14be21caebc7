import { Injectable } from '@nestjs/common';
import { parseSignalId, todayOn } from '@tandem/shared';
import { audit } from '../../common/audit';
import { ConflictError, InvalidInputError } from '../../common/errors';
import type { RequestContext } from '../../common/request-context';
import { personScope } from '../../common/scope';
import { AnalyticsService } from '../analytics/analytics.service';
import { managersReadNotes, sessionScope } from '../supervision/session-store';
import { ActionItemStatusEnum } from '../supervision/note.model';
import { actionFigures } from './action-figures';
import { actionMetric } from './action-metric';
import { canUpdateAction, dashboardActionScope } from './action-access';
import { ActionScopeEnum, type ActionsFilterInput, type CreateActionInput } from './actions.inputs';
import type { ActionModel } from './actions.model';

export const ACTIONS_EXPORT_MAX = 5000;
const DAY_MS = 86_400_000;

interface ActionRow {
  id: string;
  scope: ActionScopeEnum;
  status: ActionItemStatusEnum;
  description: string;
  note_id: string | null;
  owner_id: string;
  owner_name: string;
  created_by: string | null;
  team_id: string | null;
  team_name: string | null;
  supervisee_id: string | null;
  person_name: string | null;
  caseload_supervisor_id: string | null;
  supervisor_name: string | null;
  current_supervisor_id: string | null;
  supervisee_ids: string[];
  due_on: string | null;
  created_on: string;
  completed_on: string | null;
  metric: string | null;
  drift_signal_id: string | null;
  signal_period: string | null;
  signal_rule: string | null;
  signal_direction: string | null;
  session_people: string | null;
  overdue: boolean;
  total: number;
  overdue_total: number;
}

/** Positional parameters for a statement built in parts. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
  scope(make: (from: number) => { sql: string; params: unknown[] }): string {
    const s = make(this.values.length + 1);
    this.values.push(...s.params);
    return s.sql;
  }
}

/**
 * Actions as one list (issue 13): for a team, a supervisor's caseload or one person, from a drift signal or by hand, and
 * the actions agreed in supervision notes, each with its owner, due date, overdue state and the figure before and after.
 */
@Injectable()
export class ActionsService {
  constructor(private readonly analytics: AnalyticsService) {}

  async create(ctx: RequestContext, input: CreateActionInput): Promise<ActionModel> {
    const viewer = ctx.viewer!;
    const signal = input.signalId ? parseSignalId(input.signalId) : null;
    if (input.signalId && !signal) throw new InvalidInputError('That is not a drift signal of a team chart', { field: 'signalId' });
    if (signal && input.teamId && signal.teamId !== input.teamId.toLowerCase()) {
      throw new InvalidInputError('The signal belongs to another team', { field: 'signalId' });
    }
    const teamId = input.teamId ?? signal?.teamId ?? null;
    if ((input.scope === ActionScopeEnum.TEAM || input.scope === ActionScopeEnum.PERSON) && !teamId) {
      throw new InvalidInputError('Choose the team', { field: 'teamId' });
    }
    if (input.scope === ActionScopeEnum.PERSON && !input.superviseeId) throw new InvalidInputError('Choose the person it is for', { field: 'superviseeId' });
    if (input.scope === ActionScopeEnum.CASELOAD && !input.supervisorId) throw new InvalidInputError('Choose the supervisor whose caseload it is', { field: 'supervisorId' });
    if (input.scope !== ActionScopeEnum.PERSON && input.superviseeId) {
      throw new InvalidInputError('Only an action for one person names a person', { field: 'superviseeId' });
    }
    const today = todayOn(ctx.clock);
    if (input.dueOn < today) throw new InvalidInputError('The due date is in the past', { field: 'dueOn' });
    const latest = new Date(ctx.clock.nowMs() + 2 * 366 * DAY_MS).toISOString().slice(0, 10);
    if (input.dueOn > latest) throw new InvalidInputError('Choose a due date within two years', { field: 'dueOn' });

    const team = teamId ? await this.analytics.visibleTeam(ctx, teamId) : null;
    if (input.scope === ActionScopeEnum.PERSON) await this.analytics.assertPersonInTeamScope(ctx, input.superviseeId!, team!.id);
    if (input.scope === ActionScopeEnum.CASELOAD) await this.assertSupervisor(ctx, input.supervisorId!);
    await this.assertOwner(ctx, input);

    const metric = signal?.metric ?? input.metric ?? null;
    const params = [
      ctx.db.organizationId, team?.id ?? null, input.superviseeId ?? null, input.description.trim(), input.ownerId, input.dueOn,
      metric?.startsWith('DIM:') ? metric.slice(4) : null, input.signalId ?? null, viewer.personId, input.scope,
      input.supervisorId ?? null, metric, signal?.period ?? null, signal?.rule ?? null, input.signalDirection ?? null,
    ];
    // One open action per signal: a second is refused, pointing to the first (the index settles two at once).
    const [row] = await ctx.db.query<{ id: string }>(
      `INSERT INTO supervision_action_item (organization_id, note_id, team_id, supervisee_id, description, owner_id, due_on, dimension,
         drift_signal_id, created_by, scope, caseload_supervisor_id, metric, signal_period, signal_rule, signal_direction, created_at, updated_at)
       VALUES ($1, NULL, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, app_now(), app_now())
       ON CONFLICT (organization_id, drift_signal_id) WHERE status = 'OPEN' AND drift_signal_id IS NOT NULL AND note_id IS NULL DO NOTHING
       RETURNING id`,
      params,
    );
    if (!row) {
      const [existing] = await ctx.db.query<{ id: string }>(
        `SELECT id FROM supervision_action_item WHERE drift_signal_id = $1 AND status = 'OPEN' AND note_id IS NULL`, [input.signalId],
      );
      throw new ConflictError('There is already an open action for this signal; update that one instead', {
        field: 'signalId', existingActionId: existing?.id ?? null, existingActionPath: existing ? `/actions?id=${existing.id}` : null,
      });
    }
    await audit(ctx, {
      entity: 'supervision_action_item', entityId: row.id, action: input.signalId ? 'drift_action.created' : 'action.created',
      after: {
        scope: input.scope, teamId: team?.id ?? null, superviseeId: input.superviseeId ?? null, supervisorId: input.supervisorId ?? null,
        ownerId: input.ownerId, dueOn: input.dueOn, metric, signalId: input.signalId ?? null,
      },
    });
    const [created] = await this.list(ctx, {}, 0, 1, row.id);
    return created!;
  }

  /** A page of the actions the viewer may see, overdue first, then by due date. */
  async page(ctx: RequestContext, filter: ActionsFilterInput, offset: number, limit: number) {
    const rows = await this.rows(ctx, filter, offset, limit, null);
    return { items: await this.toModels(ctx, rows), total: rows[0]?.total ?? (offset > 0 ? await this.count(ctx, filter) : 0), overdue: rows[0]?.overdue_total ?? 0, offset, limit };
  }

  async list(ctx: RequestContext, filter: ActionsFilterInput, offset: number, limit: number, id: string | null = null): Promise<ActionModel[]> {
    return this.toModels(ctx, await this.rows(ctx, filter, offset, limit, id));
  }

  private async count(ctx: RequestContext, filter: ActionsFilterInput): Promise<number> {
    const [first] = await this.rows(ctx, filter, 0, 1, null);
    return first?.total ?? 0;
  }

  private async rows(ctx: RequestContext, filter: ActionsFilterInput, offset: number, limit: number, id: string | null): Promise<ActionRow[]> {
    const viewer = ctx.viewer!;
    const p = new Params();
    const sessions = p.scope((from) => sessionScope(viewer, 's', from));
    const others = p.scope((from) => dashboardActionScope(viewer, from));
    const today = p.add(todayOn(ctx.clock));
    const where = [`((s.id IS NOT NULL AND ${sessions}) OR (ai.note_id IS NULL AND ${others}))`];
    const one = id ?? filter.actionId ?? null;
    if (one) where.push(`ai.id = ${p.add(one)}`);
    if (filter.status) where.push(`ai.status = ${p.add(filter.status)}`);
    if (filter.scope) where.push(`ai.scope = ${p.add(filter.scope)}`);
    if (filter.teamId) where.push(`ai.team_id = ${p.add(filter.teamId)}`);
    if (filter.ownerId) where.push(`ai.owner_id = ${p.add(filter.ownerId)}`);
    const overdue = `(ai.status = 'OPEN' AND ai.due_on < ${today}::date)`;
    if (filter.overdue === true) where.push(overdue);
    if (filter.overdue === false) where.push(`NOT ${overdue}`);
    return ctx.db.query<ActionRow>(
      `SELECT ai.id, ai.scope, ai.status, ai.description, ai.note_id, ai.owner_id, o.name AS owner_name, ai.created_by,
         ai.team_id, t.name AS team_name, ai.supervisee_id, sv.name AS person_name, ai.caseload_supervisor_id, cs.name AS supervisor_name,
         coalesce(s.supervisor_id, (SELECT sa.supervisor_id FROM supervision_assignment sa
           WHERE sa.supervisee_id = ai.supervisee_id AND sa.ends_on IS NULL ORDER BY sa.starts_on DESC LIMIT 1)) AS current_supervisor_id,
         CASE WHEN s.id IS NULL THEN array_remove(ARRAY[ai.supervisee_id::text], NULL)
           ELSE array(SELECT x.supervisee_id::text FROM supervision_session_supervisee x WHERE x.session_id = s.id ORDER BY x.supervisee_id) END AS supervisee_ids,
         CASE WHEN s.id IS NOT NULL THEN (SELECT string_agg(pp.name, ', ' ORDER BY pp.name) FROM supervision_session_supervisee x
           JOIN person pp ON pp.id = x.supervisee_id WHERE x.session_id = s.id) END AS session_people,
         to_char(ai.due_on, 'YYYY-MM-DD') AS due_on, to_char(ai.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS created_on,
         to_char(ai.completed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS completed_on,
         coalesce(ai.metric, CASE WHEN ai.dimension IS NOT NULL THEN 'DIM:' || ai.dimension END) AS metric,
         ai.drift_signal_id, ai.signal_period, ai.signal_rule, ai.signal_direction,
         ${overdue} AS overdue, (count(*) OVER ())::int AS total, (count(*) FILTER (WHERE ${overdue}) OVER ())::int AS overdue_total
       FROM supervision_action_item ai
         LEFT JOIN supervision_note n ON n.id = ai.note_id LEFT JOIN supervision_session s ON s.id = n.session_id
         JOIN person o ON o.id = ai.owner_id LEFT JOIN team t ON t.id = ai.team_id
         LEFT JOIN person sv ON sv.id = ai.supervisee_id LEFT JOIN person cs ON cs.id = ai.caseload_supervisor_id
       WHERE ${where.join(' AND ')}
       ORDER BY (ai.status = 'OPEN') DESC, ${overdue} DESC, ai.due_on NULLS LAST, ai.created_at DESC, ai.id
       LIMIT ${p.add(limit)} OFFSET ${p.add(offset)}`,
      p.values,
    );
  }

  private async toModels(ctx: RequestContext, rows: ActionRow[]): Promise<ActionModel[]> {
    const viewer = ctx.viewer!;
    const figures = await actionFigures(ctx, this.analytics, rows);
    const managers = rows.some((r) => r.note_id) ? await managersReadNotes(ctx) : false;
    return rows.map((r) => {
      const party = r.owner_id === viewer.personId || r.current_supervisor_id === viewer.personId || r.supervisee_ids.includes(viewer.personId);
      const textVisible = r.note_id === null || party || (managers && viewer.roles.some((x) => x === 'ADMIN' || x === 'PROGRAM_MANAGER'));
      const m = r.metric ? actionMetric(r.metric) : null;
      const f = figures.get(r.id);
      const sessionPeople = r.session_people;
      return {
        id: r.id, scope: r.scope, status: r.status, overdue: r.overdue, textVisible, description: textVisible ? r.description : null,
        canUpdate: canUpdateAction(viewer, { ...r, supervisor_id: r.current_supervisor_id }, textVisible),
        source: r.note_id ? 'NOTE' : r.drift_signal_id ? 'SIGNAL' : 'HAND',
        team: r.team_id ? { id: r.team_id, name: r.team_name ?? '' } : null,
        person: r.supervisee_id ? { id: r.supervisee_id, name: r.person_name ?? '' }
          : sessionPeople && r.supervisee_ids[0] ? { id: r.supervisee_ids[0], name: sessionPeople } : null,
        groupSession: !r.supervisee_id && r.supervisee_ids.length > 1,
        supervisor: r.caseload_supervisor_id ? { id: r.caseload_supervisor_id, name: r.supervisor_name ?? '' } : null,
        owner: { id: r.owner_id, name: r.owner_name },
        dueOn: r.due_on, createdOn: r.created_on, completedOn: r.completed_on,
        metric: r.metric, metricLabel: m?.label ?? null, worseDirection: m?.worse ?? null,
        signalId: r.drift_signal_id, signalPeriod: r.signal_period, signalRule: r.signal_rule, signalDirection: r.signal_direction,
        before: f?.before ?? null, after: f?.after ?? null, change: f?.change ?? null,
      };
    });
  }

  /** A caseload belongs to someone the viewer may see who currently supervises at least one person. */
  private async assertSupervisor(ctx: RequestContext, supervisorId: string): Promise<void> {
    const scope = personScope(ctx.viewer!, 'p.id', 2);
    const rows = await ctx.db.query(
      `SELECT 1 FROM person p WHERE p.id = $1 AND p.active AND ${scope.sql}
         AND EXISTS (SELECT 1 FROM supervision_assignment sa WHERE sa.supervisor_id = p.id AND sa.ends_on IS NULL)`,
      [supervisorId, ...scope.params],
    );
    if (rows.length === 0) throw new InvalidInputError('Choose a supervisor you can see who has a caseload', { field: 'supervisorId' });
  }

  /** The owner is someone the viewer may see, or the person's (or caseload's) supervisor. */
  private async assertOwner(ctx: RequestContext, input: CreateActionInput): Promise<void> {
    const scope = personScope(ctx.viewer!, 'p.id', 4);
    const [owner] = await ctx.db.query(
      `SELECT 1 FROM person p WHERE p.id = $1 AND p.active AND (${scope.sql} OR p.id = $3
         OR p.id IN (SELECT supervisor_id FROM supervision_assignment WHERE supervisee_id = $2 AND ends_on IS NULL))`,
      [input.ownerId, input.superviseeId ?? null, input.supervisorId ?? null, ...scope.params],
    );
    if (!owner) throw new InvalidInputError('The owner must be someone you can see, or the person’s supervisor', { field: 'ownerId' });
  }
}

import { Injectable } from '@nestjs/common';
import { parseSignalId, todayOn } from '@tandem/shared';
import { audit } from '../../common/audit';
import { ConflictError, InvalidInputError } from '../../common/errors';
import type { RequestContext } from '../../common/request-context';
import { AnalyticsService } from '../analytics/analytics.service';
import { managersReadNotes } from '../supervision/session-store';
import { ActionItemStatusEnum } from '../supervision/note.model';
import { actionFigures } from './action-figures';
import { actionMetric } from './action-metric';
import { canUpdateAction } from './action-access';
import {
  type ListedAction, actionRows, insertAction, isAllowedOwner, isVisibleCaseloadSupervisor, type NewAction, openActionForSignal,
} from './actions.repository';
import { ActionScopeEnum, type ActionsFilterInput, type CreateActionInput } from './actions.inputs';
import type { ActionModel } from './actions.model';

export const ACTIONS_EXPORT_MAX = 5000;
const DAY_MS = 86_400_000;

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
    // One open action per signal: a second is refused, pointing to the first (the index settles two at once).
    const id = await ctx.db.run((em) => insertAction(em, {
      organizationId: ctx.db.organizationId!, teamId: team?.id ?? null, superviseeId: input.superviseeId ?? null, description: input.description.trim(),
      ownerId: input.ownerId, dueOn: input.dueOn, dimension: metric?.startsWith('DIM:') ? metric.slice(4) : null, driftSignalId: input.signalId ?? null,
      createdBy: viewer.personId, scope: input.scope, caseloadSupervisorId: input.supervisorId ?? null, metric, signalPeriod: signal?.period ?? null,
      signalRule: signal?.rule ?? null, signalDirection: (input.signalDirection ?? null) as NewAction['signalDirection'],
    }));
    if (!id) {
      const existing = await ctx.db.run((em) => openActionForSignal(em, input.signalId!));
      throw new ConflictError('There is already an open action for this signal; update that one instead', {
        field: 'signalId', existingActionId: existing?.id ?? null, existingActionPath: existing ? `/actions?id=${existing.id}` : null,
      });
    }
    await audit(ctx, {
      entity: 'supervision_action_item', entityId: id, action: input.signalId ? 'drift_action.created' : 'action.created',
      after: {
        scope: input.scope, teamId: team?.id ?? null, superviseeId: input.superviseeId ?? null, supervisorId: input.supervisorId ?? null,
        ownerId: input.ownerId, dueOn: input.dueOn, metric, signalId: input.signalId ?? null,
      },
    });
    const [created] = await this.list(ctx, {}, 0, 1, id);
    return created!;
  }

  /** A page of the actions the viewer may see, overdue first, then by due date. */
  async page(ctx: RequestContext, filter: ActionsFilterInput, offset: number, limit: number) {
    const rows = await this.rows(ctx, filter, offset, limit, null);
    return { items: await this.toModels(ctx, rows), total: rows[0]?.total ?? (offset > 0 ? await this.count(ctx, filter) : 0), overdue: rows[0]?.overdueTotal ?? 0, offset, limit };
  }

  async list(ctx: RequestContext, filter: ActionsFilterInput, offset: number, limit: number, id: string | null = null): Promise<ActionModel[]> {
    return this.toModels(ctx, await this.rows(ctx, filter, offset, limit, id));
  }

  private async count(ctx: RequestContext, filter: ActionsFilterInput): Promise<number> {
    const [first] = await this.rows(ctx, filter, 0, 1, null);
    return first?.total ?? 0;
  }

  private rows(ctx: RequestContext, filter: ActionsFilterInput, offset: number, limit: number, id: string | null): Promise<ListedAction[]> {
    return ctx.db.run((em) => actionRows(em, ctx.viewer!, {
      today: todayOn(ctx.clock), id: id ?? filter.actionId ?? null, status: filter.status, scope: filter.scope, teamId: filter.teamId,
      ownerId: filter.ownerId, overdue: filter.overdue, offset, limit,
    }));
  }

  private async toModels(ctx: RequestContext, rows: ListedAction[]): Promise<ActionModel[]> {
    const viewer = ctx.viewer!;
    const figures = await actionFigures(ctx, this.analytics, rows);
    const managers = rows.some((r) => r.noteId) ? await managersReadNotes(ctx) : false;
    return rows.map((r) => {
      const party = r.ownerId === viewer.personId || r.currentSupervisorId === viewer.personId || r.superviseeIds.includes(viewer.personId);
      const textVisible = r.noteId === null || party || (managers && viewer.roles.some((x) => x === 'ADMIN' || x === 'PROGRAM_MANAGER'));
      const m = r.metric ? actionMetric(r.metric) : null;
      const f = figures.get(r.id);
      const sessionPeople = r.sessionPeople;
      const updatable = { note_id: r.noteId, owner_id: r.ownerId, created_by: r.createdBy, supervisor_id: r.currentSupervisorId, supervisee_ids: r.superviseeIds };
      return {
        id: r.id, scope: r.scope as ActionScopeEnum, status: r.status as ActionItemStatusEnum, overdue: r.overdue, textVisible,
        description: textVisible ? r.description : null,
        canUpdate: canUpdateAction(viewer, updatable, textVisible),
        source: r.noteId ? 'NOTE' : r.driftSignalId ? 'SIGNAL' : 'HAND',
        team: r.teamId ? { id: r.teamId, name: r.teamName ?? '' } : null,
        person: r.superviseeId ? { id: r.superviseeId, name: r.personName ?? '' }
          : sessionPeople && r.superviseeIds[0] ? { id: r.superviseeIds[0], name: sessionPeople } : null,
        groupSession: !r.superviseeId && r.superviseeIds.length > 1,
        supervisor: r.caseloadSupervisorId ? { id: r.caseloadSupervisorId, name: r.supervisorName ?? '' } : null,
        owner: { id: r.ownerId, name: r.ownerName },
        dueOn: r.dueOn, createdOn: r.createdOn, completedOn: r.completedOn,
        metric: r.metric, metricLabel: m?.label ?? null, worseDirection: m?.worse ?? null,
        signalId: r.driftSignalId, signalPeriod: r.signalPeriod, signalRule: r.signalRule, signalDirection: r.signalDirection,
        before: f?.before ?? null, after: f?.after ?? null, change: f?.change ?? null,
      };
    });
  }

  /** A caseload belongs to someone the viewer may see who currently supervises at least one person. */
  private async assertSupervisor(ctx: RequestContext, supervisorId: string): Promise<void> {
    if (!(await ctx.db.run((em) => isVisibleCaseloadSupervisor(em, ctx.viewer!, supervisorId)))) {
      throw new InvalidInputError('Choose a supervisor you can see who has a caseload', { field: 'supervisorId' });
    }
  }

  /** The owner is someone the viewer may see, or the person's (or caseload's) supervisor. */
  private async assertOwner(ctx: RequestContext, input: CreateActionInput): Promise<void> {
    const allowed = await ctx.db.run((em) => isAllowedOwner(em, ctx.viewer!, {
      ownerId: input.ownerId, superviseeId: input.superviseeId ?? null, supervisorId: input.supervisorId ?? null,
    }));
    if (!allowed) throw new InvalidInputError('The owner must be someone you can see, or the person’s supervisor', { field: 'ownerId' });
  }
}

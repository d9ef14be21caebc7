import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { isActionOverdue, todayOn } from '@tandem/shared';
import { Ctx, Roles, SignedIn } from '../../common/auth.decorators';
import { audit } from '../../common/audit';
import { NotFoundError } from '../../common/errors';
import type { RequestContext } from '../../common/request-context';
import { toPersonModel } from '../people/person.model';
import { toProgramModel } from '../programs/program.model';
import { toTeamModel } from '../teams/team.model';
import { CreateAnnotationInput, CreateDriftActionInput, DriftFilterInput, UpdateAnnotationInput } from './analytics.inputs';
import { RebaselineTeamInput } from './baseline.inputs';
import { BaselineResetModel, toBaselineResetModel } from './baseline.model';
import { DriftBaselineService } from './drift-baseline.service';
import { ActionMarkerModel, AnnotationModel, DriftOverviewModel, PersonDriftModel, TeamDriftModel } from './analytics.model';
import { AnalyticsService } from './analytics.service';
import { DriftActionsService } from './drift-actions.service';
import { PersonDriftService } from './person-drift.service';

@Resolver()
export class AnalyticsResolver {
  constructor(
    private readonly analytics: AnalyticsService,
    private readonly personDriftService: PersonDriftService,
    private readonly driftActions: DriftActionsService,
    private readonly baselines: DriftBaselineService,
  ) {}

  @Roles('ADMIN', 'PROGRAM_MANAGER')
  @Mutation(() => BaselineResetModel, {
    description: 'Restarts a team’s drift baseline from a date (its program manager or an admin), with a reason: drift is judged afresh from the period containing that date. Shown as an annotation; audited.',
  })
  async rebaselineTeam(@Ctx() ctx: RequestContext, @Args('input') input: RebaselineTeamInput): Promise<BaselineResetModel> {
    return toBaselineResetModel(await this.baselines.rebaseline(ctx, input));
  }

  @Roles('ADMIN', 'PROGRAM_MANAGER')
  @Mutation(() => Boolean, { description: 'Removes a baseline restart (the annotation id without its baseline: prefix); audited.' })
  async deleteBaselineReset(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.baselines.remove(ctx, id);
  }

  @Roles('ADMIN', 'PROGRAM_MANAGER', 'SUPERVISOR')
  @Mutation(() => ActionMarkerModel, { description: 'Turns a drift signal into an action for a supervisee’s next supervision agenda; it shows on the team chart.' })
  async createDriftAction(@Ctx() ctx: RequestContext, @Args('input') input: CreateDriftActionInput): Promise<ActionMarkerModel> {
    const a = await this.driftActions.create(ctx, input);
    return {
      id: a.id, createdOn: a.created_at.toISOString().slice(0, 10), dueDate: a.due_on, description: a.description, dimensionCode: a.dimension,
      status: a.status, ownerName: a.owner_name, signalId: a.drift_signal_id, scope: a.scope, metric: a.metric ?? 'MFI',
      overdue: isActionOverdue(a.status, a.due_on, todayOn(ctx.clock)), before: null, after: null, outcome: null, outcomeSignalId: null,
    };
  }

  @Roles('ADMIN', 'PROGRAM_MANAGER', 'SUPERVISOR')
  @Query(() => DriftOverviewModel, { description: 'Per team: latest index values with band, series, active signals, supervision. Reads rollups only.' })
  async driftOverview(
    @Ctx() ctx: RequestContext,
    @Args('filter', { type: () => DriftFilterInput, nullable: true }) filter?: DriftFilterInput,
  ): Promise<DriftOverviewModel> {
    const o = await this.analytics.overview(ctx, filter ?? {});
    return { ...o, teams: o.teams.map((t) => ({ ...t, team: toTeamModel(t.team), program: toProgramModel(t.program) })) };
  }

  @Roles('ADMIN', 'PROGRAM_MANAGER', 'SUPERVISOR')
  @Query(() => TeamDriftModel, { description: 'One team: every metric with control limits and explained signals, items that moved, self vs others, annotations.' })
  async teamDrift(
    @Ctx() ctx: RequestContext,
    @Args('teamId', { type: () => ID }) teamId: string,
    @Args('filter', { type: () => DriftFilterInput, nullable: true }) filter?: DriftFilterInput,
  ): Promise<TeamDriftModel> {
    const { filter: f, ...t } = await this.analytics.teamDrift(ctx, teamId, filter ?? {});
    return { ...t, team: toTeamModel(t.team), actionMarkers: await this.driftActions.markers(ctx, t.team.id, f, t.metrics) };
  }

  @SignedIn()
  @Query(() => PersonDriftModel, { description: 'A person’s own trend: for that person and their current supervisor only.' })
  async personDrift(
    @Ctx() ctx: RequestContext,
    @Args('personId', { type: () => ID }) personId: string,
    @Args('filter', { type: () => DriftFilterInput, nullable: true }) filter?: DriftFilterInput,
  ): Promise<PersonDriftModel> {
    const p = await this.personDriftService.personDrift(ctx, personId, filter ?? {});
    return { ...p, person: toPersonModel(p.person) };
  }

  @Roles('ADMIN', 'PROGRAM_MANAGER', 'SUPERVISOR')
  @Query(() => [AnnotationModel], { description: 'Chart annotations for a team (stored and automatic).' })
  async annotations(
    @Ctx() ctx: RequestContext,
    @Args('teamId', { type: () => ID }) teamId: string,
    @Args('filter', { type: () => DriftFilterInput, nullable: true }) filter?: DriftFilterInput,
  ): Promise<AnnotationModel[]> {
    const team = await this.analytics.visibleTeam(ctx, teamId);
    const f = await this.analytics.resolve(ctx, filter ?? {});
    return this.analytics.annotations(ctx, team.id, f.from, f.to);
  }

  @Roles('ADMIN', 'PROGRAM_MANAGER', 'SUPERVISOR')
  @Mutation(() => AnnotationModel)
  async createAnnotation(@Ctx() ctx: RequestContext, @Args('input') input: CreateAnnotationInput): Promise<AnnotationModel> {
    const team = await this.analytics.visibleTeam(ctx, input.teamId);
    if (input.personId) await this.analytics.assertPersonInTeamScope(ctx, input.personId, team.id);
    const [row] = await ctx.db.query<{ id: string; on_date: string }>(
      `INSERT INTO annotation (organization_id, team_id, person_id, on_date, label, details, kind, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id, on_date::text`,
      [ctx.db.organizationId, team.id, input.personId ?? null, input.onDate, input.label.trim(), input.details?.trim() ?? '', input.kind ?? 'NOTE', ctx.viewer!.personId],
    );
    await audit(ctx, { entity: 'annotation', entityId: row!.id, action: 'annotation.created', after: { teamId: team.id, onDate: input.onDate, kind: input.kind ?? 'NOTE' } });
    return {
      id: row!.id, teamId: team.id, personId: input.personId ?? null, onDate: row!.on_date, label: input.label.trim(),
      details: input.details?.trim() ?? '', kind: input.kind ?? 'NOTE', automatic: false,
    };
  }

  @Roles('ADMIN', 'PROGRAM_MANAGER', 'SUPERVISOR')
  @Mutation(() => AnnotationModel)
  async updateAnnotation(@Ctx() ctx: RequestContext, @Args('input') input: UpdateAnnotationInput): Promise<AnnotationModel> {
    const before = await this.visibleAnnotation(ctx, input.annotationId);
    const [row] = await ctx.db.query<{ id: string; team_id: string; person_id: string | null; on_date: string; label: string; details: string; kind: string }>(
      `UPDATE annotation SET on_date = coalesce($2::date, on_date), label = coalesce($3, label), details = coalesce($4, details),
         kind = coalesce($5, kind), updated_at = app_now() WHERE id = $1
       RETURNING id, team_id, person_id, on_date::text, label, details, kind`,
      [before.id, input.onDate ?? null, input.label?.trim() ?? null, input.details?.trim() ?? null, input.kind ?? null],
    );
    await audit(ctx, { entity: 'annotation', entityId: before.id, action: 'annotation.updated', before: { onDate: before.on_date, label: before.label }, after: { onDate: row!.on_date, label: row!.label } });
    return { id: row!.id, teamId: row!.team_id, personId: row!.person_id, onDate: row!.on_date, label: row!.label, details: row!.details, kind: row!.kind, automatic: false };
  }

  @Roles('ADMIN', 'PROGRAM_MANAGER', 'SUPERVISOR')
  @Mutation(() => Boolean)
  async deleteAnnotation(@Ctx() ctx: RequestContext, @Args('annotationId', { type: () => ID }) annotationId: string): Promise<boolean> {
    const before = await this.visibleAnnotation(ctx, annotationId);
    await ctx.db.query('DELETE FROM annotation WHERE id = $1', [before.id]);
    await audit(ctx, { entity: 'annotation', entityId: before.id, action: 'annotation.deleted', before: { onDate: before.on_date, label: before.label } });
    return true;
  }

  private async visibleAnnotation(ctx: RequestContext, id: string) {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw new NotFoundError('Annotation (automatic annotations cannot be changed)');
    const [row] = await ctx.db.query<{ id: string; team_id: string; on_date: string; label: string }>(
      'SELECT id, team_id, on_date::text, label FROM annotation WHERE id = $1', [id],
    );
    if (!row) throw new NotFoundError('Annotation');
    await this.analytics.visibleTeam(ctx, row.team_id);
    return row;
  }
}

import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { isActionOverdue, todayOn } from '@tandem/shared';
import { Ctx, Roles, SignedIn } from '../../common/auth.decorators';

import type { RequestContext } from '../../common/request-context';
import { toPersonModel } from '../people/person.model';
import { toTeamModel } from '../teams/team.model';
import { CreateAnnotationInput, CreateDriftActionInput, DriftFilterInput, UpdateAnnotationInput } from './analytics.inputs';
import { RebaselineTeamInput } from './baseline.inputs';
import { BaselineResetModel, toBaselineResetModel } from './baseline.model';
import { DriftBaselineService } from './drift-baseline.service';
import { ActionMarkerModel, AnnotationModel, PersonDriftModel, TeamDriftModel } from './analytics.model';
import { AnalyticsService } from './analytics.service';
import { AnnotationsService, toAnnotationModel } from './annotations.service';
import { DriftActionsService } from './drift-actions.service';
import { PersonDriftService } from './person-drift.service';

@Resolver()
export class AnalyticsResolver {
  constructor(
    private readonly analytics: AnalyticsService,
    private readonly personDriftService: PersonDriftService,
    private readonly driftActions: DriftActionsService,
    private readonly baselines: DriftBaselineService,
    private readonly annotationsService: AnnotationsService,
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
      id: a.id, createdOn: a.createdAt.toISOString().slice(0, 10), dueDate: a.dueOn, description: a.description, dimensionCode: a.dimension,
      status: a.status, ownerName: a.ownerName, signalId: a.driftSignalId, scope: a.scope, metric: a.metric ?? 'MFI',
      overdue: isActionOverdue(a.status, a.dueOn, todayOn(ctx.clock)), before: null, after: null, outcome: null, outcomeSignalId: null,
    };
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
    return toAnnotationModel(await this.annotationsService.create(ctx, input));
  }

  @Roles('ADMIN', 'PROGRAM_MANAGER', 'SUPERVISOR')
  @Mutation(() => AnnotationModel)
  async updateAnnotation(@Ctx() ctx: RequestContext, @Args('input') input: UpdateAnnotationInput): Promise<AnnotationModel> {
    return toAnnotationModel(await this.annotationsService.update(ctx, input));
  }

  @Roles('ADMIN', 'PROGRAM_MANAGER', 'SUPERVISOR')
  @Mutation(() => Boolean)
  async deleteAnnotation(@Ctx() ctx: RequestContext, @Args('annotationId', { type: () => ID }) annotationId: string): Promise<boolean> {
    return this.annotationsService.remove(ctx, annotationId);
  }
}

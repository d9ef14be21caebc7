import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { ChecklistEntity } from '@tandem/database';
import type { ChecklistScore } from '@tandem/shared';
import { checklistCompleteness, TEXT_LIMITS, type RaterType } from '@tandem/shared';
import { Ctx, Public, Roles, SignedIn } from '../../common/auth.decorators';
import { InvalidInputError } from '../../common/errors';
import { PageInput } from '../../common/page';
import type { RequestContext } from '../../common/request-context';
import { PersonModel, toPersonModel } from '../people/person.model';
import { definitionOf, InstrumentVersionModel, toInstrumentVersionModel } from '../instruments/instrument.model';
import { TeamModel, toTeamModel } from '../teams/team.model';
import {
  AmendChecklistInput, ChecklistFilterInput, ChecklistPolicyInput, PersonServedAnswersInput, SaveChecklistAnswersInput, StartChecklistInput,
  SubmitChecklistInput,
} from './checklist.inputs';
import {
  ChecklistAnswerModel, ChecklistCompletenessModel, ChecklistModel, ChecklistPageModel, ChecklistPolicyModel, ChecklistRevisionModel,
  DimensionScoreModel, DueChecklistModel, ItemAlertModel, PersonServedFormModel, PersonServedLinkModel, toChecklistModel,
} from './checklist.model';
import { ChecklistPolicyService } from './checklist-policy.service';
import { ChecklistsDueService } from './checklists-due.service';
import { ChecklistsService, toAnswer } from './checklists.service';
import { PersonServedService } from './person-served.service';
import { checklistForViewer, mayReadPersonServedAnswers, withheldFromViewer } from './person-served-policy';
import { TextArg } from '../../common/text';

@Resolver(() => ChecklistModel)
export class ChecklistsResolver {
  constructor(
    private readonly checklistService: ChecklistsService,
    private readonly dueService: ChecklistsDueService,
    private readonly personServed: PersonServedService,
    private readonly policies: ChecklistPolicyService,
  ) {}

  @SignedIn()
  @Mutation(() => ChecklistModel, { description: 'Starts a checklist (or resumes your open draft for the same person and rater type).' })
  async startChecklist(@Ctx() ctx: RequestContext, @Args('input') input: StartChecklistInput): Promise<ChecklistModel> {
    return this.view(ctx, await this.checklistService.start(ctx, input));
  }

  @SignedIn()
  @Mutation(() => ChecklistModel, { description: 'Saves answers to a draft. A stale version gets CONFLICT and nothing is saved.' })
  async saveChecklistAnswers(@Ctx() ctx: RequestContext, @Args('input') input: SaveChecklistAnswersInput): Promise<ChecklistModel> {
    return this.view(ctx, await this.checklistService.save(ctx, input));
  }

  @SignedIn()
  @Mutation(() => ChecklistModel, { description: 'Submits a complete draft exactly once per idempotency key; stores its scores.' })
  async submitChecklist(@Ctx() ctx: RequestContext, @Args('input') input: SubmitChecklistInput): Promise<ChecklistModel> {
    return this.view(ctx, await this.checklistService.submit(ctx, input));
  }

  @SignedIn()
  @Mutation(() => ChecklistModel, { description: 'Changes a submitted checklist as a new revision; history is kept.' })
  async amendChecklist(@Ctx() ctx: RequestContext, @Args('input') input: AmendChecklistInput): Promise<ChecklistModel> {
    return this.view(ctx, await this.checklistService.amend(ctx, input));
  }

  @SignedIn()
  @Query(() => ChecklistModel)
  async checklist(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<ChecklistModel> {
    return this.view(ctx, await this.checklistService.get(ctx, id));
  }

  @SignedIn()
  @Query(() => ChecklistPageModel, { description: 'Checklists you rated, and submitted checklists about people you may see.' })
  async checklists(
    @Ctx() ctx: RequestContext,
    @Args('filter', { type: () => ChecklistFilterInput, nullable: true }) filter?: ChecklistFilterInput,
    @Args('page', { type: () => PageInput, nullable: true, description: 'take = page size; skip counts from the cursor (or the start).' }) page?: PageInput,
    @TextArg('after', { max: 200, nullable: true, description: 'pageInfo.endCursor of the previous page: the page after it (keyset, stays fast at any depth).' })
    after?: string | null,
  ): Promise<ChecklistPageModel> {
    const list = await this.checklistService.list(ctx, filter ?? {}, { skip: page?.skip ?? 0, take: page?.take ?? 50, after });
    return {
      items: list.items.map((row) => this.view(ctx, row)), totalCount: list.totalCount, totalCountCapped: list.totalCountCapped,
      pageInfo: { endCursor: list.endCursor, hasNextPage: list.hasNextPage },
    };
  }

  @SignedIn()
  @Query(() => [DueChecklistModel], { description: 'Your due and overdue checklists: self-assessments, and ratings of your supervisees.' })
  checklistsDue(
    @Ctx() ctx: RequestContext,
    @Args('withinDays', { type: () => Int, defaultValue: 14 }) withinDays: number,
  ): Promise<DueChecklistModel[]> {
    if (withinDays < 0 || withinDays > 366) throw new InvalidInputError('withinDays must be between 0 and 366');
    return this.dueService.due(ctx, withinDays) as Promise<DueChecklistModel[]>;
  }

  @SignedIn()
  @Query(() => ChecklistPolicyModel, { description: 'How often checklists are due in a program.' })
  async checklistPolicy(@Ctx() ctx: RequestContext, @Args('programId', { type: () => ID }) programId: string): Promise<ChecklistPolicyModel> {
    return this.policies.get(ctx, programId);
  }

  @Roles('ADMIN')
  @Mutation(() => ChecklistPolicyModel)
  async updateChecklistPolicy(@Ctx() ctx: RequestContext, @Args('input') input: ChecklistPolicyInput): Promise<ChecklistPolicyModel> {
    return this.policies.update(ctx, input);
  }

  @SignedIn()
  @Mutation(() => PersonServedLinkModel, { description: 'A one-time link a person served can use to give their view (no personal data kept).' })
  createPersonServedLink(@Ctx() ctx: RequestContext, @Args('subjectId', { type: () => ID }) subjectId: string): Promise<PersonServedLinkModel> {
    return this.personServed.createLink(ctx, subjectId);
  }

  @Public()
  @Query(() => PersonServedFormModel, { description: 'The short form behind a one-time feedback link.' })
  personServedForm(@Ctx() ctx: RequestContext, @TextArg('token', { max: TEXT_LIMITS.token }) token: string): Promise<PersonServedFormModel> {
    return this.personServed.form(ctx, token);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Submits a person-served short form through its one-time link.' })
  submitPersonServedFeedback(@Ctx() ctx: RequestContext, @Args('input') input: PersonServedAnswersInput): Promise<boolean> {
    return this.personServed.submit(ctx, input);
  }

  // ── fields ──

  @ResolveField(() => PersonModel)
  async subject(@Ctx() ctx: RequestContext, @Parent() c: ChecklistModel): Promise<PersonModel> {
    return toPersonModel((await ctx.loaders.person.load(c.subjectId))!);
  }

  @ResolveField(() => PersonModel, { nullable: true, description: 'Who rated; null for person-served responses.' })
  async rater(@Ctx() ctx: RequestContext, @Parent() c: ChecklistModel): Promise<PersonModel | null> {
    const row = c.raterId ? await ctx.loaders.person.load(c.raterId) : null;
    return row ? toPersonModel(row) : null;
  }

  @ResolveField(() => TeamModel, { nullable: true, description: 'The subject’s team when the checklist was submitted.' })
  async team(@Ctx() ctx: RequestContext, @Parent() c: ChecklistModel): Promise<TeamModel | null> {
    const row = c.teamId ? await ctx.loaders.team.load(c.teamId) : null;
    return row ? toTeamModel(row) : null;
  }

  @ResolveField(() => InstrumentVersionModel)
  async instrumentVersion(@Ctx() ctx: RequestContext, @Parent() c: ChecklistModel): Promise<InstrumentVersionModel> {
    return toInstrumentVersionModel((await ctx.loaders.instrumentVersion.load(c.instrumentVersionId))!);
  }

  @ResolveField(() => [ChecklistAnswerModel], {
    description: 'Item answers. For person-served responses they are shown only to admins: the person rated sees the scores, not the items.',
  })
  async answers(@Ctx() ctx: RequestContext, @Parent() c: ChecklistModel): Promise<ChecklistAnswerModel[]> {
    if (!mayReadPersonServedAnswers(ctx, c)) return [];
    return (await ctx.loaders.answersByChecklist.load(c.id)).map((a) => ({ itemCode: a.itemCode, value: a.value, comment: a.comment }));
  }

  @ResolveField(() => [DimensionScoreModel], { description: 'Dimension scores (stored at submission; a live preview for drafts).' })
  async scores(@Ctx() ctx: RequestContext, @Parent() c: ChecklistModel): Promise<DimensionScoreModel[]> {
    if (withheldFromViewer(ctx, c)) return [];
    return (await this.scoreOf(ctx, c)).dimensions.map((d) => ({ ...d }));
  }

  @ResolveField(() => String, { nullable: true, description: 'Why there is no Mutuality Fidelity Index, in plain words; null when there is one.' })
  async mutualityIndexUnavailableReason(@Ctx() ctx: RequestContext, @Parent() c: ChecklistModel): Promise<string | null> {
    if (withheldFromViewer(ctx, c)) return null;
    return (await this.scoreOf(ctx, c)).completeness.mutualityIndexUnavailableReason;
  }

  @ResolveField(() => [String], { description: 'Dimensions scoring below 3.0 — where to grow next.' })
  async developmentAreas(@Ctx() ctx: RequestContext, @Parent() c: ChecklistModel): Promise<string[]> {
    if (withheldFromViewer(ctx, c)) return [];
    return [...(await this.scoreOf(ctx, c)).developmentAreas];
  }

  @ResolveField(() => [ItemAlertModel], { description: 'Drift items rated 4–5: topics to reflect on in supervision.' })
  async itemAlerts(@Ctx() ctx: RequestContext, @Parent() c: ChecklistModel): Promise<ItemAlertModel[]> {
    if (withheldFromViewer(ctx, c)) return [];
    return (await this.scoreOf(ctx, c)).itemAlerts.map((a) => ({ ...a }));
  }

  @ResolveField(() => ChecklistCompletenessModel)
  async completeness(@Ctx() ctx: RequestContext, @Parent() c: ChecklistModel): Promise<ChecklistCompletenessModel> {
    // How many items were answered (or marked not applicable) is withheld too: zeros, nothing to submit.
    if (withheldFromViewer(ctx, c)) return { canSubmit: false, problems: [], warnings: [], answered: 0, expected: 0 };
    const version = (await ctx.loaders.instrumentVersion.load(c.instrumentVersionId))!;
    const answers = (await ctx.loaders.answersByChecklist.load(c.id)).map(toAnswer);
    const result = checklistCompleteness(definitionOf(version), c.raterType as RaterType, answers);
    const score = await this.scoreOf(ctx, c);
    return { ...result, problems: [...result.problems], warnings: [...result.warnings], answered: score.completeness.answered, expected: score.completeness.expected };
  }

  @ResolveField(() => [ChecklistRevisionModel], { description: 'Earlier submitted revisions (amendment history).' })
  async revisions(@Ctx() ctx: RequestContext, @Parent() c: ChecklistModel): Promise<ChecklistRevisionModel[]> {
    if (withheldFromViewer(ctx, c)) return [];
    return (await this.checklistService.revisions(ctx, c.id)).map((r) => ({
      revision: r.revision, submittedAt: r.submittedAt, amendedByName: r.amendedByName, reason: r.reason,
      mutualityIndex: r.scores?.mutualityIndex ?? null, createdAt: r.createdAt,
    }));
  }

  /** The checklist as the viewer may see it (person-served-policy.ts withholds a response from the person rated). */
  private view(ctx: RequestContext, row: ChecklistEntity): ChecklistModel {
    return checklistForViewer(ctx, toChecklistModel(row));
  }

  /** Scores once per checklist per request, however many score fields are selected. */
  private scoreOf(ctx: RequestContext, c: ChecklistModel): Promise<ChecklistScore> {
    const key = `score:${c.id}:${c.version}`;
    let pending = ctx.memo.get(key) as Promise<ChecklistScore> | undefined;
    if (!pending) {
      pending = ctx.loaders.checklist.load(c.id).then((row) => this.checklistService.score(ctx, row!));
      ctx.memo.set(key, pending);
    }
    return pending;
  }
}

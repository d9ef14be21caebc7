import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { TEXT_LIMITS } from '@tandem/shared';
import { Ctx, Roles, SignedIn } from '../../common/auth.decorators';
import type { RequestContext } from '../../common/request-context';
import { TeamModel, toTeamModel } from '../teams/team.model';
import {
  LanguageDensitySeriesModel, LanguageReflectionModel, LanguageSeriesFilterInput, LexiconEntryModel, SuppressionReasonEnum, UpsertLexiconEntryInput,
  toPatternNumbers,
} from './language.model';
import { LanguageService } from './language.service';
import { TextArg } from '../../common/text';

@Resolver(() => LanguageDensitySeriesModel)
export class LanguageResolver {
  constructor(private readonly language: LanguageService) {}

  @SignedIn()
  @Query(() => LanguageReflectionModel, {
    description: 'Reflects on the wording of a text with the organisation’s lexicon: hits (with suppressed ones), densities, balance and a gentle summary. Nothing is stored.',
  })
  async reflectLanguage(@Ctx() ctx: RequestContext, @TextArg('text', { max: TEXT_LIMITS.reflectText }) text: string): Promise<LanguageReflectionModel> {
    const { reflection: r, summary } = await this.language.reflect(ctx, text);
    return {
      hits: r.hits.map((h) => ({ ...h, suppressed: h.suppressed as SuppressionReasonEnum | null, alternative: h.alternative ?? null })),
      wordCount: r.wordCount, totals: toPatternNumbers(r.totals), densities: toPatternNumbers(r.densities), balance: r.balance,
      summary: { ...summary, suggestions: summary.suggestions.map((s) => ({ ...s, alternative: s.alternative ?? null })) },
    };
  }

  @SignedIn()
  @Query(() => [LexiconEntryModel], { description: 'The organisation’s lexicon: every default (as changed by the organisation) and its own phrases, disabled ones included.' })
  lexicon(@Ctx() ctx: RequestContext): Promise<LexiconEntryModel[]> {
    return this.language.entries(ctx);
  }

  @Roles('ADMIN')
  @Mutation(() => LexiconEntryModel, { description: 'Adds a phrase or changes a default one (weight 0 disables it).' })
  upsertLexiconEntry(@Ctx() ctx: RequestContext, @Args('input') input: UpsertLexiconEntryInput): Promise<LexiconEntryModel> {
    return this.language.upsert(ctx, input);
  }

  @Roles('ADMIN')
  @Mutation(() => Boolean, { description: 'Removes the organisation’s entry for a phrase (a changed default goes back to its shipped form). NOT_FOUND when there is none.' })
  deleteLexiconEntry(@Ctx() ctx: RequestContext, @TextArg('phrase', { max: TEXT_LIMITS.lexiconPhrase }) phrase: string): Promise<boolean> {
    return this.language.remove(ctx, phrase);
  }

  @Roles('ADMIN', 'PROGRAM_MANAGER', 'SUPERVISOR')
  @Query(() => [LanguageDensitySeriesModel], { description: 'Per team and month, the language densities of supervision notes (teams in your scope; small months withheld).' })
  async languageDensitySeries(@Ctx() ctx: RequestContext, @Args('filter') filter: LanguageSeriesFilterInput): Promise<LanguageDensitySeriesModel[]> {
    const series = await this.language.seriesFromInput(ctx, filter);
    return series.map((s) => ({
      teamId: s.teamId,
      points: s.points.map((p) => ({ ...p, densities: p.densities ? toPatternNumbers(p.densities) : null })),
    }));
  }

  @ResolveField(() => TeamModel)
  async team(@Ctx() ctx: RequestContext, @Parent() s: LanguageDensitySeriesModel): Promise<TeamModel> {
    return toTeamModel((await ctx.loaders.team.load(s.teamId))!);
  }
}

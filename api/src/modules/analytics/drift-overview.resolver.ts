import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, Roles } from '../../common/auth.decorators';
import type { RequestContext } from '../../common/request-context';
import { toProgramModel } from '../programs/program.model';
import { toTeamModel } from '../teams/team.model';
import { DriftFilterInput, DriftTeamsPageInput, OverviewSeriesMetric } from './analytics.inputs';
import { DriftOverviewModel, DriftTeamPageModel, MetricSeriesModel, TeamDriftSummaryModel } from './analytics.model';
import { AnalyticsService } from './analytics.service';
import { pageTeams } from './drift-team-page';
import type { FirstScreen } from './overview-memo';
import type { TeamSummary } from './overview-summaries';

/** The overview as resolved: the contract's fields plus every team's summary in both orders, which only `teams` pages out. */
type ResolvedOverview = DriftOverviewModel & { sorted: FirstScreen['sorted'] };

/** Where a summary model keeps the summary its series are built from (see `TeamDriftSummaryResolver.series`). */
const SUMMARY = Symbol('team summary');
type SummaryModel = TeamDriftSummaryModel & { [SUMMARY]: TeamSummary };

/** A summary as the schema shows it; its series are built only when a query selects them, and only the measures asked for. */
function toSummaryModel(t: TeamSummary): SummaryModel {
  const { latest, activeSignals, dimensions, supervision } = t;
  return { team: toTeamModel(t.team), program: toProgramModel(t.program), latest, activeSignals, dimensions, supervision, [SUMMARY]: t } as SummaryModel;
}

/**
 * The dashboard's first screen: key figures, where to look first, improving, the program rollups, and the team list
 * one page at a time (series only for the teams on the page), so the answer grows with the screen, not the organisation.
 */
@Resolver(() => DriftOverviewModel)
export class DriftOverviewResolver {
  constructor(private readonly analytics: AnalyticsService) {}

  @Roles('ADMIN', 'PROGRAM_MANAGER', 'SUPERVISOR')
  @Query(() => DriftOverviewModel, {
    description: 'Key figures, where to look first, improving, program rollups, and one page of teams (`teams`). Reads rollups only.',
  })
  async driftOverview(
    @Ctx() ctx: RequestContext,
    @Args('filter', { type: () => DriftFilterInput, nullable: true }) filter?: DriftFilterInput,
  ): Promise<ResolvedOverview> {
    const screen = await this.analytics.firstScreen(ctx, filter ?? {});
    return {
      ...screen.overview,
      attention: screen.attention.map(toSummaryModel),
      improving: screen.improving.map(toSummaryModel),
      programs: screen.programs,
      sorted: screen.sorted,
    };
  }

  @ResolveField(() => DriftTeamPageModel, { description: 'The teams in scope, one page at a time: by concern (default) or name, searchable and filterable.' })
  teams(
    @Parent() overview: ResolvedOverview,
    @Args('page', { type: () => DriftTeamsPageInput, nullable: true }) page?: DriftTeamsPageInput,
  ): DriftTeamPageModel {
    const p = pageTeams(overview.sorted.CONCERN, page ?? {}, overview.sorted);
    return { ...p, items: p.items.map(toSummaryModel) };
  }
}

/** A team's series on the overview: the measures a query asks for (its small multiples draw one at a time), or all three. */
@Resolver(() => TeamDriftSummaryModel)
export class TeamDriftSummaryResolver {
  @ResolveField(() => [MetricSeriesModel], {
    description: 'MFI, HDI and MDI series with their signals; `metrics` asks for some of them only (in this order: MFI, HDI, MDI).',
  })
  series(
    @Parent() summary: SummaryModel,
    @Args('metrics', { type: () => [OverviewSeriesMetric], nullable: true }) metrics?: OverviewSeriesMetric[],
  ): MetricSeriesModel[] {
    return summary[SUMMARY].seriesOf(metrics ?? undefined);
  }
}

import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { PageInfoModel } from '../../common/page';
import { PersonModel } from '../people/person.model';
import { ProgramModel } from '../programs/program.model';
import { TeamModel } from '../teams/team.model';

@ObjectType('SeriesPoint')
export class SeriesPointModel {
  @Field({ description: "'2026-03' (month) or '2026-W12' (ISO week)." }) period: string;
  @Field({ description: 'First day of the period.' }) periodStart: string;
  @Field(() => Float, { nullable: true, description: '0–100; null when there is no data or the cell is suppressed.' }) value: number | null;
  @Field(() => Int, { description: 'Ratings in the period (0 when suppressed, so small cells reveal nothing).' }) n: number;
  @Field({ description: 'Fewer ratings than the minimum cell size: not charted.' }) suppressed: boolean;
}

@ObjectType('EwmaPoint')
export class EwmaPointModel {
  @Field() period: string;
  @Field(() => Float) value: number;
  @Field(() => Float) limit: number;
}

@ObjectType('LimitPoint', { description: 'The detector at one period of the range: the level it expected and how far from it a period may fall.' })
export class LimitPointModel {
  @Field() period: string;
  @Field(() => Float, { description: 'The usual level predicted for this period from the periods before it (0–100).' }) centre: number;
  @Field(() => Float, { description: 'Limits for a period with this many ratings (more ratings → narrower), 0–100.' }) lower: number;
  @Field(() => Float) upper: number;
  @Field(() => Float, { description: 'Running total of differences toward drift (CUSUM, in standard deviations); a signal beyond cusumLimit.' }) cusumWorse: number;
  @Field(() => Float, { description: 'Running total of differences toward improvement.' }) cusumBetter: number;
  @Field(() => Float) cusumLimit: number;
}

@ObjectType('ControlLimits', { description: 'Judged on the series’ whole history up to the end of the range, not on the range alone.' })
export class ControlLimitsModel {
  @Field(() => Float, { description: 'The usual level at the end of the range (weighted by ratings), 0–100.' }) centre: number;
  @Field(() => Float, { description: 'Spread of a period with the usual number of ratings.' }) sigma: number;
  @Field(() => Float, { description: 'centre ± 3 sigma, for a period with the usual number of ratings.' }) upper: number;
  @Field(() => Float) lower: number;
  @Field(() => [String], { description: 'The periods the usual level is worked out from (may lie before the range).' }) baselinePeriods: string[];
  @Field(() => [LimitPointModel], { description: 'Per period of the range: expected level, limits, CUSUM totals.' }) points: LimitPointModel[];
  @Field(() => [String], { description: 'Periods from which a manager restarted the baseline.' }) restarts: string[];
  @Field(() => [EwmaPointModel], { deprecationReason: 'The detector no longer uses an EWMA; see points (always empty).' }) ewma: EwmaPointModel[];
}

@ObjectType('DriftSignal')
export class DriftSignalModel {
  @Field({ description: 'Stable id: team:metric:raterTypes:period:rule.' }) id: string;
  @Field() metric: string;
  @Field() metricLabel: string;
  @Field() period: string;
  @Field({ description: 'The first period of the change it reports (the period itself for a single point).' }) since: string;
  @Field({ description: 'CUSUM (a sustained change) or SHEWHART_3SIGMA (one period far from the usual level).' }) rule: string;
  @Field({ description: 'Plain words: which rule fired on which points.' }) message: string;
  @Field({ description: 'watch or alert.' }) severity: string;
  @Field({ description: 'worse (toward drift) or better (an improvement).' }) direction: string;
  @Field({ description: 'Still in force at the end of the range: a sustained change until the level comes back or a later signal or baseline restart supersedes it; a single period while it is among the last three.' })
  inForce: boolean;
  @Field({ description: 'Fired before the range and listed because it is still in force.' }) beforeRange: boolean;
  @Field({ deprecationReason: 'Use inForce.' }) active: boolean;
}

@ObjectType('MetricSeries')
export class MetricSeriesModel {
  @Field({ description: 'MFI, HDI, MDI, EDI, ODI or DIM:D1 … DIM:D7.' }) metric: string;
  @Field() label: string;
  @Field({ description: 'The bad direction: up (drift indices) or down (fidelity).' }) badDirection: string;
  @Field(() => [SeriesPointModel]) points: SeriesPointModel[];
  @Field(() => ControlLimitsModel, { nullable: true, description: 'From the series’ first usable period on.' }) limits: ControlLimitsModel | null;
  @Field(() => [DriftSignalModel], { description: 'Signals that fired in the range, and earlier ones still in force at its end.' }) signals: DriftSignalModel[];
}

@ObjectType('DimensionCell')
export class DimensionCellModel {
  @Field() dimensionCode: string;
  @Field() dimensionTitle: string;
  @Field(() => Float, { nullable: true, description: 'Dimension score on 0–100 (one decimal) pooled over the last three periods; null when suppressed.' }) score: number | null;
  @Field(() => Int) n: number;
  @Field() suppressed: boolean;
}

@ObjectType('LatestValues')
export class LatestValuesModel {
  @Field(() => String, { nullable: true }) period: string | null;
  @Field(() => Float, { nullable: true, description: 'Mutuality Fidelity Index on 0–100 (one decimal), the latest period.' }) mutualityIndex: number | null;
  @Field(() => String, { nullable: true, description: 'The index’s fidelity band, judged on the 0–100 figure as reported.' }) band: string | null;
  @Field(() => Float, { nullable: true }) hierarchicalDriftIndex: number | null;
  @Field(() => Float, { nullable: true }) medicalModelDriftIndex: number | null;
  @Field(() => Float, { nullable: true }) organisationalDriftIndex: number | null;
  @Field(() => Int) n: number;
}

@ObjectType('SupervisionSummary')
export class SupervisionSummaryModel {
  @Field(() => Int) required: number;
  @Field(() => Int) recorded: number;
  @Field(() => Float, { nullable: true }) ratio: number | null;
  @Field(() => Int) overdueCount: number;
  @Field(() => Int) superviseeCount: number;
}

@ObjectType('TeamDriftSummary')
export class TeamDriftSummaryModel {
  @Field(() => TeamModel) team: TeamModel;
  @Field(() => ProgramModel) program: ProgramModel;
  @Field(() => LatestValuesModel) latest: LatestValuesModel;
  /** Resolved by `TeamDriftSummaryResolver.series` (only the measures a query asks for are built). */
  series: MetricSeriesModel[];
  @Field(() => [DriftSignalModel], { description: 'Signals in force at the end of the range (worse and better), whenever they fired.' }) activeSignals: DriftSignalModel[];
  @Field(() => [DimensionCellModel]) dimensions: DimensionCellModel[];
  @Field(() => SupervisionSummaryModel, { nullable: true, description: 'Held vs required over the 90 days ending at the end of the range (or today, if earlier).' }) supervision: SupervisionSummaryModel | null;
}

@ObjectType('DriftKpis')
export class DriftKpisModel {
  @Field(() => Int) teams: number;
  @Field(() => Int, { description: 'Teams with a drift (worse) alert in force at the end of the range.' }) teamsWithAlerts: number;
  @Field(() => Int, { description: 'Teams with a drift (worse) watch in force and no such alert.' }) teamsOnWatch: number;
  @Field(() => Int, { description: 'Teams with an improvement (better) signal in force.' }) teamsImproving: number;
  @Field(() => Float, { nullable: true, description: 'Pooled Mutuality Fidelity Index on 0–100 (one decimal) over the last three periods.' }) mutualityIndex: number | null;
  @Field(() => String, { nullable: true }) band: string | null;
  @Field(() => Int, { description: 'Checklists (of the selected rater types) in the range.' }) checklists: number;
  @Field(() => Float, { nullable: true, description: 'Supervision recorded ÷ required across the teams, 0–1, over the 90 days ending at the end of the range (or today).' }) supervisionRatio: number | null;
  @Field(() => Int, { description: 'Teams with no signal in force (worse or better).' }) teamsSteady: number;
}

@ObjectType('DriftTeamPage', { description: 'One page of the overview’s teams; series only for the teams on it.' })
export class DriftTeamPageModel {
  @Field(() => [TeamDriftSummaryModel]) items: TeamDriftSummaryModel[];
  @Field(() => PageInfoModel) pageInfo: PageInfoModel;
  @Field(() => Int, { description: 'Teams matching the page’s search and filters (from the team list; reads no answers).' }) totalCount: number;
}

@ObjectType('ProgramDriftRollup', { description: 'A program’s teams by drift state, for the same filter and range as the key figures.' })
export class ProgramDriftRollupModel {
  @Field(() => ID) programId: string;
  @Field() programName: string;
  @Field(() => Int) teams: number;
  @Field(() => Int) teamsWithAlerts: number;
  @Field(() => Int) teamsOnWatch: number;
  @Field(() => Int) teamsImproving: number;
  @Field(() => Int) teamsSteady: number;
}

@ObjectType('DriftOverview')
export class DriftOverviewModel {
  @Field() from: string;
  @Field() to: string;
  @Field() granularity: string;
  @Field(() => [String]) raterTypes: string[];
  @Field(() => Int, { description: 'Cells with fewer ratings are suppressed.' }) minCellSize: number;
  @Field(() => [String]) periods: string[];
  @Field(() => DriftKpisModel) kpis: DriftKpisModel;
  @Field(() => [TeamDriftSummaryModel], { description: 'Where to look first: up to 10 teams with a drift signal in force, most concerning first (kpis count them all).' })
  attention: TeamDriftSummaryModel[];
  @Field(() => [TeamDriftSummaryModel], { description: 'Up to 10 teams with an improvement in force (kpis.teamsImproving counts them all).' })
  improving: TeamDriftSummaryModel[];
  @Field(() => [ProgramDriftRollupModel], { description: 'Per program: its teams by drift state, most alerts first.' }) programs: ProgramDriftRollupModel[];
}

@ObjectType('ItemMovement')
export class ItemMovementModel {
  @Field() itemCode: string;
  @Field() dimensionCode: string;
  @Field() prompt: string;
  @Field() polarity: string;
  @Field(() => String, { nullable: true }) driftPattern: string | null;
  @Field(() => Float, { description: 'Mean rating (1–5) before the last three periods.' }) before: number;
  @Field(() => Float, { description: 'Mean rating (1–5) in the last three periods.' }) after: number;
  @Field(() => Float) change: number;
  @Field({ description: 'True when the change is toward drift (core item down or drift item up).' }) worse: boolean;
}

@ObjectType('GapPoint')
export class GapPointModel {
  @Field() period: string;
  @Field(() => Float, { nullable: true }) self: number | null;
  @Field(() => Float, { nullable: true }) others: number | null;
  @Field(() => Float, { nullable: true, description: 'self − others on 0–100; positive = self-ratings higher.' }) gap: number | null;
}

@ObjectType('Annotation')
export class AnnotationModel {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true }) teamId: string | null;
  @Field(() => ID, { nullable: true }) personId: string | null;
  @Field() onDate: string;
  @Field() label: string;
  @Field() details: string;
  @Field({ description: 'NOTE, TRAINING, POLICY, STAFFING, OTHER — BASELINE_RESET (a drift baseline restart; id baseline:<id>, removed with deleteBaselineReset) — or TEAM_CHANGE / SUPERVISOR_CHANGE (automatic).' }) kind: string;
  @Field({ description: 'Automatic annotations come from team membership and supervisor changes and cannot be edited.' }) automatic: boolean;
}

@ObjectType('ActionMarker')
export class ActionMarkerModel {
  @Field(() => ID) id: string;
  @Field() createdOn: string;
  @Field(() => String, { nullable: true }) dueDate: string | null;
  @Field() description: string;
  @Field(() => String, { nullable: true }) dimensionCode: string | null;
  @Field() status: string;
  @Field(() => String, { nullable: true }) ownerName: string | null;
  @Field(() => String, { nullable: true }) signalId: string | null;
  @Field({ description: 'PERSON, TEAM or CASELOAD.' }) scope: string;
  @Field({ description: 'The figure it is about: MFI, HDI, MDI, EDI, ODI or DIM:D1 … DIM:D7.' }) metric: string;
  @Field({ description: 'Open and past its due date.' }) overdue: boolean;
  @Field(() => Float, { nullable: true, description: 'The action’s figure on 0–100 in the three periods before it.' }) before: number | null;
  @Field(() => Float, { nullable: true, description: 'The same figure on 0–100 since the action.' }) after: number | null;
  @Field(() => String, { nullable: true, description: 'better when an improvement signal on the action’s measure (its dimension, or the MFI) is in force since the action was agreed; worse when a drift signal is; null while neither.' })
  outcome: string | null;
  @Field(() => String, { nullable: true, description: 'That signal’s id (a DriftSignal of the team’s series).' }) outcomeSignalId: string | null;
}

@ObjectType('SupervisionPeriod', { description: 'Supervision sessions of the team’s supervisees in one period (overlay on the trend).' })
export class SupervisionPeriodModel {
  @Field() period: string;
  @Field(() => Int, { description: 'Sessions marked held (COMPLETED).' }) held: number;
  @Field(() => Int) missed: number;
  @Field(() => Int) cancelled: number;
  @Field(() => Int, { description: 'Past sessions whose outcome was never recorded.' }) unrecorded: number;
  @Field(() => Int, { description: 'Sessions held by a supervisor without lived experience (clinician-only supervision).' }) clinicianOnly: number;
}

@ObjectType('TeamDrift')
export class TeamDriftModel {
  @Field(() => TeamModel) team: TeamModel;
  @Field() from: string;
  @Field() to: string;
  @Field() granularity: string;
  @Field(() => [String]) raterTypes: string[];
  @Field(() => Int) minCellSize: number;
  @Field(() => [MetricSeriesModel]) metrics: MetricSeriesModel[];
  @Field(() => [ItemMovementModel]) itemsMoved: ItemMovementModel[];
  @Field(() => [GapPointModel]) selfVsOthers: GapPointModel[];
  @Field(() => [AnnotationModel]) annotations: AnnotationModel[];
  @Field(() => [ActionMarkerModel]) actionMarkers: ActionMarkerModel[];
  @Field(() => [SupervisionPeriodModel]) supervision: SupervisionPeriodModel[];
}

@ObjectType('PersonDrift')
export class PersonDriftModel {
  @Field(() => PersonModel) person: PersonModel;
  @Field() from: string;
  @Field() to: string;
  @Field() granularity: string;
  @Field(() => [String]) raterTypes: string[];
  @Field(() => [MetricSeriesModel]) metrics: MetricSeriesModel[];
  @Field(() => [GapPointModel]) selfVsOthers: GapPointModel[];
  @Field(() => [AnnotationModel]) annotations: AnnotationModel[];
}

/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment HistorySignal on DriftSignal { id metric period since rule severity direction inForce beforeRange message }": typeof types.HistorySignalFragmentDoc,
    "query TeamDrift($id: ID!, $f: DriftFilterInput) { teamDrift(teamId: $id, filter: $f) {\n  from to metrics { metric points { period value n } signals { ...HistorySignal }\n    limits { centre baselinePeriods restarts points { period centre lower upper cusumWorse cusumBetter cusumLimit } } }\n  annotations { id onDate label details kind automatic }\n  actionMarkers { id outcome outcomeSignalId } } }": typeof types.TeamDriftDocument,
    "query DriftOverview($f: DriftFilterInput) { driftOverview(filter: $f) { kpis { teamsWithAlerts }\n  teams(page: { first: 100 }) { items { team { id name } activeSignals { ...HistorySignal } } } } }": typeof types.DriftOverviewDocument,
    "mutation RebaselineTeam($i: RebaselineTeamInput!) { rebaselineTeam(input: $i) { id teamId fromDate reason createdByName } }": typeof types.RebaselineTeamDocument,
    "mutation DeleteBaselineReset($id: ID!) { deleteBaselineReset(id: $id) }": typeof types.DeleteBaselineResetDocument,
    "fragment SignalInJudgementCache on DriftSignal { id metric period since rule message severity direction inForce beforeRange }": typeof types.SignalInJudgementCacheFragmentDoc,
    "query OverviewInJudgementCache($f: DriftFilterInput) { driftOverview(filter: $f) { from to periods\n  kpis { teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady mutualityIndex band checklists }\n  attention { team { id } activeSignals { ...SignalInJudgementCache } } improving { team { id } activeSignals { ...SignalInJudgementCache } }\n  programs { programId teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady }\n  teams(page: { first: 100 }) { totalCount items { team { id }\n    latest { period band mutualityIndex hierarchicalDriftIndex medicalModelDriftIndex organisationalDriftIndex n }\n    activeSignals { ...SignalInJudgementCache } dimensions { dimensionCode score n suppressed }\n    series { metric points { period value n suppressed }\n      limits { centre upper lower sigma baselinePeriods restarts points { period centre lower upper cusumWorse cusumBetter cusumLimit } }\n      signals { ...SignalInJudgementCache } } } } } }": typeof types.OverviewInJudgementCacheDocument,
    "query TeamDriftInJudgementCache($id: ID!, $f: DriftFilterInput) { teamDrift(teamId: $id, filter: $f) {\n  metrics { metric points { period value n suppressed }\n    limits { centre upper lower sigma baselinePeriods restarts points { period centre lower upper cusumWorse cusumBetter cusumLimit } }\n    signals { ...SignalInJudgementCache } } } }": typeof types.TeamDriftInJudgementCacheDocument,
    "mutation AssignTeamInJudgementCache($i: AssignTeamInput!) { assignTeam(input: $i) { id } }": typeof types.AssignTeamInJudgementCacheDocument,
    "fragment SignalInOverviewMemo on DriftSignal { id metric period since rule message severity direction inForce beforeRange }": typeof types.SignalInOverviewMemoFragmentDoc,
    "query OverviewInOverviewMemo($f: DriftFilterInput, $page: DriftTeamsPageInput) { driftOverview(filter: $f) { from to granularity periods raterTypes minCellSize\n  kpis { teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady mutualityIndex band checklists supervisionRatio }\n  attention { team { id name } program { id name } activeSignals { ...SignalInOverviewMemo } }\n  improving { team { id name } program { id name } activeSignals { ...SignalInOverviewMemo } }\n  programs { programId programName teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady }\n  teams(page: $page) { totalCount pageInfo { endCursor hasNextPage } items { team { id name memberCount } program { id name }\n    latest { period band mutualityIndex hierarchicalDriftIndex medicalModelDriftIndex organisationalDriftIndex n }\n    activeSignals { ...SignalInOverviewMemo } dimensions { dimensionCode dimensionTitle score n suppressed }\n    series { metric label badDirection points { period periodStart value n suppressed }\n      limits { centre upper lower sigma baselinePeriods restarts points { period centre lower upper cusumWorse cusumBetter cusumLimit } }\n      signals { ...SignalInOverviewMemo } }\n    supervision { ratio recorded required overdueCount superviseeCount } } } } }": typeof types.OverviewInOverviewMemoDocument,
    "mutation AssignTeamInOverviewMemo($i: AssignTeamInput!) { assignTeam(input: $i) { id } }": typeof types.AssignTeamInOverviewMemoDocument,
    "mutation ScheduleSupervisionInOverviewMemo($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id } } }": typeof types.ScheduleSupervisionInOverviewMemoDocument,
    "fragment PagedSignal on DriftSignal { id direction severity since }": typeof types.PagedSignalFragmentDoc,
    "fragment PagedTeamSummary on TeamDriftSummary { team { id name } program { id name } latest { period mutualityIndex band hierarchicalDriftIndex medicalModelDriftIndex n }\n  activeSignals { ...PagedSignal } dimensions { dimensionCode score n suppressed } supervision { required recorded }\n  series { metric points { period value n } signals { id } } }": typeof types.PagedTeamSummaryFragmentDoc,
    "query DriftOverviewPage($f: DriftFilterInput, $p: DriftTeamsPageInput) { driftOverview(filter: $f) {\n  kpis { teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady mutualityIndex band checklists supervisionRatio }\n  attention { team { id } activeSignals { ...PagedSignal } } improving { team { id } activeSignals { ...PagedSignal } }\n  programs { programId programName teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady }\n  teams(page: $p) { totalCount pageInfo { endCursor hasNextPage } items { ...PagedTeamSummary } } } }": typeof types.DriftOverviewPageDocument,
    "query OverviewSeriesOf($p: DriftTeamsPageInput, $m: [OverviewSeriesMetric!]) { driftOverview {\n  teams(page: $p) { items { team { id } series(metrics: $m) { metric label badDirection points { period value n suppressed }\n    limits { centre points { period centre lower upper } } signals { id } } } } } }": typeof types.OverviewSeriesOfDocument,
    "query OverviewSeriesAll($p: DriftTeamsPageInput) { driftOverview {\n  teams(page: $p) { items { team { id } series { metric label badDirection points { period value n suppressed }\n    limits { centre points { period centre lower upper } } signals { id } } } } } }": typeof types.OverviewSeriesAllDocument,
};
const documents: Documents = {
    "fragment HistorySignal on DriftSignal { id metric period since rule severity direction inForce beforeRange message }": types.HistorySignalFragmentDoc,
    "query TeamDrift($id: ID!, $f: DriftFilterInput) { teamDrift(teamId: $id, filter: $f) {\n  from to metrics { metric points { period value n } signals { ...HistorySignal }\n    limits { centre baselinePeriods restarts points { period centre lower upper cusumWorse cusumBetter cusumLimit } } }\n  annotations { id onDate label details kind automatic }\n  actionMarkers { id outcome outcomeSignalId } } }": types.TeamDriftDocument,
    "query DriftOverview($f: DriftFilterInput) { driftOverview(filter: $f) { kpis { teamsWithAlerts }\n  teams(page: { first: 100 }) { items { team { id name } activeSignals { ...HistorySignal } } } } }": types.DriftOverviewDocument,
    "mutation RebaselineTeam($i: RebaselineTeamInput!) { rebaselineTeam(input: $i) { id teamId fromDate reason createdByName } }": types.RebaselineTeamDocument,
    "mutation DeleteBaselineReset($id: ID!) { deleteBaselineReset(id: $id) }": types.DeleteBaselineResetDocument,
    "fragment SignalInJudgementCache on DriftSignal { id metric period since rule message severity direction inForce beforeRange }": types.SignalInJudgementCacheFragmentDoc,
    "query OverviewInJudgementCache($f: DriftFilterInput) { driftOverview(filter: $f) { from to periods\n  kpis { teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady mutualityIndex band checklists }\n  attention { team { id } activeSignals { ...SignalInJudgementCache } } improving { team { id } activeSignals { ...SignalInJudgementCache } }\n  programs { programId teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady }\n  teams(page: { first: 100 }) { totalCount items { team { id }\n    latest { period band mutualityIndex hierarchicalDriftIndex medicalModelDriftIndex organisationalDriftIndex n }\n    activeSignals { ...SignalInJudgementCache } dimensions { dimensionCode score n suppressed }\n    series { metric points { period value n suppressed }\n      limits { centre upper lower sigma baselinePeriods restarts points { period centre lower upper cusumWorse cusumBetter cusumLimit } }\n      signals { ...SignalInJudgementCache } } } } } }": types.OverviewInJudgementCacheDocument,
    "query TeamDriftInJudgementCache($id: ID!, $f: DriftFilterInput) { teamDrift(teamId: $id, filter: $f) {\n  metrics { metric points { period value n suppressed }\n    limits { centre upper lower sigma baselinePeriods restarts points { period centre lower upper cusumWorse cusumBetter cusumLimit } }\n    signals { ...SignalInJudgementCache } } } }": types.TeamDriftInJudgementCacheDocument,
    "mutation AssignTeamInJudgementCache($i: AssignTeamInput!) { assignTeam(input: $i) { id } }": types.AssignTeamInJudgementCacheDocument,
    "fragment SignalInOverviewMemo on DriftSignal { id metric period since rule message severity direction inForce beforeRange }": types.SignalInOverviewMemoFragmentDoc,
    "query OverviewInOverviewMemo($f: DriftFilterInput, $page: DriftTeamsPageInput) { driftOverview(filter: $f) { from to granularity periods raterTypes minCellSize\n  kpis { teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady mutualityIndex band checklists supervisionRatio }\n  attention { team { id name } program { id name } activeSignals { ...SignalInOverviewMemo } }\n  improving { team { id name } program { id name } activeSignals { ...SignalInOverviewMemo } }\n  programs { programId programName teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady }\n  teams(page: $page) { totalCount pageInfo { endCursor hasNextPage } items { team { id name memberCount } program { id name }\n    latest { period band mutualityIndex hierarchicalDriftIndex medicalModelDriftIndex organisationalDriftIndex n }\n    activeSignals { ...SignalInOverviewMemo } dimensions { dimensionCode dimensionTitle score n suppressed }\n    series { metric label badDirection points { period periodStart value n suppressed }\n      limits { centre upper lower sigma baselinePeriods restarts points { period centre lower upper cusumWorse cusumBetter cusumLimit } }\n      signals { ...SignalInOverviewMemo } }\n    supervision { ratio recorded required overdueCount superviseeCount } } } } }": types.OverviewInOverviewMemoDocument,
    "mutation AssignTeamInOverviewMemo($i: AssignTeamInput!) { assignTeam(input: $i) { id } }": types.AssignTeamInOverviewMemoDocument,
    "mutation ScheduleSupervisionInOverviewMemo($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id } } }": types.ScheduleSupervisionInOverviewMemoDocument,
    "fragment PagedSignal on DriftSignal { id direction severity since }": types.PagedSignalFragmentDoc,
    "fragment PagedTeamSummary on TeamDriftSummary { team { id name } program { id name } latest { period mutualityIndex band hierarchicalDriftIndex medicalModelDriftIndex n }\n  activeSignals { ...PagedSignal } dimensions { dimensionCode score n suppressed } supervision { required recorded }\n  series { metric points { period value n } signals { id } } }": types.PagedTeamSummaryFragmentDoc,
    "query DriftOverviewPage($f: DriftFilterInput, $p: DriftTeamsPageInput) { driftOverview(filter: $f) {\n  kpis { teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady mutualityIndex band checklists supervisionRatio }\n  attention { team { id } activeSignals { ...PagedSignal } } improving { team { id } activeSignals { ...PagedSignal } }\n  programs { programId programName teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady }\n  teams(page: $p) { totalCount pageInfo { endCursor hasNextPage } items { ...PagedTeamSummary } } } }": types.DriftOverviewPageDocument,
    "query OverviewSeriesOf($p: DriftTeamsPageInput, $m: [OverviewSeriesMetric!]) { driftOverview {\n  teams(page: $p) { items { team { id } series(metrics: $m) { metric label badDirection points { period value n suppressed }\n    limits { centre points { period centre lower upper } } signals { id } } } } } }": types.OverviewSeriesOfDocument,
    "query OverviewSeriesAll($p: DriftTeamsPageInput) { driftOverview {\n  teams(page: $p) { items { team { id } series { metric label badDirection points { period value n suppressed }\n    limits { centre points { period centre lower upper } } signals { id } } } } } }": types.OverviewSeriesAllDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment HistorySignal on DriftSignal { id metric period since rule severity direction inForce beforeRange message }"): (typeof documents)["fragment HistorySignal on DriftSignal { id metric period since rule severity direction inForce beforeRange message }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamDrift($id: ID!, $f: DriftFilterInput) { teamDrift(teamId: $id, filter: $f) {\n  from to metrics { metric points { period value n } signals { ...HistorySignal }\n    limits { centre baselinePeriods restarts points { period centre lower upper cusumWorse cusumBetter cusumLimit } } }\n  annotations { id onDate label details kind automatic }\n  actionMarkers { id outcome outcomeSignalId } } }"): (typeof documents)["query TeamDrift($id: ID!, $f: DriftFilterInput) { teamDrift(teamId: $id, filter: $f) {\n  from to metrics { metric points { period value n } signals { ...HistorySignal }\n    limits { centre baselinePeriods restarts points { period centre lower upper cusumWorse cusumBetter cusumLimit } } }\n  annotations { id onDate label details kind automatic }\n  actionMarkers { id outcome outcomeSignalId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DriftOverview($f: DriftFilterInput) { driftOverview(filter: $f) { kpis { teamsWithAlerts }\n  teams(page: { first: 100 }) { items { team { id name } activeSignals { ...HistorySignal } } } } }"): (typeof documents)["query DriftOverview($f: DriftFilterInput) { driftOverview(filter: $f) { kpis { teamsWithAlerts }\n  teams(page: { first: 100 }) { items { team { id name } activeSignals { ...HistorySignal } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RebaselineTeam($i: RebaselineTeamInput!) { rebaselineTeam(input: $i) { id teamId fromDate reason createdByName } }"): (typeof documents)["mutation RebaselineTeam($i: RebaselineTeamInput!) { rebaselineTeam(input: $i) { id teamId fromDate reason createdByName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteBaselineReset($id: ID!) { deleteBaselineReset(id: $id) }"): (typeof documents)["mutation DeleteBaselineReset($id: ID!) { deleteBaselineReset(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SignalInJudgementCache on DriftSignal { id metric period since rule message severity direction inForce beforeRange }"): (typeof documents)["fragment SignalInJudgementCache on DriftSignal { id metric period since rule message severity direction inForce beforeRange }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OverviewInJudgementCache($f: DriftFilterInput) { driftOverview(filter: $f) { from to periods\n  kpis { teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady mutualityIndex band checklists }\n  attention { team { id } activeSignals { ...SignalInJudgementCache } } improving { team { id } activeSignals { ...SignalInJudgementCache } }\n  programs { programId teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady }\n  teams(page: { first: 100 }) { totalCount items { team { id }\n    latest { period band mutualityIndex hierarchicalDriftIndex medicalModelDriftIndex organisationalDriftIndex n }\n    activeSignals { ...SignalInJudgementCache } dimensions { dimensionCode score n suppressed }\n    series { metric points { period value n suppressed }\n      limits { centre upper lower sigma baselinePeriods restarts points { period centre lower upper cusumWorse cusumBetter cusumLimit } }\n      signals { ...SignalInJudgementCache } } } } } }"): (typeof documents)["query OverviewInJudgementCache($f: DriftFilterInput) { driftOverview(filter: $f) { from to periods\n  kpis { teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady mutualityIndex band checklists }\n  attention { team { id } activeSignals { ...SignalInJudgementCache } } improving { team { id } activeSignals { ...SignalInJudgementCache } }\n  programs { programId teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady }\n  teams(page: { first: 100 }) { totalCount items { team { id }\n    latest { period band mutualityIndex hierarchicalDriftIndex medicalModelDriftIndex organisationalDriftIndex n }\n    activeSignals { ...SignalInJudgementCache } dimensions { dimensionCode score n suppressed }\n    series { metric points { period value n suppressed }\n      limits { centre upper lower sigma baselinePeriods restarts points { period centre lower upper cusumWorse cusumBetter cusumLimit } }\n      signals { ...SignalInJudgementCache } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamDriftInJudgementCache($id: ID!, $f: DriftFilterInput) { teamDrift(teamId: $id, filter: $f) {\n  metrics { metric points { period value n suppressed }\n    limits { centre upper lower sigma baselinePeriods restarts points { period centre lower upper cusumWorse cusumBetter cusumLimit } }\n    signals { ...SignalInJudgementCache } } } }"): (typeof documents)["query TeamDriftInJudgementCache($id: ID!, $f: DriftFilterInput) { teamDrift(teamId: $id, filter: $f) {\n  metrics { metric points { period value n suppressed }\n    limits { centre upper lower sigma baselinePeriods restarts points { period centre lower upper cusumWorse cusumBetter cusumLimit } }\n    signals { ...SignalInJudgementCache } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssignTeamInJudgementCache($i: AssignTeamInput!) { assignTeam(input: $i) { id } }"): (typeof documents)["mutation AssignTeamInJudgementCache($i: AssignTeamInput!) { assignTeam(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SignalInOverviewMemo on DriftSignal { id metric period since rule message severity direction inForce beforeRange }"): (typeof documents)["fragment SignalInOverviewMemo on DriftSignal { id metric period since rule message severity direction inForce beforeRange }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OverviewInOverviewMemo($f: DriftFilterInput, $page: DriftTeamsPageInput) { driftOverview(filter: $f) { from to granularity periods raterTypes minCellSize\n  kpis { teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady mutualityIndex band checklists supervisionRatio }\n  attention { team { id name } program { id name } activeSignals { ...SignalInOverviewMemo } }\n  improving { team { id name } program { id name } activeSignals { ...SignalInOverviewMemo } }\n  programs { programId programName teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady }\n  teams(page: $page) { totalCount pageInfo { endCursor hasNextPage } items { team { id name memberCount } program { id name }\n    latest { period band mutualityIndex hierarchicalDriftIndex medicalModelDriftIndex organisationalDriftIndex n }\n    activeSignals { ...SignalInOverviewMemo } dimensions { dimensionCode dimensionTitle score n suppressed }\n    series { metric label badDirection points { period periodStart value n suppressed }\n      limits { centre upper lower sigma baselinePeriods restarts points { period centre lower upper cusumWorse cusumBetter cusumLimit } }\n      signals { ...SignalInOverviewMemo } }\n    supervision { ratio recorded required overdueCount superviseeCount } } } } }"): (typeof documents)["query OverviewInOverviewMemo($f: DriftFilterInput, $page: DriftTeamsPageInput) { driftOverview(filter: $f) { from to granularity periods raterTypes minCellSize\n  kpis { teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady mutualityIndex band checklists supervisionRatio }\n  attention { team { id name } program { id name } activeSignals { ...SignalInOverviewMemo } }\n  improving { team { id name } program { id name } activeSignals { ...SignalInOverviewMemo } }\n  programs { programId programName teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady }\n  teams(page: $page) { totalCount pageInfo { endCursor hasNextPage } items { team { id name memberCount } program { id name }\n    latest { period band mutualityIndex hierarchicalDriftIndex medicalModelDriftIndex organisationalDriftIndex n }\n    activeSignals { ...SignalInOverviewMemo } dimensions { dimensionCode dimensionTitle score n suppressed }\n    series { metric label badDirection points { period periodStart value n suppressed }\n      limits { centre upper lower sigma baselinePeriods restarts points { period centre lower upper cusumWorse cusumBetter cusumLimit } }\n      signals { ...SignalInOverviewMemo } }\n    supervision { ratio recorded required overdueCount superviseeCount } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssignTeamInOverviewMemo($i: AssignTeamInput!) { assignTeam(input: $i) { id } }"): (typeof documents)["mutation AssignTeamInOverviewMemo($i: AssignTeamInput!) { assignTeam(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScheduleSupervisionInOverviewMemo($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id } } }"): (typeof documents)["mutation ScheduleSupervisionInOverviewMemo($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PagedSignal on DriftSignal { id direction severity since }"): (typeof documents)["fragment PagedSignal on DriftSignal { id direction severity since }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PagedTeamSummary on TeamDriftSummary { team { id name } program { id name } latest { period mutualityIndex band hierarchicalDriftIndex medicalModelDriftIndex n }\n  activeSignals { ...PagedSignal } dimensions { dimensionCode score n suppressed } supervision { required recorded }\n  series { metric points { period value n } signals { id } } }"): (typeof documents)["fragment PagedTeamSummary on TeamDriftSummary { team { id name } program { id name } latest { period mutualityIndex band hierarchicalDriftIndex medicalModelDriftIndex n }\n  activeSignals { ...PagedSignal } dimensions { dimensionCode score n suppressed } supervision { required recorded }\n  series { metric points { period value n } signals { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DriftOverviewPage($f: DriftFilterInput, $p: DriftTeamsPageInput) { driftOverview(filter: $f) {\n  kpis { teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady mutualityIndex band checklists supervisionRatio }\n  attention { team { id } activeSignals { ...PagedSignal } } improving { team { id } activeSignals { ...PagedSignal } }\n  programs { programId programName teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady }\n  teams(page: $p) { totalCount pageInfo { endCursor hasNextPage } items { ...PagedTeamSummary } } } }"): (typeof documents)["query DriftOverviewPage($f: DriftFilterInput, $p: DriftTeamsPageInput) { driftOverview(filter: $f) {\n  kpis { teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady mutualityIndex band checklists supervisionRatio }\n  attention { team { id } activeSignals { ...PagedSignal } } improving { team { id } activeSignals { ...PagedSignal } }\n  programs { programId programName teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady }\n  teams(page: $p) { totalCount pageInfo { endCursor hasNextPage } items { ...PagedTeamSummary } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OverviewSeriesOf($p: DriftTeamsPageInput, $m: [OverviewSeriesMetric!]) { driftOverview {\n  teams(page: $p) { items { team { id } series(metrics: $m) { metric label badDirection points { period value n suppressed }\n    limits { centre points { period centre lower upper } } signals { id } } } } } }"): (typeof documents)["query OverviewSeriesOf($p: DriftTeamsPageInput, $m: [OverviewSeriesMetric!]) { driftOverview {\n  teams(page: $p) { items { team { id } series(metrics: $m) { metric label badDirection points { period value n suppressed }\n    limits { centre points { period centre lower upper } } signals { id } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OverviewSeriesAll($p: DriftTeamsPageInput) { driftOverview {\n  teams(page: $p) { items { team { id } series { metric label badDirection points { period value n suppressed }\n    limits { centre points { period centre lower upper } } signals { id } } } } } }"): (typeof documents)["query OverviewSeriesAll($p: DriftTeamsPageInput) { driftOverview {\n  teams(page: $p) { items { team { id } series { metric label badDirection points { period value n suppressed }\n    limits { centre points { period centre lower upper } } signals { id } } } } } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
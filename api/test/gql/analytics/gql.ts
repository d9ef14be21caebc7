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
    "mutation CreatePersonServedLink($s: ID!) { createPersonServedLink(subjectId: $s) { url } }": typeof types.CreatePersonServedLinkDocument,
    "mutation SubmitPersonServedFeedbackInAnalyticsDrift($i: PersonServedAnswersInput!) { submitPersonServedFeedback(input: $i) }": typeof types.SubmitPersonServedFeedbackInAnalyticsDriftDocument,
    "mutation CreateDriftAction($i: CreateDriftActionInput!) { createDriftAction(input: $i) { id } }": typeof types.CreateDriftActionDocument,
    "query DriftOverviewInFiguresAgree($f: DriftFilterInput) { driftOverview(filter: $f) { to\n  kpis { mutualityIndex band supervisionRatio }\n  teams(page: { first: 100 }) { items { team { id name } latest { period mutualityIndex band }\n    dimensions { dimensionCode score }\n    supervision { required recorded overdueCount superviseeCount } } } } }": typeof types.DriftOverviewInFiguresAgreeDocument,
    "query TeamDriftInFiguresAgree($id: ID!, $f: DriftFilterInput) { teamDrift(teamId: $id, filter: $f) {\n  metrics { metric points { period value } } } }": typeof types.TeamDriftInFiguresAgreeDocument,
    "query SupervisionCompliance($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) {\n  total { required recorded overdue supervisees }\n  teams { id required recorded overdue supervisees } } }": typeof types.SupervisionComplianceDocument,
    "query ChecklistInPersonServedPrivacy($id: ID!) { checklist(id: $id) { answers { itemCode value } } }": typeof types.ChecklistInPersonServedPrivacyDocument,
    "mutation AmendChecklist($i: AmendChecklistInput!) { amendChecklist(input: $i) { id } }": typeof types.AmendChecklistDocument,
    "query PersonDrift($p: ID!, $f: DriftFilterInput) { personDrift(personId: $p, filter: $f) {\n  metrics { metric points { periodStart value n suppressed } } selfVsOthers { period self others gap } } }": typeof types.PersonDriftDocument,
    "query TeamDriftInPersonServedPrivacy($t: ID!, $f: DriftFilterInput) { teamDrift(teamId: $t, filter: $f) {\n  metrics { metric points { value n } } itemsMoved { itemCode } selfVsOthers { others } actionMarkers { before after } } }": typeof types.TeamDriftInPersonServedPrivacyDocument,
    "query DriftOverviewInPersonServedPrivacy($f: DriftFilterInput) { driftOverview(filter: $f) { kpis { mutualityIndex checklists }\n  teams(page: { first: 100 }) { items { team { id } latest { mutualityIndex hierarchicalDriftIndex medicalModelDriftIndex n } dimensions { dimensionCode score n } series { metric points { value n } } } } } }": typeof types.DriftOverviewInPersonServedPrivacyDocument,
    "fragment DriftPointFields on SeriesPoint { period periodStart value n suppressed }": typeof types.DriftPointFieldsFragmentDoc,
    "query DriftOverviewInAnalyticsSetup($f: DriftFilterInput) { driftOverview(filter: $f) {\n  from to granularity raterTypes minCellSize periods\n  kpis { teams teamsWithAlerts teamsOnWatch mutualityIndex band checklists supervisionRatio }\n  teams(page: { first: 100 }) { totalCount items { team { id } program { id }\n    latest { period mutualityIndex band hierarchicalDriftIndex medicalModelDriftIndex organisationalDriftIndex n }\n    series { metric points { ...DriftPointFields } }\n    dimensions { dimensionCode score n suppressed } } } } }": typeof types.DriftOverviewInAnalyticsSetupDocument,
    "query TeamDriftInAnalyticsSetup($id: ID!, $f: DriftFilterInput) { teamDrift(teamId: $id, filter: $f) {\n  team { id } from to granularity raterTypes minCellSize\n  metrics { metric label badDirection points { ...DriftPointFields } signals { id } }\n  itemsMoved { itemCode } selfVsOthers { period self others gap }\n  annotations { id teamId personId onDate label details kind automatic } actionMarkers { id } } }": typeof types.TeamDriftInAnalyticsSetupDocument,
    "query PersonDriftInAnalyticsSetup($id: ID!, $f: DriftFilterInput) { personDrift(personId: $id, filter: $f) {\n  person { id } from to granularity raterTypes\n  metrics { metric points { ...DriftPointFields } } selfVsOthers { period self others gap }\n  annotations { id label personId } } }": typeof types.PersonDriftInAnalyticsSetupDocument,
    "query Annotations($id: ID!, $f: DriftFilterInput) { annotations(teamId: $id, filter: $f) { id teamId personId onDate label details kind automatic } }": typeof types.AnnotationsDocument,
    "mutation CreateAnnotation($i: CreateAnnotationInput!) { createAnnotation(input: $i) { id teamId personId onDate label details kind automatic } }": typeof types.CreateAnnotationDocument,
    "mutation UpdateAnnotation($i: UpdateAnnotationInput!) { updateAnnotation(input: $i) { id teamId personId onDate label details kind automatic } }": typeof types.UpdateAnnotationDocument,
    "mutation DeleteAnnotation($id: ID!) { deleteAnnotation(annotationId: $id) }": typeof types.DeleteAnnotationDocument,
    "mutation AssignTeam($i: AssignTeamInput!) { assignTeam(input: $i) { id } }": typeof types.AssignTeamDocument,
    "mutation AssignSupervisor($i: AssignSupervisorInput!) { assignSupervisor(input: $i) { id } }": typeof types.AssignSupervisorDocument,
};
const documents: Documents = {
    "mutation CreatePersonServedLink($s: ID!) { createPersonServedLink(subjectId: $s) { url } }": types.CreatePersonServedLinkDocument,
    "mutation SubmitPersonServedFeedbackInAnalyticsDrift($i: PersonServedAnswersInput!) { submitPersonServedFeedback(input: $i) }": types.SubmitPersonServedFeedbackInAnalyticsDriftDocument,
    "mutation CreateDriftAction($i: CreateDriftActionInput!) { createDriftAction(input: $i) { id } }": types.CreateDriftActionDocument,
    "query DriftOverviewInFiguresAgree($f: DriftFilterInput) { driftOverview(filter: $f) { to\n  kpis { mutualityIndex band supervisionRatio }\n  teams(page: { first: 100 }) { items { team { id name } latest { period mutualityIndex band }\n    dimensions { dimensionCode score }\n    supervision { required recorded overdueCount superviseeCount } } } } }": types.DriftOverviewInFiguresAgreeDocument,
    "query TeamDriftInFiguresAgree($id: ID!, $f: DriftFilterInput) { teamDrift(teamId: $id, filter: $f) {\n  metrics { metric points { period value } } } }": types.TeamDriftInFiguresAgreeDocument,
    "query SupervisionCompliance($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) {\n  total { required recorded overdue supervisees }\n  teams { id required recorded overdue supervisees } } }": types.SupervisionComplianceDocument,
    "query ChecklistInPersonServedPrivacy($id: ID!) { checklist(id: $id) { answers { itemCode value } } }": types.ChecklistInPersonServedPrivacyDocument,
    "mutation AmendChecklist($i: AmendChecklistInput!) { amendChecklist(input: $i) { id } }": types.AmendChecklistDocument,
    "query PersonDrift($p: ID!, $f: DriftFilterInput) { personDrift(personId: $p, filter: $f) {\n  metrics { metric points { periodStart value n suppressed } } selfVsOthers { period self others gap } } }": types.PersonDriftDocument,
    "query TeamDriftInPersonServedPrivacy($t: ID!, $f: DriftFilterInput) { teamDrift(teamId: $t, filter: $f) {\n  metrics { metric points { value n } } itemsMoved { itemCode } selfVsOthers { others } actionMarkers { before after } } }": types.TeamDriftInPersonServedPrivacyDocument,
    "query DriftOverviewInPersonServedPrivacy($f: DriftFilterInput) { driftOverview(filter: $f) { kpis { mutualityIndex checklists }\n  teams(page: { first: 100 }) { items { team { id } latest { mutualityIndex hierarchicalDriftIndex medicalModelDriftIndex n } dimensions { dimensionCode score n } series { metric points { value n } } } } } }": types.DriftOverviewInPersonServedPrivacyDocument,
    "fragment DriftPointFields on SeriesPoint { period periodStart value n suppressed }": types.DriftPointFieldsFragmentDoc,
    "query DriftOverviewInAnalyticsSetup($f: DriftFilterInput) { driftOverview(filter: $f) {\n  from to granularity raterTypes minCellSize periods\n  kpis { teams teamsWithAlerts teamsOnWatch mutualityIndex band checklists supervisionRatio }\n  teams(page: { first: 100 }) { totalCount items { team { id } program { id }\n    latest { period mutualityIndex band hierarchicalDriftIndex medicalModelDriftIndex organisationalDriftIndex n }\n    series { metric points { ...DriftPointFields } }\n    dimensions { dimensionCode score n suppressed } } } } }": types.DriftOverviewInAnalyticsSetupDocument,
    "query TeamDriftInAnalyticsSetup($id: ID!, $f: DriftFilterInput) { teamDrift(teamId: $id, filter: $f) {\n  team { id } from to granularity raterTypes minCellSize\n  metrics { metric label badDirection points { ...DriftPointFields } signals { id } }\n  itemsMoved { itemCode } selfVsOthers { period self others gap }\n  annotations { id teamId personId onDate label details kind automatic } actionMarkers { id } } }": types.TeamDriftInAnalyticsSetupDocument,
    "query PersonDriftInAnalyticsSetup($id: ID!, $f: DriftFilterInput) { personDrift(personId: $id, filter: $f) {\n  person { id } from to granularity raterTypes\n  metrics { metric points { ...DriftPointFields } } selfVsOthers { period self others gap }\n  annotations { id label personId } } }": types.PersonDriftInAnalyticsSetupDocument,
    "query Annotations($id: ID!, $f: DriftFilterInput) { annotations(teamId: $id, filter: $f) { id teamId personId onDate label details kind automatic } }": types.AnnotationsDocument,
    "mutation CreateAnnotation($i: CreateAnnotationInput!) { createAnnotation(input: $i) { id teamId personId onDate label details kind automatic } }": types.CreateAnnotationDocument,
    "mutation UpdateAnnotation($i: UpdateAnnotationInput!) { updateAnnotation(input: $i) { id teamId personId onDate label details kind automatic } }": types.UpdateAnnotationDocument,
    "mutation DeleteAnnotation($id: ID!) { deleteAnnotation(annotationId: $id) }": types.DeleteAnnotationDocument,
    "mutation AssignTeam($i: AssignTeamInput!) { assignTeam(input: $i) { id } }": types.AssignTeamDocument,
    "mutation AssignSupervisor($i: AssignSupervisorInput!) { assignSupervisor(input: $i) { id } }": types.AssignSupervisorDocument,
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
export function graphql(source: "mutation CreatePersonServedLink($s: ID!) { createPersonServedLink(subjectId: $s) { url } }"): (typeof documents)["mutation CreatePersonServedLink($s: ID!) { createPersonServedLink(subjectId: $s) { url } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitPersonServedFeedbackInAnalyticsDrift($i: PersonServedAnswersInput!) { submitPersonServedFeedback(input: $i) }"): (typeof documents)["mutation SubmitPersonServedFeedbackInAnalyticsDrift($i: PersonServedAnswersInput!) { submitPersonServedFeedback(input: $i) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateDriftAction($i: CreateDriftActionInput!) { createDriftAction(input: $i) { id } }"): (typeof documents)["mutation CreateDriftAction($i: CreateDriftActionInput!) { createDriftAction(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DriftOverviewInFiguresAgree($f: DriftFilterInput) { driftOverview(filter: $f) { to\n  kpis { mutualityIndex band supervisionRatio }\n  teams(page: { first: 100 }) { items { team { id name } latest { period mutualityIndex band }\n    dimensions { dimensionCode score }\n    supervision { required recorded overdueCount superviseeCount } } } } }"): (typeof documents)["query DriftOverviewInFiguresAgree($f: DriftFilterInput) { driftOverview(filter: $f) { to\n  kpis { mutualityIndex band supervisionRatio }\n  teams(page: { first: 100 }) { items { team { id name } latest { period mutualityIndex band }\n    dimensions { dimensionCode score }\n    supervision { required recorded overdueCount superviseeCount } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamDriftInFiguresAgree($id: ID!, $f: DriftFilterInput) { teamDrift(teamId: $id, filter: $f) {\n  metrics { metric points { period value } } } }"): (typeof documents)["query TeamDriftInFiguresAgree($id: ID!, $f: DriftFilterInput) { teamDrift(teamId: $id, filter: $f) {\n  metrics { metric points { period value } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupervisionCompliance($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) {\n  total { required recorded overdue supervisees }\n  teams { id required recorded overdue supervisees } } }"): (typeof documents)["query SupervisionCompliance($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) {\n  total { required recorded overdue supervisees }\n  teams { id required recorded overdue supervisees } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ChecklistInPersonServedPrivacy($id: ID!) { checklist(id: $id) { answers { itemCode value } } }"): (typeof documents)["query ChecklistInPersonServedPrivacy($id: ID!) { checklist(id: $id) { answers { itemCode value } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AmendChecklist($i: AmendChecklistInput!) { amendChecklist(input: $i) { id } }"): (typeof documents)["mutation AmendChecklist($i: AmendChecklistInput!) { amendChecklist(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PersonDrift($p: ID!, $f: DriftFilterInput) { personDrift(personId: $p, filter: $f) {\n  metrics { metric points { periodStart value n suppressed } } selfVsOthers { period self others gap } } }"): (typeof documents)["query PersonDrift($p: ID!, $f: DriftFilterInput) { personDrift(personId: $p, filter: $f) {\n  metrics { metric points { periodStart value n suppressed } } selfVsOthers { period self others gap } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamDriftInPersonServedPrivacy($t: ID!, $f: DriftFilterInput) { teamDrift(teamId: $t, filter: $f) {\n  metrics { metric points { value n } } itemsMoved { itemCode } selfVsOthers { others } actionMarkers { before after } } }"): (typeof documents)["query TeamDriftInPersonServedPrivacy($t: ID!, $f: DriftFilterInput) { teamDrift(teamId: $t, filter: $f) {\n  metrics { metric points { value n } } itemsMoved { itemCode } selfVsOthers { others } actionMarkers { before after } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DriftOverviewInPersonServedPrivacy($f: DriftFilterInput) { driftOverview(filter: $f) { kpis { mutualityIndex checklists }\n  teams(page: { first: 100 }) { items { team { id } latest { mutualityIndex hierarchicalDriftIndex medicalModelDriftIndex n } dimensions { dimensionCode score n } series { metric points { value n } } } } } }"): (typeof documents)["query DriftOverviewInPersonServedPrivacy($f: DriftFilterInput) { driftOverview(filter: $f) { kpis { mutualityIndex checklists }\n  teams(page: { first: 100 }) { items { team { id } latest { mutualityIndex hierarchicalDriftIndex medicalModelDriftIndex n } dimensions { dimensionCode score n } series { metric points { value n } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment DriftPointFields on SeriesPoint { period periodStart value n suppressed }"): (typeof documents)["fragment DriftPointFields on SeriesPoint { period periodStart value n suppressed }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DriftOverviewInAnalyticsSetup($f: DriftFilterInput) { driftOverview(filter: $f) {\n  from to granularity raterTypes minCellSize periods\n  kpis { teams teamsWithAlerts teamsOnWatch mutualityIndex band checklists supervisionRatio }\n  teams(page: { first: 100 }) { totalCount items { team { id } program { id }\n    latest { period mutualityIndex band hierarchicalDriftIndex medicalModelDriftIndex organisationalDriftIndex n }\n    series { metric points { ...DriftPointFields } }\n    dimensions { dimensionCode score n suppressed } } } } }"): (typeof documents)["query DriftOverviewInAnalyticsSetup($f: DriftFilterInput) { driftOverview(filter: $f) {\n  from to granularity raterTypes minCellSize periods\n  kpis { teams teamsWithAlerts teamsOnWatch mutualityIndex band checklists supervisionRatio }\n  teams(page: { first: 100 }) { totalCount items { team { id } program { id }\n    latest { period mutualityIndex band hierarchicalDriftIndex medicalModelDriftIndex organisationalDriftIndex n }\n    series { metric points { ...DriftPointFields } }\n    dimensions { dimensionCode score n suppressed } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamDriftInAnalyticsSetup($id: ID!, $f: DriftFilterInput) { teamDrift(teamId: $id, filter: $f) {\n  team { id } from to granularity raterTypes minCellSize\n  metrics { metric label badDirection points { ...DriftPointFields } signals { id } }\n  itemsMoved { itemCode } selfVsOthers { period self others gap }\n  annotations { id teamId personId onDate label details kind automatic } actionMarkers { id } } }"): (typeof documents)["query TeamDriftInAnalyticsSetup($id: ID!, $f: DriftFilterInput) { teamDrift(teamId: $id, filter: $f) {\n  team { id } from to granularity raterTypes minCellSize\n  metrics { metric label badDirection points { ...DriftPointFields } signals { id } }\n  itemsMoved { itemCode } selfVsOthers { period self others gap }\n  annotations { id teamId personId onDate label details kind automatic } actionMarkers { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PersonDriftInAnalyticsSetup($id: ID!, $f: DriftFilterInput) { personDrift(personId: $id, filter: $f) {\n  person { id } from to granularity raterTypes\n  metrics { metric points { ...DriftPointFields } } selfVsOthers { period self others gap }\n  annotations { id label personId } } }"): (typeof documents)["query PersonDriftInAnalyticsSetup($id: ID!, $f: DriftFilterInput) { personDrift(personId: $id, filter: $f) {\n  person { id } from to granularity raterTypes\n  metrics { metric points { ...DriftPointFields } } selfVsOthers { period self others gap }\n  annotations { id label personId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Annotations($id: ID!, $f: DriftFilterInput) { annotations(teamId: $id, filter: $f) { id teamId personId onDate label details kind automatic } }"): (typeof documents)["query Annotations($id: ID!, $f: DriftFilterInput) { annotations(teamId: $id, filter: $f) { id teamId personId onDate label details kind automatic } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateAnnotation($i: CreateAnnotationInput!) { createAnnotation(input: $i) { id teamId personId onDate label details kind automatic } }"): (typeof documents)["mutation CreateAnnotation($i: CreateAnnotationInput!) { createAnnotation(input: $i) { id teamId personId onDate label details kind automatic } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateAnnotation($i: UpdateAnnotationInput!) { updateAnnotation(input: $i) { id teamId personId onDate label details kind automatic } }"): (typeof documents)["mutation UpdateAnnotation($i: UpdateAnnotationInput!) { updateAnnotation(input: $i) { id teamId personId onDate label details kind automatic } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteAnnotation($id: ID!) { deleteAnnotation(annotationId: $id) }"): (typeof documents)["mutation DeleteAnnotation($id: ID!) { deleteAnnotation(annotationId: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssignTeam($i: AssignTeamInput!) { assignTeam(input: $i) { id } }"): (typeof documents)["mutation AssignTeam($i: AssignTeamInput!) { assignTeam(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssignSupervisor($i: AssignSupervisorInput!) { assignSupervisor(input: $i) { id } }"): (typeof documents)["mutation AssignSupervisor($i: AssignSupervisorInput!) { assignSupervisor(input: $i) { id } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
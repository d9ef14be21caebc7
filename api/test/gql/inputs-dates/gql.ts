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
    "query ChecklistsInInputHardening($f: ChecklistFilterInput) { checklists(filter: $f) { totalCount } }": typeof types.ChecklistsInInputHardeningDocument,
    "query DriftOverviewInInputHardening($f: DriftFilterInput) { driftOverview(filter: $f) { __typename } }": typeof types.DriftOverviewInInputHardeningDocument,
    "query AnnotationsInInputHardening($f: DriftFilterInput, $t: ID!) { annotations(filter: $f, teamId: $t) { id } }": typeof types.AnnotationsInInputHardeningDocument,
    "mutation CreateAnnotationInInputHardening($i: CreateAnnotationInput!) { createAnnotation(input: $i) { id } }": typeof types.CreateAnnotationInInputHardeningDocument,
    "mutation UpdatePersonInInputHardening($i: UpdatePersonInput!) { updatePerson(input: $i) { id } }": typeof types.UpdatePersonInInputHardeningDocument,
    "mutation AssignTeamInInputHardening($i: AssignTeamInput!) { assignTeam(input: $i) { id } }": typeof types.AssignTeamInInputHardeningDocument,
    "mutation StartChecklistInInputHardening($i: StartChecklistInput!) { startChecklist(input: $i) { id } }": typeof types.StartChecklistInInputHardeningDocument,
    "mutation CreateDriftActionInInputHardening($i: CreateDriftActionInput!) { createDriftAction(input: $i) { id } }": typeof types.CreateDriftActionInInputHardeningDocument,
    "query LanguageDensitySeriesInInputHardening($f: LanguageSeriesFilterInput!) { languageDensitySeries(filter: $f) { teamId } }": typeof types.LanguageDensitySeriesInInputHardeningDocument,
    "query SupervisionSessionsInInputHardening($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id } }": typeof types.SupervisionSessionsInInputHardeningDocument,
    "query SupervisionComplianceInInputHardening($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) { from } }": typeof types.SupervisionComplianceInInputHardeningDocument,
    "mutation ScheduleSupervisionInInputHardening($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { warnings } }": typeof types.ScheduleSupervisionInInputHardeningDocument,
    "query SupervisionComplianceInInputHardening2($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) { from to } }": typeof types.SupervisionComplianceInInputHardening2Document,
    "query TeamDriftInInputHardening($f: DriftFilterInput, $t: ID!) { teamDrift(filter: $f, teamId: $t) { __typename } }": typeof types.TeamDriftInInputHardeningDocument,
    "query PeopleInInputHardening2($p: PageInput) { people(page: $p) { totalCount } }": typeof types.PeopleInInputHardening2Document,
    "query ChecklistsDueInInputHardening { checklistsDue(withinDays: 367) { __typename } }": typeof types.ChecklistsDueInInputHardeningDocument,
};
const documents: Documents = {
    "query ChecklistsInInputHardening($f: ChecklistFilterInput) { checklists(filter: $f) { totalCount } }": types.ChecklistsInInputHardeningDocument,
    "query DriftOverviewInInputHardening($f: DriftFilterInput) { driftOverview(filter: $f) { __typename } }": types.DriftOverviewInInputHardeningDocument,
    "query AnnotationsInInputHardening($f: DriftFilterInput, $t: ID!) { annotations(filter: $f, teamId: $t) { id } }": types.AnnotationsInInputHardeningDocument,
    "mutation CreateAnnotationInInputHardening($i: CreateAnnotationInput!) { createAnnotation(input: $i) { id } }": types.CreateAnnotationInInputHardeningDocument,
    "mutation UpdatePersonInInputHardening($i: UpdatePersonInput!) { updatePerson(input: $i) { id } }": types.UpdatePersonInInputHardeningDocument,
    "mutation AssignTeamInInputHardening($i: AssignTeamInput!) { assignTeam(input: $i) { id } }": types.AssignTeamInInputHardeningDocument,
    "mutation StartChecklistInInputHardening($i: StartChecklistInput!) { startChecklist(input: $i) { id } }": types.StartChecklistInInputHardeningDocument,
    "mutation CreateDriftActionInInputHardening($i: CreateDriftActionInput!) { createDriftAction(input: $i) { id } }": types.CreateDriftActionInInputHardeningDocument,
    "query LanguageDensitySeriesInInputHardening($f: LanguageSeriesFilterInput!) { languageDensitySeries(filter: $f) { teamId } }": types.LanguageDensitySeriesInInputHardeningDocument,
    "query SupervisionSessionsInInputHardening($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id } }": types.SupervisionSessionsInInputHardeningDocument,
    "query SupervisionComplianceInInputHardening($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) { from } }": types.SupervisionComplianceInInputHardeningDocument,
    "mutation ScheduleSupervisionInInputHardening($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { warnings } }": types.ScheduleSupervisionInInputHardeningDocument,
    "query SupervisionComplianceInInputHardening2($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) { from to } }": types.SupervisionComplianceInInputHardening2Document,
    "query TeamDriftInInputHardening($f: DriftFilterInput, $t: ID!) { teamDrift(filter: $f, teamId: $t) { __typename } }": types.TeamDriftInInputHardeningDocument,
    "query PeopleInInputHardening2($p: PageInput) { people(page: $p) { totalCount } }": types.PeopleInInputHardening2Document,
    "query ChecklistsDueInInputHardening { checklistsDue(withinDays: 367) { __typename } }": types.ChecklistsDueInInputHardeningDocument,
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
export function graphql(source: "query ChecklistsInInputHardening($f: ChecklistFilterInput) { checklists(filter: $f) { totalCount } }"): (typeof documents)["query ChecklistsInInputHardening($f: ChecklistFilterInput) { checklists(filter: $f) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DriftOverviewInInputHardening($f: DriftFilterInput) { driftOverview(filter: $f) { __typename } }"): (typeof documents)["query DriftOverviewInInputHardening($f: DriftFilterInput) { driftOverview(filter: $f) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnnotationsInInputHardening($f: DriftFilterInput, $t: ID!) { annotations(filter: $f, teamId: $t) { id } }"): (typeof documents)["query AnnotationsInInputHardening($f: DriftFilterInput, $t: ID!) { annotations(filter: $f, teamId: $t) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateAnnotationInInputHardening($i: CreateAnnotationInput!) { createAnnotation(input: $i) { id } }"): (typeof documents)["mutation CreateAnnotationInInputHardening($i: CreateAnnotationInput!) { createAnnotation(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdatePersonInInputHardening($i: UpdatePersonInput!) { updatePerson(input: $i) { id } }"): (typeof documents)["mutation UpdatePersonInInputHardening($i: UpdatePersonInput!) { updatePerson(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssignTeamInInputHardening($i: AssignTeamInput!) { assignTeam(input: $i) { id } }"): (typeof documents)["mutation AssignTeamInInputHardening($i: AssignTeamInput!) { assignTeam(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartChecklistInInputHardening($i: StartChecklistInput!) { startChecklist(input: $i) { id } }"): (typeof documents)["mutation StartChecklistInInputHardening($i: StartChecklistInput!) { startChecklist(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateDriftActionInInputHardening($i: CreateDriftActionInput!) { createDriftAction(input: $i) { id } }"): (typeof documents)["mutation CreateDriftActionInInputHardening($i: CreateDriftActionInput!) { createDriftAction(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LanguageDensitySeriesInInputHardening($f: LanguageSeriesFilterInput!) { languageDensitySeries(filter: $f) { teamId } }"): (typeof documents)["query LanguageDensitySeriesInInputHardening($f: LanguageSeriesFilterInput!) { languageDensitySeries(filter: $f) { teamId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupervisionSessionsInInputHardening($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id } }"): (typeof documents)["query SupervisionSessionsInInputHardening($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupervisionComplianceInInputHardening($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) { from } }"): (typeof documents)["query SupervisionComplianceInInputHardening($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) { from } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScheduleSupervisionInInputHardening($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { warnings } }"): (typeof documents)["mutation ScheduleSupervisionInInputHardening($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { warnings } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupervisionComplianceInInputHardening2($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) { from to } }"): (typeof documents)["query SupervisionComplianceInInputHardening2($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) { from to } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamDriftInInputHardening($f: DriftFilterInput, $t: ID!) { teamDrift(filter: $f, teamId: $t) { __typename } }"): (typeof documents)["query TeamDriftInInputHardening($f: DriftFilterInput, $t: ID!) { teamDrift(filter: $f, teamId: $t) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PeopleInInputHardening2($p: PageInput) { people(page: $p) { totalCount } }"): (typeof documents)["query PeopleInInputHardening2($p: PageInput) { people(page: $p) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ChecklistsDueInInputHardening { checklistsDue(withinDays: 367) { __typename } }"): (typeof documents)["query ChecklistsDueInInputHardening { checklistsDue(withinDays: 367) { __typename } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
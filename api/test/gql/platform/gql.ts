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
    "mutation CreateAnnotationUnderLoad($i: CreateAnnotationInput!) { createAnnotation(input: $i) { id } }": typeof types.CreateAnnotationUnderLoadDocument,
    "mutation SubmitChecklistStatus($i: SubmitChecklistInput!) { submitChecklist(input: $i) { id status } }": typeof types.SubmitChecklistStatusDocument,
    "query ChecklistsInDatabaseFaults { checklists(page: { take: 5 }) { totalCount } }": typeof types.ChecklistsInDatabaseFaultsDocument,
    "mutation FastPathSignIn($i: LoginInput!) { login(input: $i) { token } }": typeof types.FastPathSignInDocument,
    "query FastPathWhoAmI { me { id } }": typeof types.FastPathWhoAmIDocument,
    "query FastPathLogged { __typename }": typeof types.FastPathLoggedDocument,
    "\n  mutation FastPathHalfDone($p: CreateProgramInput!, $t: CreateTeamInput!) { createProgram(input: $p) { id } createTeam(input: $t) { id } }\n": typeof types.FastPathHalfDoneDocument,
    "query FastPathTypename { __typename }": typeof types.FastPathTypenameDocument,
    "query FastPathAuditActions { auditActions { action category label } }": typeof types.FastPathAuditActionsDocument,
    "mutation FastPathCreateProgram($i: CreateProgramInput!) { createProgram(input: $i) { id } }": typeof types.FastPathCreateProgramDocument,
    "mutation FastPathLogout { logout }": typeof types.FastPathLogoutDocument,
    "query WhoAmI { me { id } }": typeof types.WhoAmIDocument,
    "mutation SignIn($i: LoginInput!) { login(input: $i) { token } }": typeof types.SignInDocument,
    "query WhoAmINoStore { me { id } }": typeof types.WhoAmINoStoreDocument,
    "mutation SubmitPersonServedFeedbackInvitePerson($f: PersonServedAnswersInput!, $i: InvitePersonInput!) {\n         submitPersonServedFeedback(input: $f) invitePerson(input: $i) { person { id } } }": typeof types.SubmitPersonServedFeedbackInvitePersonDocument,
    "mutation AcceptInvitation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { person { id organization { id } } } }": typeof types.AcceptInvitationDocument,
    "mutation CreateCalendarFeedInMixedDocuments { createCalendarFeed }": typeof types.CreateCalendarFeedInMixedDocumentsDocument,
    "mutation LoginInPlatform { login(input: { email: \"not-an-email\", password: \"x\" }) { token } }": typeof types.LoginInPlatformDocument,
    "query SchemaTypes { __schema { types { name } } }": typeof types.SchemaTypesDocument,
    "query ChecklistsInPlatform($r: RaterType) { checklists(filter: { raterType: $r }) { totalCount } }": typeof types.ChecklistsInPlatformDocument,
    "mutation LoginInProductionTransport($i: LoginInput!) { login(input: $i) { token } }": typeof types.LoginInProductionTransportDocument,
    "mutation StartChecklistVersionInRequestCost($i: StartChecklistInput!) { startChecklist(input: $i) { id version } }": typeof types.StartChecklistVersionInRequestCostDocument,
    "mutation SaveChecklistAnswersVersionInRequestCost($i: SaveChecklistAnswersInput!) { saveChecklistAnswers(input: $i) { id version } }": typeof types.SaveChecklistAnswersVersionInRequestCostDocument,
    "query ChecklistInRequestCost($id: ID!) { checklist(id: $id) { id completeness { canSubmit problems } } }": typeof types.ChecklistInRequestCostDocument,
    "query MeInRequestCost { me { id name email jobTitle livedExperience startedOn active invitationPending createdAt roles roleGrants { role programId } } }": typeof types.MeInRequestCostDocument,
    "query MeOrganizationInRequestCost { me { id organization { id name } } }": typeof types.MeOrganizationInRequestCostDocument,
};
const documents: Documents = {
    "mutation CreateAnnotationUnderLoad($i: CreateAnnotationInput!) { createAnnotation(input: $i) { id } }": types.CreateAnnotationUnderLoadDocument,
    "mutation SubmitChecklistStatus($i: SubmitChecklistInput!) { submitChecklist(input: $i) { id status } }": types.SubmitChecklistStatusDocument,
    "query ChecklistsInDatabaseFaults { checklists(page: { take: 5 }) { totalCount } }": types.ChecklistsInDatabaseFaultsDocument,
    "mutation FastPathSignIn($i: LoginInput!) { login(input: $i) { token } }": types.FastPathSignInDocument,
    "query FastPathWhoAmI { me { id } }": types.FastPathWhoAmIDocument,
    "query FastPathLogged { __typename }": types.FastPathLoggedDocument,
    "\n  mutation FastPathHalfDone($p: CreateProgramInput!, $t: CreateTeamInput!) { createProgram(input: $p) { id } createTeam(input: $t) { id } }\n": types.FastPathHalfDoneDocument,
    "query FastPathTypename { __typename }": types.FastPathTypenameDocument,
    "query FastPathAuditActions { auditActions { action category label } }": types.FastPathAuditActionsDocument,
    "mutation FastPathCreateProgram($i: CreateProgramInput!) { createProgram(input: $i) { id } }": types.FastPathCreateProgramDocument,
    "mutation FastPathLogout { logout }": types.FastPathLogoutDocument,
    "query WhoAmI { me { id } }": types.WhoAmIDocument,
    "mutation SignIn($i: LoginInput!) { login(input: $i) { token } }": types.SignInDocument,
    "query WhoAmINoStore { me { id } }": types.WhoAmINoStoreDocument,
    "mutation SubmitPersonServedFeedbackInvitePerson($f: PersonServedAnswersInput!, $i: InvitePersonInput!) {\n         submitPersonServedFeedback(input: $f) invitePerson(input: $i) { person { id } } }": types.SubmitPersonServedFeedbackInvitePersonDocument,
    "mutation AcceptInvitation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { person { id organization { id } } } }": types.AcceptInvitationDocument,
    "mutation CreateCalendarFeedInMixedDocuments { createCalendarFeed }": types.CreateCalendarFeedInMixedDocumentsDocument,
    "mutation LoginInPlatform { login(input: { email: \"not-an-email\", password: \"x\" }) { token } }": types.LoginInPlatformDocument,
    "query SchemaTypes { __schema { types { name } } }": types.SchemaTypesDocument,
    "query ChecklistsInPlatform($r: RaterType) { checklists(filter: { raterType: $r }) { totalCount } }": types.ChecklistsInPlatformDocument,
    "mutation LoginInProductionTransport($i: LoginInput!) { login(input: $i) { token } }": types.LoginInProductionTransportDocument,
    "mutation StartChecklistVersionInRequestCost($i: StartChecklistInput!) { startChecklist(input: $i) { id version } }": types.StartChecklistVersionInRequestCostDocument,
    "mutation SaveChecklistAnswersVersionInRequestCost($i: SaveChecklistAnswersInput!) { saveChecklistAnswers(input: $i) { id version } }": types.SaveChecklistAnswersVersionInRequestCostDocument,
    "query ChecklistInRequestCost($id: ID!) { checklist(id: $id) { id completeness { canSubmit problems } } }": types.ChecklistInRequestCostDocument,
    "query MeInRequestCost { me { id name email jobTitle livedExperience startedOn active invitationPending createdAt roles roleGrants { role programId } } }": types.MeInRequestCostDocument,
    "query MeOrganizationInRequestCost { me { id organization { id name } } }": types.MeOrganizationInRequestCostDocument,
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
export function graphql(source: "mutation CreateAnnotationUnderLoad($i: CreateAnnotationInput!) { createAnnotation(input: $i) { id } }"): (typeof documents)["mutation CreateAnnotationUnderLoad($i: CreateAnnotationInput!) { createAnnotation(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitChecklistStatus($i: SubmitChecklistInput!) { submitChecklist(input: $i) { id status } }"): (typeof documents)["mutation SubmitChecklistStatus($i: SubmitChecklistInput!) { submitChecklist(input: $i) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ChecklistsInDatabaseFaults { checklists(page: { take: 5 }) { totalCount } }"): (typeof documents)["query ChecklistsInDatabaseFaults { checklists(page: { take: 5 }) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FastPathSignIn($i: LoginInput!) { login(input: $i) { token } }"): (typeof documents)["mutation FastPathSignIn($i: LoginInput!) { login(input: $i) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FastPathWhoAmI { me { id } }"): (typeof documents)["query FastPathWhoAmI { me { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FastPathLogged { __typename }"): (typeof documents)["query FastPathLogged { __typename }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FastPathHalfDone($p: CreateProgramInput!, $t: CreateTeamInput!) { createProgram(input: $p) { id } createTeam(input: $t) { id } }\n"): (typeof documents)["\n  mutation FastPathHalfDone($p: CreateProgramInput!, $t: CreateTeamInput!) { createProgram(input: $p) { id } createTeam(input: $t) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FastPathTypename { __typename }"): (typeof documents)["query FastPathTypename { __typename }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FastPathAuditActions { auditActions { action category label } }"): (typeof documents)["query FastPathAuditActions { auditActions { action category label } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FastPathCreateProgram($i: CreateProgramInput!) { createProgram(input: $i) { id } }"): (typeof documents)["mutation FastPathCreateProgram($i: CreateProgramInput!) { createProgram(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FastPathLogout { logout }"): (typeof documents)["mutation FastPathLogout { logout }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WhoAmI { me { id } }"): (typeof documents)["query WhoAmI { me { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignIn($i: LoginInput!) { login(input: $i) { token } }"): (typeof documents)["mutation SignIn($i: LoginInput!) { login(input: $i) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WhoAmINoStore { me { id } }"): (typeof documents)["query WhoAmINoStore { me { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitPersonServedFeedbackInvitePerson($f: PersonServedAnswersInput!, $i: InvitePersonInput!) {\n         submitPersonServedFeedback(input: $f) invitePerson(input: $i) { person { id } } }"): (typeof documents)["mutation SubmitPersonServedFeedbackInvitePerson($f: PersonServedAnswersInput!, $i: InvitePersonInput!) {\n         submitPersonServedFeedback(input: $f) invitePerson(input: $i) { person { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptInvitation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { person { id organization { id } } } }"): (typeof documents)["mutation AcceptInvitation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { person { id organization { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateCalendarFeedInMixedDocuments { createCalendarFeed }"): (typeof documents)["mutation CreateCalendarFeedInMixedDocuments { createCalendarFeed }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LoginInPlatform { login(input: { email: \"not-an-email\", password: \"x\" }) { token } }"): (typeof documents)["mutation LoginInPlatform { login(input: { email: \"not-an-email\", password: \"x\" }) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SchemaTypes { __schema { types { name } } }"): (typeof documents)["query SchemaTypes { __schema { types { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ChecklistsInPlatform($r: RaterType) { checklists(filter: { raterType: $r }) { totalCount } }"): (typeof documents)["query ChecklistsInPlatform($r: RaterType) { checklists(filter: { raterType: $r }) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LoginInProductionTransport($i: LoginInput!) { login(input: $i) { token } }"): (typeof documents)["mutation LoginInProductionTransport($i: LoginInput!) { login(input: $i) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartChecklistVersionInRequestCost($i: StartChecklistInput!) { startChecklist(input: $i) { id version } }"): (typeof documents)["mutation StartChecklistVersionInRequestCost($i: StartChecklistInput!) { startChecklist(input: $i) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveChecklistAnswersVersionInRequestCost($i: SaveChecklistAnswersInput!) { saveChecklistAnswers(input: $i) { id version } }"): (typeof documents)["mutation SaveChecklistAnswersVersionInRequestCost($i: SaveChecklistAnswersInput!) { saveChecklistAnswers(input: $i) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ChecklistInRequestCost($id: ID!) { checklist(id: $id) { id completeness { canSubmit problems } } }"): (typeof documents)["query ChecklistInRequestCost($id: ID!) { checklist(id: $id) { id completeness { canSubmit problems } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeInRequestCost { me { id name email jobTitle livedExperience startedOn active invitationPending createdAt roles roleGrants { role programId } } }"): (typeof documents)["query MeInRequestCost { me { id name email jobTitle livedExperience startedOn active invitationPending createdAt roles roleGrants { role programId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeOrganizationInRequestCost { me { id organization { id name } } }"): (typeof documents)["query MeOrganizationInRequestCost { me { id organization { id name } } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
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
    "mutation SaveChecklistAnswers($i: SaveChecklistAnswersInput!) { saveChecklistAnswers(input: $i) { version } }": typeof types.SaveChecklistAnswersDocument,
    "query Checklist($id: ID!) { checklist(id: $id) { version answers { itemCode value comment } } }": typeof types.ChecklistDocument,
    "query ChecklistWithFields($id: ID!) { checklist(id: $id) { ...ChecklistFields } }": typeof types.ChecklistWithFieldsDocument,
    "query Checklists($f: ChecklistFilterInput, $p: PageInput, $after: String) {\n  checklists(filter: $f, page: $p, after: $after) { totalCount totalCountCapped pageInfo { endCursor hasNextPage } items { id } } }": typeof types.ChecklistsDocument,
    "mutation StartChecklist($i: StartChecklistInput!) { startChecklist(input: $i) { id } }": typeof types.StartChecklistDocument,
    "mutation SubmitChecklist($i: SubmitChecklistInput!) { submitChecklist(input: $i) { id status revision version submittedAt } }": typeof types.SubmitChecklistDocument,
    "query ChecklistInChecklistsResults($id: ID!) { checklist(id: $id) { raterType rater { id } raterId } }": typeof types.ChecklistInChecklistsResultsDocument,
    "query ChecklistInChecklistsVisibilityDue($id: ID!) { checklist(id: $id) { id status rater { id } } }": typeof types.ChecklistInChecklistsVisibilityDueDocument,
    "fragment ChecklistFields on Checklist { id status raterType version revision submittedAt observationStart observationEnd subjectId raterId teamId\n  instrumentVersionId mutualityIndex mutualityIndex100 hierarchicalDriftIndex medicalModelDriftIndex errandDriftIndex organisationalDriftIndex band\n  rater { id } subject { id } team { id } instrumentVersion { version }\n  answers { itemCode value comment }\n  scores { dimensionCode score insufficient answered expected }\n  developmentAreas itemAlerts { itemCode dimensionCode value driftPattern }\n  completeness { canSubmit problems warnings answered expected }\n  revisions { revision submittedAt amendedByName reason mutualityIndex createdAt } }": typeof types.ChecklistFieldsFragmentDoc,
    "mutation StartChecklistInChecklistHelpers($i: StartChecklistInput!) { startChecklist(input: $i) { ...ChecklistFields } }": typeof types.StartChecklistInChecklistHelpersDocument,
    "mutation SaveChecklistAnswersInChecklistHelpers($i: SaveChecklistAnswersInput!) { saveChecklistAnswers(input: $i) { ...ChecklistFields } }": typeof types.SaveChecklistAnswersInChecklistHelpersDocument,
    "mutation SubmitChecklistInChecklistHelpers($i: SubmitChecklistInput!) { submitChecklist(input: $i) { ...ChecklistFields } }": typeof types.SubmitChecklistInChecklistHelpersDocument,
    "mutation AmendChecklistInChecklistHelpers($i: AmendChecklistInput!) { amendChecklist(input: $i) { ...ChecklistFields } }": typeof types.AmendChecklistInChecklistHelpersDocument,
    "query ChecklistsInChecklistsSetup($f: ChecklistFilterInput, $p: PageInput) { checklists(filter: $f, page: $p) { totalCount items { id status raterType subjectId raterId } } }": typeof types.ChecklistsInChecklistsSetupDocument,
    "query ChecklistsDue($w: Int!) { checklistsDue(withinDays: $w) { subjectId subjectName raterType instrumentKey dueDate status lastSubmittedAt draftId } }": typeof types.ChecklistsDueDocument,
    "query ChecklistPolicy($id: ID!) { checklistPolicy(programId: $id) { programId selfEveryDays supervisorEveryDays personServedEveryDays } }": typeof types.ChecklistPolicyDocument,
    "mutation UpdateChecklistPolicy($i: ChecklistPolicyInput!) { updateChecklistPolicy(input: $i) { programId selfEveryDays supervisorEveryDays personServedEveryDays } }": typeof types.UpdateChecklistPolicyDocument,
    "mutation CreatePersonServedLinkInChecklistsSetup($s: ID!) { createPersonServedLink(subjectId: $s) { url expiresAt } }": typeof types.CreatePersonServedLinkInChecklistsSetupDocument,
    "query PersonServedForm($t: String!) { personServedForm(token: $t) { peerFirstName organizationName definitionJson } }": typeof types.PersonServedFormDocument,
    "mutation SubmitPersonServedFeedback($i: PersonServedAnswersInput!) { submitPersonServedFeedback(input: $i) }": typeof types.SubmitPersonServedFeedbackDocument,
    "query InstrumentsInChecklistsSetup { instruments { id key title currentVersion { version status items { code } dimensions { code } } } }": typeof types.InstrumentsInChecklistsSetupDocument,
    "query Instrument($k: String!) { instrument(key: $k) { id key title currentVersion { version } } }": typeof types.InstrumentDocument,
};
const documents: Documents = {
    "mutation SaveChecklistAnswers($i: SaveChecklistAnswersInput!) { saveChecklistAnswers(input: $i) { version } }": types.SaveChecklistAnswersDocument,
    "query Checklist($id: ID!) { checklist(id: $id) { version answers { itemCode value comment } } }": types.ChecklistDocument,
    "query ChecklistWithFields($id: ID!) { checklist(id: $id) { ...ChecklistFields } }": types.ChecklistWithFieldsDocument,
    "query Checklists($f: ChecklistFilterInput, $p: PageInput, $after: String) {\n  checklists(filter: $f, page: $p, after: $after) { totalCount totalCountCapped pageInfo { endCursor hasNextPage } items { id } } }": types.ChecklistsDocument,
    "mutation StartChecklist($i: StartChecklistInput!) { startChecklist(input: $i) { id } }": types.StartChecklistDocument,
    "mutation SubmitChecklist($i: SubmitChecklistInput!) { submitChecklist(input: $i) { id status revision version submittedAt } }": types.SubmitChecklistDocument,
    "query ChecklistInChecklistsResults($id: ID!) { checklist(id: $id) { raterType rater { id } raterId } }": types.ChecklistInChecklistsResultsDocument,
    "query ChecklistInChecklistsVisibilityDue($id: ID!) { checklist(id: $id) { id status rater { id } } }": types.ChecklistInChecklistsVisibilityDueDocument,
    "fragment ChecklistFields on Checklist { id status raterType version revision submittedAt observationStart observationEnd subjectId raterId teamId\n  instrumentVersionId mutualityIndex mutualityIndex100 hierarchicalDriftIndex medicalModelDriftIndex errandDriftIndex organisationalDriftIndex band\n  rater { id } subject { id } team { id } instrumentVersion { version }\n  answers { itemCode value comment }\n  scores { dimensionCode score insufficient answered expected }\n  developmentAreas itemAlerts { itemCode dimensionCode value driftPattern }\n  completeness { canSubmit problems warnings answered expected }\n  revisions { revision submittedAt amendedByName reason mutualityIndex createdAt } }": types.ChecklistFieldsFragmentDoc,
    "mutation StartChecklistInChecklistHelpers($i: StartChecklistInput!) { startChecklist(input: $i) { ...ChecklistFields } }": types.StartChecklistInChecklistHelpersDocument,
    "mutation SaveChecklistAnswersInChecklistHelpers($i: SaveChecklistAnswersInput!) { saveChecklistAnswers(input: $i) { ...ChecklistFields } }": types.SaveChecklistAnswersInChecklistHelpersDocument,
    "mutation SubmitChecklistInChecklistHelpers($i: SubmitChecklistInput!) { submitChecklist(input: $i) { ...ChecklistFields } }": types.SubmitChecklistInChecklistHelpersDocument,
    "mutation AmendChecklistInChecklistHelpers($i: AmendChecklistInput!) { amendChecklist(input: $i) { ...ChecklistFields } }": types.AmendChecklistInChecklistHelpersDocument,
    "query ChecklistsInChecklistsSetup($f: ChecklistFilterInput, $p: PageInput) { checklists(filter: $f, page: $p) { totalCount items { id status raterType subjectId raterId } } }": types.ChecklistsInChecklistsSetupDocument,
    "query ChecklistsDue($w: Int!) { checklistsDue(withinDays: $w) { subjectId subjectName raterType instrumentKey dueDate status lastSubmittedAt draftId } }": types.ChecklistsDueDocument,
    "query ChecklistPolicy($id: ID!) { checklistPolicy(programId: $id) { programId selfEveryDays supervisorEveryDays personServedEveryDays } }": types.ChecklistPolicyDocument,
    "mutation UpdateChecklistPolicy($i: ChecklistPolicyInput!) { updateChecklistPolicy(input: $i) { programId selfEveryDays supervisorEveryDays personServedEveryDays } }": types.UpdateChecklistPolicyDocument,
    "mutation CreatePersonServedLinkInChecklistsSetup($s: ID!) { createPersonServedLink(subjectId: $s) { url expiresAt } }": types.CreatePersonServedLinkInChecklistsSetupDocument,
    "query PersonServedForm($t: String!) { personServedForm(token: $t) { peerFirstName organizationName definitionJson } }": types.PersonServedFormDocument,
    "mutation SubmitPersonServedFeedback($i: PersonServedAnswersInput!) { submitPersonServedFeedback(input: $i) }": types.SubmitPersonServedFeedbackDocument,
    "query InstrumentsInChecklistsSetup { instruments { id key title currentVersion { version status items { code } dimensions { code } } } }": types.InstrumentsInChecklistsSetupDocument,
    "query Instrument($k: String!) { instrument(key: $k) { id key title currentVersion { version } } }": types.InstrumentDocument,
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
export function graphql(source: "mutation SaveChecklistAnswers($i: SaveChecklistAnswersInput!) { saveChecklistAnswers(input: $i) { version } }"): (typeof documents)["mutation SaveChecklistAnswers($i: SaveChecklistAnswersInput!) { saveChecklistAnswers(input: $i) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Checklist($id: ID!) { checklist(id: $id) { version answers { itemCode value comment } } }"): (typeof documents)["query Checklist($id: ID!) { checklist(id: $id) { version answers { itemCode value comment } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ChecklistWithFields($id: ID!) { checklist(id: $id) { ...ChecklistFields } }"): (typeof documents)["query ChecklistWithFields($id: ID!) { checklist(id: $id) { ...ChecklistFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Checklists($f: ChecklistFilterInput, $p: PageInput, $after: String) {\n  checklists(filter: $f, page: $p, after: $after) { totalCount totalCountCapped pageInfo { endCursor hasNextPage } items { id } } }"): (typeof documents)["query Checklists($f: ChecklistFilterInput, $p: PageInput, $after: String) {\n  checklists(filter: $f, page: $p, after: $after) { totalCount totalCountCapped pageInfo { endCursor hasNextPage } items { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartChecklist($i: StartChecklistInput!) { startChecklist(input: $i) { id } }"): (typeof documents)["mutation StartChecklist($i: StartChecklistInput!) { startChecklist(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitChecklist($i: SubmitChecklistInput!) { submitChecklist(input: $i) { id status revision version submittedAt } }"): (typeof documents)["mutation SubmitChecklist($i: SubmitChecklistInput!) { submitChecklist(input: $i) { id status revision version submittedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ChecklistInChecklistsResults($id: ID!) { checklist(id: $id) { raterType rater { id } raterId } }"): (typeof documents)["query ChecklistInChecklistsResults($id: ID!) { checklist(id: $id) { raterType rater { id } raterId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ChecklistInChecklistsVisibilityDue($id: ID!) { checklist(id: $id) { id status rater { id } } }"): (typeof documents)["query ChecklistInChecklistsVisibilityDue($id: ID!) { checklist(id: $id) { id status rater { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ChecklistFields on Checklist { id status raterType version revision submittedAt observationStart observationEnd subjectId raterId teamId\n  instrumentVersionId mutualityIndex mutualityIndex100 hierarchicalDriftIndex medicalModelDriftIndex errandDriftIndex organisationalDriftIndex band\n  rater { id } subject { id } team { id } instrumentVersion { version }\n  answers { itemCode value comment }\n  scores { dimensionCode score insufficient answered expected }\n  developmentAreas itemAlerts { itemCode dimensionCode value driftPattern }\n  completeness { canSubmit problems warnings answered expected }\n  revisions { revision submittedAt amendedByName reason mutualityIndex createdAt } }"): (typeof documents)["fragment ChecklistFields on Checklist { id status raterType version revision submittedAt observationStart observationEnd subjectId raterId teamId\n  instrumentVersionId mutualityIndex mutualityIndex100 hierarchicalDriftIndex medicalModelDriftIndex errandDriftIndex organisationalDriftIndex band\n  rater { id } subject { id } team { id } instrumentVersion { version }\n  answers { itemCode value comment }\n  scores { dimensionCode score insufficient answered expected }\n  developmentAreas itemAlerts { itemCode dimensionCode value driftPattern }\n  completeness { canSubmit problems warnings answered expected }\n  revisions { revision submittedAt amendedByName reason mutualityIndex createdAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartChecklistInChecklistHelpers($i: StartChecklistInput!) { startChecklist(input: $i) { ...ChecklistFields } }"): (typeof documents)["mutation StartChecklistInChecklistHelpers($i: StartChecklistInput!) { startChecklist(input: $i) { ...ChecklistFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveChecklistAnswersInChecklistHelpers($i: SaveChecklistAnswersInput!) { saveChecklistAnswers(input: $i) { ...ChecklistFields } }"): (typeof documents)["mutation SaveChecklistAnswersInChecklistHelpers($i: SaveChecklistAnswersInput!) { saveChecklistAnswers(input: $i) { ...ChecklistFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitChecklistInChecklistHelpers($i: SubmitChecklistInput!) { submitChecklist(input: $i) { ...ChecklistFields } }"): (typeof documents)["mutation SubmitChecklistInChecklistHelpers($i: SubmitChecklistInput!) { submitChecklist(input: $i) { ...ChecklistFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AmendChecklistInChecklistHelpers($i: AmendChecklistInput!) { amendChecklist(input: $i) { ...ChecklistFields } }"): (typeof documents)["mutation AmendChecklistInChecklistHelpers($i: AmendChecklistInput!) { amendChecklist(input: $i) { ...ChecklistFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ChecklistsInChecklistsSetup($f: ChecklistFilterInput, $p: PageInput) { checklists(filter: $f, page: $p) { totalCount items { id status raterType subjectId raterId } } }"): (typeof documents)["query ChecklistsInChecklistsSetup($f: ChecklistFilterInput, $p: PageInput) { checklists(filter: $f, page: $p) { totalCount items { id status raterType subjectId raterId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ChecklistsDue($w: Int!) { checklistsDue(withinDays: $w) { subjectId subjectName raterType instrumentKey dueDate status lastSubmittedAt draftId } }"): (typeof documents)["query ChecklistsDue($w: Int!) { checklistsDue(withinDays: $w) { subjectId subjectName raterType instrumentKey dueDate status lastSubmittedAt draftId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ChecklistPolicy($id: ID!) { checklistPolicy(programId: $id) { programId selfEveryDays supervisorEveryDays personServedEveryDays } }"): (typeof documents)["query ChecklistPolicy($id: ID!) { checklistPolicy(programId: $id) { programId selfEveryDays supervisorEveryDays personServedEveryDays } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateChecklistPolicy($i: ChecklistPolicyInput!) { updateChecklistPolicy(input: $i) { programId selfEveryDays supervisorEveryDays personServedEveryDays } }"): (typeof documents)["mutation UpdateChecklistPolicy($i: ChecklistPolicyInput!) { updateChecklistPolicy(input: $i) { programId selfEveryDays supervisorEveryDays personServedEveryDays } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreatePersonServedLinkInChecklistsSetup($s: ID!) { createPersonServedLink(subjectId: $s) { url expiresAt } }"): (typeof documents)["mutation CreatePersonServedLinkInChecklistsSetup($s: ID!) { createPersonServedLink(subjectId: $s) { url expiresAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PersonServedForm($t: String!) { personServedForm(token: $t) { peerFirstName organizationName definitionJson } }"): (typeof documents)["query PersonServedForm($t: String!) { personServedForm(token: $t) { peerFirstName organizationName definitionJson } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitPersonServedFeedback($i: PersonServedAnswersInput!) { submitPersonServedFeedback(input: $i) }"): (typeof documents)["mutation SubmitPersonServedFeedback($i: PersonServedAnswersInput!) { submitPersonServedFeedback(input: $i) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InstrumentsInChecklistsSetup { instruments { id key title currentVersion { version status items { code } dimensions { code } } } }"): (typeof documents)["query InstrumentsInChecklistsSetup { instruments { id key title currentVersion { version status items { code } dimensions { code } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Instrument($k: String!) { instrument(key: $k) { id key title currentVersion { version } } }"): (typeof documents)["query Instrument($k: String!) { instrument(key: $k) { id key title currentVersion { version } } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
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
    "mutation StartChecklistInRollupsInHand($i: StartChecklistInput!) { startChecklist(input: $i) { id version } }": typeof types.StartChecklistInRollupsInHandDocument,
    "mutation SaveChecklistAnswersInRollupsInHand($i: SaveChecklistAnswersInput!) { saveChecklistAnswers(input: $i) { id version } }": typeof types.SaveChecklistAnswersInRollupsInHandDocument,
    "mutation SubmitChecklistInRollupsInHand($i: SubmitChecklistInput!) { submitChecklist(input: $i) { id version } }": typeof types.SubmitChecklistInRollupsInHandDocument,
    "mutation AmendChecklistInRollupsInHand($i: AmendChecklistInput!) { amendChecklist(input: $i) { id version revision mutualityIndex } }": typeof types.AmendChecklistInRollupsInHandDocument,
    "mutation AssignTeamInRollupsInHand($i: AssignTeamInput!) { assignTeam(input: $i) { id } }": typeof types.AssignTeamInRollupsInHandDocument,
    "mutation CreatePersonServedLinkInRollupsInHand($s: ID!) { createPersonServedLink(subjectId: $s) { url } }": typeof types.CreatePersonServedLinkInRollupsInHandDocument,
    "mutation SubmitPersonServedFeedbackInRollupsInHand($i: PersonServedAnswersInput!) { submitPersonServedFeedback(input: $i) }": typeof types.SubmitPersonServedFeedbackInRollupsInHandDocument,
    "mutation StartChecklistVersion($i: StartChecklistInput!) { startChecklist(input: $i) { id version } }": typeof types.StartChecklistVersionDocument,
    "mutation SaveChecklistAnswersVersion($i: SaveChecklistAnswersInput!) { saveChecklistAnswers(input: $i) { id version } }": typeof types.SaveChecklistAnswersVersionDocument,
    "mutation SubmitChecklistInRollups($i: SubmitChecklistInput!) { submitChecklist(input: $i) { id version status } }": typeof types.SubmitChecklistInRollupsDocument,
    "mutation AmendChecklistInRollups($i: AmendChecklistInput!) { amendChecklist(input: $i) { id version revision } }": typeof types.AmendChecklistInRollupsDocument,
    "mutation AssignTeamInRollups($i: AssignTeamInput!) { assignTeam(input: $i) { id } }": typeof types.AssignTeamInRollupsDocument,
    "mutation RecordSupervisionNoteVersion($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { id version } }": typeof types.RecordSupervisionNoteVersionDocument,
};
const documents: Documents = {
    "mutation StartChecklistInRollupsInHand($i: StartChecklistInput!) { startChecklist(input: $i) { id version } }": types.StartChecklistInRollupsInHandDocument,
    "mutation SaveChecklistAnswersInRollupsInHand($i: SaveChecklistAnswersInput!) { saveChecklistAnswers(input: $i) { id version } }": types.SaveChecklistAnswersInRollupsInHandDocument,
    "mutation SubmitChecklistInRollupsInHand($i: SubmitChecklistInput!) { submitChecklist(input: $i) { id version } }": types.SubmitChecklistInRollupsInHandDocument,
    "mutation AmendChecklistInRollupsInHand($i: AmendChecklistInput!) { amendChecklist(input: $i) { id version revision mutualityIndex } }": types.AmendChecklistInRollupsInHandDocument,
    "mutation AssignTeamInRollupsInHand($i: AssignTeamInput!) { assignTeam(input: $i) { id } }": types.AssignTeamInRollupsInHandDocument,
    "mutation CreatePersonServedLinkInRollupsInHand($s: ID!) { createPersonServedLink(subjectId: $s) { url } }": types.CreatePersonServedLinkInRollupsInHandDocument,
    "mutation SubmitPersonServedFeedbackInRollupsInHand($i: PersonServedAnswersInput!) { submitPersonServedFeedback(input: $i) }": types.SubmitPersonServedFeedbackInRollupsInHandDocument,
    "mutation StartChecklistVersion($i: StartChecklistInput!) { startChecklist(input: $i) { id version } }": types.StartChecklistVersionDocument,
    "mutation SaveChecklistAnswersVersion($i: SaveChecklistAnswersInput!) { saveChecklistAnswers(input: $i) { id version } }": types.SaveChecklistAnswersVersionDocument,
    "mutation SubmitChecklistInRollups($i: SubmitChecklistInput!) { submitChecklist(input: $i) { id version status } }": types.SubmitChecklistInRollupsDocument,
    "mutation AmendChecklistInRollups($i: AmendChecklistInput!) { amendChecklist(input: $i) { id version revision } }": types.AmendChecklistInRollupsDocument,
    "mutation AssignTeamInRollups($i: AssignTeamInput!) { assignTeam(input: $i) { id } }": types.AssignTeamInRollupsDocument,
    "mutation RecordSupervisionNoteVersion($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { id version } }": types.RecordSupervisionNoteVersionDocument,
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
export function graphql(source: "mutation StartChecklistInRollupsInHand($i: StartChecklistInput!) { startChecklist(input: $i) { id version } }"): (typeof documents)["mutation StartChecklistInRollupsInHand($i: StartChecklistInput!) { startChecklist(input: $i) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveChecklistAnswersInRollupsInHand($i: SaveChecklistAnswersInput!) { saveChecklistAnswers(input: $i) { id version } }"): (typeof documents)["mutation SaveChecklistAnswersInRollupsInHand($i: SaveChecklistAnswersInput!) { saveChecklistAnswers(input: $i) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitChecklistInRollupsInHand($i: SubmitChecklistInput!) { submitChecklist(input: $i) { id version } }"): (typeof documents)["mutation SubmitChecklistInRollupsInHand($i: SubmitChecklistInput!) { submitChecklist(input: $i) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AmendChecklistInRollupsInHand($i: AmendChecklistInput!) { amendChecklist(input: $i) { id version revision mutualityIndex } }"): (typeof documents)["mutation AmendChecklistInRollupsInHand($i: AmendChecklistInput!) { amendChecklist(input: $i) { id version revision mutualityIndex } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssignTeamInRollupsInHand($i: AssignTeamInput!) { assignTeam(input: $i) { id } }"): (typeof documents)["mutation AssignTeamInRollupsInHand($i: AssignTeamInput!) { assignTeam(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreatePersonServedLinkInRollupsInHand($s: ID!) { createPersonServedLink(subjectId: $s) { url } }"): (typeof documents)["mutation CreatePersonServedLinkInRollupsInHand($s: ID!) { createPersonServedLink(subjectId: $s) { url } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitPersonServedFeedbackInRollupsInHand($i: PersonServedAnswersInput!) { submitPersonServedFeedback(input: $i) }"): (typeof documents)["mutation SubmitPersonServedFeedbackInRollupsInHand($i: PersonServedAnswersInput!) { submitPersonServedFeedback(input: $i) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartChecklistVersion($i: StartChecklistInput!) { startChecklist(input: $i) { id version } }"): (typeof documents)["mutation StartChecklistVersion($i: StartChecklistInput!) { startChecklist(input: $i) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveChecklistAnswersVersion($i: SaveChecklistAnswersInput!) { saveChecklistAnswers(input: $i) { id version } }"): (typeof documents)["mutation SaveChecklistAnswersVersion($i: SaveChecklistAnswersInput!) { saveChecklistAnswers(input: $i) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitChecklistInRollups($i: SubmitChecklistInput!) { submitChecklist(input: $i) { id version status } }"): (typeof documents)["mutation SubmitChecklistInRollups($i: SubmitChecklistInput!) { submitChecklist(input: $i) { id version status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AmendChecklistInRollups($i: AmendChecklistInput!) { amendChecklist(input: $i) { id version revision } }"): (typeof documents)["mutation AmendChecklistInRollups($i: AmendChecklistInput!) { amendChecklist(input: $i) { id version revision } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssignTeamInRollups($i: AssignTeamInput!) { assignTeam(input: $i) { id } }"): (typeof documents)["mutation AssignTeamInRollups($i: AssignTeamInput!) { assignTeam(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordSupervisionNoteVersion($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { id version } }"): (typeof documents)["mutation RecordSupervisionNoteVersion($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { id version } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
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
    "\n  fragment SupervisionActionItemFields on SupervisionActionItem {\n    id\n    description\n    textVisible\n    dimension\n    dueOn\n    status\n    ownerId\n    owner {\n      id\n      name\n    }\n    noteId\n    occurrenceId\n    driftSignalId\n    superviseeId\n    completedAt\n  }\n": typeof types.SupervisionActionItemFieldsFragmentDoc,
    "\n  fragment SupervisionNoteFields on SupervisionNote {\n    id\n    version\n    status\n    occurrenceId\n    heldAt\n    lockedAt\n    updatedAt\n    textVisible\n    viewerParty\n    types\n    dimensions\n    driftCodes\n    strengths\n    concerns\n    supervisorNote\n    supervisorSignedAt\n    supervisorSignedBy {\n      id\n      name\n    }\n    finalizedAt\n    signingOrder\n    signatureWithdrawals {\n      kind\n      signedAt\n      withdrawnAt\n      person {\n        id\n        name\n      }\n      changedBy {\n        id\n        name\n      }\n    }\n    reflections {\n      superviseeId\n      supervisee {\n        id\n        name\n      }\n      reflection\n      signedAt\n    }\n    actionItems {\n      ...SupervisionActionItemFields\n    }\n    amendments {\n      id\n      text\n      createdAt\n      author {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SupervisionNoteFieldsFragmentDoc,
    "\n  query SupervisionNote($id: ID!) {\n    supervisionNote(id: $id) {\n      ...SupervisionNoteFields\n    }\n  }\n": typeof types.SupervisionNoteDocument,
    "\n  mutation RecordSupervisionNote($input: RecordSupervisionNoteInput!) {\n    recordSupervisionNote(input: $input) {\n      ...SupervisionNoteFields\n    }\n  }\n": typeof types.RecordSupervisionNoteDocument,
    "\n  mutation FinalizeSupervisionNote($input: FinalizeSupervisionNoteInput!) {\n    finalizeSupervisionNote(input: $input) {\n      ...SupervisionNoteFields\n    }\n  }\n": typeof types.FinalizeSupervisionNoteDocument,
    "\n  mutation SignSupervisionNote($input: SignSupervisionNoteInput!) {\n    signSupervisionNote(input: $input) {\n      ...SupervisionNoteFields\n    }\n  }\n": typeof types.SignSupervisionNoteDocument,
    "\n  mutation AmendSupervisionNote($input: AmendSupervisionNoteInput!) {\n    amendSupervisionNote(input: $input) {\n      ...SupervisionNoteFields\n    }\n  }\n": typeof types.AmendSupervisionNoteDocument,
    "\n  mutation UpdateSupervisionActionItem($input: UpdateActionItemInput!) {\n    updateActionItem(input: $input) {\n      ...SupervisionActionItemFields\n    }\n  }\n": typeof types.UpdateSupervisionActionItemDocument,
    "\n  query SupervisionDriftCodes {\n    supervisionDriftCodes {\n      code\n      family\n      label\n    }\n  }\n": typeof types.SupervisionDriftCodesDocument,
    "\n  query SupervisionAgenda($superviseeId: ID!) {\n    supervisionAgenda(superviseeId: $superviseeId) {\n      superviseeId\n      since\n      olderOpenActionCount\n      supervisee {\n        id\n        name\n      }\n      nextOccurrence {\n        id\n        startsAt\n        status\n      }\n      openActionItems {\n        ...SupervisionActionItemFields\n      }\n      recentDriftCodes {\n        code\n        label\n        count\n        lastSeenAt\n      }\n      recentDimensions {\n        code\n        label\n        count\n      }\n    }\n  }\n": typeof types.SupervisionAgendaDocument,
    "\n  query ReflectLanguage($text: String!) {\n    reflectLanguage(text: $text) {\n      wordCount\n      balance\n      hits {\n        phrase\n        pattern\n        weight\n        start\n        end\n        matchedText\n        suppressed\n        alternative\n      }\n      summary {\n        tone\n        headline\n        setAsideNote\n        mutualPhrases\n      }\n    }\n  }\n": typeof types.ReflectLanguageDocument,
};
const documents: Documents = {
    "\n  fragment SupervisionActionItemFields on SupervisionActionItem {\n    id\n    description\n    textVisible\n    dimension\n    dueOn\n    status\n    ownerId\n    owner {\n      id\n      name\n    }\n    noteId\n    occurrenceId\n    driftSignalId\n    superviseeId\n    completedAt\n  }\n": types.SupervisionActionItemFieldsFragmentDoc,
    "\n  fragment SupervisionNoteFields on SupervisionNote {\n    id\n    version\n    status\n    occurrenceId\n    heldAt\n    lockedAt\n    updatedAt\n    textVisible\n    viewerParty\n    types\n    dimensions\n    driftCodes\n    strengths\n    concerns\n    supervisorNote\n    supervisorSignedAt\n    supervisorSignedBy {\n      id\n      name\n    }\n    finalizedAt\n    signingOrder\n    signatureWithdrawals {\n      kind\n      signedAt\n      withdrawnAt\n      person {\n        id\n        name\n      }\n      changedBy {\n        id\n        name\n      }\n    }\n    reflections {\n      superviseeId\n      supervisee {\n        id\n        name\n      }\n      reflection\n      signedAt\n    }\n    actionItems {\n      ...SupervisionActionItemFields\n    }\n    amendments {\n      id\n      text\n      createdAt\n      author {\n        id\n        name\n      }\n    }\n  }\n": types.SupervisionNoteFieldsFragmentDoc,
    "\n  query SupervisionNote($id: ID!) {\n    supervisionNote(id: $id) {\n      ...SupervisionNoteFields\n    }\n  }\n": types.SupervisionNoteDocument,
    "\n  mutation RecordSupervisionNote($input: RecordSupervisionNoteInput!) {\n    recordSupervisionNote(input: $input) {\n      ...SupervisionNoteFields\n    }\n  }\n": types.RecordSupervisionNoteDocument,
    "\n  mutation FinalizeSupervisionNote($input: FinalizeSupervisionNoteInput!) {\n    finalizeSupervisionNote(input: $input) {\n      ...SupervisionNoteFields\n    }\n  }\n": types.FinalizeSupervisionNoteDocument,
    "\n  mutation SignSupervisionNote($input: SignSupervisionNoteInput!) {\n    signSupervisionNote(input: $input) {\n      ...SupervisionNoteFields\n    }\n  }\n": types.SignSupervisionNoteDocument,
    "\n  mutation AmendSupervisionNote($input: AmendSupervisionNoteInput!) {\n    amendSupervisionNote(input: $input) {\n      ...SupervisionNoteFields\n    }\n  }\n": types.AmendSupervisionNoteDocument,
    "\n  mutation UpdateSupervisionActionItem($input: UpdateActionItemInput!) {\n    updateActionItem(input: $input) {\n      ...SupervisionActionItemFields\n    }\n  }\n": types.UpdateSupervisionActionItemDocument,
    "\n  query SupervisionDriftCodes {\n    supervisionDriftCodes {\n      code\n      family\n      label\n    }\n  }\n": types.SupervisionDriftCodesDocument,
    "\n  query SupervisionAgenda($superviseeId: ID!) {\n    supervisionAgenda(superviseeId: $superviseeId) {\n      superviseeId\n      since\n      olderOpenActionCount\n      supervisee {\n        id\n        name\n      }\n      nextOccurrence {\n        id\n        startsAt\n        status\n      }\n      openActionItems {\n        ...SupervisionActionItemFields\n      }\n      recentDriftCodes {\n        code\n        label\n        count\n        lastSeenAt\n      }\n      recentDimensions {\n        code\n        label\n        count\n      }\n    }\n  }\n": types.SupervisionAgendaDocument,
    "\n  query ReflectLanguage($text: String!) {\n    reflectLanguage(text: $text) {\n      wordCount\n      balance\n      hits {\n        phrase\n        pattern\n        weight\n        start\n        end\n        matchedText\n        suppressed\n        alternative\n      }\n      summary {\n        tone\n        headline\n        setAsideNote\n        mutualPhrases\n      }\n    }\n  }\n": types.ReflectLanguageDocument,
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
export function graphql(source: "\n  fragment SupervisionActionItemFields on SupervisionActionItem {\n    id\n    description\n    textVisible\n    dimension\n    dueOn\n    status\n    ownerId\n    owner {\n      id\n      name\n    }\n    noteId\n    occurrenceId\n    driftSignalId\n    superviseeId\n    completedAt\n  }\n"): (typeof documents)["\n  fragment SupervisionActionItemFields on SupervisionActionItem {\n    id\n    description\n    textVisible\n    dimension\n    dueOn\n    status\n    ownerId\n    owner {\n      id\n      name\n    }\n    noteId\n    occurrenceId\n    driftSignalId\n    superviseeId\n    completedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupervisionNoteFields on SupervisionNote {\n    id\n    version\n    status\n    occurrenceId\n    heldAt\n    lockedAt\n    updatedAt\n    textVisible\n    viewerParty\n    types\n    dimensions\n    driftCodes\n    strengths\n    concerns\n    supervisorNote\n    supervisorSignedAt\n    supervisorSignedBy {\n      id\n      name\n    }\n    finalizedAt\n    signingOrder\n    signatureWithdrawals {\n      kind\n      signedAt\n      withdrawnAt\n      person {\n        id\n        name\n      }\n      changedBy {\n        id\n        name\n      }\n    }\n    reflections {\n      superviseeId\n      supervisee {\n        id\n        name\n      }\n      reflection\n      signedAt\n    }\n    actionItems {\n      ...SupervisionActionItemFields\n    }\n    amendments {\n      id\n      text\n      createdAt\n      author {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SupervisionNoteFields on SupervisionNote {\n    id\n    version\n    status\n    occurrenceId\n    heldAt\n    lockedAt\n    updatedAt\n    textVisible\n    viewerParty\n    types\n    dimensions\n    driftCodes\n    strengths\n    concerns\n    supervisorNote\n    supervisorSignedAt\n    supervisorSignedBy {\n      id\n      name\n    }\n    finalizedAt\n    signingOrder\n    signatureWithdrawals {\n      kind\n      signedAt\n      withdrawnAt\n      person {\n        id\n        name\n      }\n      changedBy {\n        id\n        name\n      }\n    }\n    reflections {\n      superviseeId\n      supervisee {\n        id\n        name\n      }\n      reflection\n      signedAt\n    }\n    actionItems {\n      ...SupervisionActionItemFields\n    }\n    amendments {\n      id\n      text\n      createdAt\n      author {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionNote($id: ID!) {\n    supervisionNote(id: $id) {\n      ...SupervisionNoteFields\n    }\n  }\n"): (typeof documents)["\n  query SupervisionNote($id: ID!) {\n    supervisionNote(id: $id) {\n      ...SupervisionNoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordSupervisionNote($input: RecordSupervisionNoteInput!) {\n    recordSupervisionNote(input: $input) {\n      ...SupervisionNoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordSupervisionNote($input: RecordSupervisionNoteInput!) {\n    recordSupervisionNote(input: $input) {\n      ...SupervisionNoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinalizeSupervisionNote($input: FinalizeSupervisionNoteInput!) {\n    finalizeSupervisionNote(input: $input) {\n      ...SupervisionNoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation FinalizeSupervisionNote($input: FinalizeSupervisionNoteInput!) {\n    finalizeSupervisionNote(input: $input) {\n      ...SupervisionNoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignSupervisionNote($input: SignSupervisionNoteInput!) {\n    signSupervisionNote(input: $input) {\n      ...SupervisionNoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignSupervisionNote($input: SignSupervisionNoteInput!) {\n    signSupervisionNote(input: $input) {\n      ...SupervisionNoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AmendSupervisionNote($input: AmendSupervisionNoteInput!) {\n    amendSupervisionNote(input: $input) {\n      ...SupervisionNoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation AmendSupervisionNote($input: AmendSupervisionNoteInput!) {\n    amendSupervisionNote(input: $input) {\n      ...SupervisionNoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSupervisionActionItem($input: UpdateActionItemInput!) {\n    updateActionItem(input: $input) {\n      ...SupervisionActionItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSupervisionActionItem($input: UpdateActionItemInput!) {\n    updateActionItem(input: $input) {\n      ...SupervisionActionItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionDriftCodes {\n    supervisionDriftCodes {\n      code\n      family\n      label\n    }\n  }\n"): (typeof documents)["\n  query SupervisionDriftCodes {\n    supervisionDriftCodes {\n      code\n      family\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionAgenda($superviseeId: ID!) {\n    supervisionAgenda(superviseeId: $superviseeId) {\n      superviseeId\n      since\n      olderOpenActionCount\n      supervisee {\n        id\n        name\n      }\n      nextOccurrence {\n        id\n        startsAt\n        status\n      }\n      openActionItems {\n        ...SupervisionActionItemFields\n      }\n      recentDriftCodes {\n        code\n        label\n        count\n        lastSeenAt\n      }\n      recentDimensions {\n        code\n        label\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupervisionAgenda($superviseeId: ID!) {\n    supervisionAgenda(superviseeId: $superviseeId) {\n      superviseeId\n      since\n      olderOpenActionCount\n      supervisee {\n        id\n        name\n      }\n      nextOccurrence {\n        id\n        startsAt\n        status\n      }\n      openActionItems {\n        ...SupervisionActionItemFields\n      }\n      recentDriftCodes {\n        code\n        label\n        count\n        lastSeenAt\n      }\n      recentDimensions {\n        code\n        label\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReflectLanguage($text: String!) {\n    reflectLanguage(text: $text) {\n      wordCount\n      balance\n      hits {\n        phrase\n        pattern\n        weight\n        start\n        end\n        matchedText\n        suppressed\n        alternative\n      }\n      summary {\n        tone\n        headline\n        setAsideNote\n        mutualPhrases\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReflectLanguage($text: String!) {\n    reflectLanguage(text: $text) {\n      wordCount\n      balance\n      hits {\n        phrase\n        pattern\n        weight\n        start\n        end\n        matchedText\n        suppressed\n        alternative\n      }\n      summary {\n        tone\n        headline\n        setAsideNote\n        mutualPhrases\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
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
    "fragment NoteClockFields on SupervisionNote { id version actionItems { id } reflections { signedAt } }": typeof types.NoteClockFieldsFragmentDoc,
    "mutation RecordSupervisionNoteInNotesClock($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { ...NoteClockFields } }": typeof types.RecordSupervisionNoteInNotesClockDocument,
    "mutation FinalizeSupervisionNoteInNotesClock($i: FinalizeSupervisionNoteInput!) { finalizeSupervisionNote(input: $i) { ...NoteClockFields } }": typeof types.FinalizeSupervisionNoteInNotesClockDocument,
    "mutation SignSupervisionNoteInNotesClock($i: SignSupervisionNoteInput!) { signSupervisionNote(input: $i) { ...NoteClockFields } }": typeof types.SignSupervisionNoteInNotesClockDocument,
    "mutation UpdateActionItemInNotesClock($i: UpdateActionItemInput!) { updateActionItem(input: $i) { id completedAt } }": typeof types.UpdateActionItemInNotesClockDocument,
    "mutation UpsertLexiconEntryInNotesClock($i: UpsertLexiconEntryInput!) { upsertLexiconEntry(input: $i) { phrase } }": typeof types.UpsertLexiconEntryInNotesClockDocument,
    "fragment NoteCostFields on SupervisionNote { id status version supervisorNote reflections { superviseeId reflection signedAt }\n  signatureWithdrawals { kind } amendments { id } actionItems { id description status dueOn } language { wordCount } }": typeof types.NoteCostFieldsFragmentDoc,
    "mutation RecordSupervisionNoteInNotesCost($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { ...NoteCostFields } }": typeof types.RecordSupervisionNoteInNotesCostDocument,
    "mutation FinalizeSupervisionNoteInNotesCost($i: FinalizeSupervisionNoteInput!) { finalizeSupervisionNote(input: $i) { ...NoteCostFields } }": typeof types.FinalizeSupervisionNoteInNotesCostDocument,
    "mutation SignSupervisionNoteInNotesCost($i: SignSupervisionNoteInput!) { signSupervisionNote(input: $i) { ...NoteCostFields } }": typeof types.SignSupervisionNoteInNotesCostDocument,
    "query SupervisionNoteInNotesCost($id: ID!) { supervisionNote(id: $id) { ...NoteCostFields } }": typeof types.SupervisionNoteInNotesCostDocument,
    "query ActionItemsInNotesCost($f: ActionItemsFilterInput) { actionItems(filter: $f) { id status description textVisible } }": typeof types.ActionItemsInNotesCostDocument,
    "mutation UpdateActionItemInNotesCost($i: UpdateActionItemInput!) { updateActionItem(input: $i) { id status completedAt } }": typeof types.UpdateActionItemInNotesCostDocument,
    "query SupervisionAgendaInNotesCost($id: ID!) { supervisionAgenda(superviseeId: $id) { superviseeId openActionItems { id }\n  recentDriftCodes { code count } lastNote { id actionItemCount openActionItemCount } } }": typeof types.SupervisionAgendaInNotesCostDocument,
    "mutation UpsertLexiconEntryInNotesCost($i: UpsertLexiconEntryInput!) { upsertLexiconEntry(input: $i) { phrase weight source } }": typeof types.UpsertLexiconEntryInNotesCostDocument,
};
const documents: Documents = {
    "fragment NoteClockFields on SupervisionNote { id version actionItems { id } reflections { signedAt } }": types.NoteClockFieldsFragmentDoc,
    "mutation RecordSupervisionNoteInNotesClock($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { ...NoteClockFields } }": types.RecordSupervisionNoteInNotesClockDocument,
    "mutation FinalizeSupervisionNoteInNotesClock($i: FinalizeSupervisionNoteInput!) { finalizeSupervisionNote(input: $i) { ...NoteClockFields } }": types.FinalizeSupervisionNoteInNotesClockDocument,
    "mutation SignSupervisionNoteInNotesClock($i: SignSupervisionNoteInput!) { signSupervisionNote(input: $i) { ...NoteClockFields } }": types.SignSupervisionNoteInNotesClockDocument,
    "mutation UpdateActionItemInNotesClock($i: UpdateActionItemInput!) { updateActionItem(input: $i) { id completedAt } }": types.UpdateActionItemInNotesClockDocument,
    "mutation UpsertLexiconEntryInNotesClock($i: UpsertLexiconEntryInput!) { upsertLexiconEntry(input: $i) { phrase } }": types.UpsertLexiconEntryInNotesClockDocument,
    "fragment NoteCostFields on SupervisionNote { id status version supervisorNote reflections { superviseeId reflection signedAt }\n  signatureWithdrawals { kind } amendments { id } actionItems { id description status dueOn } language { wordCount } }": types.NoteCostFieldsFragmentDoc,
    "mutation RecordSupervisionNoteInNotesCost($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { ...NoteCostFields } }": types.RecordSupervisionNoteInNotesCostDocument,
    "mutation FinalizeSupervisionNoteInNotesCost($i: FinalizeSupervisionNoteInput!) { finalizeSupervisionNote(input: $i) { ...NoteCostFields } }": types.FinalizeSupervisionNoteInNotesCostDocument,
    "mutation SignSupervisionNoteInNotesCost($i: SignSupervisionNoteInput!) { signSupervisionNote(input: $i) { ...NoteCostFields } }": types.SignSupervisionNoteInNotesCostDocument,
    "query SupervisionNoteInNotesCost($id: ID!) { supervisionNote(id: $id) { ...NoteCostFields } }": types.SupervisionNoteInNotesCostDocument,
    "query ActionItemsInNotesCost($f: ActionItemsFilterInput) { actionItems(filter: $f) { id status description textVisible } }": types.ActionItemsInNotesCostDocument,
    "mutation UpdateActionItemInNotesCost($i: UpdateActionItemInput!) { updateActionItem(input: $i) { id status completedAt } }": types.UpdateActionItemInNotesCostDocument,
    "query SupervisionAgendaInNotesCost($id: ID!) { supervisionAgenda(superviseeId: $id) { superviseeId openActionItems { id }\n  recentDriftCodes { code count } lastNote { id actionItemCount openActionItemCount } } }": types.SupervisionAgendaInNotesCostDocument,
    "mutation UpsertLexiconEntryInNotesCost($i: UpsertLexiconEntryInput!) { upsertLexiconEntry(input: $i) { phrase weight source } }": types.UpsertLexiconEntryInNotesCostDocument,
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
export function graphql(source: "fragment NoteClockFields on SupervisionNote { id version actionItems { id } reflections { signedAt } }"): (typeof documents)["fragment NoteClockFields on SupervisionNote { id version actionItems { id } reflections { signedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordSupervisionNoteInNotesClock($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { ...NoteClockFields } }"): (typeof documents)["mutation RecordSupervisionNoteInNotesClock($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { ...NoteClockFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FinalizeSupervisionNoteInNotesClock($i: FinalizeSupervisionNoteInput!) { finalizeSupervisionNote(input: $i) { ...NoteClockFields } }"): (typeof documents)["mutation FinalizeSupervisionNoteInNotesClock($i: FinalizeSupervisionNoteInput!) { finalizeSupervisionNote(input: $i) { ...NoteClockFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignSupervisionNoteInNotesClock($i: SignSupervisionNoteInput!) { signSupervisionNote(input: $i) { ...NoteClockFields } }"): (typeof documents)["mutation SignSupervisionNoteInNotesClock($i: SignSupervisionNoteInput!) { signSupervisionNote(input: $i) { ...NoteClockFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateActionItemInNotesClock($i: UpdateActionItemInput!) { updateActionItem(input: $i) { id completedAt } }"): (typeof documents)["mutation UpdateActionItemInNotesClock($i: UpdateActionItemInput!) { updateActionItem(input: $i) { id completedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpsertLexiconEntryInNotesClock($i: UpsertLexiconEntryInput!) { upsertLexiconEntry(input: $i) { phrase } }"): (typeof documents)["mutation UpsertLexiconEntryInNotesClock($i: UpsertLexiconEntryInput!) { upsertLexiconEntry(input: $i) { phrase } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment NoteCostFields on SupervisionNote { id status version supervisorNote reflections { superviseeId reflection signedAt }\n  signatureWithdrawals { kind } amendments { id } actionItems { id description status dueOn } language { wordCount } }"): (typeof documents)["fragment NoteCostFields on SupervisionNote { id status version supervisorNote reflections { superviseeId reflection signedAt }\n  signatureWithdrawals { kind } amendments { id } actionItems { id description status dueOn } language { wordCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordSupervisionNoteInNotesCost($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { ...NoteCostFields } }"): (typeof documents)["mutation RecordSupervisionNoteInNotesCost($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { ...NoteCostFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FinalizeSupervisionNoteInNotesCost($i: FinalizeSupervisionNoteInput!) { finalizeSupervisionNote(input: $i) { ...NoteCostFields } }"): (typeof documents)["mutation FinalizeSupervisionNoteInNotesCost($i: FinalizeSupervisionNoteInput!) { finalizeSupervisionNote(input: $i) { ...NoteCostFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignSupervisionNoteInNotesCost($i: SignSupervisionNoteInput!) { signSupervisionNote(input: $i) { ...NoteCostFields } }"): (typeof documents)["mutation SignSupervisionNoteInNotesCost($i: SignSupervisionNoteInput!) { signSupervisionNote(input: $i) { ...NoteCostFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupervisionNoteInNotesCost($id: ID!) { supervisionNote(id: $id) { ...NoteCostFields } }"): (typeof documents)["query SupervisionNoteInNotesCost($id: ID!) { supervisionNote(id: $id) { ...NoteCostFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ActionItemsInNotesCost($f: ActionItemsFilterInput) { actionItems(filter: $f) { id status description textVisible } }"): (typeof documents)["query ActionItemsInNotesCost($f: ActionItemsFilterInput) { actionItems(filter: $f) { id status description textVisible } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateActionItemInNotesCost($i: UpdateActionItemInput!) { updateActionItem(input: $i) { id status completedAt } }"): (typeof documents)["mutation UpdateActionItemInNotesCost($i: UpdateActionItemInput!) { updateActionItem(input: $i) { id status completedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupervisionAgendaInNotesCost($id: ID!) { supervisionAgenda(superviseeId: $id) { superviseeId openActionItems { id }\n  recentDriftCodes { code count } lastNote { id actionItemCount openActionItemCount } } }"): (typeof documents)["query SupervisionAgendaInNotesCost($id: ID!) { supervisionAgenda(superviseeId: $id) { superviseeId openActionItems { id }\n  recentDriftCodes { code count } lastNote { id actionItemCount openActionItemCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpsertLexiconEntryInNotesCost($i: UpsertLexiconEntryInput!) { upsertLexiconEntry(input: $i) { phrase weight source } }"): (typeof documents)["mutation UpsertLexiconEntryInNotesCost($i: UpsertLexiconEntryInput!) { upsertLexiconEntry(input: $i) { phrase weight source } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
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
    "fragment ActionFields on Action { id scope status overdue textVisible description canUpdate source team { id name } person { id name } groupSession supervisor { id name }\n  owner { id name } dueOn createdOn metric metricLabel worseDirection signalId signalPeriod signalRule signalDirection\n  before { period value } after { period value } change }": typeof types.ActionFieldsFragmentDoc,
    "mutation CreateAction($i: CreateActionInput!) { createAction(input: $i) { ...ActionFields } }": typeof types.CreateActionDocument,
    "query Actions($i: ActionsPageInput) { actions(input: $i) { total overdue offset limit items { ...ActionFields } } }": typeof types.ActionsDocument,
    "mutation UpdateActionItem($i: UpdateActionItemInput!) { updateActionItem(input: $i) { id status } }": typeof types.UpdateActionItemDocument,
    "query SupervisionAgenda($id: ID!) { supervisionAgenda(superviseeId: $id) { olderOpenActionCount openActionItems { id } } }": typeof types.SupervisionAgendaDocument,
    "fragment NoteFields on SupervisionNote { id occurrenceId sessionId status version types dimensions driftCodes textVisible strengths concerns supervisorNote viewerParty\n  reflections { superviseeId reflection signedAt supervisee { id } } supervisorSignedAt lockedAt finalizedAt signingOrder\n  signatureWithdrawals { kind signedAt withdrawnAt person { id name } changedBy { id } }\n  amendments { id text createdAt author { id } }\n  actionItems { id description textVisible status dueOn dimension owner { id } checklistId }\n  language { wordCount balance totals { medicalModel hierarchical errand mutuality } densities { medicalModel mutuality } } }": typeof types.NoteFieldsFragmentDoc,
    "mutation RecordSupervisionNoteInSupervisionNotes($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { ...NoteFields } }": typeof types.RecordSupervisionNoteInSupervisionNotesDocument,
    "mutation SignSupervisionNoteInSupervisionNotes($i: SignSupervisionNoteInput!) { signSupervisionNote(input: $i) { ...NoteFields } }": typeof types.SignSupervisionNoteInSupervisionNotesDocument,
    "mutation FinalizeSupervisionNoteInSupervisionNotes($i: FinalizeSupervisionNoteInput!) { finalizeSupervisionNote(input: $i) { ...NoteFields } }": typeof types.FinalizeSupervisionNoteInSupervisionNotesDocument,
    "mutation AmendSupervisionNote($i: AmendSupervisionNoteInput!) { amendSupervisionNote(input: $i) { ...NoteFields } }": typeof types.AmendSupervisionNoteDocument,
    "query SupervisionNote($id: ID!) { supervisionNote(id: $id) { ...NoteFields occurrence { id status } } }": typeof types.SupervisionNoteDocument,
    "mutation UpdateActionItemInSupervisionNotes($i: UpdateActionItemInput!) { updateActionItem(input: $i) { id status completedAt description } }": typeof types.UpdateActionItemInSupervisionNotesDocument,
    "query ActionItems($f: ActionItemsFilterInput) { actionItems(filter: $f) { id status description textVisible owner { id } } }": typeof types.ActionItemsDocument,
    "query SupervisionAgendaInSupervisionNotes($id: ID!) { supervisionAgenda(superviseeId: $id) {\n  superviseeId supervisee { id } openActionItems { id description } recentDriftCodes { code label count } recentDimensions { code count }\n  lastNote { id status driftCodes actionItemCount openActionItemCount } nextOccurrence { id startsAt } } }": typeof types.SupervisionAgendaInSupervisionNotesDocument,
    "query SupervisionSessionsInSupervisionNotes($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id status adHoc note { id status types driftCodes actionItemCount } } }": typeof types.SupervisionSessionsInSupervisionNotesDocument,
    "mutation UpdateOrganization { updateOrganization(input: { managersReadNotes: true }) { managersReadNotes } }": typeof types.UpdateOrganizationDocument,
    "mutation UpdateOrganizationInSupervisionNotes { updateOrganization(input: { managersReadNotes: false }) { managersReadNotes } }": typeof types.UpdateOrganizationInSupervisionNotesDocument,
    "mutation MarkSupervisionOccurrenceInSupervisionNotes($i: MarkSupervisionOccurrenceInput!) { markSupervisionOccurrence(input: $i) { occurrence { status } } }": typeof types.MarkSupervisionOccurrenceInSupervisionNotesDocument,
    "mutation UpdateOrganizationInSupervisionNotes2($o: NoteSigningOrder!) { updateOrganization(input: { noteSigningOrder: $o }) { noteSigningOrder } }": typeof types.UpdateOrganizationInSupervisionNotes2Document,
};
const documents: Documents = {
    "fragment ActionFields on Action { id scope status overdue textVisible description canUpdate source team { id name } person { id name } groupSession supervisor { id name }\n  owner { id name } dueOn createdOn metric metricLabel worseDirection signalId signalPeriod signalRule signalDirection\n  before { period value } after { period value } change }": types.ActionFieldsFragmentDoc,
    "mutation CreateAction($i: CreateActionInput!) { createAction(input: $i) { ...ActionFields } }": types.CreateActionDocument,
    "query Actions($i: ActionsPageInput) { actions(input: $i) { total overdue offset limit items { ...ActionFields } } }": types.ActionsDocument,
    "mutation UpdateActionItem($i: UpdateActionItemInput!) { updateActionItem(input: $i) { id status } }": types.UpdateActionItemDocument,
    "query SupervisionAgenda($id: ID!) { supervisionAgenda(superviseeId: $id) { olderOpenActionCount openActionItems { id } } }": types.SupervisionAgendaDocument,
    "fragment NoteFields on SupervisionNote { id occurrenceId sessionId status version types dimensions driftCodes textVisible strengths concerns supervisorNote viewerParty\n  reflections { superviseeId reflection signedAt supervisee { id } } supervisorSignedAt lockedAt finalizedAt signingOrder\n  signatureWithdrawals { kind signedAt withdrawnAt person { id name } changedBy { id } }\n  amendments { id text createdAt author { id } }\n  actionItems { id description textVisible status dueOn dimension owner { id } checklistId }\n  language { wordCount balance totals { medicalModel hierarchical errand mutuality } densities { medicalModel mutuality } } }": types.NoteFieldsFragmentDoc,
    "mutation RecordSupervisionNoteInSupervisionNotes($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { ...NoteFields } }": types.RecordSupervisionNoteInSupervisionNotesDocument,
    "mutation SignSupervisionNoteInSupervisionNotes($i: SignSupervisionNoteInput!) { signSupervisionNote(input: $i) { ...NoteFields } }": types.SignSupervisionNoteInSupervisionNotesDocument,
    "mutation FinalizeSupervisionNoteInSupervisionNotes($i: FinalizeSupervisionNoteInput!) { finalizeSupervisionNote(input: $i) { ...NoteFields } }": types.FinalizeSupervisionNoteInSupervisionNotesDocument,
    "mutation AmendSupervisionNote($i: AmendSupervisionNoteInput!) { amendSupervisionNote(input: $i) { ...NoteFields } }": types.AmendSupervisionNoteDocument,
    "query SupervisionNote($id: ID!) { supervisionNote(id: $id) { ...NoteFields occurrence { id status } } }": types.SupervisionNoteDocument,
    "mutation UpdateActionItemInSupervisionNotes($i: UpdateActionItemInput!) { updateActionItem(input: $i) { id status completedAt description } }": types.UpdateActionItemInSupervisionNotesDocument,
    "query ActionItems($f: ActionItemsFilterInput) { actionItems(filter: $f) { id status description textVisible owner { id } } }": types.ActionItemsDocument,
    "query SupervisionAgendaInSupervisionNotes($id: ID!) { supervisionAgenda(superviseeId: $id) {\n  superviseeId supervisee { id } openActionItems { id description } recentDriftCodes { code label count } recentDimensions { code count }\n  lastNote { id status driftCodes actionItemCount openActionItemCount } nextOccurrence { id startsAt } } }": types.SupervisionAgendaInSupervisionNotesDocument,
    "query SupervisionSessionsInSupervisionNotes($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id status adHoc note { id status types driftCodes actionItemCount } } }": types.SupervisionSessionsInSupervisionNotesDocument,
    "mutation UpdateOrganization { updateOrganization(input: { managersReadNotes: true }) { managersReadNotes } }": types.UpdateOrganizationDocument,
    "mutation UpdateOrganizationInSupervisionNotes { updateOrganization(input: { managersReadNotes: false }) { managersReadNotes } }": types.UpdateOrganizationInSupervisionNotesDocument,
    "mutation MarkSupervisionOccurrenceInSupervisionNotes($i: MarkSupervisionOccurrenceInput!) { markSupervisionOccurrence(input: $i) { occurrence { status } } }": types.MarkSupervisionOccurrenceInSupervisionNotesDocument,
    "mutation UpdateOrganizationInSupervisionNotes2($o: NoteSigningOrder!) { updateOrganization(input: { noteSigningOrder: $o }) { noteSigningOrder } }": types.UpdateOrganizationInSupervisionNotes2Document,
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
export function graphql(source: "fragment ActionFields on Action { id scope status overdue textVisible description canUpdate source team { id name } person { id name } groupSession supervisor { id name }\n  owner { id name } dueOn createdOn metric metricLabel worseDirection signalId signalPeriod signalRule signalDirection\n  before { period value } after { period value } change }"): (typeof documents)["fragment ActionFields on Action { id scope status overdue textVisible description canUpdate source team { id name } person { id name } groupSession supervisor { id name }\n  owner { id name } dueOn createdOn metric metricLabel worseDirection signalId signalPeriod signalRule signalDirection\n  before { period value } after { period value } change }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateAction($i: CreateActionInput!) { createAction(input: $i) { ...ActionFields } }"): (typeof documents)["mutation CreateAction($i: CreateActionInput!) { createAction(input: $i) { ...ActionFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Actions($i: ActionsPageInput) { actions(input: $i) { total overdue offset limit items { ...ActionFields } } }"): (typeof documents)["query Actions($i: ActionsPageInput) { actions(input: $i) { total overdue offset limit items { ...ActionFields } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateActionItem($i: UpdateActionItemInput!) { updateActionItem(input: $i) { id status } }"): (typeof documents)["mutation UpdateActionItem($i: UpdateActionItemInput!) { updateActionItem(input: $i) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupervisionAgenda($id: ID!) { supervisionAgenda(superviseeId: $id) { olderOpenActionCount openActionItems { id } } }"): (typeof documents)["query SupervisionAgenda($id: ID!) { supervisionAgenda(superviseeId: $id) { olderOpenActionCount openActionItems { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment NoteFields on SupervisionNote { id occurrenceId sessionId status version types dimensions driftCodes textVisible strengths concerns supervisorNote viewerParty\n  reflections { superviseeId reflection signedAt supervisee { id } } supervisorSignedAt lockedAt finalizedAt signingOrder\n  signatureWithdrawals { kind signedAt withdrawnAt person { id name } changedBy { id } }\n  amendments { id text createdAt author { id } }\n  actionItems { id description textVisible status dueOn dimension owner { id } checklistId }\n  language { wordCount balance totals { medicalModel hierarchical errand mutuality } densities { medicalModel mutuality } } }"): (typeof documents)["fragment NoteFields on SupervisionNote { id occurrenceId sessionId status version types dimensions driftCodes textVisible strengths concerns supervisorNote viewerParty\n  reflections { superviseeId reflection signedAt supervisee { id } } supervisorSignedAt lockedAt finalizedAt signingOrder\n  signatureWithdrawals { kind signedAt withdrawnAt person { id name } changedBy { id } }\n  amendments { id text createdAt author { id } }\n  actionItems { id description textVisible status dueOn dimension owner { id } checklistId }\n  language { wordCount balance totals { medicalModel hierarchical errand mutuality } densities { medicalModel mutuality } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordSupervisionNoteInSupervisionNotes($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { ...NoteFields } }"): (typeof documents)["mutation RecordSupervisionNoteInSupervisionNotes($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { ...NoteFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignSupervisionNoteInSupervisionNotes($i: SignSupervisionNoteInput!) { signSupervisionNote(input: $i) { ...NoteFields } }"): (typeof documents)["mutation SignSupervisionNoteInSupervisionNotes($i: SignSupervisionNoteInput!) { signSupervisionNote(input: $i) { ...NoteFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FinalizeSupervisionNoteInSupervisionNotes($i: FinalizeSupervisionNoteInput!) { finalizeSupervisionNote(input: $i) { ...NoteFields } }"): (typeof documents)["mutation FinalizeSupervisionNoteInSupervisionNotes($i: FinalizeSupervisionNoteInput!) { finalizeSupervisionNote(input: $i) { ...NoteFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AmendSupervisionNote($i: AmendSupervisionNoteInput!) { amendSupervisionNote(input: $i) { ...NoteFields } }"): (typeof documents)["mutation AmendSupervisionNote($i: AmendSupervisionNoteInput!) { amendSupervisionNote(input: $i) { ...NoteFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupervisionNote($id: ID!) { supervisionNote(id: $id) { ...NoteFields occurrence { id status } } }"): (typeof documents)["query SupervisionNote($id: ID!) { supervisionNote(id: $id) { ...NoteFields occurrence { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateActionItemInSupervisionNotes($i: UpdateActionItemInput!) { updateActionItem(input: $i) { id status completedAt description } }"): (typeof documents)["mutation UpdateActionItemInSupervisionNotes($i: UpdateActionItemInput!) { updateActionItem(input: $i) { id status completedAt description } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ActionItems($f: ActionItemsFilterInput) { actionItems(filter: $f) { id status description textVisible owner { id } } }"): (typeof documents)["query ActionItems($f: ActionItemsFilterInput) { actionItems(filter: $f) { id status description textVisible owner { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupervisionAgendaInSupervisionNotes($id: ID!) { supervisionAgenda(superviseeId: $id) {\n  superviseeId supervisee { id } openActionItems { id description } recentDriftCodes { code label count } recentDimensions { code count }\n  lastNote { id status driftCodes actionItemCount openActionItemCount } nextOccurrence { id startsAt } } }"): (typeof documents)["query SupervisionAgendaInSupervisionNotes($id: ID!) { supervisionAgenda(superviseeId: $id) {\n  superviseeId supervisee { id } openActionItems { id description } recentDriftCodes { code label count } recentDimensions { code count }\n  lastNote { id status driftCodes actionItemCount openActionItemCount } nextOccurrence { id startsAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupervisionSessionsInSupervisionNotes($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id status adHoc note { id status types driftCodes actionItemCount } } }"): (typeof documents)["query SupervisionSessionsInSupervisionNotes($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id status adHoc note { id status types driftCodes actionItemCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateOrganization { updateOrganization(input: { managersReadNotes: true }) { managersReadNotes } }"): (typeof documents)["mutation UpdateOrganization { updateOrganization(input: { managersReadNotes: true }) { managersReadNotes } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateOrganizationInSupervisionNotes { updateOrganization(input: { managersReadNotes: false }) { managersReadNotes } }"): (typeof documents)["mutation UpdateOrganizationInSupervisionNotes { updateOrganization(input: { managersReadNotes: false }) { managersReadNotes } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkSupervisionOccurrenceInSupervisionNotes($i: MarkSupervisionOccurrenceInput!) { markSupervisionOccurrence(input: $i) { occurrence { status } } }"): (typeof documents)["mutation MarkSupervisionOccurrenceInSupervisionNotes($i: MarkSupervisionOccurrenceInput!) { markSupervisionOccurrence(input: $i) { occurrence { status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateOrganizationInSupervisionNotes2($o: NoteSigningOrder!) { updateOrganization(input: { noteSigningOrder: $o }) { noteSigningOrder } }"): (typeof documents)["mutation UpdateOrganizationInSupervisionNotes2($o: NoteSigningOrder!) { updateOrganization(input: { noteSigningOrder: $o }) { noteSigningOrder } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
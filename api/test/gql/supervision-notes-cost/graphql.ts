/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ActionItemInput = {
  checklistId?: string | number | null | undefined;
  /** At most 1,000 characters. */
  description: string;
  dimension?: SupervisionDimension | null | undefined;
  driftSignalId?: string | number | null | undefined;
  dueOn?: string | null | undefined;
  /** An existing item of this note to keep and update; omit for a new one. */
  id?: string | number | null | undefined;
  /** The session’s supervisor or one of its supervisees. */
  ownerId: string | number;
};

export type ActionItemStatus =
  | 'DONE'
  | 'DROPPED'
  | 'OPEN';

export type ActionItemsFilterInput = {
  ownerId?: string | number | null | undefined;
  status?: ActionItemStatus | null | undefined;
  /** Items agreed in sessions with this supervisee. */
  superviseeId?: string | number | null | undefined;
};

/** A session that happened but was never scheduled, recorded together with its note (supervisor only). */
export type AdHocSessionInput = {
  channel: SupervisionChannel;
  durationMinutes: number;
  /** At most 500 characters. */
  location?: string | null | undefined;
  modality: SupervisionModality;
  /** When it took place: local wall time in timeZone ("2026-10-06T10:00") or an instant. */
  startsAt: string;
  superviseeIds: Array<string | number>;
  /** IANA time zone, e.g. Europe/London. At most 64 characters. */
  timeZone: string;
  /** At most 200 characters. */
  title?: string | null | undefined;
};

export type FinalizeSupervisionNoteInput = {
  noteId: string | number;
  /** The version you read (stale → CONFLICT). */
  version: number;
};

/** Three drift patterns and mutual, person-led wording. */
export type LanguagePattern =
  | 'ERRAND'
  | 'HIERARCHICAL'
  | 'MEDICAL_MODEL'
  | 'MUTUALITY';

/** DEFAULT: the starter list as shipped; OVERRIDDEN: a default the organisation changed; ORGANIZATION: added by the organisation. */
export type LexiconSource =
  | 'DEFAULT'
  | 'ORGANIZATION'
  | 'OVERRIDDEN';

/** Creates or updates the draft note of an occurrence. Give noteId (existing note), or occurrenceId (its note is created on first save; the occurrence becomes COMPLETED), or adHoc (records an unscheduled session and its note). The supervisor writes every field except superviseeReflection, which only a supervisee writes. Omitted fields are unchanged; actionItems, when given, replace the list. */
export type RecordSupervisionNoteInput = {
  actionItems?: Array<ActionItemInput> | null | undefined;
  adHoc?: AdHocSessionInput | null | undefined;
  /** At most 10,000 characters. */
  concerns?: string | null | undefined;
  dimensions?: Array<SupervisionDimension> | null | undefined;
  /** Drift taxonomy codes such as H1, M3, O2. Each at most 40 characters. */
  driftCodes?: Array<string> | null | undefined;
  noteId?: string | number | null | undefined;
  occurrenceId?: string | number | null | undefined;
  /** At most 10,000 characters. */
  strengths?: string | null | undefined;
  /** The supervisee’s own reflection (only the supervisee may write it). At most 20,000 characters. */
  superviseeReflection?: string | null | undefined;
  /** At most 20,000 characters. */
  supervisorNote?: string | null | undefined;
  types?: Array<SupervisionType> | null | undefined;
  /** Required when the note already exists: the version you last read (stale → CONFLICT, nothing saved). */
  version?: number | null | undefined;
};

export type SignSupervisionNoteInput = {
  /** Defaults to your part in the session; signing as another party is FORBIDDEN. */
  as?: SupervisionNoteParty | null | undefined;
  noteId: string | number;
  /** The version you read: you sign what you saw (stale → CONFLICT). */
  version: number;
};

/** What a later change took back. */
export type SignatureWithdrawalKind =
  | 'FINALIZED'
  | 'SUPERVISEE_SIGNATURE'
  | 'SUPERVISOR_SIGNATURE';

export type SupervisionChannel =
  | 'IN_PERSON'
  | 'PHONE'
  | 'VIDEO';

/** Mutuality Fidelity Checklist dimensions D1–D7. */
export type SupervisionDimension =
  | 'D1'
  | 'D2'
  | 'D3'
  | 'D4'
  | 'D5'
  | 'D6'
  | 'D7';

/** Individual, group, peer co-reflection (among peers) or observation of practice. */
export type SupervisionModality =
  | 'GROUP'
  | 'INDIVIDUAL'
  | 'OBSERVATION'
  | 'PEER_COREFLECTION';

/** The part a person plays in a session. */
export type SupervisionNoteParty =
  | 'SUPERVISEE'
  | 'SUPERVISOR';

/** DRAFT until signed; SIGNED_BY_SUPERVISEE means every supervisee signed; LOCKED once everyone signed (then only amendments). */
export type SupervisionNoteStatus =
  | 'DRAFT'
  | 'LOCKED'
  | 'SIGNED_BY_SUPERVISEE'
  | 'SIGNED_BY_SUPERVISOR';

/** Kinds of supervision a session covered (several may apply). */
export type SupervisionType =
  | 'ADMINISTRATIVE'
  | 'CLINICAL_CONSULTATION'
  | 'EDUCATIONAL'
  | 'SUPPORTIVE';

export type UpdateActionItemInput = {
  actionItemId: string | number;
  /** Send null to clear. */
  dueOn?: string | null | undefined;
  status?: ActionItemStatus | null | undefined;
};

export type UpsertLexiconEntryInput = {
  /** At most 500 characters. */
  alternative?: string | null | undefined;
  pattern: LanguagePattern;
  /** A default phrase (to change or disable it) or a new one. At most 100 characters. */
  phrase: string;
  /** Other forms of the phrase. Each at most 100 characters. */
  variants?: Array<string> | null | undefined;
  /** 0 disables the phrase; 1 context-dependent; 2 strong; 3 very strong. */
  weight: number;
};

export type NoteClockFieldsFragment = { id: string, version: number, actionItems: Array<{ id: string }>, reflections: Array<{ signedAt: string | null }> };

export type RecordSupervisionNoteInNotesClockMutationVariables = Exact<{
  i: RecordSupervisionNoteInput;
}>;


export type RecordSupervisionNoteInNotesClockMutation = { recordSupervisionNote: { id: string, version: number, actionItems: Array<{ id: string }>, reflections: Array<{ signedAt: string | null }> } };

export type FinalizeSupervisionNoteInNotesClockMutationVariables = Exact<{
  i: FinalizeSupervisionNoteInput;
}>;


export type FinalizeSupervisionNoteInNotesClockMutation = { finalizeSupervisionNote: { id: string, version: number, actionItems: Array<{ id: string }>, reflections: Array<{ signedAt: string | null }> } };

export type SignSupervisionNoteInNotesClockMutationVariables = Exact<{
  i: SignSupervisionNoteInput;
}>;


export type SignSupervisionNoteInNotesClockMutation = { signSupervisionNote: { id: string, version: number, actionItems: Array<{ id: string }>, reflections: Array<{ signedAt: string | null }> } };

export type UpdateActionItemInNotesClockMutationVariables = Exact<{
  i: UpdateActionItemInput;
}>;


export type UpdateActionItemInNotesClockMutation = { updateActionItem: { id: string, completedAt: string | null } };

export type UpsertLexiconEntryInNotesClockMutationVariables = Exact<{
  i: UpsertLexiconEntryInput;
}>;


export type UpsertLexiconEntryInNotesClockMutation = { upsertLexiconEntry: { phrase: string } };

export type NoteCostFieldsFragment = { id: string, status: SupervisionNoteStatus, version: number, supervisorNote: string | null, reflections: Array<{ superviseeId: string, reflection: string | null, signedAt: string | null }>, signatureWithdrawals: Array<{ kind: SignatureWithdrawalKind }>, amendments: Array<{ id: string }>, actionItems: Array<{ id: string, description: string | null, status: ActionItemStatus, dueOn: string | null }>, language: { wordCount: number } };

export type RecordSupervisionNoteInNotesCostMutationVariables = Exact<{
  i: RecordSupervisionNoteInput;
}>;


export type RecordSupervisionNoteInNotesCostMutation = { recordSupervisionNote: { id: string, status: SupervisionNoteStatus, version: number, supervisorNote: string | null, reflections: Array<{ superviseeId: string, reflection: string | null, signedAt: string | null }>, signatureWithdrawals: Array<{ kind: SignatureWithdrawalKind }>, amendments: Array<{ id: string }>, actionItems: Array<{ id: string, description: string | null, status: ActionItemStatus, dueOn: string | null }>, language: { wordCount: number } } };

export type FinalizeSupervisionNoteInNotesCostMutationVariables = Exact<{
  i: FinalizeSupervisionNoteInput;
}>;


export type FinalizeSupervisionNoteInNotesCostMutation = { finalizeSupervisionNote: { id: string, status: SupervisionNoteStatus, version: number, supervisorNote: string | null, reflections: Array<{ superviseeId: string, reflection: string | null, signedAt: string | null }>, signatureWithdrawals: Array<{ kind: SignatureWithdrawalKind }>, amendments: Array<{ id: string }>, actionItems: Array<{ id: string, description: string | null, status: ActionItemStatus, dueOn: string | null }>, language: { wordCount: number } } };

export type SignSupervisionNoteInNotesCostMutationVariables = Exact<{
  i: SignSupervisionNoteInput;
}>;


export type SignSupervisionNoteInNotesCostMutation = { signSupervisionNote: { id: string, status: SupervisionNoteStatus, version: number, supervisorNote: string | null, reflections: Array<{ superviseeId: string, reflection: string | null, signedAt: string | null }>, signatureWithdrawals: Array<{ kind: SignatureWithdrawalKind }>, amendments: Array<{ id: string }>, actionItems: Array<{ id: string, description: string | null, status: ActionItemStatus, dueOn: string | null }>, language: { wordCount: number } } };

export type SupervisionNoteInNotesCostQueryVariables = Exact<{
  id: string | number;
}>;


export type SupervisionNoteInNotesCostQuery = { supervisionNote: { id: string, status: SupervisionNoteStatus, version: number, supervisorNote: string | null, reflections: Array<{ superviseeId: string, reflection: string | null, signedAt: string | null }>, signatureWithdrawals: Array<{ kind: SignatureWithdrawalKind }>, amendments: Array<{ id: string }>, actionItems: Array<{ id: string, description: string | null, status: ActionItemStatus, dueOn: string | null }>, language: { wordCount: number } } };

export type ActionItemsInNotesCostQueryVariables = Exact<{
  f?: ActionItemsFilterInput | null | undefined;
}>;


export type ActionItemsInNotesCostQuery = { actionItems: Array<{ id: string, status: ActionItemStatus, description: string | null, textVisible: boolean }> };

export type UpdateActionItemInNotesCostMutationVariables = Exact<{
  i: UpdateActionItemInput;
}>;


export type UpdateActionItemInNotesCostMutation = { updateActionItem: { id: string, status: ActionItemStatus, completedAt: string | null } };

export type SupervisionAgendaInNotesCostQueryVariables = Exact<{
  id: string | number;
}>;


export type SupervisionAgendaInNotesCostQuery = { supervisionAgenda: { superviseeId: string, openActionItems: Array<{ id: string }>, recentDriftCodes: Array<{ code: string, count: number }>, lastNote: { id: string, actionItemCount: number, openActionItemCount: number } | null } };

export type UpsertLexiconEntryInNotesCostMutationVariables = Exact<{
  i: UpsertLexiconEntryInput;
}>;


export type UpsertLexiconEntryInNotesCostMutation = { upsertLexiconEntry: { phrase: string, weight: number, source: LexiconSource } };

export const NoteClockFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoteClockFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reflections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}}]}}]} as unknown as DocumentNode<NoteClockFieldsFragment, unknown>;
export const NoteCostFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoteCostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorNote"}},{"kind":"Field","name":{"kind":"Name","value":"reflections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"superviseeId"}},{"kind":"Field","name":{"kind":"Name","value":"reflection"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signatureWithdrawals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amendments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"language"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wordCount"}}]}}]}}]} as unknown as DocumentNode<NoteCostFieldsFragment, unknown>;
export const RecordSupervisionNoteInNotesClockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSupervisionNoteInNotesClock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSupervisionNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSupervisionNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoteClockFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoteClockFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reflections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}}]}}]} as unknown as DocumentNode<RecordSupervisionNoteInNotesClockMutation, RecordSupervisionNoteInNotesClockMutationVariables>;
export const FinalizeSupervisionNoteInNotesClockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinalizeSupervisionNoteInNotesClock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FinalizeSupervisionNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finalizeSupervisionNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoteClockFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoteClockFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reflections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}}]}}]} as unknown as DocumentNode<FinalizeSupervisionNoteInNotesClockMutation, FinalizeSupervisionNoteInNotesClockMutationVariables>;
export const SignSupervisionNoteInNotesClockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignSupervisionNoteInNotesClock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignSupervisionNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signSupervisionNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoteClockFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoteClockFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reflections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}}]}}]} as unknown as DocumentNode<SignSupervisionNoteInNotesClockMutation, SignSupervisionNoteInNotesClockMutationVariables>;
export const UpdateActionItemInNotesClockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateActionItemInNotesClock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateActionItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateActionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}}]} as unknown as DocumentNode<UpdateActionItemInNotesClockMutation, UpdateActionItemInNotesClockMutationVariables>;
export const UpsertLexiconEntryInNotesClockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertLexiconEntryInNotesClock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpsertLexiconEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertLexiconEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phrase"}}]}}]}}]} as unknown as DocumentNode<UpsertLexiconEntryInNotesClockMutation, UpsertLexiconEntryInNotesClockMutationVariables>;
export const RecordSupervisionNoteInNotesCostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSupervisionNoteInNotesCost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSupervisionNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSupervisionNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoteCostFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoteCostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorNote"}},{"kind":"Field","name":{"kind":"Name","value":"reflections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"superviseeId"}},{"kind":"Field","name":{"kind":"Name","value":"reflection"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signatureWithdrawals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amendments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"language"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wordCount"}}]}}]}}]} as unknown as DocumentNode<RecordSupervisionNoteInNotesCostMutation, RecordSupervisionNoteInNotesCostMutationVariables>;
export const FinalizeSupervisionNoteInNotesCostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinalizeSupervisionNoteInNotesCost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FinalizeSupervisionNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finalizeSupervisionNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoteCostFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoteCostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorNote"}},{"kind":"Field","name":{"kind":"Name","value":"reflections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"superviseeId"}},{"kind":"Field","name":{"kind":"Name","value":"reflection"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signatureWithdrawals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amendments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"language"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wordCount"}}]}}]}}]} as unknown as DocumentNode<FinalizeSupervisionNoteInNotesCostMutation, FinalizeSupervisionNoteInNotesCostMutationVariables>;
export const SignSupervisionNoteInNotesCostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignSupervisionNoteInNotesCost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignSupervisionNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signSupervisionNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoteCostFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoteCostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorNote"}},{"kind":"Field","name":{"kind":"Name","value":"reflections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"superviseeId"}},{"kind":"Field","name":{"kind":"Name","value":"reflection"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signatureWithdrawals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amendments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"language"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wordCount"}}]}}]}}]} as unknown as DocumentNode<SignSupervisionNoteInNotesCostMutation, SignSupervisionNoteInNotesCostMutationVariables>;
export const SupervisionNoteInNotesCostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisionNoteInNotesCost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoteCostFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoteCostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorNote"}},{"kind":"Field","name":{"kind":"Name","value":"reflections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"superviseeId"}},{"kind":"Field","name":{"kind":"Name","value":"reflection"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signatureWithdrawals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amendments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"language"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wordCount"}}]}}]}}]} as unknown as DocumentNode<SupervisionNoteInNotesCostQuery, SupervisionNoteInNotesCostQueryVariables>;
export const ActionItemsInNotesCostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActionItemsInNotesCost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItemsFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"textVisible"}}]}}]}}]} as unknown as DocumentNode<ActionItemsInNotesCostQuery, ActionItemsInNotesCostQueryVariables>;
export const UpdateActionItemInNotesCostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateActionItemInNotesCost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateActionItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateActionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}}]} as unknown as DocumentNode<UpdateActionItemInNotesCostMutation, UpdateActionItemInNotesCostMutationVariables>;
export const SupervisionAgendaInNotesCostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisionAgendaInNotesCost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionAgenda"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"superviseeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"superviseeId"}},{"kind":"Field","name":{"kind":"Name","value":"openActionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recentDriftCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastNote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actionItemCount"}},{"kind":"Field","name":{"kind":"Name","value":"openActionItemCount"}}]}}]}}]}}]} as unknown as DocumentNode<SupervisionAgendaInNotesCostQuery, SupervisionAgendaInNotesCostQueryVariables>;
export const UpsertLexiconEntryInNotesCostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertLexiconEntryInNotesCost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpsertLexiconEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertLexiconEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phrase"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<UpsertLexiconEntryInNotesCostMutation, UpsertLexiconEntryInNotesCostMutationVariables>;
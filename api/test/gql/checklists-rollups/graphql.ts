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

export type AmendChecklistInput = {
  answers: Array<AnswerInput>;
  checklistId: string | number;
  /** Why the submitted checklist is being changed (kept in its history). At most 500 characters. */
  reason: string;
  version: number;
};

export type AnswerInput = {
  /** At most 2,000 characters. */
  comment?: string | null | undefined;
  /** At most 40 characters. */
  itemCode: string;
  /** 1–5, or null for "not applicable". */
  value?: number | null | undefined;
};

export type AssignTeamInput = {
  personId: string | number;
  /** Defaults to today. */
  startsOn?: string | null | undefined;
  /** null ends the current membership without a new one. */
  teamId?: string | number | null | undefined;
};

export type PersonServedAnswersInput = {
  answers: Array<AnswerInput>;
  /** At most 200 characters. */
  token: string;
};

/** Who rates a checklist. Rater types are never mixed into one mean. */
export type RaterType =
  | 'PERSON_SERVED'
  | 'REVIEWER'
  | 'SELF'
  | 'SUPERVISOR';

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

export type SaveChecklistAnswersInput = {
  answers: Array<AnswerInput>;
  checklistId: string | number;
  /** The version you last read; a stale version gets CONFLICT and nothing is lost. */
  version: number;
};

export type StartChecklistInput = {
  /** At most 63 characters. */
  instrumentKey?: string;
  /** End of the observation window (default: today); not after today, and at most a year after the start. */
  observationEnd?: string | null | undefined;
  /** Start of the period the rating looks back on (default: 30 days before the end). */
  observationStart?: string | null | undefined;
  raterType: RaterType;
  subjectId: string | number;
};

export type SubmitChecklistInput = {
  checklistId: string | number;
  /** Client-generated key; retries with the same key return the same submission (exactly once). At most 100 characters. */
  idempotencyKey: string;
};

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

/** Kinds of supervision a session covered (several may apply). */
export type SupervisionType =
  | 'ADMINISTRATIVE'
  | 'CLINICAL_CONSULTATION'
  | 'EDUCATIONAL'
  | 'SUPPORTIVE';

export type StartChecklistInRollupsInHandMutationVariables = Exact<{
  i: StartChecklistInput;
}>;


export type StartChecklistInRollupsInHandMutation = { startChecklist: { id: string, version: number } };

export type SaveChecklistAnswersInRollupsInHandMutationVariables = Exact<{
  i: SaveChecklistAnswersInput;
}>;


export type SaveChecklistAnswersInRollupsInHandMutation = { saveChecklistAnswers: { id: string, version: number } };

export type SubmitChecklistInRollupsInHandMutationVariables = Exact<{
  i: SubmitChecklistInput;
}>;


export type SubmitChecklistInRollupsInHandMutation = { submitChecklist: { id: string, version: number } };

export type AmendChecklistInRollupsInHandMutationVariables = Exact<{
  i: AmendChecklistInput;
}>;


export type AmendChecklistInRollupsInHandMutation = { amendChecklist: { id: string, version: number, revision: number, mutualityIndex: number | null } };

export type AssignTeamInRollupsInHandMutationVariables = Exact<{
  i: AssignTeamInput;
}>;


export type AssignTeamInRollupsInHandMutation = { assignTeam: { id: string } };

export type CreatePersonServedLinkInRollupsInHandMutationVariables = Exact<{
  s: string | number;
}>;


export type CreatePersonServedLinkInRollupsInHandMutation = { createPersonServedLink: { url: string } };

export type SubmitPersonServedFeedbackInRollupsInHandMutationVariables = Exact<{
  i: PersonServedAnswersInput;
}>;


export type SubmitPersonServedFeedbackInRollupsInHandMutation = { submitPersonServedFeedback: boolean };

export type StartChecklistVersionMutationVariables = Exact<{
  i: StartChecklistInput;
}>;


export type StartChecklistVersionMutation = { startChecklist: { id: string, version: number } };

export type SaveChecklistAnswersVersionMutationVariables = Exact<{
  i: SaveChecklistAnswersInput;
}>;


export type SaveChecklistAnswersVersionMutation = { saveChecklistAnswers: { id: string, version: number } };

export type SubmitChecklistInRollupsMutationVariables = Exact<{
  i: SubmitChecklistInput;
}>;


export type SubmitChecklistInRollupsMutation = { submitChecklist: { id: string, version: number, status: string } };

export type AmendChecklistInRollupsMutationVariables = Exact<{
  i: AmendChecklistInput;
}>;


export type AmendChecklistInRollupsMutation = { amendChecklist: { id: string, version: number, revision: number } };

export type AssignTeamInRollupsMutationVariables = Exact<{
  i: AssignTeamInput;
}>;


export type AssignTeamInRollupsMutation = { assignTeam: { id: string } };

export type RecordSupervisionNoteVersionMutationVariables = Exact<{
  i: RecordSupervisionNoteInput;
}>;


export type RecordSupervisionNoteVersionMutation = { recordSupervisionNote: { id: string, version: number } };


export const StartChecklistInRollupsInHandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartChecklistInRollupsInHand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartChecklistInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startChecklist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<StartChecklistInRollupsInHandMutation, StartChecklistInRollupsInHandMutationVariables>;
export const SaveChecklistAnswersInRollupsInHandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveChecklistAnswersInRollupsInHand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveChecklistAnswersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveChecklistAnswers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SaveChecklistAnswersInRollupsInHandMutation, SaveChecklistAnswersInRollupsInHandMutationVariables>;
export const SubmitChecklistInRollupsInHandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitChecklistInRollupsInHand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitChecklistInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitChecklist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SubmitChecklistInRollupsInHandMutation, SubmitChecklistInRollupsInHandMutationVariables>;
export const AmendChecklistInRollupsInHandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AmendChecklistInRollupsInHand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AmendChecklistInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amendChecklist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"mutualityIndex"}}]}}]}}]} as unknown as DocumentNode<AmendChecklistInRollupsInHandMutation, AmendChecklistInRollupsInHandMutationVariables>;
export const AssignTeamInRollupsInHandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignTeamInRollupsInHand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AssignTeamInRollupsInHandMutation, AssignTeamInRollupsInHandMutationVariables>;
export const CreatePersonServedLinkInRollupsInHandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePersonServedLinkInRollupsInHand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPersonServedLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<CreatePersonServedLinkInRollupsInHandMutation, CreatePersonServedLinkInRollupsInHandMutationVariables>;
export const SubmitPersonServedFeedbackInRollupsInHandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitPersonServedFeedbackInRollupsInHand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonServedAnswersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitPersonServedFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}]}]}}]} as unknown as DocumentNode<SubmitPersonServedFeedbackInRollupsInHandMutation, SubmitPersonServedFeedbackInRollupsInHandMutationVariables>;
export const StartChecklistVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartChecklistVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartChecklistInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startChecklist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<StartChecklistVersionMutation, StartChecklistVersionMutationVariables>;
export const SaveChecklistAnswersVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveChecklistAnswersVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveChecklistAnswersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveChecklistAnswers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SaveChecklistAnswersVersionMutation, SaveChecklistAnswersVersionMutationVariables>;
export const SubmitChecklistInRollupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitChecklistInRollups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitChecklistInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitChecklist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SubmitChecklistInRollupsMutation, SubmitChecklistInRollupsMutationVariables>;
export const AmendChecklistInRollupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AmendChecklistInRollups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AmendChecklistInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amendChecklist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<AmendChecklistInRollupsMutation, AmendChecklistInRollupsMutationVariables>;
export const AssignTeamInRollupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignTeamInRollups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AssignTeamInRollupsMutation, AssignTeamInRollupsMutationVariables>;
export const RecordSupervisionNoteVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSupervisionNoteVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSupervisionNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSupervisionNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RecordSupervisionNoteVersionMutation, RecordSupervisionNoteVersionMutationVariables>;
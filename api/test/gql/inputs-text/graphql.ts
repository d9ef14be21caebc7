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

export type CreateAnnotationInput = {
  /** At most 2,000 characters. */
  details?: string | null | undefined;
  /** NOTE, TRAINING, POLICY, STAFFING or OTHER. At most 40 characters. */
  kind?: string | null | undefined;
  /** At most 200 characters. */
  label: string;
  onDate: string;
  personId?: string | number | null | undefined;
  teamId: string | number;
};

export type MoveSupervisionOccurrenceInput = {
  durationMinutes?: number | null | undefined;
  /** A different link for this occurrence only; null goes back to the series’ link, omitted keeps it. At most 1,000 characters. */
  link?: string | null | undefined;
  /** A different place for this occurrence only; null goes back to the series’ place, omitted keeps it. At most 500 characters. */
  location?: string | null | undefined;
  occurrenceId: string | number;
  /** Without an offset ("2026-10-06T10:00") it is local wall time in timeZone (recommended); with Z or an offset it is an instant. At most 10 years before or after today. Local times are read in the series’ zone. */
  startsAt: string;
};

export type PeopleFilterInput = {
  includeInactive?: boolean | null | undefined;
  role?: Role | null | undefined;
  /** Part of a name or e-mail address. At most 120 characters. */
  search?: string | null | undefined;
  teamId?: string | number | null | undefined;
};

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

/** A role a person holds; a person may hold several. */
export type Role =
  | 'ADMIN'
  | 'PROGRAM_MANAGER'
  | 'STAFF'
  | 'SUPERVISOR';

export type ScheduleSupervisionInput = {
  channel: SupervisionChannel;
  /** 15–480 minutes. */
  durationMinutes: number;
  /** Video or phone link. At most 1,000 characters. */
  link?: string | null | undefined;
  /** At most 500 characters. */
  location?: string | null | undefined;
  modality: SupervisionModality;
  /** RFC 5545 RRULE, e.g. "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20270301T000000Z"; null for a one-off. At most 500 characters. */
  recurrence?: string | null | undefined;
  /** Without an offset ("2026-10-06T10:00") it is local wall time in timeZone (recommended); with Z or an offset it is an instant. At most 10 years before or after today. */
  startsAt: string;
  /** One for INDIVIDUAL; several for GROUP or peer co-reflection. */
  superviseeIds: Array<string | number>;
  /** Supervisors schedule for themselves; admins for anyone. */
  supervisorId: string | number;
  /** IANA time zone, e.g. Europe/London. At most 64 characters. */
  timeZone: string;
  /** At most 200 characters. */
  title?: string | null | undefined;
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

export type UpdateProfileInput = {
  /** At most 120 characters. */
  jobTitle?: string | null | undefined;
  /** At most 120 characters. */
  name: string;
};

export type UpdateMyProfileInInputHardeningMutationVariables = Exact<{
  i: UpdateProfileInput;
}>;


export type UpdateMyProfileInInputHardeningMutation = { updateMyProfile: { name: string } };

export type PeopleInInputHardeningQueryVariables = Exact<{
  f?: PeopleFilterInput | null | undefined;
}>;


export type PeopleInInputHardeningQuery = { people: { totalCount: number } };

export type CreateAnnotationInInputHardeningTextMutationVariables = Exact<{
  i: CreateAnnotationInput;
}>;


export type CreateAnnotationInInputHardeningTextMutation = { createAnnotation: { id: string } };

export type ScheduleSupervisionInInputHardeningTextMutationVariables = Exact<{
  i: ScheduleSupervisionInput;
}>;


export type ScheduleSupervisionInInputHardeningTextMutation = { scheduleSupervision: { warnings: Array<string> } };

export type ReflectLanguageInInputHardeningQueryVariables = Exact<{
  x: string;
}>;


export type ReflectLanguageInInputHardeningQuery = { reflectLanguage: { __typename: 'LanguageReflection' } };

export type PersonServedFormInInputHardeningQueryVariables = Exact<{
  x: string;
}>;


export type PersonServedFormInInputHardeningQuery = { personServedForm: { __typename: 'PersonServedForm' } };

export type RecordSupervisionNoteInInputHardeningMutationVariables = Exact<{
  i: RecordSupervisionNoteInput;
}>;


export type RecordSupervisionNoteInInputHardeningMutation = { recordSupervisionNote: { id: string } };

export type InstrumentInInputHardeningQueryVariables = Exact<{
  k: string;
}>;


export type InstrumentInInputHardeningQuery = { instrument: { id: string } };

export type MoveSupervisionOccurrenceInInputHardeningMutationVariables = Exact<{
  i: MoveSupervisionOccurrenceInput;
}>;


export type MoveSupervisionOccurrenceInInputHardeningMutation = { moveSupervisionOccurrence: { occurrence: { location: string, link: string, moved: boolean } } };


export const UpdateMyProfileInInputHardeningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyProfileInInputHardening"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateMyProfileInInputHardeningMutation, UpdateMyProfileInInputHardeningMutationVariables>;
export const PeopleInInputHardeningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeopleInInputHardening"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PeopleFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<PeopleInInputHardeningQuery, PeopleInInputHardeningQueryVariables>;
export const CreateAnnotationInInputHardeningTextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAnnotationInInputHardeningText"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAnnotationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAnnotation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateAnnotationInInputHardeningTextMutation, CreateAnnotationInInputHardeningTextMutationVariables>;
export const ScheduleSupervisionInInputHardeningTextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleSupervisionInInputHardeningText"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleSupervisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleSupervision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warnings"}}]}}]}}]} as unknown as DocumentNode<ScheduleSupervisionInInputHardeningTextMutation, ScheduleSupervisionInInputHardeningTextMutationVariables>;
export const ReflectLanguageInInputHardeningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReflectLanguageInInputHardening"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"x"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reflectLanguage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"x"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ReflectLanguageInInputHardeningQuery, ReflectLanguageInInputHardeningQueryVariables>;
export const PersonServedFormInInputHardeningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonServedFormInInputHardening"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"x"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personServedForm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"x"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<PersonServedFormInInputHardeningQuery, PersonServedFormInInputHardeningQueryVariables>;
export const RecordSupervisionNoteInInputHardeningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSupervisionNoteInInputHardening"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSupervisionNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSupervisionNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordSupervisionNoteInInputHardeningMutation, RecordSupervisionNoteInInputHardeningMutationVariables>;
export const InstrumentInInputHardeningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstrumentInInputHardening"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"k"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"k"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<InstrumentInInputHardeningQuery, InstrumentInInputHardeningQueryVariables>;
export const MoveSupervisionOccurrenceInInputHardeningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveSupervisionOccurrenceInInputHardening"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveSupervisionOccurrenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveSupervisionOccurrence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurrence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"moved"}}]}}]}}]}}]} as unknown as DocumentNode<MoveSupervisionOccurrenceInInputHardeningMutation, MoveSupervisionOccurrenceInInputHardeningMutationVariables>;
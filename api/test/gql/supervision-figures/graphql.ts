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

export type CancelSupervisionOccurrenceInput = {
  occurrenceId: string | number;
  /** At most 500 characters. */
  reason?: string | null | undefined;
};

export type EndSupervisionSeriesInput = {
  /** Occurrences starting at or after this local time in the series’ zone (2026-12-01T00:00 for a whole day), or this instant, are removed. */
  from: string;
  sessionId: string | number;
};

export type FinalizeSupervisionNoteInput = {
  noteId: string | number;
  /** The version you read (stale → CONFLICT). */
  version: number;
};

export type MarkSupervisionOccurrenceInput = {
  occurrenceId: string | number;
  /** At most 500 characters. */
  reason?: string | null | undefined;
  status: SupervisionOccurrenceOutcome;
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

export type SignSupervisionNoteInput = {
  /** Defaults to your part in the session; signing as another party is FORBIDDEN. */
  as?: SupervisionNoteParty | null | undefined;
  noteId: string | number;
  /** The version you read: you sign what you saw (stale → CONFLICT). */
  version: number;
};

export type SupervisionChannel =
  | 'IN_PERSON'
  | 'PHONE'
  | 'VIDEO';

export type SupervisionComplianceFilterInput = {
  /** Start of the reporting window; default 90 days before to; at most 10 years before now. */
  from?: string | null | undefined;
  programId?: string | number | null | undefined;
  superviseeId?: string | number | null | undefined;
  teamId?: string | number | null | undefined;
  /** End of the window (exclusive); default now; at most 400 days after now and 400 days after from. Only sessions up to now count. */
  to?: string | null | undefined;
};

/** OVERDUE: longer than the current interval + 2 days since the last counting session; BEHIND: fewer recorded than required so far. */
export type SupervisionComplianceStatus =
  | 'BEHIND'
  | 'ON_TRACK'
  | 'OVERDUE';

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

/** What happened at an occurrence. */
export type SupervisionOccurrenceOutcome =
  | 'COMPLETED'
  | 'MISSED';

/** Status of one occurrence of a session. */
export type SupervisionOccurrenceStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'MISSED'
  | 'SCHEDULED';

/** WEEKLY_6M_THEN_BIWEEKLY (default): weekly for 6 months, then every 14 days. WEEKLY_UNTIL_CERT_THEN_MONTHLY: weekly for 24 months, then every 30 days. CUSTOM: your own stages. */
export type SupervisionPolicyPreset =
  | 'CUSTOM'
  | 'WEEKLY_6M_THEN_BIWEEKLY'
  | 'WEEKLY_UNTIL_CERT_THEN_MONTHLY';

export type SupervisionSessionsFilterInput = {
  /** Start of the range (inclusive); at most 10 years before today. */
  from: string;
  includeCancelled?: boolean | null | undefined;
  superviseeId?: string | number | null | undefined;
  supervisorId?: string | number | null | undefined;
  /** Sessions with a supervisee currently in this team. */
  teamId?: string | number | null | undefined;
  /** End of the range (exclusive); after from, at most 400 days after it and at most 10 years after today. */
  to: string;
};

export type SupervisionStageInput = {
  everyDays: number;
  untilMonths?: number | null | undefined;
};

/** Kinds of supervision a session covered (several may apply). */
export type SupervisionType =
  | 'ADMINISTRATIVE'
  | 'CLINICAL_CONSULTATION'
  | 'EDUCATIONAL'
  | 'SUPPORTIVE';

/** Presets fix the stages; counting rules can be set with any preset. */
export type UpdateSupervisionPolicyInput = {
  /** Default: individual, group and peer co-reflection. */
  countingModalities?: Array<SupervisionModality> | null | undefined;
  /** Default 30. */
  minimumMinutes?: number | null | undefined;
  preset: SupervisionPolicyPreset;
  programId: string | number;
  /** Default true. */
  requireDocumentation?: boolean | null | undefined;
  /** Required for CUSTOM, ignored otherwise. */
  stages?: Array<SupervisionStageInput> | null | undefined;
};

/** Omitted fields stay as they are. Changing the timing of a series that has already begun splits it: past occurrences keep their times and a new series continues from the new start. */
export type UpdateSupervisionSessionInput = {
  channel?: SupervisionChannel | null | undefined;
  durationMinutes?: number | null | undefined;
  /** At most 1,000 characters. */
  link?: string | null | undefined;
  /** At most 500 characters. */
  location?: string | null | undefined;
  modality?: SupervisionModality | null | undefined;
  /** A new RRULE; an empty string makes the session a one-off. At most 500 characters. */
  recurrence?: string | null | undefined;
  sessionId: string | number;
  /** Without an offset ("2026-10-06T10:00") it is local wall time in timeZone (recommended); with Z or an offset it is an instant. At most 10 years before or after today. */
  startsAt?: string | null | undefined;
  superviseeIds?: Array<string | number> | null | undefined;
  /** At most 64 characters. */
  timeZone?: string | null | undefined;
  /** At most 200 characters. */
  title?: string | null | undefined;
  /** The version you last read; a stale version gets CONFLICT. */
  version: number;
};

export type ScheduleSupervisionInSupervisionFiguresCacheMutationVariables = Exact<{
  i: ScheduleSupervisionInput;
}>;


export type ScheduleSupervisionInSupervisionFiguresCacheMutation = { scheduleSupervision: { session: { id: string, version: number } | null } };

export type UpdateSupervisionSessionInSupervisionFiguresCacheMutationVariables = Exact<{
  i: UpdateSupervisionSessionInput;
}>;


export type UpdateSupervisionSessionInSupervisionFiguresCacheMutation = { updateSupervisionSession: { session: { id: string, version: number } | null } };

export type EndSupervisionSeriesInSupervisionFiguresCacheMutationVariables = Exact<{
  i: EndSupervisionSeriesInput;
}>;


export type EndSupervisionSeriesInSupervisionFiguresCacheMutation = { endSupervisionSeries: { session: { id: string } | null } };

export type CancelOccurrenceStatusInSupervisionFiguresCacheMutationVariables = Exact<{
  i: CancelSupervisionOccurrenceInput;
}>;


export type CancelOccurrenceStatusInSupervisionFiguresCacheMutation = { cancelSupervisionOccurrence: { occurrence: { status: SupervisionOccurrenceStatus } } };

export type MoveSupervisionOccurrenceInSupervisionFiguresCacheMutationVariables = Exact<{
  i: MoveSupervisionOccurrenceInput;
}>;


export type MoveSupervisionOccurrenceInSupervisionFiguresCacheMutation = { moveSupervisionOccurrence: { occurrence: { startsAt: string } } };

export type MarkSupervisionOccurrenceInSupervisionFiguresCacheMutationVariables = Exact<{
  i: MarkSupervisionOccurrenceInput;
}>;


export type MarkSupervisionOccurrenceInSupervisionFiguresCacheMutation = { markSupervisionOccurrence: { occurrence: { status: SupervisionOccurrenceStatus } } };

export type RecordSupervisionNoteVersionInSupervisionFiguresCacheMutationVariables = Exact<{
  i: RecordSupervisionNoteInput;
}>;


export type RecordSupervisionNoteVersionInSupervisionFiguresCacheMutation = { recordSupervisionNote: { id: string, version: number } };

export type FinalizeSupervisionNoteInSupervisionFiguresCacheMutationVariables = Exact<{
  i: FinalizeSupervisionNoteInput;
}>;


export type FinalizeSupervisionNoteInSupervisionFiguresCacheMutation = { finalizeSupervisionNote: { version: number } };

export type SignSupervisionNoteInSupervisionFiguresCacheMutationVariables = Exact<{
  i: SignSupervisionNoteInput;
}>;


export type SignSupervisionNoteInSupervisionFiguresCacheMutation = { signSupervisionNote: { status: SupervisionNoteStatus } };

export type UpdateSupervisionPolicyInSupervisionFiguresCacheMutationVariables = Exact<{
  i: UpdateSupervisionPolicyInput;
}>;


export type UpdateSupervisionPolicyInSupervisionFiguresCacheMutation = { updateSupervisionPolicy: { preset: SupervisionPolicyPreset } };

export type SupervisionSessionsInSupervisionFiguresCacheQueryVariables = Exact<{
  f: SupervisionSessionsFilterInput;
}>;


export type SupervisionSessionsInSupervisionFiguresCacheQuery = { supervisionSessions: Array<{ id: string, sessionId: string, startsAt: string, status: SupervisionOccurrenceStatus }> };

export type CachedReconciliationFragment = { scheduled: number, completed: number, documented: number, heldNotDocumented: number, documentedNotScheduled: number, pastStillScheduled: number, missed: number, cancelled: number };

export type SupervisionComplianceInSupervisionFiguresCacheQueryVariables = Exact<{
  f?: SupervisionComplianceFilterInput | null | undefined;
}>;


export type SupervisionComplianceInSupervisionFiguresCacheQuery = { supervisionCompliance: { supervisees: Array<{ superviseeId: string, teamId: string | null, programId: string | null, required: number, requiredByEnd: number, recorded: number, ratio: number | null, daysSinceLast: number | null, lastSessionAt: string | null, currentIntervalDays: number, overdue: boolean, status: SupervisionComplianceStatus, reconciliation: { scheduled: number, completed: number, documented: number, heldNotDocumented: number, documentedNotScheduled: number, pastStillScheduled: number, missed: number, cancelled: number } }>, teams: Array<{ id: string | null, supervisees: number, required: number, recorded: number, ratio: number | null, onTrack: number, behind: number, overdue: number, reconciliation: { scheduled: number, completed: number, documented: number, heldNotDocumented: number, documentedNotScheduled: number, pastStillScheduled: number, missed: number, cancelled: number } }>, programs: Array<{ id: string | null, supervisees: number, required: number, recorded: number, ratio: number | null }>, total: { supervisees: number, required: number, recorded: number, ratio: number | null, reconciliation: { scheduled: number, completed: number, documented: number, heldNotDocumented: number, documentedNotScheduled: number, pastStillScheduled: number, missed: number, cancelled: number } } } };

export const CachedReconciliationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CachedReconciliation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionReconciliation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduled"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"documented"}},{"kind":"Field","name":{"kind":"Name","value":"heldNotDocumented"}},{"kind":"Field","name":{"kind":"Name","value":"documentedNotScheduled"}},{"kind":"Field","name":{"kind":"Name","value":"pastStillScheduled"}},{"kind":"Field","name":{"kind":"Name","value":"missed"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]} as unknown as DocumentNode<CachedReconciliationFragment, unknown>;
export const ScheduleSupervisionInSupervisionFiguresCacheDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleSupervisionInSupervisionFiguresCache"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleSupervisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleSupervision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<ScheduleSupervisionInSupervisionFiguresCacheMutation, ScheduleSupervisionInSupervisionFiguresCacheMutationVariables>;
export const UpdateSupervisionSessionInSupervisionFiguresCacheDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSupervisionSessionInSupervisionFiguresCache"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSupervisionSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSupervisionSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateSupervisionSessionInSupervisionFiguresCacheMutation, UpdateSupervisionSessionInSupervisionFiguresCacheMutationVariables>;
export const EndSupervisionSeriesInSupervisionFiguresCacheDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndSupervisionSeriesInSupervisionFiguresCache"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndSupervisionSeriesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endSupervisionSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<EndSupervisionSeriesInSupervisionFiguresCacheMutation, EndSupervisionSeriesInSupervisionFiguresCacheMutationVariables>;
export const CancelOccurrenceStatusInSupervisionFiguresCacheDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelOccurrenceStatusInSupervisionFiguresCache"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelSupervisionOccurrenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelSupervisionOccurrence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurrence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CancelOccurrenceStatusInSupervisionFiguresCacheMutation, CancelOccurrenceStatusInSupervisionFiguresCacheMutationVariables>;
export const MoveSupervisionOccurrenceInSupervisionFiguresCacheDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveSupervisionOccurrenceInSupervisionFiguresCache"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveSupervisionOccurrenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveSupervisionOccurrence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurrence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]}}]} as unknown as DocumentNode<MoveSupervisionOccurrenceInSupervisionFiguresCacheMutation, MoveSupervisionOccurrenceInSupervisionFiguresCacheMutationVariables>;
export const MarkSupervisionOccurrenceInSupervisionFiguresCacheDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkSupervisionOccurrenceInSupervisionFiguresCache"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkSupervisionOccurrenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markSupervisionOccurrence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurrence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<MarkSupervisionOccurrenceInSupervisionFiguresCacheMutation, MarkSupervisionOccurrenceInSupervisionFiguresCacheMutationVariables>;
export const RecordSupervisionNoteVersionInSupervisionFiguresCacheDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSupervisionNoteVersionInSupervisionFiguresCache"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSupervisionNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSupervisionNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RecordSupervisionNoteVersionInSupervisionFiguresCacheMutation, RecordSupervisionNoteVersionInSupervisionFiguresCacheMutationVariables>;
export const FinalizeSupervisionNoteInSupervisionFiguresCacheDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinalizeSupervisionNoteInSupervisionFiguresCache"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FinalizeSupervisionNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finalizeSupervisionNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<FinalizeSupervisionNoteInSupervisionFiguresCacheMutation, FinalizeSupervisionNoteInSupervisionFiguresCacheMutationVariables>;
export const SignSupervisionNoteInSupervisionFiguresCacheDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignSupervisionNoteInSupervisionFiguresCache"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignSupervisionNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signSupervisionNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SignSupervisionNoteInSupervisionFiguresCacheMutation, SignSupervisionNoteInSupervisionFiguresCacheMutationVariables>;
export const UpdateSupervisionPolicyInSupervisionFiguresCacheDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSupervisionPolicyInSupervisionFiguresCache"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSupervisionPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSupervisionPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preset"}}]}}]}}]} as unknown as DocumentNode<UpdateSupervisionPolicyInSupervisionFiguresCacheMutation, UpdateSupervisionPolicyInSupervisionFiguresCacheMutationVariables>;
export const SupervisionSessionsInSupervisionFiguresCacheDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisionSessionsInSupervisionFiguresCache"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionSessionsFilterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SupervisionSessionsInSupervisionFiguresCacheQuery, SupervisionSessionsInSupervisionFiguresCacheQueryVariables>;
export const SupervisionComplianceInSupervisionFiguresCacheDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisionComplianceInSupervisionFiguresCache"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionComplianceFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionCompliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"superviseeId"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"requiredByEnd"}},{"kind":"Field","name":{"kind":"Name","value":"recorded"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"daysSinceLast"}},{"kind":"Field","name":{"kind":"Name","value":"lastSessionAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentIntervalDays"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reconciliation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CachedReconciliation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"supervisees"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"recorded"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"behind"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reconciliation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CachedReconciliation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"programs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"supervisees"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"recorded"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisees"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"recorded"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"reconciliation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CachedReconciliation"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CachedReconciliation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionReconciliation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduled"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"documented"}},{"kind":"Field","name":{"kind":"Name","value":"heldNotDocumented"}},{"kind":"Field","name":{"kind":"Name","value":"documentedNotScheduled"}},{"kind":"Field","name":{"kind":"Name","value":"pastStillScheduled"}},{"kind":"Field","name":{"kind":"Name","value":"missed"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]} as unknown as DocumentNode<SupervisionComplianceInSupervisionFiguresCacheQuery, SupervisionComplianceInSupervisionFiguresCacheQueryVariables>;
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

export type AssignTeamInput = {
  personId: string | number;
  /** Defaults to today. */
  startsOn?: string | null | undefined;
  /** null ends the current membership without a new one. */
  teamId?: string | number | null | undefined;
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

export type LanguageSeriesFilterInput = {
  /** Start of the range: its month is the first one. At most 10 years before today. */
  from: string;
  /** Default: every team in your scope. */
  teamIds?: Array<string | number> | null | undefined;
  /** End of the range (exclusive): every month that starts before this day is included. At most a year after today; at most 36 months. */
  to: string;
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

/** What a note is waiting for from you. */
export type NoteStep =
  | 'COUNTER_SIGN'
  | 'FINALIZE'
  | 'REFLECT_AND_SIGN';

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

/** Kinds of supervision a session covered (several may apply). */
export type SupervisionType =
  | 'ADMINISTRATIVE'
  | 'CLINICAL_CONSULTATION'
  | 'EDUCATIONAL'
  | 'SUPPORTIVE';

export type SupervisorWeekInput = {
  /** IANA time zone the week is shown in (default: the time zone in your notification settings, else UTC). At most 64 characters. */
  timeZone?: string | null | undefined;
  /** Weeks from this one (−8 … 8). */
  weekOffset?: number | null | undefined;
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

export type SupervisionSessionsQueryVariables = Exact<{
  f: SupervisionSessionsFilterInput;
}>;


export type SupervisionSessionsQuery = { supervisionSessions: Array<{ id: string, status: SupervisionOccurrenceStatus, note: { id: string } | null }> };

export type SupervisionComplianceInSupervisionDemoSeedQueryVariables = Exact<{ [key: string]: never; }>;


export type SupervisionComplianceInSupervisionDemoSeedQuery = { supervisionCompliance: { teams: Array<{ id: string | null, ratio: number | null, overdue: number, supervisees: number, reconciliation: { heldNotDocumented: number, missed: number, cancelled: number, documentedNotScheduled: number } }> } };

export type LanguageDensitySeriesInSupervisionDemoSeedQueryVariables = Exact<{
  f: LanguageSeriesFilterInput;
}>;


export type LanguageDensitySeriesInSupervisionDemoSeedQuery = { languageDensitySeries: Array<{ teamId: string, points: Array<{ month: string, notes: number, densities: { medicalModel: number, hierarchical: number, mutuality: number } | null }> }> };

export type ScheduleInSeriesRevisionMutationVariables = Exact<{
  i: ScheduleSupervisionInput;
}>;


export type ScheduleInSeriesRevisionMutation = { scheduleSupervision: { session: { id: string, version: number } | null } };

export type UpdateSessionInSeriesRevisionMutationVariables = Exact<{
  i: UpdateSupervisionSessionInput;
}>;


export type UpdateSessionInSeriesRevisionMutation = { updateSupervisionSession: { session: { id: string } | null } };

export type EndSeriesInSeriesRevisionMutationVariables = Exact<{
  i: EndSupervisionSeriesInput;
}>;


export type EndSeriesInSeriesRevisionMutation = { endSupervisionSeries: { session: { id: string } | null } };

export type CancelInSeriesRevisionMutationVariables = Exact<{
  i: CancelSupervisionOccurrenceInput;
}>;


export type CancelInSeriesRevisionMutation = { cancelSupervisionOccurrence: { occurrence: { status: SupervisionOccurrenceStatus } } };

export type MoveInSeriesRevisionMutationVariables = Exact<{
  i: MoveSupervisionOccurrenceInput;
}>;


export type MoveInSeriesRevisionMutation = { moveSupervisionOccurrence: { occurrence: { startsAt: string } } };

export type MarkInSeriesRevisionMutationVariables = Exact<{
  i: MarkSupervisionOccurrenceInput;
}>;


export type MarkInSeriesRevisionMutation = { markSupervisionOccurrence: { occurrence: { status: SupervisionOccurrenceStatus } } };

export type RecordNoteInSeriesRevisionMutationVariables = Exact<{
  i: RecordSupervisionNoteInput;
}>;


export type RecordNoteInSeriesRevisionMutation = { recordSupervisionNote: { id: string } };

export type AssignTeamInSeriesRevisionMutationVariables = Exact<{
  i: AssignTeamInput;
}>;


export type AssignTeamInSeriesRevisionMutation = { assignTeam: { id: string } };

export type OccurrencesInSeriesRevisionQueryVariables = Exact<{
  f: SupervisionSessionsFilterInput;
}>;


export type OccurrencesInSeriesRevisionQuery = { supervisionSessions: Array<{ id: string, sessionId: string, startsAt: string, status: SupervisionOccurrenceStatus }> };

export type ComplianceInSeriesRevisionQueryVariables = Exact<{
  f?: SupervisionComplianceFilterInput | null | undefined;
}>;


export type ComplianceInSeriesRevisionQuery = { supervisionCompliance: { supervisees: Array<{ superviseeId: string, teamId: string | null, required: number, recorded: number, ratio: number | null, daysSinceLast: number | null, lastSessionAt: string | null, overdue: boolean, status: SupervisionComplianceStatus, reconciliation: { scheduled: number, completed: number, documented: number, heldNotDocumented: number, documentedNotScheduled: number, pastStillScheduled: number, missed: number, cancelled: number } }>, teams: Array<{ id: string | null, supervisees: number, required: number, recorded: number, ratio: number | null, onTrack: number, behind: number, overdue: number }>, total: { supervisees: number, required: number, recorded: number, ratio: number | null } } };

export type SupervisorWeekQueryVariables = Exact<{
  i?: SupervisorWeekInput | null | undefined;
}>;


export type SupervisorWeekQuery = { supervisorWeek: { timeZone: string, from: string, to: string, sessions: Array<{ id: string, startsAt: string, status: SupervisionOccurrenceStatus }>, notesToWrite: Array<{ id: string, startsAt: string, status: SupervisionOccurrenceStatus, supervisees: Array<{ id: string }> }>, notesAwaiting: Array<{ noteId: string, occurrenceId: string, step: NoteStep, with: Array<{ id: string }> }>, ratingsDue: Array<{ subjectId: string, raterType: RaterType, dueDate: string, status: string }>, actionItemsDue: Array<{ id: string, dueOn: string | null, status: ActionItemStatus, description: string | null }> } };


export const SupervisionSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisionSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionSessionsFilterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SupervisionSessionsQuery, SupervisionSessionsQueryVariables>;
export const SupervisionComplianceInSupervisionDemoSeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisionComplianceInSupervisionDemoSeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionCompliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"supervisees"}},{"kind":"Field","name":{"kind":"Name","value":"reconciliation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heldNotDocumented"}},{"kind":"Field","name":{"kind":"Name","value":"missed"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"documentedNotScheduled"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SupervisionComplianceInSupervisionDemoSeedQuery, SupervisionComplianceInSupervisionDemoSeedQueryVariables>;
export const LanguageDensitySeriesInSupervisionDemoSeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LanguageDensitySeriesInSupervisionDemoSeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LanguageSeriesFilterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"languageDensitySeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"densities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"medicalModel"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchical"}},{"kind":"Field","name":{"kind":"Name","value":"mutuality"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LanguageDensitySeriesInSupervisionDemoSeedQuery, LanguageDensitySeriesInSupervisionDemoSeedQueryVariables>;
export const ScheduleInSeriesRevisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleInSeriesRevision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleSupervisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleSupervision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<ScheduleInSeriesRevisionMutation, ScheduleInSeriesRevisionMutationVariables>;
export const UpdateSessionInSeriesRevisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSessionInSeriesRevision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSupervisionSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSupervisionSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateSessionInSeriesRevisionMutation, UpdateSessionInSeriesRevisionMutationVariables>;
export const EndSeriesInSeriesRevisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndSeriesInSeriesRevision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndSupervisionSeriesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endSupervisionSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<EndSeriesInSeriesRevisionMutation, EndSeriesInSeriesRevisionMutationVariables>;
export const CancelInSeriesRevisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelInSeriesRevision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelSupervisionOccurrenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelSupervisionOccurrence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurrence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CancelInSeriesRevisionMutation, CancelInSeriesRevisionMutationVariables>;
export const MoveInSeriesRevisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveInSeriesRevision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveSupervisionOccurrenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveSupervisionOccurrence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurrence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]}}]} as unknown as DocumentNode<MoveInSeriesRevisionMutation, MoveInSeriesRevisionMutationVariables>;
export const MarkInSeriesRevisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkInSeriesRevision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkSupervisionOccurrenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markSupervisionOccurrence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurrence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<MarkInSeriesRevisionMutation, MarkInSeriesRevisionMutationVariables>;
export const RecordNoteInSeriesRevisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordNoteInSeriesRevision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSupervisionNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSupervisionNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordNoteInSeriesRevisionMutation, RecordNoteInSeriesRevisionMutationVariables>;
export const AssignTeamInSeriesRevisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignTeamInSeriesRevision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AssignTeamInSeriesRevisionMutation, AssignTeamInSeriesRevisionMutationVariables>;
export const OccurrencesInSeriesRevisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OccurrencesInSeriesRevision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionSessionsFilterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OccurrencesInSeriesRevisionQuery, OccurrencesInSeriesRevisionQueryVariables>;
export const ComplianceInSeriesRevisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplianceInSeriesRevision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionComplianceFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionCompliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"superviseeId"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"recorded"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"daysSinceLast"}},{"kind":"Field","name":{"kind":"Name","value":"lastSessionAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reconciliation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduled"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"documented"}},{"kind":"Field","name":{"kind":"Name","value":"heldNotDocumented"}},{"kind":"Field","name":{"kind":"Name","value":"documentedNotScheduled"}},{"kind":"Field","name":{"kind":"Name","value":"pastStillScheduled"}},{"kind":"Field","name":{"kind":"Name","value":"missed"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"supervisees"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"recorded"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"behind"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisees"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"recorded"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}}]}}]}}]}}]} as unknown as DocumentNode<ComplianceInSeriesRevisionQuery, ComplianceInSeriesRevisionQueryVariables>;
export const SupervisorWeekDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisorWeek"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisorWeekInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisorWeek"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notesToWrite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"supervisees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notesAwaiting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noteId"}},{"kind":"Field","name":{"kind":"Name","value":"occurrenceId"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"with"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratingsDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"raterType"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItemsDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<SupervisorWeekQuery, SupervisorWeekQueryVariables>;
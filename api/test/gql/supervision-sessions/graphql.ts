/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

export type ScheduleSupervisionInOccurrenceBudgetMutationVariables = Exact<{
  i: ScheduleSupervisionInput;
}>;


export type ScheduleSupervisionInOccurrenceBudgetMutation = { scheduleSupervision: { session: { id: string } | null } };

export type SupervisionComplianceInOccurrenceBudgetQueryVariables = Exact<{
  f?: SupervisionComplianceFilterInput | null | undefined;
}>;


export type SupervisionComplianceInOccurrenceBudgetQuery = { supervisionCompliance: { supervisees: Array<{ superviseeId: string, required: number, recorded: number, ratio: number | null, daysSinceLast: number | null, lastSessionAt: string | null, status: SupervisionComplianceStatus, reconciliation: { scheduled: number, completed: number, documented: number, heldNotDocumented: number, documentedNotScheduled: number, pastStillScheduled: number, missed: number, cancelled: number } }>, total: { supervisees: number, required: number, recorded: number, ratio: number | null } } };

export type ScheduleSupervisionInSupervisionSessionsMutationVariables = Exact<{
  i: ScheduleSupervisionInput;
}>;


export type ScheduleSupervisionInSupervisionSessionsMutation = { scheduleSupervision: { warnings: Array<string>, session: { id: string, version: number, recurrence: string | null, recurrenceText: string | null, startsAt: string, startsLocal: string, timeZone: string, seriesEndsAt: string | null, isRecurring: boolean, supervisor: { id: string }, supervisees: Array<{ id: string }> } | null } };

export type UpdateSupervisionSessionInSupervisionSessionsMutationVariables = Exact<{
  i: UpdateSupervisionSessionInput;
}>;


export type UpdateSupervisionSessionInSupervisionSessionsMutation = { updateSupervisionSession: { warnings: Array<string>, session: { id: string, version: number, location: string, recurrence: string | null, previousSessionId: string | null, startsAt: string, seriesEndsAt: string | null } | null } };

export type SupervisionSessionsInSupervisionSessionsQueryVariables = Exact<{
  f: SupervisionSessionsFilterInput;
}>;


export type SupervisionSessionsInSupervisionSessionsQuery = { supervisionSessions: Array<{ id: string, sessionId: string, startsAt: string, endsAt: string, originalStartsAt: string, timeZone: string, status: SupervisionOccurrenceStatus, statusReason: string, moved: boolean, isRecurring: boolean, recurrenceText: string | null, location: string, icsPath: string, supervisor: { id: string }, supervisees: Array<{ id: string }>, note: { id: string } | null }> };

export type CancelSupervisionOccurrenceInSupervisionSessionsMutationVariables = Exact<{
  i: CancelSupervisionOccurrenceInput;
}>;


export type CancelSupervisionOccurrenceInSupervisionSessionsMutation = { cancelSupervisionOccurrence: { warnings: Array<string>, occurrence: { id: string, status: SupervisionOccurrenceStatus, statusReason: string } } };

export type MoveSupervisionOccurrenceInSupervisionSessionsMutationVariables = Exact<{
  i: MoveSupervisionOccurrenceInput;
}>;


export type MoveSupervisionOccurrenceInSupervisionSessionsMutation = { moveSupervisionOccurrence: { warnings: Array<string>, occurrence: { id: string, startsAt: string, originalStartsAt: string, moved: boolean, location: string } } };

export type EndSupervisionSeriesInSupervisionSessionsMutationVariables = Exact<{
  i: EndSupervisionSeriesInput;
}>;


export type EndSupervisionSeriesInSupervisionSessionsMutation = { endSupervisionSeries: { warnings: Array<string>, session: { id: string, recurrence: string | null, seriesEndsAt: string | null } | null } };

export type MarkSupervisionOccurrenceInSupervisionSessionsMutationVariables = Exact<{
  i: MarkSupervisionOccurrenceInput;
}>;


export type MarkSupervisionOccurrenceInSupervisionSessionsMutation = { markSupervisionOccurrence: { occurrence: { id: string, status: SupervisionOccurrenceStatus } } };

export type CreateCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type CreateCalendarFeedMutation = { createCalendarFeed: string };

export type CalendarFeedQueryVariables = Exact<{ [key: string]: never; }>;


export type CalendarFeedQuery = { calendarFeed: { active: boolean, createdAt: string | null } };

export type RevokeCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type RevokeCalendarFeedMutation = { revokeCalendarFeed: boolean };

export type ScheduleSupervisionInStatementsMutationVariables = Exact<{
  i: ScheduleSupervisionInput;
}>;


export type ScheduleSupervisionInStatementsMutation = { scheduleSupervision: { session: { id: string } | null } };

export type SupervisionComplianceInStatementsQueryVariables = Exact<{
  f?: SupervisionComplianceFilterInput | null | undefined;
}>;


export type SupervisionComplianceInStatementsQuery = { supervisionCompliance: { supervisees: Array<{ superviseeId: string, required: number, recorded: number, status: SupervisionComplianceStatus }>, total: { supervisees: number, required: number, recorded: number } } };

export type SupervisionSessionsInStatementsQueryVariables = Exact<{
  f: SupervisionSessionsFilterInput;
}>;


export type SupervisionSessionsInStatementsQuery = { supervisionSessions: Array<{ id: string, status: SupervisionOccurrenceStatus }> };

export type SupervisorWeekInStatementsQueryVariables = Exact<{ [key: string]: never; }>;


export type SupervisorWeekInStatementsQuery = { supervisorWeek: { sessions: Array<{ id: string }>, notesToWrite: Array<{ id: string }>, notesAwaiting: Array<{ noteId: string }> } };


export const ScheduleSupervisionInOccurrenceBudgetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleSupervisionInOccurrenceBudget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleSupervisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleSupervision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ScheduleSupervisionInOccurrenceBudgetMutation, ScheduleSupervisionInOccurrenceBudgetMutationVariables>;
export const SupervisionComplianceInOccurrenceBudgetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisionComplianceInOccurrenceBudget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionComplianceFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionCompliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"superviseeId"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"recorded"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"daysSinceLast"}},{"kind":"Field","name":{"kind":"Name","value":"lastSessionAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reconciliation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduled"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"documented"}},{"kind":"Field","name":{"kind":"Name","value":"heldNotDocumented"}},{"kind":"Field","name":{"kind":"Name","value":"documentedNotScheduled"}},{"kind":"Field","name":{"kind":"Name","value":"pastStillScheduled"}},{"kind":"Field","name":{"kind":"Name","value":"missed"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisees"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"recorded"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}}]}}]}}]}}]} as unknown as DocumentNode<SupervisionComplianceInOccurrenceBudgetQuery, SupervisionComplianceInOccurrenceBudgetQueryVariables>;
export const ScheduleSupervisionInSupervisionSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleSupervisionInSupervisionSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleSupervisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleSupervision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"recurrence"}},{"kind":"Field","name":{"kind":"Name","value":"recurrenceText"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"startsLocal"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"seriesEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"isRecurring"}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScheduleSupervisionInSupervisionSessionsMutation, ScheduleSupervisionInSupervisionSessionsMutationVariables>;
export const UpdateSupervisionSessionInSupervisionSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSupervisionSessionInSupervisionSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSupervisionSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSupervisionSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"recurrence"}},{"kind":"Field","name":{"kind":"Name","value":"previousSessionId"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"seriesEndsAt"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateSupervisionSessionInSupervisionSessionsMutation, UpdateSupervisionSessionInSupervisionSessionsMutationVariables>;
export const SupervisionSessionsInSupervisionSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisionSessionsInSupervisionSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionSessionsFilterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"originalStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"moved"}},{"kind":"Field","name":{"kind":"Name","value":"isRecurring"}},{"kind":"Field","name":{"kind":"Name","value":"recurrenceText"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"icsPath"}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SupervisionSessionsInSupervisionSessionsQuery, SupervisionSessionsInSupervisionSessionsQueryVariables>;
export const CancelSupervisionOccurrenceInSupervisionSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelSupervisionOccurrenceInSupervisionSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelSupervisionOccurrenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelSupervisionOccurrence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"occurrence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}}]}}]}}]}}]} as unknown as DocumentNode<CancelSupervisionOccurrenceInSupervisionSessionsMutation, CancelSupervisionOccurrenceInSupervisionSessionsMutationVariables>;
export const MoveSupervisionOccurrenceInSupervisionSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveSupervisionOccurrenceInSupervisionSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveSupervisionOccurrenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveSupervisionOccurrence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"occurrence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"originalStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"moved"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}}]}}]}}]} as unknown as DocumentNode<MoveSupervisionOccurrenceInSupervisionSessionsMutation, MoveSupervisionOccurrenceInSupervisionSessionsMutationVariables>;
export const EndSupervisionSeriesInSupervisionSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndSupervisionSeriesInSupervisionSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndSupervisionSeriesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endSupervisionSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recurrence"}},{"kind":"Field","name":{"kind":"Name","value":"seriesEndsAt"}}]}}]}}]}}]} as unknown as DocumentNode<EndSupervisionSeriesInSupervisionSessionsMutation, EndSupervisionSeriesInSupervisionSessionsMutationVariables>;
export const MarkSupervisionOccurrenceInSupervisionSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkSupervisionOccurrenceInSupervisionSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkSupervisionOccurrenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markSupervisionOccurrence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurrence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<MarkSupervisionOccurrenceInSupervisionSessionsMutation, MarkSupervisionOccurrenceInSupervisionSessionsMutationVariables>;
export const CreateCalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCalendarFeed"}}]}}]} as unknown as DocumentNode<CreateCalendarFeedMutation, CreateCalendarFeedMutationVariables>;
export const CalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CalendarFeedQuery, CalendarFeedQueryVariables>;
export const RevokeCalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeCalendarFeed"}}]}}]} as unknown as DocumentNode<RevokeCalendarFeedMutation, RevokeCalendarFeedMutationVariables>;
export const ScheduleSupervisionInStatementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleSupervisionInStatements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleSupervisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleSupervision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ScheduleSupervisionInStatementsMutation, ScheduleSupervisionInStatementsMutationVariables>;
export const SupervisionComplianceInStatementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisionComplianceInStatements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionComplianceFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionCompliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"superviseeId"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"recorded"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisees"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"recorded"}}]}}]}}]}}]} as unknown as DocumentNode<SupervisionComplianceInStatementsQuery, SupervisionComplianceInStatementsQueryVariables>;
export const SupervisionSessionsInStatementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisionSessionsInStatements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionSessionsFilterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SupervisionSessionsInStatementsQuery, SupervisionSessionsInStatementsQueryVariables>;
export const SupervisorWeekInStatementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisorWeekInStatements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisorWeek"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notesToWrite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notesAwaiting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noteId"}}]}}]}}]}}]} as unknown as DocumentNode<SupervisorWeekInStatementsQuery, SupervisorWeekInStatementsQueryVariables>;
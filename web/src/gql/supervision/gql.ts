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
    "\n  fragment SupervisionOccurrenceFields on SupervisionOccurrence {\n    id\n    sessionId\n    title\n    startsAt\n    endsAt\n    originalStartsAt\n    durationMinutes\n    timeZone\n    status\n    statusReason\n    moved\n    adHoc\n    isRecurring\n    recurrenceText\n    modality\n    channel\n    location\n    link\n    icsPath\n    supervisorId\n    supervisor {\n      id\n      name\n    }\n    superviseeIds\n    supervisees {\n      id\n      name\n    }\n    note {\n      id\n      status\n      version\n      lockedAt\n      openActionItemCount\n    }\n  }\n": typeof types.SupervisionOccurrenceFieldsFragmentDoc,
    "\n  query SupervisionOccurrence($id: ID!) {\n    supervisionOccurrence(id: $id) {\n      ...SupervisionOccurrenceFields\n    }\n  }\n": typeof types.SupervisionOccurrenceDocument,
    "\n  query SupervisionOccurrences($filter: SupervisionSessionsFilterInput!) {\n    supervisionSessions(filter: $filter) {\n      ...SupervisionOccurrenceFields\n    }\n  }\n": typeof types.SupervisionOccurrencesDocument,
    "\n  query SupervisionPeople {\n    me {\n      id\n      supervisees {\n        id\n        name\n        active\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.SupervisionPeopleDocument,
    "\n  query SupervisionSupervisors {\n    people(filter: { role: SUPERVISOR }, page: { skip: 0, take: 100 }) {\n      items {\n        id\n        name\n        supervisees {\n          id\n          name\n          active\n          team {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.SupervisionSupervisorsDocument,
    "\n  mutation ScheduleSupervision($input: ScheduleSupervisionInput!) {\n    scheduleSupervision(input: $input) {\n      warnings\n      session {\n        id\n        startsAt\n        recurrenceText\n      }\n    }\n  }\n": typeof types.ScheduleSupervisionDocument,
    "\n  mutation CancelSupervisionOccurrence($input: CancelSupervisionOccurrenceInput!) {\n    cancelSupervisionOccurrence(input: $input) {\n      warnings\n      occurrence {\n        ...SupervisionOccurrenceFields\n      }\n    }\n  }\n": typeof types.CancelSupervisionOccurrenceDocument,
    "\n  mutation MoveSupervisionOccurrence($input: MoveSupervisionOccurrenceInput!) {\n    moveSupervisionOccurrence(input: $input) {\n      warnings\n      occurrence {\n        ...SupervisionOccurrenceFields\n      }\n    }\n  }\n": typeof types.MoveSupervisionOccurrenceDocument,
    "\n  mutation MarkSupervisionOccurrence($input: MarkSupervisionOccurrenceInput!) {\n    markSupervisionOccurrence(input: $input) {\n      warnings\n      occurrence {\n        ...SupervisionOccurrenceFields\n      }\n    }\n  }\n": typeof types.MarkSupervisionOccurrenceDocument,
    "\n  mutation EndSupervisionSeries($input: EndSupervisionSeriesInput!) {\n    endSupervisionSeries(input: $input) {\n      warnings\n      session {\n        id\n        recurrenceText\n        seriesEndsAt\n      }\n    }\n  }\n": typeof types.EndSupervisionSeriesDocument,
    "\n  query CalendarFeed {\n    calendarFeed {\n      active\n      createdAt\n    }\n  }\n": typeof types.CalendarFeedDocument,
    "\n  mutation CreateCalendarFeed {\n    createCalendarFeed\n  }\n": typeof types.CreateCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n": typeof types.RevokeCalendarFeedDocument,
    "\n  query SupervisorWeek($input: SupervisorWeekInput) {\n    supervisorWeek(input: $input) {\n      timeZone\n      from\n      to\n      sessions {\n        id\n        startsAt\n        endsAt\n        status\n        modality\n        supervisees {\n          id\n          name\n        }\n        note {\n          id\n          status\n        }\n      }\n      notesToWrite {\n        id\n        startsAt\n        endsAt\n        status\n        supervisees {\n          id\n          name\n        }\n      }\n      notesAwaiting {\n        noteId\n        occurrenceId\n        heldAt\n        step\n        with {\n          id\n          name\n        }\n      }\n      ratingsDue {\n        subjectId\n        subjectName\n        dueDate\n        status\n        draftId\n      }\n      actionItemsDue {\n        id\n        description\n        textVisible\n        dueOn\n        occurrenceId\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.SupervisorWeekDocument,
};
const documents: Documents = {
    "\n  fragment SupervisionOccurrenceFields on SupervisionOccurrence {\n    id\n    sessionId\n    title\n    startsAt\n    endsAt\n    originalStartsAt\n    durationMinutes\n    timeZone\n    status\n    statusReason\n    moved\n    adHoc\n    isRecurring\n    recurrenceText\n    modality\n    channel\n    location\n    link\n    icsPath\n    supervisorId\n    supervisor {\n      id\n      name\n    }\n    superviseeIds\n    supervisees {\n      id\n      name\n    }\n    note {\n      id\n      status\n      version\n      lockedAt\n      openActionItemCount\n    }\n  }\n": types.SupervisionOccurrenceFieldsFragmentDoc,
    "\n  query SupervisionOccurrence($id: ID!) {\n    supervisionOccurrence(id: $id) {\n      ...SupervisionOccurrenceFields\n    }\n  }\n": types.SupervisionOccurrenceDocument,
    "\n  query SupervisionOccurrences($filter: SupervisionSessionsFilterInput!) {\n    supervisionSessions(filter: $filter) {\n      ...SupervisionOccurrenceFields\n    }\n  }\n": types.SupervisionOccurrencesDocument,
    "\n  query SupervisionPeople {\n    me {\n      id\n      supervisees {\n        id\n        name\n        active\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.SupervisionPeopleDocument,
    "\n  query SupervisionSupervisors {\n    people(filter: { role: SUPERVISOR }, page: { skip: 0, take: 100 }) {\n      items {\n        id\n        name\n        supervisees {\n          id\n          name\n          active\n          team {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.SupervisionSupervisorsDocument,
    "\n  mutation ScheduleSupervision($input: ScheduleSupervisionInput!) {\n    scheduleSupervision(input: $input) {\n      warnings\n      session {\n        id\n        startsAt\n        recurrenceText\n      }\n    }\n  }\n": types.ScheduleSupervisionDocument,
    "\n  mutation CancelSupervisionOccurrence($input: CancelSupervisionOccurrenceInput!) {\n    cancelSupervisionOccurrence(input: $input) {\n      warnings\n      occurrence {\n        ...SupervisionOccurrenceFields\n      }\n    }\n  }\n": types.CancelSupervisionOccurrenceDocument,
    "\n  mutation MoveSupervisionOccurrence($input: MoveSupervisionOccurrenceInput!) {\n    moveSupervisionOccurrence(input: $input) {\n      warnings\n      occurrence {\n        ...SupervisionOccurrenceFields\n      }\n    }\n  }\n": types.MoveSupervisionOccurrenceDocument,
    "\n  mutation MarkSupervisionOccurrence($input: MarkSupervisionOccurrenceInput!) {\n    markSupervisionOccurrence(input: $input) {\n      warnings\n      occurrence {\n        ...SupervisionOccurrenceFields\n      }\n    }\n  }\n": types.MarkSupervisionOccurrenceDocument,
    "\n  mutation EndSupervisionSeries($input: EndSupervisionSeriesInput!) {\n    endSupervisionSeries(input: $input) {\n      warnings\n      session {\n        id\n        recurrenceText\n        seriesEndsAt\n      }\n    }\n  }\n": types.EndSupervisionSeriesDocument,
    "\n  query CalendarFeed {\n    calendarFeed {\n      active\n      createdAt\n    }\n  }\n": types.CalendarFeedDocument,
    "\n  mutation CreateCalendarFeed {\n    createCalendarFeed\n  }\n": types.CreateCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n": types.RevokeCalendarFeedDocument,
    "\n  query SupervisorWeek($input: SupervisorWeekInput) {\n    supervisorWeek(input: $input) {\n      timeZone\n      from\n      to\n      sessions {\n        id\n        startsAt\n        endsAt\n        status\n        modality\n        supervisees {\n          id\n          name\n        }\n        note {\n          id\n          status\n        }\n      }\n      notesToWrite {\n        id\n        startsAt\n        endsAt\n        status\n        supervisees {\n          id\n          name\n        }\n      }\n      notesAwaiting {\n        noteId\n        occurrenceId\n        heldAt\n        step\n        with {\n          id\n          name\n        }\n      }\n      ratingsDue {\n        subjectId\n        subjectName\n        dueDate\n        status\n        draftId\n      }\n      actionItemsDue {\n        id\n        description\n        textVisible\n        dueOn\n        occurrenceId\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.SupervisorWeekDocument,
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
export function graphql(source: "\n  fragment SupervisionOccurrenceFields on SupervisionOccurrence {\n    id\n    sessionId\n    title\n    startsAt\n    endsAt\n    originalStartsAt\n    durationMinutes\n    timeZone\n    status\n    statusReason\n    moved\n    adHoc\n    isRecurring\n    recurrenceText\n    modality\n    channel\n    location\n    link\n    icsPath\n    supervisorId\n    supervisor {\n      id\n      name\n    }\n    superviseeIds\n    supervisees {\n      id\n      name\n    }\n    note {\n      id\n      status\n      version\n      lockedAt\n      openActionItemCount\n    }\n  }\n"): (typeof documents)["\n  fragment SupervisionOccurrenceFields on SupervisionOccurrence {\n    id\n    sessionId\n    title\n    startsAt\n    endsAt\n    originalStartsAt\n    durationMinutes\n    timeZone\n    status\n    statusReason\n    moved\n    adHoc\n    isRecurring\n    recurrenceText\n    modality\n    channel\n    location\n    link\n    icsPath\n    supervisorId\n    supervisor {\n      id\n      name\n    }\n    superviseeIds\n    supervisees {\n      id\n      name\n    }\n    note {\n      id\n      status\n      version\n      lockedAt\n      openActionItemCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionOccurrence($id: ID!) {\n    supervisionOccurrence(id: $id) {\n      ...SupervisionOccurrenceFields\n    }\n  }\n"): (typeof documents)["\n  query SupervisionOccurrence($id: ID!) {\n    supervisionOccurrence(id: $id) {\n      ...SupervisionOccurrenceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionOccurrences($filter: SupervisionSessionsFilterInput!) {\n    supervisionSessions(filter: $filter) {\n      ...SupervisionOccurrenceFields\n    }\n  }\n"): (typeof documents)["\n  query SupervisionOccurrences($filter: SupervisionSessionsFilterInput!) {\n    supervisionSessions(filter: $filter) {\n      ...SupervisionOccurrenceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionPeople {\n    me {\n      id\n      supervisees {\n        id\n        name\n        active\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupervisionPeople {\n    me {\n      id\n      supervisees {\n        id\n        name\n        active\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionSupervisors {\n    people(filter: { role: SUPERVISOR }, page: { skip: 0, take: 100 }) {\n      items {\n        id\n        name\n        supervisees {\n          id\n          name\n          active\n          team {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupervisionSupervisors {\n    people(filter: { role: SUPERVISOR }, page: { skip: 0, take: 100 }) {\n      items {\n        id\n        name\n        supervisees {\n          id\n          name\n          active\n          team {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleSupervision($input: ScheduleSupervisionInput!) {\n    scheduleSupervision(input: $input) {\n      warnings\n      session {\n        id\n        startsAt\n        recurrenceText\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleSupervision($input: ScheduleSupervisionInput!) {\n    scheduleSupervision(input: $input) {\n      warnings\n      session {\n        id\n        startsAt\n        recurrenceText\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelSupervisionOccurrence($input: CancelSupervisionOccurrenceInput!) {\n    cancelSupervisionOccurrence(input: $input) {\n      warnings\n      occurrence {\n        ...SupervisionOccurrenceFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelSupervisionOccurrence($input: CancelSupervisionOccurrenceInput!) {\n    cancelSupervisionOccurrence(input: $input) {\n      warnings\n      occurrence {\n        ...SupervisionOccurrenceFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveSupervisionOccurrence($input: MoveSupervisionOccurrenceInput!) {\n    moveSupervisionOccurrence(input: $input) {\n      warnings\n      occurrence {\n        ...SupervisionOccurrenceFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MoveSupervisionOccurrence($input: MoveSupervisionOccurrenceInput!) {\n    moveSupervisionOccurrence(input: $input) {\n      warnings\n      occurrence {\n        ...SupervisionOccurrenceFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkSupervisionOccurrence($input: MarkSupervisionOccurrenceInput!) {\n    markSupervisionOccurrence(input: $input) {\n      warnings\n      occurrence {\n        ...SupervisionOccurrenceFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MarkSupervisionOccurrence($input: MarkSupervisionOccurrenceInput!) {\n    markSupervisionOccurrence(input: $input) {\n      warnings\n      occurrence {\n        ...SupervisionOccurrenceFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndSupervisionSeries($input: EndSupervisionSeriesInput!) {\n    endSupervisionSeries(input: $input) {\n      warnings\n      session {\n        id\n        recurrenceText\n        seriesEndsAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EndSupervisionSeries($input: EndSupervisionSeriesInput!) {\n    endSupervisionSeries(input: $input) {\n      warnings\n      session {\n        id\n        recurrenceText\n        seriesEndsAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarFeed {\n    calendarFeed {\n      active\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query CalendarFeed {\n    calendarFeed {\n      active\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCalendarFeed {\n    createCalendarFeed\n  }\n"): (typeof documents)["\n  mutation CreateCalendarFeed {\n    createCalendarFeed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n"): (typeof documents)["\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisorWeek($input: SupervisorWeekInput) {\n    supervisorWeek(input: $input) {\n      timeZone\n      from\n      to\n      sessions {\n        id\n        startsAt\n        endsAt\n        status\n        modality\n        supervisees {\n          id\n          name\n        }\n        note {\n          id\n          status\n        }\n      }\n      notesToWrite {\n        id\n        startsAt\n        endsAt\n        status\n        supervisees {\n          id\n          name\n        }\n      }\n      notesAwaiting {\n        noteId\n        occurrenceId\n        heldAt\n        step\n        with {\n          id\n          name\n        }\n      }\n      ratingsDue {\n        subjectId\n        subjectName\n        dueDate\n        status\n        draftId\n      }\n      actionItemsDue {\n        id\n        description\n        textVisible\n        dueOn\n        occurrenceId\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupervisorWeek($input: SupervisorWeekInput) {\n    supervisorWeek(input: $input) {\n      timeZone\n      from\n      to\n      sessions {\n        id\n        startsAt\n        endsAt\n        status\n        modality\n        supervisees {\n          id\n          name\n        }\n        note {\n          id\n          status\n        }\n      }\n      notesToWrite {\n        id\n        startsAt\n        endsAt\n        status\n        supervisees {\n          id\n          name\n        }\n      }\n      notesAwaiting {\n        noteId\n        occurrenceId\n        heldAt\n        step\n        with {\n          id\n          name\n        }\n      }\n      ratingsDue {\n        subjectId\n        subjectName\n        dueDate\n        status\n        draftId\n      }\n      actionItemsDue {\n        id\n        description\n        textVisible\n        dueOn\n        occurrenceId\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
import { graphql } from '../../gql';

/** What the calendar and the session page show about one occurrence. */
export const SupervisionOccurrenceFieldsFragment = graphql(`
  fragment SupervisionOccurrenceFields on SupervisionOccurrence {
    id
    sessionId
    title
    startsAt
    endsAt
    originalStartsAt
    durationMinutes
    timeZone
    status
    statusReason
    moved
    adHoc
    isRecurring
    recurrenceText
    modality
    channel
    location
    link
    icsPath
    supervisorId
    supervisor {
      id
      name
    }
    superviseeIds
    supervisees {
      id
      name
    }
    note {
      id
      status
      version
      lockedAt
      openActionItemCount
    }
  }
`);

export const SupervisionOccurrenceQueryDocument = graphql(`
  query SupervisionOccurrence($id: ID!) {
    supervisionOccurrence(id: $id) {
      ...SupervisionOccurrenceFields
    }
  }
`);

export const SupervisionOccurrencesQueryDocument = graphql(`
  query SupervisionOccurrences($filter: SupervisionSessionsFilterInput!) {
    supervisionSessions(filter: $filter) {
      ...SupervisionOccurrenceFields
    }
  }
`);

/** People to schedule with: the viewer's supervisees (supervisors) or everyone's (admins, through a supervisor). */
export const SupervisionPeopleQueryDocument = graphql(`
  query SupervisionPeople {
    me {
      id
      supervisees {
        id
        name
        active
        team {
          id
          name
        }
      }
    }
  }
`);

export const SupervisionSupervisorsQueryDocument = graphql(`
  query SupervisionSupervisors {
    people(filter: { role: SUPERVISOR }, page: { skip: 0, take: 100 }) {
      items {
        id
        name
        supervisees {
          id
          name
          active
          team {
            id
            name
          }
        }
      }
    }
  }
`);

export const ScheduleSupervisionMutationDocument = graphql(`
  mutation ScheduleSupervision($input: ScheduleSupervisionInput!) {
    scheduleSupervision(input: $input) {
      warnings
      session {
        id
        startsAt
        recurrenceText
      }
    }
  }
`);

export const CancelSupervisionOccurrenceMutationDocument = graphql(`
  mutation CancelSupervisionOccurrence($input: CancelSupervisionOccurrenceInput!) {
    cancelSupervisionOccurrence(input: $input) {
      warnings
      occurrence {
        ...SupervisionOccurrenceFields
      }
    }
  }
`);

export const MoveSupervisionOccurrenceMutationDocument = graphql(`
  mutation MoveSupervisionOccurrence($input: MoveSupervisionOccurrenceInput!) {
    moveSupervisionOccurrence(input: $input) {
      warnings
      occurrence {
        ...SupervisionOccurrenceFields
      }
    }
  }
`);

export const MarkSupervisionOccurrenceMutationDocument = graphql(`
  mutation MarkSupervisionOccurrence($input: MarkSupervisionOccurrenceInput!) {
    markSupervisionOccurrence(input: $input) {
      warnings
      occurrence {
        ...SupervisionOccurrenceFields
      }
    }
  }
`);

export const EndSupervisionSeriesMutationDocument = graphql(`
  mutation EndSupervisionSeries($input: EndSupervisionSeriesInput!) {
    endSupervisionSeries(input: $input) {
      warnings
      session {
        id
        recurrenceText
        seriesEndsAt
      }
    }
  }
`);

export const CalendarFeedQueryDocument = graphql(`
  query CalendarFeed {
    calendarFeed {
      active
      createdAt
    }
  }
`);

export const CreateCalendarFeedMutationDocument = graphql(`
  mutation CreateCalendarFeed {
    createCalendarFeed
  }
`);

export const RevokeCalendarFeedMutationDocument = graphql(`
  mutation RevokeCalendarFeed {
    revokeCalendarFeed
  }
`);

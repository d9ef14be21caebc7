import { graphql } from '../../gql';

export const SupervisorWeekQueryDocument = graphql(`
  query SupervisorWeek($input: SupervisorWeekInput) {
    supervisorWeek(input: $input) {
      timeZone
      from
      to
      sessions {
        id
        startsAt
        endsAt
        status
        modality
        supervisees {
          id
          name
        }
        note {
          id
          status
        }
      }
      notesToWrite {
        id
        startsAt
        endsAt
        status
        supervisees {
          id
          name
        }
      }
      notesAwaiting {
        noteId
        occurrenceId
        heldAt
        step
        with {
          id
          name
        }
      }
      ratingsDue {
        subjectId
        subjectName
        dueDate
        status
        draftId
      }
      actionItemsDue {
        id
        description
        textVisible
        dueOn
        occurrenceId
        owner {
          id
          name
        }
      }
    }
  }
`);

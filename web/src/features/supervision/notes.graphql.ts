import { graphql } from '../../gql';

export const SupervisionActionItemFieldsFragment = graphql(`
  fragment SupervisionActionItemFields on SupervisionActionItem {
    id
    description
    textVisible
    dimension
    dueOn
    status
    ownerId
    owner {
      id
      name
    }
    noteId
    occurrenceId
    driftSignalId
    superviseeId
    completedAt
  }
`);

export const SupervisionNoteFieldsFragment = graphql(`
  fragment SupervisionNoteFields on SupervisionNote {
    id
    version
    status
    occurrenceId
    heldAt
    lockedAt
    updatedAt
    textVisible
    viewerParty
    types
    dimensions
    driftCodes
    strengths
    concerns
    supervisorNote
    supervisorSignedAt
    supervisorSignedBy {
      id
      name
    }
    finalizedAt
    signingOrder
    signatureWithdrawals {
      kind
      signedAt
      withdrawnAt
      person {
        id
        name
      }
      changedBy {
        id
        name
      }
    }
    reflections {
      superviseeId
      supervisee {
        id
        name
      }
      reflection
      signedAt
    }
    actionItems {
      ...SupervisionActionItemFields
    }
    amendments {
      id
      text
      createdAt
      author {
        id
        name
      }
    }
  }
`);

export const SupervisionNoteQueryDocument = graphql(`
  query SupervisionNote($id: ID!) {
    supervisionNote(id: $id) {
      ...SupervisionNoteFields
    }
  }
`);

export const RecordSupervisionNoteMutationDocument = graphql(`
  mutation RecordSupervisionNote($input: RecordSupervisionNoteInput!) {
    recordSupervisionNote(input: $input) {
      ...SupervisionNoteFields
    }
  }
`);

export const FinalizeSupervisionNoteMutationDocument = graphql(`
  mutation FinalizeSupervisionNote($input: FinalizeSupervisionNoteInput!) {
    finalizeSupervisionNote(input: $input) {
      ...SupervisionNoteFields
    }
  }
`);

export const SignSupervisionNoteMutationDocument = graphql(`
  mutation SignSupervisionNote($input: SignSupervisionNoteInput!) {
    signSupervisionNote(input: $input) {
      ...SupervisionNoteFields
    }
  }
`);

export const AmendSupervisionNoteMutationDocument = graphql(`
  mutation AmendSupervisionNote($input: AmendSupervisionNoteInput!) {
    amendSupervisionNote(input: $input) {
      ...SupervisionNoteFields
    }
  }
`);

export const UpdateSupervisionActionItemMutationDocument = graphql(`
  mutation UpdateSupervisionActionItem($input: UpdateActionItemInput!) {
    updateActionItem(input: $input) {
      ...SupervisionActionItemFields
    }
  }
`);

export const SupervisionDriftCodesQueryDocument = graphql(`
  query SupervisionDriftCodes {
    supervisionDriftCodes {
      code
      family
      label
    }
  }
`);

export const SupervisionAgendaQueryDocument = graphql(`
  query SupervisionAgenda($superviseeId: ID!) {
    supervisionAgenda(superviseeId: $superviseeId) {
      superviseeId
      since
      olderOpenActionCount
      supervisee {
        id
        name
      }
      nextOccurrence {
        id
        startsAt
        status
      }
      openActionItems {
        ...SupervisionActionItemFields
      }
      recentDriftCodes {
        code
        label
        count
        lastSeenAt
      }
      recentDimensions {
        code
        label
        count
      }
    }
  }
`);

export const ReflectLanguageQueryDocument = graphql(`
  query ReflectLanguage($text: String!) {
    reflectLanguage(text: $text) {
      wordCount
      balance
      hits {
        phrase
        pattern
        weight
        start
        end
        matchedText
        suppressed
        alternative
      }
      summary {
        tone
        headline
        setAsideNote
        mutualPhrases
      }
    }
  }
`);

import { graphql } from '../../gql';

export const SupervisionComplianceQueryDocument = graphql(`
  query SupervisionCompliance($filter: SupervisionComplianceFilterInput) {
    supervisionCompliance(filter: $filter) {
      from
      to
      supervisees {
        superviseeId
        supervisee {
          id
          name
        }
        team {
          id
          name
        }
        programId
        required
        recorded
        ratio
        daysSinceLast
        lastSessionAt
        currentIntervalDays
        overdue
        status
        policyPreset
        reconciliation {
          heldNotDocumented
          documentedNotScheduled
          pastStillScheduled
        }
      }
      teams {
        ...SupervisionComplianceAggregateFields
      }
      programs {
        ...SupervisionComplianceAggregateFields
      }
      total {
        ...SupervisionComplianceAggregateFields
      }
    }
  }
`);

export const SupervisionComplianceAggregateFieldsFragment = graphql(`
  fragment SupervisionComplianceAggregateFields on SupervisionComplianceAggregate {
    id
    supervisees
    required
    recorded
    ratio
    onTrack
    behind
    overdue
    reconciliation {
      heldNotDocumented
      documentedNotScheduled
      pastStillScheduled
    }
  }
`);

export const SupervisionProgramsQueryDocument = graphql(`
  query SupervisionPrograms {
    programs {
      id
      name
      teams {
        id
        name
        archived
      }
    }
  }
`);

export const SupervisionPolicyQueryDocument = graphql(`
  query SupervisionPolicy($programId: ID!) {
    supervisionPolicy(programId: $programId) {
      programId
      preset
      presetLabel
      isDefault
      stages {
        untilMonths
        everyDays
      }
      countingModalities
      minimumMinutes
      requireDocumentation
      updatedAt
    }
  }
`);

export const UpdateSupervisionPolicyMutationDocument = graphql(`
  mutation UpdateSupervisionPolicy($input: UpdateSupervisionPolicyInput!) {
    updateSupervisionPolicy(input: $input) {
      programId
      preset
      presetLabel
      isDefault
      stages {
        untilMonths
        everyDays
      }
      countingModalities
      minimumMinutes
      requireDocumentation
      updatedAt
    }
  }
`);

export const LexiconQueryDocument = graphql(`
  query Lexicon {
    lexicon {
      phrase
      pattern
      weight
      defaultWeight
      enabled
      source
      alternative
      variants
    }
  }
`);

export const UpsertLexiconEntryMutationDocument = graphql(`
  mutation UpsertLexiconEntry($input: UpsertLexiconEntryInput!) {
    upsertLexiconEntry(input: $input) {
      phrase
      pattern
      weight
      defaultWeight
      enabled
      source
      alternative
      variants
    }
  }
`);

export const DeleteLexiconEntryMutationDocument = graphql(`
  mutation DeleteLexiconEntry($phrase: String!) {
    deleteLexiconEntry(phrase: $phrase)
  }
`);

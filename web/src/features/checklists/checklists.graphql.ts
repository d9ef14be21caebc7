import { graphql } from '../../gql';

/** What lists show about a checklist (history, drafts, comparisons). */
export const ChecklistSummaryFragment = graphql(`
  fragment ChecklistSummary on Checklist {
    id
    status
    raterType
    raterId
    rater {
      id
      name
    }
    subjectId
    subject {
      id
      name
    }
    revision
    version
    createdAt
    updatedAt
    submittedAt
    observationStart
    observationEnd
    mutualityIndex
    mutualityIndex100
    band
    completeness {
      answered
      expected
    }
    scores {
      dimensionCode
      score
      answered
      expected
      insufficient
    }
  }
`);

/** Everything the form and the result page need, including the instrument definition for live scoring. */
export const ChecklistDetailFragment = graphql(`
  fragment ChecklistDetail on Checklist {
    ...ChecklistSummary
    answers {
      itemCode
      value
      comment
    }
    developmentAreas
    itemAlerts {
      itemCode
      dimensionCode
      driftPattern
      value
    }
    hierarchicalDriftIndex
    medicalModelDriftIndex
    organisationalDriftIndex
    revisions {
      revision
      submittedAt
      amendedByName
      reason
      mutualityIndex
      createdAt
    }
    instrumentVersion {
      id
      version
      title
      definitionJson
    }
  }
`);

export const ChecklistsDueQueryDocument = graphql(`
  query ChecklistsDue($withinDays: Int!) {
    checklistsDue(withinDays: $withinDays) {
      subjectId
      subjectName
      raterType
      instrumentKey
      dueDate
      status
      lastSubmittedAt
      draftId
    }
  }
`);

export const ChecklistListQueryDocument = graphql(`
  query ChecklistList($filter: ChecklistFilterInput, $page: PageInput, $after: String) {
    checklists(filter: $filter, page: $page, after: $after) {
      totalCount
      totalCountCapped
      pageInfo {
        endCursor
        hasNextPage
      }
      items {
        ...ChecklistSummary
      }
    }
  }
`);

export const ChecklistQueryDocument = graphql(`
  query Checklist($id: ID!) {
    checklist(id: $id) {
      ...ChecklistDetail
    }
  }
`);

export const StartChecklistMutationDocument = graphql(`
  mutation StartChecklist($input: StartChecklistInput!) {
    startChecklist(input: $input) {
      id
      status
      raterType
    }
  }
`);

export const SaveChecklistAnswersMutationDocument = graphql(`
  mutation SaveChecklistAnswers($input: SaveChecklistAnswersInput!) {
    saveChecklistAnswers(input: $input) {
      id
      version
      updatedAt
    }
  }
`);

export const SubmitChecklistMutationDocument = graphql(`
  mutation SubmitChecklist($input: SubmitChecklistInput!) {
    submitChecklist(input: $input) {
      ...ChecklistDetail
    }
  }
`);

export const AmendChecklistMutationDocument = graphql(`
  mutation AmendChecklist($input: AmendChecklistInput!) {
    amendChecklist(input: $input) {
      ...ChecklistDetail
    }
  }
`);

export const CreatePersonServedLinkMutationDocument = graphql(`
  mutation CreatePersonServedLink($subjectId: ID!) {
    createPersonServedLink(subjectId: $subjectId) {
      url
      expiresAt
    }
  }
`);

/** A person's own Mutuality Fidelity Index by month (0–100 points). */
export const OwnTrendQueryDocument = graphql(`
  query OwnTrend($personId: ID!, $filter: DriftFilterInput) {
    personDrift(personId: $personId, filter: $filter) {
      from
      to
      metrics {
        metric
        label
        points {
          period
          periodStart
          n
          suppressed
          value
        }
      }
    }
  }
`);

/** The supervisor's current supervisees, for the observation-rating overview. */
export const ChecklistSuperviseesQueryDocument = graphql(`
  query ChecklistSupervisees {
    me {
      id
      supervisees {
        id
        name
        jobTitle
        active
        team {
          id
          name
        }
      }
    }
  }
`);

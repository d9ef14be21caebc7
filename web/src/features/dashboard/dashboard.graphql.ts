import { graphql } from '../../gql';

/** Signals as every chart and panel shows them. */
export const DriftSignalFieldsFragment = graphql(`
  fragment DriftSignalFields on DriftSignal {
    id
    metric
    metricLabel
    period
    since
    rule
    message
    severity
    direction
    inForce
    beforeRange
  }
`);

/** One metric series with its limits and signals, chart-ready from the API. */
export const MetricSeriesFieldsFragment = graphql(`
  fragment MetricSeriesFields on MetricSeries {
    metric
    label
    badDirection
    points {
      period
      periodStart
      value
      n
      suppressed
    }
    limits {
      centre
      upper
      lower
      sigma
      baselinePeriods
      restarts
      points {
        period
        centre
        lower
        upper
        cusumWorse
        cusumBetter
        cusumLimit
      }
    }
    signals {
      ...DriftSignalFields
    }
  }
`);

export const AnnotationFieldsFragment = graphql(`
  fragment AnnotationFields on Annotation {
    id
    teamId
    personId
    onDate
    label
    kind
    details
    automatic
  }
`);

/** One team: every metric with limits and explained signals, items that moved, self vs others, annotations, actions. */
export const TeamDriftQueryDocument = graphql(`
  query TeamDrift($teamId: ID!, $filter: DriftFilterInput) {
    teamDrift(teamId: $teamId, filter: $filter) {
      from
      to
      granularity
      raterTypes
      minCellSize
      team {
        id
        name
        memberCount
        program {
          id
          name
        }
      }
      metrics {
        ...MetricSeriesFields
      }
      itemsMoved {
        itemCode
        dimensionCode
        prompt
        polarity
        driftPattern
        before
        after
        change
        worse
      }
      selfVsOthers {
        period
        self
        others
        gap
      }
      annotations {
        ...AnnotationFields
      }
      supervision {
        period
        held
        missed
        cancelled
        unrecorded
        clinicianOnly
      }
      actionMarkers {
        id
        createdOn
        description
        dimensionCode
        dueDate
        ownerName
        signalId
        status
        scope
        metric
        overdue
        before
        after
        outcome
        outcomeSignalId
      }
    }
  }
`);

/** A person's own trend (for that person and their current supervisor only). */
export const PersonDriftQueryDocument = graphql(`
  query PersonDrift($personId: ID!, $filter: DriftFilterInput) {
    personDrift(personId: $personId, filter: $filter) {
      from
      to
      granularity
      raterTypes
      person {
        id
        name
        team {
          id
          name
        }
        supervisor {
          id
          name
        }
      }
      metrics {
        ...MetricSeriesFields
      }
      selfVsOthers {
        period
        self
        others
        gap
      }
      annotations {
        ...AnnotationFields
      }
    }
  }
`);

/** Team members (for the people drill-down and the action owner picker). */
export const TeamMembersQueryDocument = graphql(`
  query DriftTeamMembers($id: ID!) {
    team(id: $id) {
      id
      name
      members {
        id
        name
        jobTitle
        supervisor {
          id
          name
        }
      }
    }
  }
`);

/** Supervision held vs required, per team and in total, for the dashboard range. */
export const DriftSupervisionQueryDocument = graphql(`
  query DriftSupervision($filter: SupervisionComplianceFilterInput) {
    supervisionCompliance(filter: $filter) {
      from
      to
      total {
        ratio
        recorded
        required
        overdue
        supervisees
      }
      teams {
        id
        ratio
        recorded
        required
        overdue
        behind
        supervisees
      }
    }
  }
`);

/** Per team and month, how supervision notes are worded (small months withheld by the API). */
export const LanguageDensityQueryDocument = graphql(`
  query DriftLanguageDensity($filter: LanguageSeriesFilterInput!) {
    languageDensitySeries(filter: $filter) {
      teamId
      team {
        id
        name
      }
      points {
        month
        notes
        suppressed
        balance
        densities {
          medicalModel
          hierarchical
          errand
          mutuality
        }
      }
    }
  }
`);

/** Submitted checklists behind a period (only those the viewer may see). */
export const SignalChecklistsQueryDocument = graphql(`
  query SignalChecklists($filter: ChecklistFilterInput, $page: PageInput) {
    checklists(filter: $filter, page: $page) {
      totalCount
      items {
        id
        raterType
        submittedAt
        mutualityIndex
        band
        subject {
          id
          name
        }
      }
    }
  }
`);

export const CreateAnnotationMutationDocument = graphql(`
  mutation CreateDriftAnnotation($input: CreateAnnotationInput!) {
    createAnnotation(input: $input) {
      ...AnnotationFields
    }
  }
`);

export const UpdateAnnotationMutationDocument = graphql(`
  mutation UpdateDriftAnnotation($input: UpdateAnnotationInput!) {
    updateAnnotation(input: $input) {
      ...AnnotationFields
    }
  }
`);

export const DeleteAnnotationMutationDocument = graphql(`
  mutation DeleteDriftAnnotation($annotationId: ID!) {
    deleteAnnotation(annotationId: $annotationId)
  }
`);

/** The loop: a signal becomes an action on a supervisee's next supervision agenda, and a marker on the team's chart. */
export const CreateDriftActionMutationDocument = graphql(`
  mutation CreateDriftAction($input: CreateDriftActionInput!) {
    createDriftAction(input: $input) {
      id
      createdOn
      description
      dimensionCode
      dueDate
      ownerName
      signalId
      status
      before
      after
    }
  }
`);

/** A program manager or admin restarts a team's drift baseline from a date (audited; shown as an annotation). */
export const RebaselineTeamMutationDocument = graphql(`
  mutation RebaselineTeam($input: RebaselineTeamInput!) {
    rebaselineTeam(input: $input) {
      id
      teamId
      fromDate
      reason
    }
  }
`);

export const DeleteBaselineResetMutationDocument = graphql(`
  mutation DeleteBaselineReset($id: ID!) {
    deleteBaselineReset(id: $id)
  }
`);

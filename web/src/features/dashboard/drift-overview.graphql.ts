import { graphql } from '../../gql';

/** A team on the overview's first screen (where to look first, improving): no series. */
export const TeamAttentionFieldsFragment = graphql(`
  fragment TeamAttentionFields on TeamDriftSummary {
    team {
      id
      name
    }
    program {
      id
      name
    }
    activeSignals {
      ...DriftSignalFields
    }
  }
`);

/**
 * A team's trend as the dashboard's small multiples draw it: the points, the usual level and range, and the signals.
 * The control chart's own fields (sigma, CUSUM, baseline) are left to the team page, which reads them.
 */
export const OverviewSeriesFieldsFragment = graphql(`
  fragment OverviewSeriesFields on MetricSeries {
    metric
    label
    badDirection
    points {
      period
      value
      suppressed
    }
    limits {
      centre
      points {
        period
        centre
        lower
        upper
      }
    }
    signals {
      ...DriftSignalFields
    }
  }
`);

/**
 * The manager dashboard: key figures, where to look first, improving and program rollups for every team in scope,
 * and one page of teams with their heat cells and the series of the measure the small multiples show (`after`
 * continues the list).
 */
export const DriftOverviewQueryDocument = graphql(`
  query DriftOverview($filter: DriftFilterInput, $page: DriftTeamsPageInput, $seriesMetrics: [OverviewSeriesMetric!]) {
    driftOverview(filter: $filter) {
      from
      to
      granularity
      periods
      raterTypes
      minCellSize
      kpis {
        teams
        teamsWithAlerts
        teamsOnWatch
        teamsImproving
        teamsSteady
        mutualityIndex
        band
        checklists
        supervisionRatio
      }
      attention {
        ...TeamAttentionFields
      }
      improving {
        ...TeamAttentionFields
      }
      programs {
        programId
        programName
        teams
        teamsWithAlerts
        teamsOnWatch
        teamsImproving
        teamsSteady
      }
      teams(page: $page) {
        totalCount
        pageInfo {
          endCursor
          hasNextPage
        }
        items {
          team {
            id
            name
            memberCount
          }
          program {
            id
            name
          }
          latest {
            period
            band
            mutualityIndex
            hierarchicalDriftIndex
            medicalModelDriftIndex
            organisationalDriftIndex
            n
          }
          activeSignals {
            ...DriftSignalFields
          }
          dimensions {
            dimensionCode
            dimensionTitle
            score
            n
            suppressed
          }
          series(metrics: $seriesMetrics) {
            ...OverviewSeriesFields
          }
          supervision {
            ratio
            recorded
            required
            overdueCount
            superviseeCount
          }
        }
      }
    }
  }
`);

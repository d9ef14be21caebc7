import { graphql } from '../../gql';

export const HomeOverviewQueryDocument = graphql(`
  query HomeOverview {
    me {
      id
      name
      jobTitle
      roles
      startedOn
      roleGrants {
        role
        programId
      }
      team {
        id
        name
        program {
          id
          name
        }
      }
      supervisor {
        id
        name
        email
      }
      supervisees {
        id
        name
        invitationPending
        team {
          id
          name
        }
      }
    }
    programs {
      id
      name
    }
    teams {
      id
    }
    people(page: { skip: 0, take: 1 }) {
      totalCount
    }
  }
`);

/** Supervision held vs required for the supervisees the viewer may see. */
export const HomeSupervisionQueryDocument = graphql(`
  query HomeSupervision {
    supervisionCompliance {
      supervisees {
        superviseeId
        overdue
        daysSinceLast
        recorded
        required
        status
        supervisee {
          id
          name
        }
      }
    }
  }
`);

/** The organisation at a glance for administrators (reads rollups only). */
export const HomeDriftKpisQueryDocument = graphql(`
  query HomeDriftKpis {
    driftOverview {
      kpis {
        teams
        teamsWithAlerts
        teamsOnWatch
        mutualityIndex
        band
        checklists
      }
    }
  }
`);

/** What goes to a supervisee's next supervision: the session and the open actions on its agenda. */
export const HomeSupervisionAgendaQueryDocument = graphql(`
  query HomeSupervisionAgenda($superviseeId: ID!) {
    supervisionAgenda(superviseeId: $superviseeId) {
      superviseeId
      nextOccurrence {
        id
        startsAt
        title
        modality
      }
      openActionItems {
        id
        description
        dimension
        dueOn
        driftSignalId
        textVisible
        owner {
          id
          name
        }
      }
    }
  }
`);

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

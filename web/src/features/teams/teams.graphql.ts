import { graphql } from '../../gql';

export const TeamsOverviewQueryDocument = graphql(`
  query TeamsOverview($includeArchived: Boolean!) {
    programs(includeArchived: $includeArchived) {
      id
      name
      description
      archived
    }
    teams(filter: { includeArchived: $includeArchived }) {
      id
      name
      description
      archived
      memberCount
      programId
    }
  }
`);

/** Teams and programs for pickers and filters (active only). */
export const TeamOptionsQueryDocument = graphql(`
  query TeamOptions {
    programs {
      id
      name
    }
    teams {
      id
      name
      programId
    }
  }
`);

export const TeamQueryDocument = graphql(`
  query Team($id: ID!) {
    team(id: $id) {
      id
      name
      description
      archived
      memberCount
      program {
        id
        name
      }
      members {
        id
        name
        email
        jobTitle
        roles
        invitationPending
        supervisor {
          id
          name
        }
      }
    }
  }
`);

export const CreateProgramMutationDocument = graphql(`
  mutation CreateProgram($input: CreateProgramInput!) {
    createProgram(input: $input) {
      id
      name
    }
  }
`);

export const UpdateProgramMutationDocument = graphql(`
  mutation UpdateProgram($input: UpdateProgramInput!) {
    updateProgram(input: $input) {
      id
      name
      archived
    }
  }
`);

export const CreateTeamMutationDocument = graphql(`
  mutation CreateTeam($input: CreateTeamInput!) {
    createTeam(input: $input) {
      id
      name
    }
  }
`);

export const UpdateTeamMutationDocument = graphql(`
  mutation UpdateTeam($input: UpdateTeamInput!) {
    updateTeam(input: $input) {
      id
      name
      archived
    }
  }
`);

import { graphql } from '../../gql';

export const PersonListItemFragment = graphql(`
  fragment PersonListItem on Person {
    id
    name
    email
    jobTitle
    roles
    active
    invitationPending
    team {
      id
      name
    }
    supervisor {
      id
      name
    }
  }
`);

export const PeopleQueryDocument = graphql(`
  query People($filter: PeopleFilterInput, $page: PageInput) {
    people(filter: $filter, page: $page) {
      totalCount
      items {
        ...PersonListItem
      }
    }
  }
`);

export const PersonQueryDocument = graphql(`
  query Person($id: ID!) {
    person(id: $id) {
      ...PersonListItem
      livedExperience
      startedOn
      createdAt
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
      teamHistory {
        id
        team {
          id
          name
        }
        startsOn
        endsOn
      }
      supervisionHistory {
        id
        supervisor {
          id
          name
        }
        startsOn
        endsOn
      }
      supervisees {
        id
        name
      }
    }
  }
`);

/** People who can be chosen as a supervisor, and names for supervision history. */
export const SupervisorOptionsQueryDocument = graphql(`
  query SupervisorOptions {
    people(filter: { role: SUPERVISOR, includeInactive: true }, page: { skip: 0, take: 100 }) {
      totalCount
      items {
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

export const InvitePersonMutationDocument = graphql(`
  mutation InvitePerson($input: InvitePersonInput!) {
    invitePerson(input: $input) {
      person {
        id
        name
        email
      }
    }
  }
`);

export const UpdatePersonMutationDocument = graphql(`
  mutation UpdatePerson($input: UpdatePersonInput!) {
    updatePerson(input: $input) {
      id
    }
  }
`);

export const SetPersonRolesMutationDocument = graphql(`
  mutation SetPersonRoles($input: SetPersonRolesInput!) {
    setPersonRoles(input: $input) {
      id
    }
  }
`);

export const AssignTeamMutationDocument = graphql(`
  mutation AssignTeam($input: AssignTeamInput!) {
    assignTeam(input: $input) {
      id
    }
  }
`);

export const AssignSupervisorMutationDocument = graphql(`
  mutation AssignSupervisor($input: AssignSupervisorInput!) {
    assignSupervisor(input: $input) {
      id
    }
  }
`);

export const DeactivatePersonMutationDocument = graphql(`
  mutation DeactivatePerson($personId: ID!) {
    deactivatePerson(personId: $personId) {
      id
      active
    }
  }
`);

export const ReactivatePersonMutationDocument = graphql(`
  mutation ReactivatePerson($personId: ID!) {
    reactivatePerson(personId: $personId) {
      id
      active
    }
  }
`);

export const ResendInvitationMutationDocument = graphql(`
  mutation ResendInvitation($personId: ID!) {
    resendInvitation(personId: $personId)
  }
`);

export const SendPasswordResetMutationDocument = graphql(`
  mutation SendPasswordReset($personId: ID!) {
    sendPasswordReset(personId: $personId)
  }
`);

export const MySuperviseesQueryDocument = graphql(`
  query MySupervisees {
    me {
      id
      supervisees {
        id
        name
        email
        jobTitle
        startedOn
        active
        invitationPending
        team {
          id
          name
        }
      }
    }
  }
`);

import { graphql } from '../../gql';

export const MeQueryDocument = graphql(`
  query Me {
    me {
      id
      name
      email
      jobTitle
      roles
      roleGrants {
        role
        programId
      }
      organization {
        id
        name
      }
    }
  }
`);

export const LoginMutationDocument = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      person {
        id
        name
      }
    }
  }
`);

export const LogoutMutationDocument = graphql(`
  mutation Logout {
    logout
  }
`);

export const CreateOrganizationMutationDocument = graphql(`
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      person {
        id
        name
      }
    }
  }
`);

export const InvitationQueryDocument = graphql(`
  query Invitation($token: String!) {
    invitation(token: $token) {
      personName
      email
      organizationName
    }
  }
`);

export const AcceptInvitationMutationDocument = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      person {
        id
        name
      }
    }
  }
`);

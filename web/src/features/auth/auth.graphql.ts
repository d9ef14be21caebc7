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
    createOrganization(input: $input)
  }
`);

export const InvitationQueryDocument = graphql(`
  query Invitation($token: String!) {
    invitation(token: $token) {
      personName
      email
      organizationName
      passwordChosen
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

export const RequestPasswordResetMutationDocument = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input)
  }
`);

export const PasswordResetQueryDocument = graphql(`
  query PasswordReset($token: String!) {
    passwordReset(token: $token) {
      personName
      email
      organizationName
    }
  }
`);

export const ResetPasswordMutationDocument = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);

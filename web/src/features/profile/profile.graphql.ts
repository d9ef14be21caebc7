import { graphql } from '../../gql';

export const UpdateMyProfileMutationDocument = graphql(`
  mutation UpdateMyProfile($input: UpdateProfileInput!) {
    updateMyProfile(input: $input) {
      id
      name
      jobTitle
    }
  }
`);

export const ChangePasswordMutationDocument = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

import { graphql } from '../../gql';

export const OrganizationQueryDocument = graphql(`
  query Organization {
    organization {
      id
      name
      managersReadNotes
      noteSigningOrder
      createdAt
    }
  }
`);

export const UpdateOrganizationMutationDocument = graphql(`
  mutation UpdateOrganization($input: UpdateOrganizationInput!) {
    updateOrganization(input: $input) {
      id
      name
      managersReadNotes
      noteSigningOrder
    }
  }
`);

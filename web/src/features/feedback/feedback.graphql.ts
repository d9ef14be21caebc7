import { graphql } from '../../gql';

export const PersonServedFormQueryDocument = graphql(`
  query PersonServedForm($token: String!) {
    personServedForm(token: $token) {
      peerFirstName
      organizationName
      definitionJson
    }
  }
`);

export const SubmitPersonServedFeedbackMutationDocument = graphql(`
  mutation SubmitPersonServedFeedback($input: PersonServedAnswersInput!) {
    submitPersonServedFeedback(input: $input)
  }
`);

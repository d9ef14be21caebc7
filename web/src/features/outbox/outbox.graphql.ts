import { graphql } from '../../gql';

export const OutboxMessagesQueryDocument = graphql(`
  query OutboxMessages($filter: OutboxFilterInput, $page: PageInput) {
    outboxMessages(filter: $filter, page: $page) {
      totalCount
      items {
        id
        kind
        createdAt
        toAddress
        subject
        bodyText
        actionUrl
        recipient {
          id
          name
        }
      }
    }
  }
`);

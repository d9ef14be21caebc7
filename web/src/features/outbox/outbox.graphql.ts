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
        status
        attempts
        lastError
        sendAfter
        sentAt
        recipient {
          id
          name
        }
      }
    }
  }
`);

export const OutboxSummaryQueryDocument = graphql(`
  query OutboxSummary {
    outboxSummary {
      mailConfigured
      held
      queued
      sending
      sent
      failed
    }
  }
`);

export const RetryOutboxMessageMutationDocument = graphql(`
  mutation RetryOutboxMessage($input: RetryOutboxMessageInput!) {
    retryOutboxMessage(input: $input) {
      id
      status
      attempts
      lastError
    }
  }
`);

import { graphql } from '../../gql';

export const AuditEventsQueryDocument = graphql(`
  query AuditEvents($input: AuditEventsInput) {
    auditEvents(input: $input) {
      totalCount
      totalCountCapped
      pageInfo {
        endCursor
        hasNextPage
      }
      items {
        id
        createdAt
        actorId
        actorName
        action
        actionLabel
        category
        readAs
        entity
        entityId
        subject
        summary
        requestId
      }
    }
  }
`);

export const AuditOptionsQueryDocument = graphql(`
  query AuditOptions {
    auditActions {
      action
      label
      category
    }
    auditEntities {
      entity
      label
    }
    people(page: { take: 100 }) {
      items {
        id
        name
      }
    }
  }
`);

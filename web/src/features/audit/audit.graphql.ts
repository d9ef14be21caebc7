import { graphql } from '../../gql';

export const AuditEventsQueryDocument = graphql(`
  query AuditEvents($filter: AuditFilterInput, $page: PageInput) {
    auditEvents(filter: $filter, page: $page) {
      totalCount
      items {
        id
        createdAt
        actorId
        actorName
        action
        entity
        entityId
        summary
        requestId
      }
    }
  }
`);

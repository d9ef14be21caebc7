/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation StartChecklistInAuditAtCommit($i: StartChecklistInput!) { startChecklist(input: $i) { id } }": typeof types.StartChecklistInAuditAtCommitDocument,
    "query AuditEvents($i: AuditEventsInput) { auditEvents(input: $i) {\n  totalCount totalCountCapped pageInfo { endCursor hasNextPage }\n  items { id action actionLabel category entity entityId subject actorId actorName readAs createdAt } } }": typeof types.AuditEventsDocument,
    "mutation InvitePerson($i: InvitePersonInput!) { invitePerson(input: $i) { person { id name } } }": typeof types.InvitePersonDocument,
    "query AuditActions { auditActions { action } }": typeof types.AuditActionsDocument,
    "query AuditEntities { auditEntities { entity } }": typeof types.AuditEntitiesDocument,
    "query AuditActionsInAuditLog { auditActions { action label category } }": typeof types.AuditActionsInAuditLogDocument,
    "query AuditEntitiesInAuditLog { auditEntities { entity label } }": typeof types.AuditEntitiesInAuditLogDocument,
};
const documents: Documents = {
    "mutation StartChecklistInAuditAtCommit($i: StartChecklistInput!) { startChecklist(input: $i) { id } }": types.StartChecklistInAuditAtCommitDocument,
    "query AuditEvents($i: AuditEventsInput) { auditEvents(input: $i) {\n  totalCount totalCountCapped pageInfo { endCursor hasNextPage }\n  items { id action actionLabel category entity entityId subject actorId actorName readAs createdAt } } }": types.AuditEventsDocument,
    "mutation InvitePerson($i: InvitePersonInput!) { invitePerson(input: $i) { person { id name } } }": types.InvitePersonDocument,
    "query AuditActions { auditActions { action } }": types.AuditActionsDocument,
    "query AuditEntities { auditEntities { entity } }": types.AuditEntitiesDocument,
    "query AuditActionsInAuditLog { auditActions { action label category } }": types.AuditActionsInAuditLogDocument,
    "query AuditEntitiesInAuditLog { auditEntities { entity label } }": types.AuditEntitiesInAuditLogDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartChecklistInAuditAtCommit($i: StartChecklistInput!) { startChecklist(input: $i) { id } }"): (typeof documents)["mutation StartChecklistInAuditAtCommit($i: StartChecklistInput!) { startChecklist(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditEvents($i: AuditEventsInput) { auditEvents(input: $i) {\n  totalCount totalCountCapped pageInfo { endCursor hasNextPage }\n  items { id action actionLabel category entity entityId subject actorId actorName readAs createdAt } } }"): (typeof documents)["query AuditEvents($i: AuditEventsInput) { auditEvents(input: $i) {\n  totalCount totalCountCapped pageInfo { endCursor hasNextPage }\n  items { id action actionLabel category entity entityId subject actorId actorName readAs createdAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvitePerson($i: InvitePersonInput!) { invitePerson(input: $i) { person { id name } } }"): (typeof documents)["mutation InvitePerson($i: InvitePersonInput!) { invitePerson(input: $i) { person { id name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditActions { auditActions { action } }"): (typeof documents)["query AuditActions { auditActions { action } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditEntities { auditEntities { entity } }"): (typeof documents)["query AuditEntities { auditEntities { entity } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditActionsInAuditLog { auditActions { action label category } }"): (typeof documents)["query AuditActionsInAuditLog { auditActions { action label category } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditEntitiesInAuditLog { auditEntities { entity label } }"): (typeof documents)["query AuditEntitiesInAuditLog { auditEntities { entity label } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
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
    "query Programs { programs { id name teamCount teams { id } } }": typeof types.ProgramsDocument,
    "query ProgramsInOrganizationAdminQueries { programs { id } }": typeof types.ProgramsInOrganizationAdminQueriesDocument,
    "query Program($id: ID!) { program(id: $id) { id name teams { name } } }": typeof types.ProgramDocument,
    "query ProgramInOrganizationAdminQueries($id: ID!) { program(id: $id) { id } }": typeof types.ProgramInOrganizationAdminQueriesDocument,
    "query ProgramsInOrganizationAdminQueries2($a: Boolean!) { programs(includeArchived: $a) { id } }": typeof types.ProgramsInOrganizationAdminQueries2Document,
    "query Teams { teams { id name memberCount program { id } } }": typeof types.TeamsDocument,
    "query TeamIdsOfProgram($p: ID) { teams(filter: { programId: $p }) { id } }": typeof types.TeamIdsOfProgramDocument,
    "query TeamsInOrganizationAdminQueries2 { teams { id } }": typeof types.TeamsInOrganizationAdminQueries2Document,
    "query Team($id: ID!) { team(id: $id) { id name members { id } } }": typeof types.TeamDocument,
    "query TeamInOrganizationAdminQueries($id: ID!) { team(id: $id) { id } }": typeof types.TeamInOrganizationAdminQueriesDocument,
    "query PeopleInOrganizationAdminQueries { people { totalCount items { id } } }": typeof types.PeopleInOrganizationAdminQueriesDocument,
    "query Person($id: ID!) { person(id: $id) { id } }": typeof types.PersonDocument,
    "query PersonInOrganizationAdminQueries($id: ID!) { person(id: $id) { id roles team { name program { name } } supervisor { id } } }": typeof types.PersonInOrganizationAdminQueriesDocument,
    "query PersonInOrganizationAdminQueries2($id: ID!) { person(id: $id) { supervisees { id } } }": typeof types.PersonInOrganizationAdminQueries2Document,
    "query PeopleInOrganizationAdminQueries2 { people(page: { take: 100 }) { items { id } } }": typeof types.PeopleInOrganizationAdminQueries2Document,
    "query PeopleInOrganizationAdminQueries3 { people { totalCount } }": typeof types.PeopleInOrganizationAdminQueries3Document,
    "query PeopleInOrganizationAdminQueries4($t: ID) { people(filter: { teamId: $t }) { items { id } } }": typeof types.PeopleInOrganizationAdminQueries4Document,
    "query PeopleInOrganizationAdminQueries5 { people(filter: { role: SUPERVISOR }) { items { id } } }": typeof types.PeopleInOrganizationAdminQueries5Document,
    "query PeopleInOrganizationAdminQueries6($s: String) { people(filter: { search: $s }) { items { id } } }": typeof types.PeopleInOrganizationAdminQueries6Document,
    "query PeopleInOrganizationAdminQueries7 { people(filter: { search: \"%\" }) { totalCount } }": typeof types.PeopleInOrganizationAdminQueries7Document,
    "query Organization { organization { id name managersReadNotes } }": typeof types.OrganizationDocument,
    "query OrganizationInOrganizationAdminQueries { organization { id } }": typeof types.OrganizationInOrganizationAdminQueriesDocument,
    "query AuditEventsInOrganizationAdminQueries($id: ID) { auditEvents(input: { entityId: $id }) { totalCount items { action actorId actorName entity entityId requestId summary subject actionLabel } } }": typeof types.AuditEventsInOrganizationAdminQueriesDocument,
    "query AuditEventsInOrganizationAdminQueries2($id: ID) { auditEvents(input: { entityId: $id }) { totalCount } }": typeof types.AuditEventsInOrganizationAdminQueries2Document,
    "query AuditEventsInOrganizationAdminQueries3 { auditEvents(input: { view: SIGN_INS, first: 100 }) { totalCount items { action entityId createdAt } } }": typeof types.AuditEventsInOrganizationAdminQueries3Document,
    "query AuditEventsInOrganizationAdminQueries4 { auditEvents(input: { action: \"person.invited\" }) { totalCount } }": typeof types.AuditEventsInOrganizationAdminQueries4Document,
    "query AuditEventsInOrganizationAdminQueries5 { auditEvents { totalCount } }": typeof types.AuditEventsInOrganizationAdminQueries5Document,
    "query AuditEventsInOrganizationAdminQueries6 { auditEvents(input: { first: 101 }) { totalCount } }": typeof types.AuditEventsInOrganizationAdminQueries6Document,
    "query AuditEventsInOrganizationAdminQueries7 { auditEvents(input: { entityId: \"person-1\" }) { totalCount } }": typeof types.AuditEventsInOrganizationAdminQueries7Document,
    "query PeopleInOrganizationAdminQueries8 { people(page: { take: 50 }) { items { id team { name program { name } } supervisor { name } roles } } }": typeof types.PeopleInOrganizationAdminQueries8Document,
    "query ProgramsInOrganizationAdminQueries3 { programs { id teamCount teams { id memberCount } } }": typeof types.ProgramsInOrganizationAdminQueries3Document,
};
const documents: Documents = {
    "query Programs { programs { id name teamCount teams { id } } }": types.ProgramsDocument,
    "query ProgramsInOrganizationAdminQueries { programs { id } }": types.ProgramsInOrganizationAdminQueriesDocument,
    "query Program($id: ID!) { program(id: $id) { id name teams { name } } }": types.ProgramDocument,
    "query ProgramInOrganizationAdminQueries($id: ID!) { program(id: $id) { id } }": types.ProgramInOrganizationAdminQueriesDocument,
    "query ProgramsInOrganizationAdminQueries2($a: Boolean!) { programs(includeArchived: $a) { id } }": types.ProgramsInOrganizationAdminQueries2Document,
    "query Teams { teams { id name memberCount program { id } } }": types.TeamsDocument,
    "query TeamIdsOfProgram($p: ID) { teams(filter: { programId: $p }) { id } }": types.TeamIdsOfProgramDocument,
    "query TeamsInOrganizationAdminQueries2 { teams { id } }": types.TeamsInOrganizationAdminQueries2Document,
    "query Team($id: ID!) { team(id: $id) { id name members { id } } }": types.TeamDocument,
    "query TeamInOrganizationAdminQueries($id: ID!) { team(id: $id) { id } }": types.TeamInOrganizationAdminQueriesDocument,
    "query PeopleInOrganizationAdminQueries { people { totalCount items { id } } }": types.PeopleInOrganizationAdminQueriesDocument,
    "query Person($id: ID!) { person(id: $id) { id } }": types.PersonDocument,
    "query PersonInOrganizationAdminQueries($id: ID!) { person(id: $id) { id roles team { name program { name } } supervisor { id } } }": types.PersonInOrganizationAdminQueriesDocument,
    "query PersonInOrganizationAdminQueries2($id: ID!) { person(id: $id) { supervisees { id } } }": types.PersonInOrganizationAdminQueries2Document,
    "query PeopleInOrganizationAdminQueries2 { people(page: { take: 100 }) { items { id } } }": types.PeopleInOrganizationAdminQueries2Document,
    "query PeopleInOrganizationAdminQueries3 { people { totalCount } }": types.PeopleInOrganizationAdminQueries3Document,
    "query PeopleInOrganizationAdminQueries4($t: ID) { people(filter: { teamId: $t }) { items { id } } }": types.PeopleInOrganizationAdminQueries4Document,
    "query PeopleInOrganizationAdminQueries5 { people(filter: { role: SUPERVISOR }) { items { id } } }": types.PeopleInOrganizationAdminQueries5Document,
    "query PeopleInOrganizationAdminQueries6($s: String) { people(filter: { search: $s }) { items { id } } }": types.PeopleInOrganizationAdminQueries6Document,
    "query PeopleInOrganizationAdminQueries7 { people(filter: { search: \"%\" }) { totalCount } }": types.PeopleInOrganizationAdminQueries7Document,
    "query Organization { organization { id name managersReadNotes } }": types.OrganizationDocument,
    "query OrganizationInOrganizationAdminQueries { organization { id } }": types.OrganizationInOrganizationAdminQueriesDocument,
    "query AuditEventsInOrganizationAdminQueries($id: ID) { auditEvents(input: { entityId: $id }) { totalCount items { action actorId actorName entity entityId requestId summary subject actionLabel } } }": types.AuditEventsInOrganizationAdminQueriesDocument,
    "query AuditEventsInOrganizationAdminQueries2($id: ID) { auditEvents(input: { entityId: $id }) { totalCount } }": types.AuditEventsInOrganizationAdminQueries2Document,
    "query AuditEventsInOrganizationAdminQueries3 { auditEvents(input: { view: SIGN_INS, first: 100 }) { totalCount items { action entityId createdAt } } }": types.AuditEventsInOrganizationAdminQueries3Document,
    "query AuditEventsInOrganizationAdminQueries4 { auditEvents(input: { action: \"person.invited\" }) { totalCount } }": types.AuditEventsInOrganizationAdminQueries4Document,
    "query AuditEventsInOrganizationAdminQueries5 { auditEvents { totalCount } }": types.AuditEventsInOrganizationAdminQueries5Document,
    "query AuditEventsInOrganizationAdminQueries6 { auditEvents(input: { first: 101 }) { totalCount } }": types.AuditEventsInOrganizationAdminQueries6Document,
    "query AuditEventsInOrganizationAdminQueries7 { auditEvents(input: { entityId: \"person-1\" }) { totalCount } }": types.AuditEventsInOrganizationAdminQueries7Document,
    "query PeopleInOrganizationAdminQueries8 { people(page: { take: 50 }) { items { id team { name program { name } } supervisor { name } roles } } }": types.PeopleInOrganizationAdminQueries8Document,
    "query ProgramsInOrganizationAdminQueries3 { programs { id teamCount teams { id memberCount } } }": types.ProgramsInOrganizationAdminQueries3Document,
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
export function graphql(source: "query Programs { programs { id name teamCount teams { id } } }"): (typeof documents)["query Programs { programs { id name teamCount teams { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgramsInOrganizationAdminQueries { programs { id } }"): (typeof documents)["query ProgramsInOrganizationAdminQueries { programs { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Program($id: ID!) { program(id: $id) { id name teams { name } } }"): (typeof documents)["query Program($id: ID!) { program(id: $id) { id name teams { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgramInOrganizationAdminQueries($id: ID!) { program(id: $id) { id } }"): (typeof documents)["query ProgramInOrganizationAdminQueries($id: ID!) { program(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgramsInOrganizationAdminQueries2($a: Boolean!) { programs(includeArchived: $a) { id } }"): (typeof documents)["query ProgramsInOrganizationAdminQueries2($a: Boolean!) { programs(includeArchived: $a) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Teams { teams { id name memberCount program { id } } }"): (typeof documents)["query Teams { teams { id name memberCount program { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamIdsOfProgram($p: ID) { teams(filter: { programId: $p }) { id } }"): (typeof documents)["query TeamIdsOfProgram($p: ID) { teams(filter: { programId: $p }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamsInOrganizationAdminQueries2 { teams { id } }"): (typeof documents)["query TeamsInOrganizationAdminQueries2 { teams { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Team($id: ID!) { team(id: $id) { id name members { id } } }"): (typeof documents)["query Team($id: ID!) { team(id: $id) { id name members { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamInOrganizationAdminQueries($id: ID!) { team(id: $id) { id } }"): (typeof documents)["query TeamInOrganizationAdminQueries($id: ID!) { team(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PeopleInOrganizationAdminQueries { people { totalCount items { id } } }"): (typeof documents)["query PeopleInOrganizationAdminQueries { people { totalCount items { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Person($id: ID!) { person(id: $id) { id } }"): (typeof documents)["query Person($id: ID!) { person(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PersonInOrganizationAdminQueries($id: ID!) { person(id: $id) { id roles team { name program { name } } supervisor { id } } }"): (typeof documents)["query PersonInOrganizationAdminQueries($id: ID!) { person(id: $id) { id roles team { name program { name } } supervisor { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PersonInOrganizationAdminQueries2($id: ID!) { person(id: $id) { supervisees { id } } }"): (typeof documents)["query PersonInOrganizationAdminQueries2($id: ID!) { person(id: $id) { supervisees { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PeopleInOrganizationAdminQueries2 { people(page: { take: 100 }) { items { id } } }"): (typeof documents)["query PeopleInOrganizationAdminQueries2 { people(page: { take: 100 }) { items { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PeopleInOrganizationAdminQueries3 { people { totalCount } }"): (typeof documents)["query PeopleInOrganizationAdminQueries3 { people { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PeopleInOrganizationAdminQueries4($t: ID) { people(filter: { teamId: $t }) { items { id } } }"): (typeof documents)["query PeopleInOrganizationAdminQueries4($t: ID) { people(filter: { teamId: $t }) { items { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PeopleInOrganizationAdminQueries5 { people(filter: { role: SUPERVISOR }) { items { id } } }"): (typeof documents)["query PeopleInOrganizationAdminQueries5 { people(filter: { role: SUPERVISOR }) { items { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PeopleInOrganizationAdminQueries6($s: String) { people(filter: { search: $s }) { items { id } } }"): (typeof documents)["query PeopleInOrganizationAdminQueries6($s: String) { people(filter: { search: $s }) { items { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PeopleInOrganizationAdminQueries7 { people(filter: { search: \"%\" }) { totalCount } }"): (typeof documents)["query PeopleInOrganizationAdminQueries7 { people(filter: { search: \"%\" }) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Organization { organization { id name managersReadNotes } }"): (typeof documents)["query Organization { organization { id name managersReadNotes } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganizationInOrganizationAdminQueries { organization { id } }"): (typeof documents)["query OrganizationInOrganizationAdminQueries { organization { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditEventsInOrganizationAdminQueries($id: ID) { auditEvents(input: { entityId: $id }) { totalCount items { action actorId actorName entity entityId requestId summary subject actionLabel } } }"): (typeof documents)["query AuditEventsInOrganizationAdminQueries($id: ID) { auditEvents(input: { entityId: $id }) { totalCount items { action actorId actorName entity entityId requestId summary subject actionLabel } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditEventsInOrganizationAdminQueries2($id: ID) { auditEvents(input: { entityId: $id }) { totalCount } }"): (typeof documents)["query AuditEventsInOrganizationAdminQueries2($id: ID) { auditEvents(input: { entityId: $id }) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditEventsInOrganizationAdminQueries3 { auditEvents(input: { view: SIGN_INS, first: 100 }) { totalCount items { action entityId createdAt } } }"): (typeof documents)["query AuditEventsInOrganizationAdminQueries3 { auditEvents(input: { view: SIGN_INS, first: 100 }) { totalCount items { action entityId createdAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditEventsInOrganizationAdminQueries4 { auditEvents(input: { action: \"person.invited\" }) { totalCount } }"): (typeof documents)["query AuditEventsInOrganizationAdminQueries4 { auditEvents(input: { action: \"person.invited\" }) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditEventsInOrganizationAdminQueries5 { auditEvents { totalCount } }"): (typeof documents)["query AuditEventsInOrganizationAdminQueries5 { auditEvents { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditEventsInOrganizationAdminQueries6 { auditEvents(input: { first: 101 }) { totalCount } }"): (typeof documents)["query AuditEventsInOrganizationAdminQueries6 { auditEvents(input: { first: 101 }) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditEventsInOrganizationAdminQueries7 { auditEvents(input: { entityId: \"person-1\" }) { totalCount } }"): (typeof documents)["query AuditEventsInOrganizationAdminQueries7 { auditEvents(input: { entityId: \"person-1\" }) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PeopleInOrganizationAdminQueries8 { people(page: { take: 50 }) { items { id team { name program { name } } supervisor { name } roles } } }"): (typeof documents)["query PeopleInOrganizationAdminQueries8 { people(page: { take: 50 }) { items { id team { name program { name } } supervisor { name } roles } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgramsInOrganizationAdminQueries3 { programs { id teamCount teams { id memberCount } } }"): (typeof documents)["query ProgramsInOrganizationAdminQueries3 { programs { id teamCount teams { id memberCount } } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
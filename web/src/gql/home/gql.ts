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
    "\n  query HomeOverview {\n    me {\n      id\n      name\n      jobTitle\n      roles\n      startedOn\n      roleGrants {\n        role\n        programId\n      }\n      team {\n        id\n        name\n        program {\n          id\n          name\n        }\n      }\n      supervisor {\n        id\n        name\n        email\n      }\n      supervisees {\n        id\n        name\n        invitationPending\n        team {\n          id\n          name\n        }\n      }\n    }\n    programs {\n      id\n      name\n    }\n    teams {\n      id\n    }\n    people(page: { skip: 0, take: 1 }) {\n      totalCount\n    }\n  }\n": typeof types.HomeOverviewDocument,
    "\n  query HomeSupervision {\n    supervisionCompliance {\n      supervisees {\n        superviseeId\n        overdue\n        daysSinceLast\n        recorded\n        required\n        status\n        supervisee {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.HomeSupervisionDocument,
    "\n  query HomeDriftKpis {\n    driftOverview {\n      kpis {\n        teams\n        teamsWithAlerts\n        teamsOnWatch\n        mutualityIndex\n        band\n        checklists\n      }\n    }\n  }\n": typeof types.HomeDriftKpisDocument,
    "\n  query HomeSupervisionAgenda($superviseeId: ID!) {\n    supervisionAgenda(superviseeId: $superviseeId) {\n      superviseeId\n      nextOccurrence {\n        id\n        startsAt\n        title\n        modality\n      }\n      openActionItems {\n        id\n        description\n        dimension\n        dueOn\n        driftSignalId\n        textVisible\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.HomeSupervisionAgendaDocument,
    "\n  query SetupProgress {\n    setupProgress {\n      doneCount\n      complete\n      steps {\n        key\n        done\n        count\n      }\n    }\n  }\n": typeof types.SetupProgressDocument,
};
const documents: Documents = {
    "\n  query HomeOverview {\n    me {\n      id\n      name\n      jobTitle\n      roles\n      startedOn\n      roleGrants {\n        role\n        programId\n      }\n      team {\n        id\n        name\n        program {\n          id\n          name\n        }\n      }\n      supervisor {\n        id\n        name\n        email\n      }\n      supervisees {\n        id\n        name\n        invitationPending\n        team {\n          id\n          name\n        }\n      }\n    }\n    programs {\n      id\n      name\n    }\n    teams {\n      id\n    }\n    people(page: { skip: 0, take: 1 }) {\n      totalCount\n    }\n  }\n": types.HomeOverviewDocument,
    "\n  query HomeSupervision {\n    supervisionCompliance {\n      supervisees {\n        superviseeId\n        overdue\n        daysSinceLast\n        recorded\n        required\n        status\n        supervisee {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.HomeSupervisionDocument,
    "\n  query HomeDriftKpis {\n    driftOverview {\n      kpis {\n        teams\n        teamsWithAlerts\n        teamsOnWatch\n        mutualityIndex\n        band\n        checklists\n      }\n    }\n  }\n": types.HomeDriftKpisDocument,
    "\n  query HomeSupervisionAgenda($superviseeId: ID!) {\n    supervisionAgenda(superviseeId: $superviseeId) {\n      superviseeId\n      nextOccurrence {\n        id\n        startsAt\n        title\n        modality\n      }\n      openActionItems {\n        id\n        description\n        dimension\n        dueOn\n        driftSignalId\n        textVisible\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.HomeSupervisionAgendaDocument,
    "\n  query SetupProgress {\n    setupProgress {\n      doneCount\n      complete\n      steps {\n        key\n        done\n        count\n      }\n    }\n  }\n": types.SetupProgressDocument,
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
export function graphql(source: "\n  query HomeOverview {\n    me {\n      id\n      name\n      jobTitle\n      roles\n      startedOn\n      roleGrants {\n        role\n        programId\n      }\n      team {\n        id\n        name\n        program {\n          id\n          name\n        }\n      }\n      supervisor {\n        id\n        name\n        email\n      }\n      supervisees {\n        id\n        name\n        invitationPending\n        team {\n          id\n          name\n        }\n      }\n    }\n    programs {\n      id\n      name\n    }\n    teams {\n      id\n    }\n    people(page: { skip: 0, take: 1 }) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query HomeOverview {\n    me {\n      id\n      name\n      jobTitle\n      roles\n      startedOn\n      roleGrants {\n        role\n        programId\n      }\n      team {\n        id\n        name\n        program {\n          id\n          name\n        }\n      }\n      supervisor {\n        id\n        name\n        email\n      }\n      supervisees {\n        id\n        name\n        invitationPending\n        team {\n          id\n          name\n        }\n      }\n    }\n    programs {\n      id\n      name\n    }\n    teams {\n      id\n    }\n    people(page: { skip: 0, take: 1 }) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeSupervision {\n    supervisionCompliance {\n      supervisees {\n        superviseeId\n        overdue\n        daysSinceLast\n        recorded\n        required\n        status\n        supervisee {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeSupervision {\n    supervisionCompliance {\n      supervisees {\n        superviseeId\n        overdue\n        daysSinceLast\n        recorded\n        required\n        status\n        supervisee {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeDriftKpis {\n    driftOverview {\n      kpis {\n        teams\n        teamsWithAlerts\n        teamsOnWatch\n        mutualityIndex\n        band\n        checklists\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeDriftKpis {\n    driftOverview {\n      kpis {\n        teams\n        teamsWithAlerts\n        teamsOnWatch\n        mutualityIndex\n        band\n        checklists\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeSupervisionAgenda($superviseeId: ID!) {\n    supervisionAgenda(superviseeId: $superviseeId) {\n      superviseeId\n      nextOccurrence {\n        id\n        startsAt\n        title\n        modality\n      }\n      openActionItems {\n        id\n        description\n        dimension\n        dueOn\n        driftSignalId\n        textVisible\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeSupervisionAgenda($superviseeId: ID!) {\n    supervisionAgenda(superviseeId: $superviseeId) {\n      superviseeId\n      nextOccurrence {\n        id\n        startsAt\n        title\n        modality\n      }\n      openActionItems {\n        id\n        description\n        dimension\n        dueOn\n        driftSignalId\n        textVisible\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SetupProgress {\n    setupProgress {\n      doneCount\n      complete\n      steps {\n        key\n        done\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query SetupProgress {\n    setupProgress {\n      doneCount\n      complete\n      steps {\n        key\n        done\n        count\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
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
    "\n  query TeamsOverview($includeArchived: Boolean!) {\n    programs(includeArchived: $includeArchived) {\n      id\n      name\n      description\n      archived\n    }\n    teams(filter: { includeArchived: $includeArchived }) {\n      id\n      name\n      description\n      archived\n      memberCount\n      programId\n    }\n  }\n": typeof types.TeamsOverviewDocument,
    "\n  query TeamOptions {\n    programs {\n      id\n      name\n    }\n    teams {\n      id\n      name\n      programId\n    }\n  }\n": typeof types.TeamOptionsDocument,
    "\n  query Team($id: ID!) {\n    team(id: $id) {\n      id\n      name\n      description\n      archived\n      memberCount\n      program {\n        id\n        name\n      }\n      members {\n        id\n        name\n        email\n        jobTitle\n        roles\n        invitationPending\n        supervisor {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.TeamDocument,
    "\n  mutation CreateProgram($input: CreateProgramInput!) {\n    createProgram(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateProgramDocument,
    "\n  mutation UpdateProgram($input: UpdateProgramInput!) {\n    updateProgram(input: $input) {\n      id\n      name\n      archived\n    }\n  }\n": typeof types.UpdateProgramDocument,
    "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateTeamDocument,
    "\n  mutation UpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      id\n      name\n      archived\n    }\n  }\n": typeof types.UpdateTeamDocument,
};
const documents: Documents = {
    "\n  query TeamsOverview($includeArchived: Boolean!) {\n    programs(includeArchived: $includeArchived) {\n      id\n      name\n      description\n      archived\n    }\n    teams(filter: { includeArchived: $includeArchived }) {\n      id\n      name\n      description\n      archived\n      memberCount\n      programId\n    }\n  }\n": types.TeamsOverviewDocument,
    "\n  query TeamOptions {\n    programs {\n      id\n      name\n    }\n    teams {\n      id\n      name\n      programId\n    }\n  }\n": types.TeamOptionsDocument,
    "\n  query Team($id: ID!) {\n    team(id: $id) {\n      id\n      name\n      description\n      archived\n      memberCount\n      program {\n        id\n        name\n      }\n      members {\n        id\n        name\n        email\n        jobTitle\n        roles\n        invitationPending\n        supervisor {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.TeamDocument,
    "\n  mutation CreateProgram($input: CreateProgramInput!) {\n    createProgram(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateProgramDocument,
    "\n  mutation UpdateProgram($input: UpdateProgramInput!) {\n    updateProgram(input: $input) {\n      id\n      name\n      archived\n    }\n  }\n": types.UpdateProgramDocument,
    "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateTeamDocument,
    "\n  mutation UpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      id\n      name\n      archived\n    }\n  }\n": types.UpdateTeamDocument,
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
export function graphql(source: "\n  query TeamsOverview($includeArchived: Boolean!) {\n    programs(includeArchived: $includeArchived) {\n      id\n      name\n      description\n      archived\n    }\n    teams(filter: { includeArchived: $includeArchived }) {\n      id\n      name\n      description\n      archived\n      memberCount\n      programId\n    }\n  }\n"): (typeof documents)["\n  query TeamsOverview($includeArchived: Boolean!) {\n    programs(includeArchived: $includeArchived) {\n      id\n      name\n      description\n      archived\n    }\n    teams(filter: { includeArchived: $includeArchived }) {\n      id\n      name\n      description\n      archived\n      memberCount\n      programId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamOptions {\n    programs {\n      id\n      name\n    }\n    teams {\n      id\n      name\n      programId\n    }\n  }\n"): (typeof documents)["\n  query TeamOptions {\n    programs {\n      id\n      name\n    }\n    teams {\n      id\n      name\n      programId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Team($id: ID!) {\n    team(id: $id) {\n      id\n      name\n      description\n      archived\n      memberCount\n      program {\n        id\n        name\n      }\n      members {\n        id\n        name\n        email\n        jobTitle\n        roles\n        invitationPending\n        supervisor {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Team($id: ID!) {\n    team(id: $id) {\n      id\n      name\n      description\n      archived\n      memberCount\n      program {\n        id\n        name\n      }\n      members {\n        id\n        name\n        email\n        jobTitle\n        roles\n        invitationPending\n        supervisor {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProgram($input: CreateProgramInput!) {\n    createProgram(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProgram($input: CreateProgramInput!) {\n    createProgram(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProgram($input: UpdateProgramInput!) {\n    updateProgram(input: $input) {\n      id\n      name\n      archived\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProgram($input: UpdateProgramInput!) {\n    updateProgram(input: $input) {\n      id\n      name\n      archived\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      id\n      name\n      archived\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      id\n      name\n      archived\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
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
    "\n  fragment ActionFields on Action {\n    id\n    scope\n    status\n    overdue\n    textVisible\n    description\n    canUpdate\n    source\n    team {\n      id\n      name\n    }\n    person {\n      id\n      name\n    }\n    groupSession\n    supervisor {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    dueOn\n    createdOn\n    completedOn\n    metric\n    metricLabel\n    worseDirection\n    signalPeriod\n    signalRule\n    signalDirection\n    before {\n      period\n      value\n    }\n    after {\n      period\n      value\n    }\n    change\n  }\n": typeof types.ActionFieldsFragmentDoc,
    "\n  query ActionsPage($input: ActionsPageInput) {\n    actions(input: $input) {\n      total\n      overdue\n      offset\n      limit\n      items {\n        ...ActionFields\n      }\n    }\n  }\n": typeof types.ActionsPageDocument,
    "\n  mutation CreateAction($input: CreateActionInput!) {\n    createAction(input: $input) {\n      ...ActionFields\n    }\n  }\n": typeof types.CreateActionDocument,
    "\n  mutation SetActionStatus($input: UpdateActionItemInput!) {\n    updateActionItem(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.SetActionStatusDocument,
};
const documents: Documents = {
    "\n  fragment ActionFields on Action {\n    id\n    scope\n    status\n    overdue\n    textVisible\n    description\n    canUpdate\n    source\n    team {\n      id\n      name\n    }\n    person {\n      id\n      name\n    }\n    groupSession\n    supervisor {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    dueOn\n    createdOn\n    completedOn\n    metric\n    metricLabel\n    worseDirection\n    signalPeriod\n    signalRule\n    signalDirection\n    before {\n      period\n      value\n    }\n    after {\n      period\n      value\n    }\n    change\n  }\n": types.ActionFieldsFragmentDoc,
    "\n  query ActionsPage($input: ActionsPageInput) {\n    actions(input: $input) {\n      total\n      overdue\n      offset\n      limit\n      items {\n        ...ActionFields\n      }\n    }\n  }\n": types.ActionsPageDocument,
    "\n  mutation CreateAction($input: CreateActionInput!) {\n    createAction(input: $input) {\n      ...ActionFields\n    }\n  }\n": types.CreateActionDocument,
    "\n  mutation SetActionStatus($input: UpdateActionItemInput!) {\n    updateActionItem(input: $input) {\n      id\n      status\n    }\n  }\n": types.SetActionStatusDocument,
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
export function graphql(source: "\n  fragment ActionFields on Action {\n    id\n    scope\n    status\n    overdue\n    textVisible\n    description\n    canUpdate\n    source\n    team {\n      id\n      name\n    }\n    person {\n      id\n      name\n    }\n    groupSession\n    supervisor {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    dueOn\n    createdOn\n    completedOn\n    metric\n    metricLabel\n    worseDirection\n    signalPeriod\n    signalRule\n    signalDirection\n    before {\n      period\n      value\n    }\n    after {\n      period\n      value\n    }\n    change\n  }\n"): (typeof documents)["\n  fragment ActionFields on Action {\n    id\n    scope\n    status\n    overdue\n    textVisible\n    description\n    canUpdate\n    source\n    team {\n      id\n      name\n    }\n    person {\n      id\n      name\n    }\n    groupSession\n    supervisor {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    dueOn\n    createdOn\n    completedOn\n    metric\n    metricLabel\n    worseDirection\n    signalPeriod\n    signalRule\n    signalDirection\n    before {\n      period\n      value\n    }\n    after {\n      period\n      value\n    }\n    change\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionsPage($input: ActionsPageInput) {\n    actions(input: $input) {\n      total\n      overdue\n      offset\n      limit\n      items {\n        ...ActionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActionsPage($input: ActionsPageInput) {\n    actions(input: $input) {\n      total\n      overdue\n      offset\n      limit\n      items {\n        ...ActionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAction($input: CreateActionInput!) {\n    createAction(input: $input) {\n      ...ActionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAction($input: CreateActionInput!) {\n    createAction(input: $input) {\n      ...ActionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetActionStatus($input: UpdateActionItemInput!) {\n    updateActionItem(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SetActionStatus($input: UpdateActionItemInput!) {\n    updateActionItem(input: $input) {\n      id\n      status\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
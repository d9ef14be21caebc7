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
    "\n  query SupervisionCompliance($filter: SupervisionComplianceFilterInput) {\n    supervisionCompliance(filter: $filter) {\n      from\n      to\n      supervisees {\n        superviseeId\n        supervisee {\n          id\n          name\n        }\n        team {\n          id\n          name\n        }\n        programId\n        required\n        recorded\n        ratio\n        daysSinceLast\n        lastSessionAt\n        currentIntervalDays\n        overdue\n        status\n        policyPreset\n        reconciliation {\n          heldNotDocumented\n          documentedNotScheduled\n          pastStillScheduled\n        }\n      }\n      teams {\n        ...SupervisionComplianceAggregateFields\n      }\n      programs {\n        ...SupervisionComplianceAggregateFields\n      }\n      total {\n        ...SupervisionComplianceAggregateFields\n      }\n    }\n  }\n": typeof types.SupervisionComplianceDocument,
    "\n  fragment SupervisionComplianceAggregateFields on SupervisionComplianceAggregate {\n    id\n    supervisees\n    required\n    recorded\n    ratio\n    onTrack\n    behind\n    overdue\n    reconciliation {\n      heldNotDocumented\n      documentedNotScheduled\n      pastStillScheduled\n    }\n  }\n": typeof types.SupervisionComplianceAggregateFieldsFragmentDoc,
    "\n  query SupervisionPrograms {\n    programs {\n      id\n      name\n      teams {\n        id\n        name\n        archived\n      }\n    }\n  }\n": typeof types.SupervisionProgramsDocument,
    "\n  query SupervisionPolicy($programId: ID!) {\n    supervisionPolicy(programId: $programId) {\n      programId\n      preset\n      presetLabel\n      isDefault\n      stages {\n        untilMonths\n        everyDays\n      }\n      countingModalities\n      minimumMinutes\n      requireDocumentation\n      updatedAt\n    }\n  }\n": typeof types.SupervisionPolicyDocument,
    "\n  mutation UpdateSupervisionPolicy($input: UpdateSupervisionPolicyInput!) {\n    updateSupervisionPolicy(input: $input) {\n      programId\n      preset\n      presetLabel\n      isDefault\n      stages {\n        untilMonths\n        everyDays\n      }\n      countingModalities\n      minimumMinutes\n      requireDocumentation\n      updatedAt\n    }\n  }\n": typeof types.UpdateSupervisionPolicyDocument,
    "\n  query Lexicon {\n    lexicon {\n      phrase\n      pattern\n      weight\n      defaultWeight\n      enabled\n      source\n      alternative\n      variants\n    }\n  }\n": typeof types.LexiconDocument,
    "\n  mutation UpsertLexiconEntry($input: UpsertLexiconEntryInput!) {\n    upsertLexiconEntry(input: $input) {\n      phrase\n      pattern\n      weight\n      defaultWeight\n      enabled\n      source\n      alternative\n      variants\n    }\n  }\n": typeof types.UpsertLexiconEntryDocument,
    "\n  mutation DeleteLexiconEntry($phrase: String!) {\n    deleteLexiconEntry(phrase: $phrase)\n  }\n": typeof types.DeleteLexiconEntryDocument,
};
const documents: Documents = {
    "\n  query SupervisionCompliance($filter: SupervisionComplianceFilterInput) {\n    supervisionCompliance(filter: $filter) {\n      from\n      to\n      supervisees {\n        superviseeId\n        supervisee {\n          id\n          name\n        }\n        team {\n          id\n          name\n        }\n        programId\n        required\n        recorded\n        ratio\n        daysSinceLast\n        lastSessionAt\n        currentIntervalDays\n        overdue\n        status\n        policyPreset\n        reconciliation {\n          heldNotDocumented\n          documentedNotScheduled\n          pastStillScheduled\n        }\n      }\n      teams {\n        ...SupervisionComplianceAggregateFields\n      }\n      programs {\n        ...SupervisionComplianceAggregateFields\n      }\n      total {\n        ...SupervisionComplianceAggregateFields\n      }\n    }\n  }\n": types.SupervisionComplianceDocument,
    "\n  fragment SupervisionComplianceAggregateFields on SupervisionComplianceAggregate {\n    id\n    supervisees\n    required\n    recorded\n    ratio\n    onTrack\n    behind\n    overdue\n    reconciliation {\n      heldNotDocumented\n      documentedNotScheduled\n      pastStillScheduled\n    }\n  }\n": types.SupervisionComplianceAggregateFieldsFragmentDoc,
    "\n  query SupervisionPrograms {\n    programs {\n      id\n      name\n      teams {\n        id\n        name\n        archived\n      }\n    }\n  }\n": types.SupervisionProgramsDocument,
    "\n  query SupervisionPolicy($programId: ID!) {\n    supervisionPolicy(programId: $programId) {\n      programId\n      preset\n      presetLabel\n      isDefault\n      stages {\n        untilMonths\n        everyDays\n      }\n      countingModalities\n      minimumMinutes\n      requireDocumentation\n      updatedAt\n    }\n  }\n": types.SupervisionPolicyDocument,
    "\n  mutation UpdateSupervisionPolicy($input: UpdateSupervisionPolicyInput!) {\n    updateSupervisionPolicy(input: $input) {\n      programId\n      preset\n      presetLabel\n      isDefault\n      stages {\n        untilMonths\n        everyDays\n      }\n      countingModalities\n      minimumMinutes\n      requireDocumentation\n      updatedAt\n    }\n  }\n": types.UpdateSupervisionPolicyDocument,
    "\n  query Lexicon {\n    lexicon {\n      phrase\n      pattern\n      weight\n      defaultWeight\n      enabled\n      source\n      alternative\n      variants\n    }\n  }\n": types.LexiconDocument,
    "\n  mutation UpsertLexiconEntry($input: UpsertLexiconEntryInput!) {\n    upsertLexiconEntry(input: $input) {\n      phrase\n      pattern\n      weight\n      defaultWeight\n      enabled\n      source\n      alternative\n      variants\n    }\n  }\n": types.UpsertLexiconEntryDocument,
    "\n  mutation DeleteLexiconEntry($phrase: String!) {\n    deleteLexiconEntry(phrase: $phrase)\n  }\n": types.DeleteLexiconEntryDocument,
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
export function graphql(source: "\n  query SupervisionCompliance($filter: SupervisionComplianceFilterInput) {\n    supervisionCompliance(filter: $filter) {\n      from\n      to\n      supervisees {\n        superviseeId\n        supervisee {\n          id\n          name\n        }\n        team {\n          id\n          name\n        }\n        programId\n        required\n        recorded\n        ratio\n        daysSinceLast\n        lastSessionAt\n        currentIntervalDays\n        overdue\n        status\n        policyPreset\n        reconciliation {\n          heldNotDocumented\n          documentedNotScheduled\n          pastStillScheduled\n        }\n      }\n      teams {\n        ...SupervisionComplianceAggregateFields\n      }\n      programs {\n        ...SupervisionComplianceAggregateFields\n      }\n      total {\n        ...SupervisionComplianceAggregateFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupervisionCompliance($filter: SupervisionComplianceFilterInput) {\n    supervisionCompliance(filter: $filter) {\n      from\n      to\n      supervisees {\n        superviseeId\n        supervisee {\n          id\n          name\n        }\n        team {\n          id\n          name\n        }\n        programId\n        required\n        recorded\n        ratio\n        daysSinceLast\n        lastSessionAt\n        currentIntervalDays\n        overdue\n        status\n        policyPreset\n        reconciliation {\n          heldNotDocumented\n          documentedNotScheduled\n          pastStillScheduled\n        }\n      }\n      teams {\n        ...SupervisionComplianceAggregateFields\n      }\n      programs {\n        ...SupervisionComplianceAggregateFields\n      }\n      total {\n        ...SupervisionComplianceAggregateFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupervisionComplianceAggregateFields on SupervisionComplianceAggregate {\n    id\n    supervisees\n    required\n    recorded\n    ratio\n    onTrack\n    behind\n    overdue\n    reconciliation {\n      heldNotDocumented\n      documentedNotScheduled\n      pastStillScheduled\n    }\n  }\n"): (typeof documents)["\n  fragment SupervisionComplianceAggregateFields on SupervisionComplianceAggregate {\n    id\n    supervisees\n    required\n    recorded\n    ratio\n    onTrack\n    behind\n    overdue\n    reconciliation {\n      heldNotDocumented\n      documentedNotScheduled\n      pastStillScheduled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionPrograms {\n    programs {\n      id\n      name\n      teams {\n        id\n        name\n        archived\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupervisionPrograms {\n    programs {\n      id\n      name\n      teams {\n        id\n        name\n        archived\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionPolicy($programId: ID!) {\n    supervisionPolicy(programId: $programId) {\n      programId\n      preset\n      presetLabel\n      isDefault\n      stages {\n        untilMonths\n        everyDays\n      }\n      countingModalities\n      minimumMinutes\n      requireDocumentation\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query SupervisionPolicy($programId: ID!) {\n    supervisionPolicy(programId: $programId) {\n      programId\n      preset\n      presetLabel\n      isDefault\n      stages {\n        untilMonths\n        everyDays\n      }\n      countingModalities\n      minimumMinutes\n      requireDocumentation\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSupervisionPolicy($input: UpdateSupervisionPolicyInput!) {\n    updateSupervisionPolicy(input: $input) {\n      programId\n      preset\n      presetLabel\n      isDefault\n      stages {\n        untilMonths\n        everyDays\n      }\n      countingModalities\n      minimumMinutes\n      requireDocumentation\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSupervisionPolicy($input: UpdateSupervisionPolicyInput!) {\n    updateSupervisionPolicy(input: $input) {\n      programId\n      preset\n      presetLabel\n      isDefault\n      stages {\n        untilMonths\n        everyDays\n      }\n      countingModalities\n      minimumMinutes\n      requireDocumentation\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Lexicon {\n    lexicon {\n      phrase\n      pattern\n      weight\n      defaultWeight\n      enabled\n      source\n      alternative\n      variants\n    }\n  }\n"): (typeof documents)["\n  query Lexicon {\n    lexicon {\n      phrase\n      pattern\n      weight\n      defaultWeight\n      enabled\n      source\n      alternative\n      variants\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpsertLexiconEntry($input: UpsertLexiconEntryInput!) {\n    upsertLexiconEntry(input: $input) {\n      phrase\n      pattern\n      weight\n      defaultWeight\n      enabled\n      source\n      alternative\n      variants\n    }\n  }\n"): (typeof documents)["\n  mutation UpsertLexiconEntry($input: UpsertLexiconEntryInput!) {\n    upsertLexiconEntry(input: $input) {\n      phrase\n      pattern\n      weight\n      defaultWeight\n      enabled\n      source\n      alternative\n      variants\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteLexiconEntry($phrase: String!) {\n    deleteLexiconEntry(phrase: $phrase)\n  }\n"): (typeof documents)["\n  mutation DeleteLexiconEntry($phrase: String!) {\n    deleteLexiconEntry(phrase: $phrase)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
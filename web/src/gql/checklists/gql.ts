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
    "\n  fragment ChecklistSummary on Checklist {\n    id\n    status\n    raterType\n    raterId\n    rater {\n      id\n      name\n    }\n    subjectId\n    subject {\n      id\n      name\n    }\n    revision\n    version\n    createdAt\n    updatedAt\n    submittedAt\n    observationStart\n    observationEnd\n    mutualityIndex\n    mutualityIndex100\n    band\n    completeness {\n      answered\n      expected\n    }\n    scores {\n      dimensionCode\n      score\n      answered\n      expected\n      insufficient\n    }\n  }\n": typeof types.ChecklistSummaryFragmentDoc,
    "\n  fragment ChecklistDetail on Checklist {\n    ...ChecklistSummary\n    answers {\n      itemCode\n      value\n      comment\n    }\n    developmentAreas\n    itemAlerts {\n      itemCode\n      dimensionCode\n      driftPattern\n      value\n    }\n    hierarchicalDriftIndex\n    medicalModelDriftIndex\n    organisationalDriftIndex\n    revisions {\n      revision\n      submittedAt\n      amendedByName\n      reason\n      mutualityIndex\n      createdAt\n    }\n    instrumentVersion {\n      id\n      version\n      title\n      definitionJson\n    }\n  }\n": typeof types.ChecklistDetailFragmentDoc,
    "\n  query ChecklistsDue($withinDays: Int!) {\n    checklistsDue(withinDays: $withinDays) {\n      subjectId\n      subjectName\n      raterType\n      instrumentKey\n      dueDate\n      status\n      lastSubmittedAt\n      draftId\n    }\n  }\n": typeof types.ChecklistsDueDocument,
    "\n  query ChecklistList($filter: ChecklistFilterInput, $page: PageInput, $after: String) {\n    checklists(filter: $filter, page: $page, after: $after) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      items {\n        ...ChecklistSummary\n      }\n    }\n  }\n": typeof types.ChecklistListDocument,
    "\n  query Checklist($id: ID!) {\n    checklist(id: $id) {\n      ...ChecklistDetail\n    }\n  }\n": typeof types.ChecklistDocument,
    "\n  mutation StartChecklist($input: StartChecklistInput!) {\n    startChecklist(input: $input) {\n      id\n      status\n      raterType\n    }\n  }\n": typeof types.StartChecklistDocument,
    "\n  mutation SaveChecklistAnswers($input: SaveChecklistAnswersInput!) {\n    saveChecklistAnswers(input: $input) {\n      id\n      version\n      updatedAt\n    }\n  }\n": typeof types.SaveChecklistAnswersDocument,
    "\n  mutation SubmitChecklist($input: SubmitChecklistInput!) {\n    submitChecklist(input: $input) {\n      ...ChecklistDetail\n    }\n  }\n": typeof types.SubmitChecklistDocument,
    "\n  mutation AmendChecklist($input: AmendChecklistInput!) {\n    amendChecklist(input: $input) {\n      ...ChecklistDetail\n    }\n  }\n": typeof types.AmendChecklistDocument,
    "\n  mutation CreatePersonServedLink($subjectId: ID!) {\n    createPersonServedLink(subjectId: $subjectId) {\n      url\n      expiresAt\n    }\n  }\n": typeof types.CreatePersonServedLinkDocument,
    "\n  query OwnTrend($personId: ID!, $filter: DriftFilterInput) {\n    personDrift(personId: $personId, filter: $filter) {\n      from\n      to\n      metrics {\n        metric\n        label\n        points {\n          period\n          periodStart\n          n\n          suppressed\n          value\n        }\n      }\n    }\n  }\n": typeof types.OwnTrendDocument,
    "\n  query ChecklistSupervisees {\n    me {\n      id\n      supervisees {\n        id\n        name\n        jobTitle\n        active\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ChecklistSuperviseesDocument,
};
const documents: Documents = {
    "\n  fragment ChecklistSummary on Checklist {\n    id\n    status\n    raterType\n    raterId\n    rater {\n      id\n      name\n    }\n    subjectId\n    subject {\n      id\n      name\n    }\n    revision\n    version\n    createdAt\n    updatedAt\n    submittedAt\n    observationStart\n    observationEnd\n    mutualityIndex\n    mutualityIndex100\n    band\n    completeness {\n      answered\n      expected\n    }\n    scores {\n      dimensionCode\n      score\n      answered\n      expected\n      insufficient\n    }\n  }\n": types.ChecklistSummaryFragmentDoc,
    "\n  fragment ChecklistDetail on Checklist {\n    ...ChecklistSummary\n    answers {\n      itemCode\n      value\n      comment\n    }\n    developmentAreas\n    itemAlerts {\n      itemCode\n      dimensionCode\n      driftPattern\n      value\n    }\n    hierarchicalDriftIndex\n    medicalModelDriftIndex\n    organisationalDriftIndex\n    revisions {\n      revision\n      submittedAt\n      amendedByName\n      reason\n      mutualityIndex\n      createdAt\n    }\n    instrumentVersion {\n      id\n      version\n      title\n      definitionJson\n    }\n  }\n": types.ChecklistDetailFragmentDoc,
    "\n  query ChecklistsDue($withinDays: Int!) {\n    checklistsDue(withinDays: $withinDays) {\n      subjectId\n      subjectName\n      raterType\n      instrumentKey\n      dueDate\n      status\n      lastSubmittedAt\n      draftId\n    }\n  }\n": types.ChecklistsDueDocument,
    "\n  query ChecklistList($filter: ChecklistFilterInput, $page: PageInput, $after: String) {\n    checklists(filter: $filter, page: $page, after: $after) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      items {\n        ...ChecklistSummary\n      }\n    }\n  }\n": types.ChecklistListDocument,
    "\n  query Checklist($id: ID!) {\n    checklist(id: $id) {\n      ...ChecklistDetail\n    }\n  }\n": types.ChecklistDocument,
    "\n  mutation StartChecklist($input: StartChecklistInput!) {\n    startChecklist(input: $input) {\n      id\n      status\n      raterType\n    }\n  }\n": types.StartChecklistDocument,
    "\n  mutation SaveChecklistAnswers($input: SaveChecklistAnswersInput!) {\n    saveChecklistAnswers(input: $input) {\n      id\n      version\n      updatedAt\n    }\n  }\n": types.SaveChecklistAnswersDocument,
    "\n  mutation SubmitChecklist($input: SubmitChecklistInput!) {\n    submitChecklist(input: $input) {\n      ...ChecklistDetail\n    }\n  }\n": types.SubmitChecklistDocument,
    "\n  mutation AmendChecklist($input: AmendChecklistInput!) {\n    amendChecklist(input: $input) {\n      ...ChecklistDetail\n    }\n  }\n": types.AmendChecklistDocument,
    "\n  mutation CreatePersonServedLink($subjectId: ID!) {\n    createPersonServedLink(subjectId: $subjectId) {\n      url\n      expiresAt\n    }\n  }\n": types.CreatePersonServedLinkDocument,
    "\n  query OwnTrend($personId: ID!, $filter: DriftFilterInput) {\n    personDrift(personId: $personId, filter: $filter) {\n      from\n      to\n      metrics {\n        metric\n        label\n        points {\n          period\n          periodStart\n          n\n          suppressed\n          value\n        }\n      }\n    }\n  }\n": types.OwnTrendDocument,
    "\n  query ChecklistSupervisees {\n    me {\n      id\n      supervisees {\n        id\n        name\n        jobTitle\n        active\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ChecklistSuperviseesDocument,
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
export function graphql(source: "\n  fragment ChecklistSummary on Checklist {\n    id\n    status\n    raterType\n    raterId\n    rater {\n      id\n      name\n    }\n    subjectId\n    subject {\n      id\n      name\n    }\n    revision\n    version\n    createdAt\n    updatedAt\n    submittedAt\n    observationStart\n    observationEnd\n    mutualityIndex\n    mutualityIndex100\n    band\n    completeness {\n      answered\n      expected\n    }\n    scores {\n      dimensionCode\n      score\n      answered\n      expected\n      insufficient\n    }\n  }\n"): (typeof documents)["\n  fragment ChecklistSummary on Checklist {\n    id\n    status\n    raterType\n    raterId\n    rater {\n      id\n      name\n    }\n    subjectId\n    subject {\n      id\n      name\n    }\n    revision\n    version\n    createdAt\n    updatedAt\n    submittedAt\n    observationStart\n    observationEnd\n    mutualityIndex\n    mutualityIndex100\n    band\n    completeness {\n      answered\n      expected\n    }\n    scores {\n      dimensionCode\n      score\n      answered\n      expected\n      insufficient\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChecklistDetail on Checklist {\n    ...ChecklistSummary\n    answers {\n      itemCode\n      value\n      comment\n    }\n    developmentAreas\n    itemAlerts {\n      itemCode\n      dimensionCode\n      driftPattern\n      value\n    }\n    hierarchicalDriftIndex\n    medicalModelDriftIndex\n    organisationalDriftIndex\n    revisions {\n      revision\n      submittedAt\n      amendedByName\n      reason\n      mutualityIndex\n      createdAt\n    }\n    instrumentVersion {\n      id\n      version\n      title\n      definitionJson\n    }\n  }\n"): (typeof documents)["\n  fragment ChecklistDetail on Checklist {\n    ...ChecklistSummary\n    answers {\n      itemCode\n      value\n      comment\n    }\n    developmentAreas\n    itemAlerts {\n      itemCode\n      dimensionCode\n      driftPattern\n      value\n    }\n    hierarchicalDriftIndex\n    medicalModelDriftIndex\n    organisationalDriftIndex\n    revisions {\n      revision\n      submittedAt\n      amendedByName\n      reason\n      mutualityIndex\n      createdAt\n    }\n    instrumentVersion {\n      id\n      version\n      title\n      definitionJson\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChecklistsDue($withinDays: Int!) {\n    checklistsDue(withinDays: $withinDays) {\n      subjectId\n      subjectName\n      raterType\n      instrumentKey\n      dueDate\n      status\n      lastSubmittedAt\n      draftId\n    }\n  }\n"): (typeof documents)["\n  query ChecklistsDue($withinDays: Int!) {\n    checklistsDue(withinDays: $withinDays) {\n      subjectId\n      subjectName\n      raterType\n      instrumentKey\n      dueDate\n      status\n      lastSubmittedAt\n      draftId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChecklistList($filter: ChecklistFilterInput, $page: PageInput, $after: String) {\n    checklists(filter: $filter, page: $page, after: $after) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      items {\n        ...ChecklistSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChecklistList($filter: ChecklistFilterInput, $page: PageInput, $after: String) {\n    checklists(filter: $filter, page: $page, after: $after) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      items {\n        ...ChecklistSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Checklist($id: ID!) {\n    checklist(id: $id) {\n      ...ChecklistDetail\n    }\n  }\n"): (typeof documents)["\n  query Checklist($id: ID!) {\n    checklist(id: $id) {\n      ...ChecklistDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartChecklist($input: StartChecklistInput!) {\n    startChecklist(input: $input) {\n      id\n      status\n      raterType\n    }\n  }\n"): (typeof documents)["\n  mutation StartChecklist($input: StartChecklistInput!) {\n    startChecklist(input: $input) {\n      id\n      status\n      raterType\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveChecklistAnswers($input: SaveChecklistAnswersInput!) {\n    saveChecklistAnswers(input: $input) {\n      id\n      version\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SaveChecklistAnswers($input: SaveChecklistAnswersInput!) {\n    saveChecklistAnswers(input: $input) {\n      id\n      version\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitChecklist($input: SubmitChecklistInput!) {\n    submitChecklist(input: $input) {\n      ...ChecklistDetail\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitChecklist($input: SubmitChecklistInput!) {\n    submitChecklist(input: $input) {\n      ...ChecklistDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AmendChecklist($input: AmendChecklistInput!) {\n    amendChecklist(input: $input) {\n      ...ChecklistDetail\n    }\n  }\n"): (typeof documents)["\n  mutation AmendChecklist($input: AmendChecklistInput!) {\n    amendChecklist(input: $input) {\n      ...ChecklistDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePersonServedLink($subjectId: ID!) {\n    createPersonServedLink(subjectId: $subjectId) {\n      url\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePersonServedLink($subjectId: ID!) {\n    createPersonServedLink(subjectId: $subjectId) {\n      url\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnTrend($personId: ID!, $filter: DriftFilterInput) {\n    personDrift(personId: $personId, filter: $filter) {\n      from\n      to\n      metrics {\n        metric\n        label\n        points {\n          period\n          periodStart\n          n\n          suppressed\n          value\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OwnTrend($personId: ID!, $filter: DriftFilterInput) {\n    personDrift(personId: $personId, filter: $filter) {\n      from\n      to\n      metrics {\n        metric\n        label\n        points {\n          period\n          periodStart\n          n\n          suppressed\n          value\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChecklistSupervisees {\n    me {\n      id\n      supervisees {\n        id\n        name\n        jobTitle\n        active\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChecklistSupervisees {\n    me {\n      id\n      supervisees {\n        id\n        name\n        jobTitle\n        active\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
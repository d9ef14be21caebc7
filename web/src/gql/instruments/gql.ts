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
    "\n  fragment InstrumentVersionFields on InstrumentVersion {\n    id\n    version\n    status\n    publishedAt\n    title\n    scaleLabels\n    naLabel\n    problems\n    dimensions {\n      code\n      title\n      shortTitle\n      inIndex\n    }\n    items {\n      code\n      dimensionCode\n      order\n      help\n      polarity\n      driftPattern\n      naAllowed\n      inShortForm\n      reflectionPrompt\n      prompts {\n        self\n        supervisor\n        reviewer\n        personServed\n      }\n    }\n    crosswalk {\n      fromItemCode\n      toItemCode\n    }\n  }\n": typeof types.InstrumentVersionFieldsFragmentDoc,
    "\n  query InstrumentList {\n    instruments(includeUnpublished: true) {\n      id\n      key\n      title\n      description\n      level\n      versions {\n        id\n        version\n        status\n        publishedAt\n      }\n      draft {\n        id\n        version\n      }\n    }\n  }\n": typeof types.InstrumentListDocument,
    "\n  query InstrumentEditor($key: String!) {\n    instrument(key: $key) {\n      id\n      key\n      title\n      description\n      level\n      versions {\n        id\n        version\n        status\n        publishedAt\n      }\n      draft {\n        ...InstrumentVersionFields\n      }\n    }\n  }\n": typeof types.InstrumentEditorDocument,
    "\n  query InstrumentPublished($key: String!) {\n    instrument(key: $key) {\n      id\n      currentVersion {\n        ...InstrumentVersionFields\n      }\n    }\n  }\n": typeof types.InstrumentPublishedDocument,
    "\n  query ExportInstrument($key: String!, $format: InstrumentFormat!, $version: Int) {\n    exportInstrument(instrumentKey: $key, format: $format, version: $version)\n  }\n": typeof types.ExportInstrumentDocument,
    "\n  mutation CreateInstrumentDraft($key: String!) {\n    createInstrumentDraft(instrumentKey: $key) {\n      ...InstrumentVersionFields\n    }\n  }\n": typeof types.CreateInstrumentDraftDocument,
    "\n  mutation UpdateInstrumentItem($input: UpdateInstrumentItemInput!) {\n    updateInstrumentItem(input: $input) {\n      ...InstrumentVersionFields\n    }\n  }\n": typeof types.UpdateInstrumentItemDocument,
    "\n  mutation AddInstrumentItem($input: AddInstrumentItemInput!) {\n    addInstrumentItem(input: $input) {\n      ...InstrumentVersionFields\n    }\n  }\n": typeof types.AddInstrumentItemDocument,
    "\n  mutation RetireInstrumentItem($input: RetireInstrumentItemInput!) {\n    retireInstrumentItem(input: $input) {\n      ...InstrumentVersionFields\n    }\n  }\n": typeof types.RetireInstrumentItemDocument,
    "\n  mutation MoveInstrumentItem($input: MoveInstrumentItemInput!) {\n    moveInstrumentItem(input: $input) {\n      ...InstrumentVersionFields\n    }\n  }\n": typeof types.MoveInstrumentItemDocument,
    "\n  mutation PublishInstrumentDraft($key: String!) {\n    publishInstrumentDraft(instrumentKey: $key) {\n      id\n      version\n      status\n      publishedAt\n    }\n  }\n": typeof types.PublishInstrumentDraftDocument,
    "\n  mutation DiscardInstrumentDraft($key: String!) {\n    discardInstrumentDraft(instrumentKey: $key)\n  }\n": typeof types.DiscardInstrumentDraftDocument,
    "\n  mutation ImportInstrument($input: ImportInstrumentInput!) {\n    importInstrument(input: $input) {\n      id\n      version\n      title\n      definitionJson\n    }\n  }\n": typeof types.ImportInstrumentDocument,
    "\n  query ChecklistPolicyPrograms {\n    programs {\n      id\n      name\n    }\n  }\n": typeof types.ChecklistPolicyProgramsDocument,
    "\n  query ChecklistPolicy($programId: ID!) {\n    checklistPolicy(programId: $programId) {\n      programId\n      selfEveryDays\n      supervisorEveryDays\n      personServedEveryDays\n    }\n  }\n": typeof types.ChecklistPolicyDocument,
    "\n  mutation UpdateChecklistPolicy($input: ChecklistPolicyInput!) {\n    updateChecklistPolicy(input: $input) {\n      programId\n      selfEveryDays\n      supervisorEveryDays\n      personServedEveryDays\n    }\n  }\n": typeof types.UpdateChecklistPolicyDocument,
};
const documents: Documents = {
    "\n  fragment InstrumentVersionFields on InstrumentVersion {\n    id\n    version\n    status\n    publishedAt\n    title\n    scaleLabels\n    naLabel\n    problems\n    dimensions {\n      code\n      title\n      shortTitle\n      inIndex\n    }\n    items {\n      code\n      dimensionCode\n      order\n      help\n      polarity\n      driftPattern\n      naAllowed\n      inShortForm\n      reflectionPrompt\n      prompts {\n        self\n        supervisor\n        reviewer\n        personServed\n      }\n    }\n    crosswalk {\n      fromItemCode\n      toItemCode\n    }\n  }\n": types.InstrumentVersionFieldsFragmentDoc,
    "\n  query InstrumentList {\n    instruments(includeUnpublished: true) {\n      id\n      key\n      title\n      description\n      level\n      versions {\n        id\n        version\n        status\n        publishedAt\n      }\n      draft {\n        id\n        version\n      }\n    }\n  }\n": types.InstrumentListDocument,
    "\n  query InstrumentEditor($key: String!) {\n    instrument(key: $key) {\n      id\n      key\n      title\n      description\n      level\n      versions {\n        id\n        version\n        status\n        publishedAt\n      }\n      draft {\n        ...InstrumentVersionFields\n      }\n    }\n  }\n": types.InstrumentEditorDocument,
    "\n  query InstrumentPublished($key: String!) {\n    instrument(key: $key) {\n      id\n      currentVersion {\n        ...InstrumentVersionFields\n      }\n    }\n  }\n": types.InstrumentPublishedDocument,
    "\n  query ExportInstrument($key: String!, $format: InstrumentFormat!, $version: Int) {\n    exportInstrument(instrumentKey: $key, format: $format, version: $version)\n  }\n": types.ExportInstrumentDocument,
    "\n  mutation CreateInstrumentDraft($key: String!) {\n    createInstrumentDraft(instrumentKey: $key) {\n      ...InstrumentVersionFields\n    }\n  }\n": types.CreateInstrumentDraftDocument,
    "\n  mutation UpdateInstrumentItem($input: UpdateInstrumentItemInput!) {\n    updateInstrumentItem(input: $input) {\n      ...InstrumentVersionFields\n    }\n  }\n": types.UpdateInstrumentItemDocument,
    "\n  mutation AddInstrumentItem($input: AddInstrumentItemInput!) {\n    addInstrumentItem(input: $input) {\n      ...InstrumentVersionFields\n    }\n  }\n": types.AddInstrumentItemDocument,
    "\n  mutation RetireInstrumentItem($input: RetireInstrumentItemInput!) {\n    retireInstrumentItem(input: $input) {\n      ...InstrumentVersionFields\n    }\n  }\n": types.RetireInstrumentItemDocument,
    "\n  mutation MoveInstrumentItem($input: MoveInstrumentItemInput!) {\n    moveInstrumentItem(input: $input) {\n      ...InstrumentVersionFields\n    }\n  }\n": types.MoveInstrumentItemDocument,
    "\n  mutation PublishInstrumentDraft($key: String!) {\n    publishInstrumentDraft(instrumentKey: $key) {\n      id\n      version\n      status\n      publishedAt\n    }\n  }\n": types.PublishInstrumentDraftDocument,
    "\n  mutation DiscardInstrumentDraft($key: String!) {\n    discardInstrumentDraft(instrumentKey: $key)\n  }\n": types.DiscardInstrumentDraftDocument,
    "\n  mutation ImportInstrument($input: ImportInstrumentInput!) {\n    importInstrument(input: $input) {\n      id\n      version\n      title\n      definitionJson\n    }\n  }\n": types.ImportInstrumentDocument,
    "\n  query ChecklistPolicyPrograms {\n    programs {\n      id\n      name\n    }\n  }\n": types.ChecklistPolicyProgramsDocument,
    "\n  query ChecklistPolicy($programId: ID!) {\n    checklistPolicy(programId: $programId) {\n      programId\n      selfEveryDays\n      supervisorEveryDays\n      personServedEveryDays\n    }\n  }\n": types.ChecklistPolicyDocument,
    "\n  mutation UpdateChecklistPolicy($input: ChecklistPolicyInput!) {\n    updateChecklistPolicy(input: $input) {\n      programId\n      selfEveryDays\n      supervisorEveryDays\n      personServedEveryDays\n    }\n  }\n": types.UpdateChecklistPolicyDocument,
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
export function graphql(source: "\n  fragment InstrumentVersionFields on InstrumentVersion {\n    id\n    version\n    status\n    publishedAt\n    title\n    scaleLabels\n    naLabel\n    problems\n    dimensions {\n      code\n      title\n      shortTitle\n      inIndex\n    }\n    items {\n      code\n      dimensionCode\n      order\n      help\n      polarity\n      driftPattern\n      naAllowed\n      inShortForm\n      reflectionPrompt\n      prompts {\n        self\n        supervisor\n        reviewer\n        personServed\n      }\n    }\n    crosswalk {\n      fromItemCode\n      toItemCode\n    }\n  }\n"): (typeof documents)["\n  fragment InstrumentVersionFields on InstrumentVersion {\n    id\n    version\n    status\n    publishedAt\n    title\n    scaleLabels\n    naLabel\n    problems\n    dimensions {\n      code\n      title\n      shortTitle\n      inIndex\n    }\n    items {\n      code\n      dimensionCode\n      order\n      help\n      polarity\n      driftPattern\n      naAllowed\n      inShortForm\n      reflectionPrompt\n      prompts {\n        self\n        supervisor\n        reviewer\n        personServed\n      }\n    }\n    crosswalk {\n      fromItemCode\n      toItemCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstrumentList {\n    instruments(includeUnpublished: true) {\n      id\n      key\n      title\n      description\n      level\n      versions {\n        id\n        version\n        status\n        publishedAt\n      }\n      draft {\n        id\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  query InstrumentList {\n    instruments(includeUnpublished: true) {\n      id\n      key\n      title\n      description\n      level\n      versions {\n        id\n        version\n        status\n        publishedAt\n      }\n      draft {\n        id\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstrumentEditor($key: String!) {\n    instrument(key: $key) {\n      id\n      key\n      title\n      description\n      level\n      versions {\n        id\n        version\n        status\n        publishedAt\n      }\n      draft {\n        ...InstrumentVersionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query InstrumentEditor($key: String!) {\n    instrument(key: $key) {\n      id\n      key\n      title\n      description\n      level\n      versions {\n        id\n        version\n        status\n        publishedAt\n      }\n      draft {\n        ...InstrumentVersionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstrumentPublished($key: String!) {\n    instrument(key: $key) {\n      id\n      currentVersion {\n        ...InstrumentVersionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query InstrumentPublished($key: String!) {\n    instrument(key: $key) {\n      id\n      currentVersion {\n        ...InstrumentVersionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportInstrument($key: String!, $format: InstrumentFormat!, $version: Int) {\n    exportInstrument(instrumentKey: $key, format: $format, version: $version)\n  }\n"): (typeof documents)["\n  query ExportInstrument($key: String!, $format: InstrumentFormat!, $version: Int) {\n    exportInstrument(instrumentKey: $key, format: $format, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInstrumentDraft($key: String!) {\n    createInstrumentDraft(instrumentKey: $key) {\n      ...InstrumentVersionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateInstrumentDraft($key: String!) {\n    createInstrumentDraft(instrumentKey: $key) {\n      ...InstrumentVersionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInstrumentItem($input: UpdateInstrumentItemInput!) {\n    updateInstrumentItem(input: $input) {\n      ...InstrumentVersionFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateInstrumentItem($input: UpdateInstrumentItemInput!) {\n    updateInstrumentItem(input: $input) {\n      ...InstrumentVersionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddInstrumentItem($input: AddInstrumentItemInput!) {\n    addInstrumentItem(input: $input) {\n      ...InstrumentVersionFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddInstrumentItem($input: AddInstrumentItemInput!) {\n    addInstrumentItem(input: $input) {\n      ...InstrumentVersionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetireInstrumentItem($input: RetireInstrumentItemInput!) {\n    retireInstrumentItem(input: $input) {\n      ...InstrumentVersionFields\n    }\n  }\n"): (typeof documents)["\n  mutation RetireInstrumentItem($input: RetireInstrumentItemInput!) {\n    retireInstrumentItem(input: $input) {\n      ...InstrumentVersionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveInstrumentItem($input: MoveInstrumentItemInput!) {\n    moveInstrumentItem(input: $input) {\n      ...InstrumentVersionFields\n    }\n  }\n"): (typeof documents)["\n  mutation MoveInstrumentItem($input: MoveInstrumentItemInput!) {\n    moveInstrumentItem(input: $input) {\n      ...InstrumentVersionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishInstrumentDraft($key: String!) {\n    publishInstrumentDraft(instrumentKey: $key) {\n      id\n      version\n      status\n      publishedAt\n    }\n  }\n"): (typeof documents)["\n  mutation PublishInstrumentDraft($key: String!) {\n    publishInstrumentDraft(instrumentKey: $key) {\n      id\n      version\n      status\n      publishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscardInstrumentDraft($key: String!) {\n    discardInstrumentDraft(instrumentKey: $key)\n  }\n"): (typeof documents)["\n  mutation DiscardInstrumentDraft($key: String!) {\n    discardInstrumentDraft(instrumentKey: $key)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportInstrument($input: ImportInstrumentInput!) {\n    importInstrument(input: $input) {\n      id\n      version\n      title\n      definitionJson\n    }\n  }\n"): (typeof documents)["\n  mutation ImportInstrument($input: ImportInstrumentInput!) {\n    importInstrument(input: $input) {\n      id\n      version\n      title\n      definitionJson\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChecklistPolicyPrograms {\n    programs {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ChecklistPolicyPrograms {\n    programs {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChecklistPolicy($programId: ID!) {\n    checklistPolicy(programId: $programId) {\n      programId\n      selfEveryDays\n      supervisorEveryDays\n      personServedEveryDays\n    }\n  }\n"): (typeof documents)["\n  query ChecklistPolicy($programId: ID!) {\n    checklistPolicy(programId: $programId) {\n      programId\n      selfEveryDays\n      supervisorEveryDays\n      personServedEveryDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateChecklistPolicy($input: ChecklistPolicyInput!) {\n    updateChecklistPolicy(input: $input) {\n      programId\n      selfEveryDays\n      supervisorEveryDays\n      personServedEveryDays\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateChecklistPolicy($input: ChecklistPolicyInput!) {\n    updateChecklistPolicy(input: $input) {\n      programId\n      selfEveryDays\n      supervisorEveryDays\n      personServedEveryDays\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
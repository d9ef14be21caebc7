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
    "query Instruments { instruments { key title currentVersion { version status items { code } } draft { id } } }": typeof types.InstrumentsDocument,
    "query InstrumentsInInstrumentsImportExport($a: Boolean!) { instruments(includeUnpublished: $a) { key } }": typeof types.InstrumentsInInstrumentsImportExportDocument,
    "query InstrumentsInInstrumentsImportExport2 { instruments(includeUnpublished: true) { key } }": typeof types.InstrumentsInInstrumentsImportExport2Document,
    "fragment InstrumentVersionFields on InstrumentVersion { id version status publishedAt title problems definitionJson\n  crosswalk { fromItemCode toItemCode }\n  items { code order dimensionCode polarity driftPattern naAllowed inShortForm help reflectionPrompt prompts { self supervisor reviewer personServed } } }": typeof types.InstrumentVersionFieldsFragmentDoc,
    "mutation CreateInstrumentDraft($k: String!) { createInstrumentDraft(instrumentKey: $k) { ...InstrumentVersionFields } }": typeof types.CreateInstrumentDraftDocument,
    "mutation UpdateInstrumentDraft($i: UpdateInstrumentDraftInput!) { updateInstrumentDraft(input: $i) { ...InstrumentVersionFields } }": typeof types.UpdateInstrumentDraftDocument,
    "mutation UpdateInstrumentItem($i: UpdateInstrumentItemInput!) { updateInstrumentItem(input: $i) { ...InstrumentVersionFields } }": typeof types.UpdateInstrumentItemDocument,
    "mutation AddInstrumentItem($i: AddInstrumentItemInput!) { addInstrumentItem(input: $i) { ...InstrumentVersionFields } }": typeof types.AddInstrumentItemDocument,
    "mutation RetireInstrumentItem($i: RetireInstrumentItemInput!) { retireInstrumentItem(input: $i) { ...InstrumentVersionFields } }": typeof types.RetireInstrumentItemDocument,
    "mutation MoveInstrumentItem($i: MoveInstrumentItemInput!) { moveInstrumentItem(input: $i) { ...InstrumentVersionFields } }": typeof types.MoveInstrumentItemDocument,
    "mutation PublishInstrumentDraft($k: String!) { publishInstrumentDraft(instrumentKey: $k) { ...InstrumentVersionFields } }": typeof types.PublishInstrumentDraftDocument,
    "mutation DiscardInstrumentDraft($k: String!) { discardInstrumentDraft(instrumentKey: $k) }": typeof types.DiscardInstrumentDraftDocument,
    "mutation ImportInstrument($i: ImportInstrumentInput!) { importInstrument(input: $i) { ...InstrumentVersionFields } }": typeof types.ImportInstrumentDocument,
    "query ExportInstrument($k: String!, $f: InstrumentFormat!, $v: Int) { exportInstrument(instrumentKey: $k, format: $f, version: $v) }": typeof types.ExportInstrumentDocument,
    "query InstrumentVersionValidation($k: String!) { instrumentVersionValidation(instrumentKey: $k) }": typeof types.InstrumentVersionValidationDocument,
    "query InstrumentInInstrumentsSetup($k: String!) { instrument(key: $k) { id key title currentVersion { id version } draft { id version } versions { id version status } } }": typeof types.InstrumentInInstrumentsSetupDocument,
};
const documents: Documents = {
    "query Instruments { instruments { key title currentVersion { version status items { code } } draft { id } } }": types.InstrumentsDocument,
    "query InstrumentsInInstrumentsImportExport($a: Boolean!) { instruments(includeUnpublished: $a) { key } }": types.InstrumentsInInstrumentsImportExportDocument,
    "query InstrumentsInInstrumentsImportExport2 { instruments(includeUnpublished: true) { key } }": types.InstrumentsInInstrumentsImportExport2Document,
    "fragment InstrumentVersionFields on InstrumentVersion { id version status publishedAt title problems definitionJson\n  crosswalk { fromItemCode toItemCode }\n  items { code order dimensionCode polarity driftPattern naAllowed inShortForm help reflectionPrompt prompts { self supervisor reviewer personServed } } }": types.InstrumentVersionFieldsFragmentDoc,
    "mutation CreateInstrumentDraft($k: String!) { createInstrumentDraft(instrumentKey: $k) { ...InstrumentVersionFields } }": types.CreateInstrumentDraftDocument,
    "mutation UpdateInstrumentDraft($i: UpdateInstrumentDraftInput!) { updateInstrumentDraft(input: $i) { ...InstrumentVersionFields } }": types.UpdateInstrumentDraftDocument,
    "mutation UpdateInstrumentItem($i: UpdateInstrumentItemInput!) { updateInstrumentItem(input: $i) { ...InstrumentVersionFields } }": types.UpdateInstrumentItemDocument,
    "mutation AddInstrumentItem($i: AddInstrumentItemInput!) { addInstrumentItem(input: $i) { ...InstrumentVersionFields } }": types.AddInstrumentItemDocument,
    "mutation RetireInstrumentItem($i: RetireInstrumentItemInput!) { retireInstrumentItem(input: $i) { ...InstrumentVersionFields } }": types.RetireInstrumentItemDocument,
    "mutation MoveInstrumentItem($i: MoveInstrumentItemInput!) { moveInstrumentItem(input: $i) { ...InstrumentVersionFields } }": types.MoveInstrumentItemDocument,
    "mutation PublishInstrumentDraft($k: String!) { publishInstrumentDraft(instrumentKey: $k) { ...InstrumentVersionFields } }": types.PublishInstrumentDraftDocument,
    "mutation DiscardInstrumentDraft($k: String!) { discardInstrumentDraft(instrumentKey: $k) }": types.DiscardInstrumentDraftDocument,
    "mutation ImportInstrument($i: ImportInstrumentInput!) { importInstrument(input: $i) { ...InstrumentVersionFields } }": types.ImportInstrumentDocument,
    "query ExportInstrument($k: String!, $f: InstrumentFormat!, $v: Int) { exportInstrument(instrumentKey: $k, format: $f, version: $v) }": types.ExportInstrumentDocument,
    "query InstrumentVersionValidation($k: String!) { instrumentVersionValidation(instrumentKey: $k) }": types.InstrumentVersionValidationDocument,
    "query InstrumentInInstrumentsSetup($k: String!) { instrument(key: $k) { id key title currentVersion { id version } draft { id version } versions { id version status } } }": types.InstrumentInInstrumentsSetupDocument,
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
export function graphql(source: "query Instruments { instruments { key title currentVersion { version status items { code } } draft { id } } }"): (typeof documents)["query Instruments { instruments { key title currentVersion { version status items { code } } draft { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InstrumentsInInstrumentsImportExport($a: Boolean!) { instruments(includeUnpublished: $a) { key } }"): (typeof documents)["query InstrumentsInInstrumentsImportExport($a: Boolean!) { instruments(includeUnpublished: $a) { key } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InstrumentsInInstrumentsImportExport2 { instruments(includeUnpublished: true) { key } }"): (typeof documents)["query InstrumentsInInstrumentsImportExport2 { instruments(includeUnpublished: true) { key } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment InstrumentVersionFields on InstrumentVersion { id version status publishedAt title problems definitionJson\n  crosswalk { fromItemCode toItemCode }\n  items { code order dimensionCode polarity driftPattern naAllowed inShortForm help reflectionPrompt prompts { self supervisor reviewer personServed } } }"): (typeof documents)["fragment InstrumentVersionFields on InstrumentVersion { id version status publishedAt title problems definitionJson\n  crosswalk { fromItemCode toItemCode }\n  items { code order dimensionCode polarity driftPattern naAllowed inShortForm help reflectionPrompt prompts { self supervisor reviewer personServed } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateInstrumentDraft($k: String!) { createInstrumentDraft(instrumentKey: $k) { ...InstrumentVersionFields } }"): (typeof documents)["mutation CreateInstrumentDraft($k: String!) { createInstrumentDraft(instrumentKey: $k) { ...InstrumentVersionFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateInstrumentDraft($i: UpdateInstrumentDraftInput!) { updateInstrumentDraft(input: $i) { ...InstrumentVersionFields } }"): (typeof documents)["mutation UpdateInstrumentDraft($i: UpdateInstrumentDraftInput!) { updateInstrumentDraft(input: $i) { ...InstrumentVersionFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateInstrumentItem($i: UpdateInstrumentItemInput!) { updateInstrumentItem(input: $i) { ...InstrumentVersionFields } }"): (typeof documents)["mutation UpdateInstrumentItem($i: UpdateInstrumentItemInput!) { updateInstrumentItem(input: $i) { ...InstrumentVersionFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddInstrumentItem($i: AddInstrumentItemInput!) { addInstrumentItem(input: $i) { ...InstrumentVersionFields } }"): (typeof documents)["mutation AddInstrumentItem($i: AddInstrumentItemInput!) { addInstrumentItem(input: $i) { ...InstrumentVersionFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RetireInstrumentItem($i: RetireInstrumentItemInput!) { retireInstrumentItem(input: $i) { ...InstrumentVersionFields } }"): (typeof documents)["mutation RetireInstrumentItem($i: RetireInstrumentItemInput!) { retireInstrumentItem(input: $i) { ...InstrumentVersionFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoveInstrumentItem($i: MoveInstrumentItemInput!) { moveInstrumentItem(input: $i) { ...InstrumentVersionFields } }"): (typeof documents)["mutation MoveInstrumentItem($i: MoveInstrumentItemInput!) { moveInstrumentItem(input: $i) { ...InstrumentVersionFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishInstrumentDraft($k: String!) { publishInstrumentDraft(instrumentKey: $k) { ...InstrumentVersionFields } }"): (typeof documents)["mutation PublishInstrumentDraft($k: String!) { publishInstrumentDraft(instrumentKey: $k) { ...InstrumentVersionFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DiscardInstrumentDraft($k: String!) { discardInstrumentDraft(instrumentKey: $k) }"): (typeof documents)["mutation DiscardInstrumentDraft($k: String!) { discardInstrumentDraft(instrumentKey: $k) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImportInstrument($i: ImportInstrumentInput!) { importInstrument(input: $i) { ...InstrumentVersionFields } }"): (typeof documents)["mutation ImportInstrument($i: ImportInstrumentInput!) { importInstrument(input: $i) { ...InstrumentVersionFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportInstrument($k: String!, $f: InstrumentFormat!, $v: Int) { exportInstrument(instrumentKey: $k, format: $f, version: $v) }"): (typeof documents)["query ExportInstrument($k: String!, $f: InstrumentFormat!, $v: Int) { exportInstrument(instrumentKey: $k, format: $f, version: $v) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InstrumentVersionValidation($k: String!) { instrumentVersionValidation(instrumentKey: $k) }"): (typeof documents)["query InstrumentVersionValidation($k: String!) { instrumentVersionValidation(instrumentKey: $k) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InstrumentInInstrumentsSetup($k: String!) { instrument(key: $k) { id key title currentVersion { id version } draft { id version } versions { id version status } } }"): (typeof documents)["query InstrumentInInstrumentsSetup($k: String!) { instrument(key: $k) { id key title currentVersion { id version } draft { id version } versions { id version status } } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
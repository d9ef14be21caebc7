/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AddInstrumentItemInput = {
  /** D1 … D7; the new item goes at the end of this dimension and gets the next free code. At most 40 characters. */
  dimensionCode: string;
  /** Required before publishing when polarity is DRIFT. */
  driftPattern?: InstrumentDriftPattern | null | undefined;
  /** At most 2,000 characters. */
  help?: string;
  inShortForm?: boolean;
  /** At most 63 characters. */
  instrumentKey: string;
  naAllowed?: boolean;
  polarity: InstrumentItemPolarity;
  /** self is required. */
  prompts: ItemPromptsInput;
  /** At most 2,000 characters. */
  reflectionPrompt?: string | null | undefined;
  /** An item of the previous version this one replaces (crosswalk: it → the new item). At most 40 characters. */
  replacesItemCode?: string | null | undefined;
};

export type ImportInstrumentInput = {
  /** The file content (at most 1 MB of UTF-8). At most 1,048,576 characters. */
  content: string;
  format: InstrumentFormat;
};

/** The drift a DRIFT item signals. */
export type InstrumentDriftPattern =
  | 'ERRAND'
  | 'HIERARCHICAL'
  | 'MEDICAL_MODEL';

/** JSON = the definition itself; REDCAP_CSV = an 18-column REDCap data dictionary (Tandem fields in the annotations). */
export type InstrumentFormat =
  | 'JSON'
  | 'REDCAP_CSV';

/** CORE (higher = more mutuality) or DRIFT (higher = more drift; reverse-scored). */
export type InstrumentItemPolarity =
  | 'CORE'
  | 'DRIFT';

/** Earlier (UP) or later (DOWN) in display order. */
export type ItemMoveDirection =
  | 'DOWN'
  | 'UP';

export type ItemPromptsInput = {
  /** Plain language for the person served (short-form items); null or "" removes it. At most 2,000 characters. */
  personServed?: string | null | undefined;
  /** Defaults to the supervisor wording for new items. At most 2,000 characters. */
  reviewer?: string | null | undefined;
  /** First person: "I …". At most 2,000 characters. */
  self?: string | null | undefined;
  /** Third person: "The peer specialist …". At most 2,000 characters. */
  supervisor?: string | null | undefined;
};

export type MoveInstrumentItemInput = {
  direction: ItemMoveDirection;
  /** At most 63 characters. */
  instrumentKey: string;
  /** At most 40 characters. */
  itemCode: string;
};

export type RetireInstrumentItemInput = {
  /** At most 63 characters. */
  instrumentKey: string;
  /** At most 40 characters. */
  itemCode: string;
  /** The draft item that carries its trend on; none = retired (crosswalk → null). At most 40 characters. */
  replacedByItemCode?: string | null | undefined;
};

export type UpdateInstrumentDraftInput = {
  /** The whole definition as JSON; key and version must stay the same. At most 1,048,576 characters. */
  definitionJson: string;
  /** At most 63 characters. */
  instrumentKey: string;
};

export type UpdateInstrumentItemInput = {
  /** null removes it. */
  driftPattern?: InstrumentDriftPattern | null | undefined;
  /** At most 2,000 characters. */
  help?: string | null | undefined;
  inShortForm?: boolean | null | undefined;
  /** At most 63 characters. */
  instrumentKey: string;
  /** At most 40 characters. */
  itemCode: string;
  naAllowed?: boolean | null | undefined;
  /** New position in display order (1 = first); other items make room. */
  order?: number | null | undefined;
  /** Only the prompts given change. */
  prompts?: ItemPromptsInput | null | undefined;
  /** Supervision prompt for drift items; null or "" removes it. At most 2,000 characters. */
  reflectionPrompt?: string | null | undefined;
};

export type InstrumentsQueryVariables = Exact<{ [key: string]: never; }>;


export type InstrumentsQuery = { instruments: Array<{ key: string, title: string, currentVersion: { version: number, status: string, items: Array<{ code: string }> }, draft: { id: string } | null }> };

export type InstrumentsInInstrumentsImportExportQueryVariables = Exact<{
  a: boolean;
}>;


export type InstrumentsInInstrumentsImportExportQuery = { instruments: Array<{ key: string }> };

export type InstrumentsInInstrumentsImportExport2QueryVariables = Exact<{ [key: string]: never; }>;


export type InstrumentsInInstrumentsImportExport2Query = { instruments: Array<{ key: string }> };

export type InstrumentVersionFieldsFragment = { id: string, version: number, status: string, publishedAt: string | null, title: string, problems: Array<string>, definitionJson: string, crosswalk: Array<{ fromItemCode: string, toItemCode: string | null }>, items: Array<{ code: string, order: number, dimensionCode: string, polarity: string, driftPattern: string | null, naAllowed: boolean, inShortForm: boolean, help: string, reflectionPrompt: string | null, prompts: { self: string, supervisor: string, reviewer: string, personServed: string | null } }> };

export type CreateInstrumentDraftMutationVariables = Exact<{
  k: string;
}>;


export type CreateInstrumentDraftMutation = { createInstrumentDraft: { id: string, version: number, status: string, publishedAt: string | null, title: string, problems: Array<string>, definitionJson: string, crosswalk: Array<{ fromItemCode: string, toItemCode: string | null }>, items: Array<{ code: string, order: number, dimensionCode: string, polarity: string, driftPattern: string | null, naAllowed: boolean, inShortForm: boolean, help: string, reflectionPrompt: string | null, prompts: { self: string, supervisor: string, reviewer: string, personServed: string | null } }> } };

export type UpdateInstrumentDraftMutationVariables = Exact<{
  i: UpdateInstrumentDraftInput;
}>;


export type UpdateInstrumentDraftMutation = { updateInstrumentDraft: { id: string, version: number, status: string, publishedAt: string | null, title: string, problems: Array<string>, definitionJson: string, crosswalk: Array<{ fromItemCode: string, toItemCode: string | null }>, items: Array<{ code: string, order: number, dimensionCode: string, polarity: string, driftPattern: string | null, naAllowed: boolean, inShortForm: boolean, help: string, reflectionPrompt: string | null, prompts: { self: string, supervisor: string, reviewer: string, personServed: string | null } }> } };

export type UpdateInstrumentItemMutationVariables = Exact<{
  i: UpdateInstrumentItemInput;
}>;


export type UpdateInstrumentItemMutation = { updateInstrumentItem: { id: string, version: number, status: string, publishedAt: string | null, title: string, problems: Array<string>, definitionJson: string, crosswalk: Array<{ fromItemCode: string, toItemCode: string | null }>, items: Array<{ code: string, order: number, dimensionCode: string, polarity: string, driftPattern: string | null, naAllowed: boolean, inShortForm: boolean, help: string, reflectionPrompt: string | null, prompts: { self: string, supervisor: string, reviewer: string, personServed: string | null } }> } };

export type AddInstrumentItemMutationVariables = Exact<{
  i: AddInstrumentItemInput;
}>;


export type AddInstrumentItemMutation = { addInstrumentItem: { id: string, version: number, status: string, publishedAt: string | null, title: string, problems: Array<string>, definitionJson: string, crosswalk: Array<{ fromItemCode: string, toItemCode: string | null }>, items: Array<{ code: string, order: number, dimensionCode: string, polarity: string, driftPattern: string | null, naAllowed: boolean, inShortForm: boolean, help: string, reflectionPrompt: string | null, prompts: { self: string, supervisor: string, reviewer: string, personServed: string | null } }> } };

export type RetireInstrumentItemMutationVariables = Exact<{
  i: RetireInstrumentItemInput;
}>;


export type RetireInstrumentItemMutation = { retireInstrumentItem: { id: string, version: number, status: string, publishedAt: string | null, title: string, problems: Array<string>, definitionJson: string, crosswalk: Array<{ fromItemCode: string, toItemCode: string | null }>, items: Array<{ code: string, order: number, dimensionCode: string, polarity: string, driftPattern: string | null, naAllowed: boolean, inShortForm: boolean, help: string, reflectionPrompt: string | null, prompts: { self: string, supervisor: string, reviewer: string, personServed: string | null } }> } };

export type MoveInstrumentItemMutationVariables = Exact<{
  i: MoveInstrumentItemInput;
}>;


export type MoveInstrumentItemMutation = { moveInstrumentItem: { id: string, version: number, status: string, publishedAt: string | null, title: string, problems: Array<string>, definitionJson: string, crosswalk: Array<{ fromItemCode: string, toItemCode: string | null }>, items: Array<{ code: string, order: number, dimensionCode: string, polarity: string, driftPattern: string | null, naAllowed: boolean, inShortForm: boolean, help: string, reflectionPrompt: string | null, prompts: { self: string, supervisor: string, reviewer: string, personServed: string | null } }> } };

export type PublishInstrumentDraftMutationVariables = Exact<{
  k: string;
}>;


export type PublishInstrumentDraftMutation = { publishInstrumentDraft: { id: string, version: number, status: string, publishedAt: string | null, title: string, problems: Array<string>, definitionJson: string, crosswalk: Array<{ fromItemCode: string, toItemCode: string | null }>, items: Array<{ code: string, order: number, dimensionCode: string, polarity: string, driftPattern: string | null, naAllowed: boolean, inShortForm: boolean, help: string, reflectionPrompt: string | null, prompts: { self: string, supervisor: string, reviewer: string, personServed: string | null } }> } };

export type DiscardInstrumentDraftMutationVariables = Exact<{
  k: string;
}>;


export type DiscardInstrumentDraftMutation = { discardInstrumentDraft: boolean };

export type ImportInstrumentMutationVariables = Exact<{
  i: ImportInstrumentInput;
}>;


export type ImportInstrumentMutation = { importInstrument: { id: string, version: number, status: string, publishedAt: string | null, title: string, problems: Array<string>, definitionJson: string, crosswalk: Array<{ fromItemCode: string, toItemCode: string | null }>, items: Array<{ code: string, order: number, dimensionCode: string, polarity: string, driftPattern: string | null, naAllowed: boolean, inShortForm: boolean, help: string, reflectionPrompt: string | null, prompts: { self: string, supervisor: string, reviewer: string, personServed: string | null } }> } };

export type ExportInstrumentQueryVariables = Exact<{
  k: string;
  f: InstrumentFormat;
  v?: number | null | undefined;
}>;


export type ExportInstrumentQuery = { exportInstrument: string };

export type InstrumentVersionValidationQueryVariables = Exact<{
  k: string;
}>;


export type InstrumentVersionValidationQuery = { instrumentVersionValidation: Array<string> };

export type InstrumentInInstrumentsSetupQueryVariables = Exact<{
  k: string;
}>;


export type InstrumentInInstrumentsSetupQuery = { instrument: { id: string, key: string, title: string, currentVersion: { id: string, version: number }, draft: { id: string, version: number } | null, versions: Array<{ id: string, version: number, status: string }> } };

export const InstrumentVersionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"definitionJson"}},{"kind":"Field","name":{"kind":"Name","value":"crosswalk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromItemCode"}},{"kind":"Field","name":{"kind":"Name","value":"toItemCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"dimensionCode"}},{"kind":"Field","name":{"kind":"Name","value":"polarity"}},{"kind":"Field","name":{"kind":"Name","value":"driftPattern"}},{"kind":"Field","name":{"kind":"Name","value":"naAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"inShortForm"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"reflectionPrompt"}},{"kind":"Field","name":{"kind":"Name","value":"prompts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"self"}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"}},{"kind":"Field","name":{"kind":"Name","value":"personServed"}}]}}]}}]}}]} as unknown as DocumentNode<InstrumentVersionFieldsFragment, unknown>;
export const InstrumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Instruments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instruments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<InstrumentsQuery, InstrumentsQueryVariables>;
export const InstrumentsInInstrumentsImportExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstrumentsInInstrumentsImportExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instruments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeUnpublished"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<InstrumentsInInstrumentsImportExportQuery, InstrumentsInInstrumentsImportExportQueryVariables>;
export const InstrumentsInInstrumentsImportExport2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstrumentsInInstrumentsImportExport2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instruments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeUnpublished"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<InstrumentsInInstrumentsImportExport2Query, InstrumentsInInstrumentsImportExport2QueryVariables>;
export const CreateInstrumentDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateInstrumentDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"k"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInstrumentDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"instrumentKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"k"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentVersionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"definitionJson"}},{"kind":"Field","name":{"kind":"Name","value":"crosswalk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromItemCode"}},{"kind":"Field","name":{"kind":"Name","value":"toItemCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"dimensionCode"}},{"kind":"Field","name":{"kind":"Name","value":"polarity"}},{"kind":"Field","name":{"kind":"Name","value":"driftPattern"}},{"kind":"Field","name":{"kind":"Name","value":"naAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"inShortForm"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"reflectionPrompt"}},{"kind":"Field","name":{"kind":"Name","value":"prompts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"self"}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"}},{"kind":"Field","name":{"kind":"Name","value":"personServed"}}]}}]}}]}}]} as unknown as DocumentNode<CreateInstrumentDraftMutation, CreateInstrumentDraftMutationVariables>;
export const UpdateInstrumentDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateInstrumentDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateInstrumentDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateInstrumentDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentVersionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"definitionJson"}},{"kind":"Field","name":{"kind":"Name","value":"crosswalk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromItemCode"}},{"kind":"Field","name":{"kind":"Name","value":"toItemCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"dimensionCode"}},{"kind":"Field","name":{"kind":"Name","value":"polarity"}},{"kind":"Field","name":{"kind":"Name","value":"driftPattern"}},{"kind":"Field","name":{"kind":"Name","value":"naAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"inShortForm"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"reflectionPrompt"}},{"kind":"Field","name":{"kind":"Name","value":"prompts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"self"}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"}},{"kind":"Field","name":{"kind":"Name","value":"personServed"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateInstrumentDraftMutation, UpdateInstrumentDraftMutationVariables>;
export const UpdateInstrumentItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateInstrumentItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateInstrumentItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateInstrumentItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentVersionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"definitionJson"}},{"kind":"Field","name":{"kind":"Name","value":"crosswalk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromItemCode"}},{"kind":"Field","name":{"kind":"Name","value":"toItemCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"dimensionCode"}},{"kind":"Field","name":{"kind":"Name","value":"polarity"}},{"kind":"Field","name":{"kind":"Name","value":"driftPattern"}},{"kind":"Field","name":{"kind":"Name","value":"naAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"inShortForm"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"reflectionPrompt"}},{"kind":"Field","name":{"kind":"Name","value":"prompts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"self"}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"}},{"kind":"Field","name":{"kind":"Name","value":"personServed"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateInstrumentItemMutation, UpdateInstrumentItemMutationVariables>;
export const AddInstrumentItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddInstrumentItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddInstrumentItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addInstrumentItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentVersionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"definitionJson"}},{"kind":"Field","name":{"kind":"Name","value":"crosswalk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromItemCode"}},{"kind":"Field","name":{"kind":"Name","value":"toItemCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"dimensionCode"}},{"kind":"Field","name":{"kind":"Name","value":"polarity"}},{"kind":"Field","name":{"kind":"Name","value":"driftPattern"}},{"kind":"Field","name":{"kind":"Name","value":"naAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"inShortForm"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"reflectionPrompt"}},{"kind":"Field","name":{"kind":"Name","value":"prompts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"self"}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"}},{"kind":"Field","name":{"kind":"Name","value":"personServed"}}]}}]}}]}}]} as unknown as DocumentNode<AddInstrumentItemMutation, AddInstrumentItemMutationVariables>;
export const RetireInstrumentItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetireInstrumentItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RetireInstrumentItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireInstrumentItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentVersionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"definitionJson"}},{"kind":"Field","name":{"kind":"Name","value":"crosswalk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromItemCode"}},{"kind":"Field","name":{"kind":"Name","value":"toItemCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"dimensionCode"}},{"kind":"Field","name":{"kind":"Name","value":"polarity"}},{"kind":"Field","name":{"kind":"Name","value":"driftPattern"}},{"kind":"Field","name":{"kind":"Name","value":"naAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"inShortForm"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"reflectionPrompt"}},{"kind":"Field","name":{"kind":"Name","value":"prompts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"self"}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"}},{"kind":"Field","name":{"kind":"Name","value":"personServed"}}]}}]}}]}}]} as unknown as DocumentNode<RetireInstrumentItemMutation, RetireInstrumentItemMutationVariables>;
export const MoveInstrumentItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveInstrumentItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveInstrumentItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveInstrumentItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentVersionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"definitionJson"}},{"kind":"Field","name":{"kind":"Name","value":"crosswalk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromItemCode"}},{"kind":"Field","name":{"kind":"Name","value":"toItemCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"dimensionCode"}},{"kind":"Field","name":{"kind":"Name","value":"polarity"}},{"kind":"Field","name":{"kind":"Name","value":"driftPattern"}},{"kind":"Field","name":{"kind":"Name","value":"naAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"inShortForm"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"reflectionPrompt"}},{"kind":"Field","name":{"kind":"Name","value":"prompts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"self"}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"}},{"kind":"Field","name":{"kind":"Name","value":"personServed"}}]}}]}}]}}]} as unknown as DocumentNode<MoveInstrumentItemMutation, MoveInstrumentItemMutationVariables>;
export const PublishInstrumentDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishInstrumentDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"k"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishInstrumentDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"instrumentKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"k"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentVersionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"definitionJson"}},{"kind":"Field","name":{"kind":"Name","value":"crosswalk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromItemCode"}},{"kind":"Field","name":{"kind":"Name","value":"toItemCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"dimensionCode"}},{"kind":"Field","name":{"kind":"Name","value":"polarity"}},{"kind":"Field","name":{"kind":"Name","value":"driftPattern"}},{"kind":"Field","name":{"kind":"Name","value":"naAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"inShortForm"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"reflectionPrompt"}},{"kind":"Field","name":{"kind":"Name","value":"prompts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"self"}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"}},{"kind":"Field","name":{"kind":"Name","value":"personServed"}}]}}]}}]}}]} as unknown as DocumentNode<PublishInstrumentDraftMutation, PublishInstrumentDraftMutationVariables>;
export const DiscardInstrumentDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DiscardInstrumentDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"k"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discardInstrumentDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"instrumentKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"k"}}}]}]}}]} as unknown as DocumentNode<DiscardInstrumentDraftMutation, DiscardInstrumentDraftMutationVariables>;
export const ImportInstrumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportInstrument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportInstrumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importInstrument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentVersionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"definitionJson"}},{"kind":"Field","name":{"kind":"Name","value":"crosswalk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromItemCode"}},{"kind":"Field","name":{"kind":"Name","value":"toItemCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"dimensionCode"}},{"kind":"Field","name":{"kind":"Name","value":"polarity"}},{"kind":"Field","name":{"kind":"Name","value":"driftPattern"}},{"kind":"Field","name":{"kind":"Name","value":"naAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"inShortForm"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"reflectionPrompt"}},{"kind":"Field","name":{"kind":"Name","value":"prompts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"self"}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"}},{"kind":"Field","name":{"kind":"Name","value":"personServed"}}]}}]}}]}}]} as unknown as DocumentNode<ImportInstrumentMutation, ImportInstrumentMutationVariables>;
export const ExportInstrumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportInstrument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"k"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportInstrument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"instrumentKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"k"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}}]}]}}]} as unknown as DocumentNode<ExportInstrumentQuery, ExportInstrumentQueryVariables>;
export const InstrumentVersionValidationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstrumentVersionValidation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"k"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrumentVersionValidation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"instrumentKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"k"}}}]}]}}]} as unknown as DocumentNode<InstrumentVersionValidationQuery, InstrumentVersionValidationQueryVariables>;
export const InstrumentInInstrumentsSetupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstrumentInInstrumentsSetup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"k"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"k"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<InstrumentInInstrumentsSetupQuery, InstrumentInInstrumentsSetupQueryVariables>;
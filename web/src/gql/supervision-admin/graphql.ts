/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Three drift patterns and mutual, person-led wording. */
export type LanguagePattern =
  | 'ERRAND'
  | 'HIERARCHICAL'
  | 'MEDICAL_MODEL'
  | 'MUTUALITY';

/** DEFAULT: the starter list as shipped; OVERRIDDEN: a default the organisation changed; ORGANIZATION: added by the organisation. */
export type LexiconSource =
  | 'DEFAULT'
  | 'ORGANIZATION'
  | 'OVERRIDDEN';

export type SupervisionComplianceFilterInput = {
  /** Start of the reporting window; default 90 days before to; at most 10 years before now. */
  from?: string | null | undefined;
  programId?: string | number | null | undefined;
  superviseeId?: string | number | null | undefined;
  teamId?: string | number | null | undefined;
  /** End of the window (exclusive); default now; at most 400 days after now and 400 days after from. Only sessions up to now count. */
  to?: string | null | undefined;
};

/** OVERDUE: longer than the current interval + 2 days since the last counting session; BEHIND: fewer recorded than required so far. */
export type SupervisionComplianceStatus =
  | 'BEHIND'
  | 'ON_TRACK'
  | 'OVERDUE';

/** Individual, group, peer co-reflection (among peers) or observation of practice. */
export type SupervisionModality =
  | 'GROUP'
  | 'INDIVIDUAL'
  | 'OBSERVATION'
  | 'PEER_COREFLECTION';

/** WEEKLY_6M_THEN_BIWEEKLY (default): weekly for 6 months, then every 14 days. WEEKLY_UNTIL_CERT_THEN_MONTHLY: weekly for 24 months, then every 30 days. CUSTOM: your own stages. */
export type SupervisionPolicyPreset =
  | 'CUSTOM'
  | 'WEEKLY_6M_THEN_BIWEEKLY'
  | 'WEEKLY_UNTIL_CERT_THEN_MONTHLY';

export type SupervisionStageInput = {
  everyDays: number;
  untilMonths?: number | null | undefined;
};

/** Presets fix the stages; counting rules can be set with any preset. */
export type UpdateSupervisionPolicyInput = {
  /** Default: individual, group and peer co-reflection. */
  countingModalities?: Array<SupervisionModality> | null | undefined;
  /** Default 30. */
  minimumMinutes?: number | null | undefined;
  preset: SupervisionPolicyPreset;
  programId: string | number;
  /** Default true. */
  requireDocumentation?: boolean | null | undefined;
  /** Required for CUSTOM, ignored otherwise. */
  stages?: Array<SupervisionStageInput> | null | undefined;
};

export type UpsertLexiconEntryInput = {
  /** At most 500 characters. */
  alternative?: string | null | undefined;
  pattern: LanguagePattern;
  /** A default phrase (to change or disable it) or a new one. At most 100 characters. */
  phrase: string;
  /** Other forms of the phrase. Each at most 100 characters. */
  variants?: Array<string> | null | undefined;
  /** 0 disables the phrase; 1 context-dependent; 2 strong; 3 very strong. */
  weight: number;
};

export type SupervisionComplianceQueryVariables = Exact<{
  filter?: SupervisionComplianceFilterInput | null | undefined;
}>;


export type SupervisionComplianceQuery = { supervisionCompliance: { from: string, to: string, supervisees: Array<{ superviseeId: string, programId: string | null, required: number, recorded: number, ratio: number | null, daysSinceLast: number | null, lastSessionAt: string | null, currentIntervalDays: number, overdue: boolean, status: SupervisionComplianceStatus, policyPreset: SupervisionPolicyPreset, supervisee: { id: string, name: string }, team: { id: string, name: string } | null, reconciliation: { heldNotDocumented: number, documentedNotScheduled: number, pastStillScheduled: number } }>, teams: Array<{ id: string | null, supervisees: number, required: number, recorded: number, ratio: number | null, onTrack: number, behind: number, overdue: number, reconciliation: { heldNotDocumented: number, documentedNotScheduled: number, pastStillScheduled: number } }>, programs: Array<{ id: string | null, supervisees: number, required: number, recorded: number, ratio: number | null, onTrack: number, behind: number, overdue: number, reconciliation: { heldNotDocumented: number, documentedNotScheduled: number, pastStillScheduled: number } }>, total: { id: string | null, supervisees: number, required: number, recorded: number, ratio: number | null, onTrack: number, behind: number, overdue: number, reconciliation: { heldNotDocumented: number, documentedNotScheduled: number, pastStillScheduled: number } } } };

export type SupervisionComplianceAggregateFieldsFragment = { id: string | null, supervisees: number, required: number, recorded: number, ratio: number | null, onTrack: number, behind: number, overdue: number, reconciliation: { heldNotDocumented: number, documentedNotScheduled: number, pastStillScheduled: number } };

export type SupervisionProgramsQueryVariables = Exact<{ [key: string]: never; }>;


export type SupervisionProgramsQuery = { programs: Array<{ id: string, name: string, teams: Array<{ id: string, name: string, archived: boolean }> }> };

export type SupervisionPolicyQueryVariables = Exact<{
  programId: string | number;
}>;


export type SupervisionPolicyQuery = { supervisionPolicy: { programId: string, preset: SupervisionPolicyPreset, presetLabel: string, isDefault: boolean, countingModalities: Array<SupervisionModality>, minimumMinutes: number, requireDocumentation: boolean, updatedAt: string | null, stages: Array<{ untilMonths: number | null, everyDays: number }> } };

export type UpdateSupervisionPolicyMutationVariables = Exact<{
  input: UpdateSupervisionPolicyInput;
}>;


export type UpdateSupervisionPolicyMutation = { updateSupervisionPolicy: { programId: string, preset: SupervisionPolicyPreset, presetLabel: string, isDefault: boolean, countingModalities: Array<SupervisionModality>, minimumMinutes: number, requireDocumentation: boolean, updatedAt: string | null, stages: Array<{ untilMonths: number | null, everyDays: number }> } };

export type LexiconQueryVariables = Exact<{ [key: string]: never; }>;


export type LexiconQuery = { lexicon: Array<{ phrase: string, pattern: LanguagePattern, weight: number, defaultWeight: number | null, enabled: boolean, source: LexiconSource, alternative: string | null, variants: Array<string> }> };

export type UpsertLexiconEntryMutationVariables = Exact<{
  input: UpsertLexiconEntryInput;
}>;


export type UpsertLexiconEntryMutation = { upsertLexiconEntry: { phrase: string, pattern: LanguagePattern, weight: number, defaultWeight: number | null, enabled: boolean, source: LexiconSource, alternative: string | null, variants: Array<string> } };

export type DeleteLexiconEntryMutationVariables = Exact<{
  phrase: string;
}>;


export type DeleteLexiconEntryMutation = { deleteLexiconEntry: boolean };

export const SupervisionComplianceAggregateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionComplianceAggregateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionComplianceAggregate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"supervisees"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"recorded"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"behind"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reconciliation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heldNotDocumented"}},{"kind":"Field","name":{"kind":"Name","value":"documentedNotScheduled"}},{"kind":"Field","name":{"kind":"Name","value":"pastStillScheduled"}}]}}]}}]} as unknown as DocumentNode<SupervisionComplianceAggregateFieldsFragment, unknown>;
export const SupervisionComplianceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisionCompliance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionComplianceFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionCompliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"supervisees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"superviseeId"}},{"kind":"Field","name":{"kind":"Name","value":"supervisee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"recorded"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"daysSinceLast"}},{"kind":"Field","name":{"kind":"Name","value":"lastSessionAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentIntervalDays"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"policyPreset"}},{"kind":"Field","name":{"kind":"Name","value":"reconciliation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heldNotDocumented"}},{"kind":"Field","name":{"kind":"Name","value":"documentedNotScheduled"}},{"kind":"Field","name":{"kind":"Name","value":"pastStillScheduled"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupervisionComplianceAggregateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupervisionComplianceAggregateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupervisionComplianceAggregateFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionComplianceAggregateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionComplianceAggregate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"supervisees"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"recorded"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"behind"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reconciliation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heldNotDocumented"}},{"kind":"Field","name":{"kind":"Name","value":"documentedNotScheduled"}},{"kind":"Field","name":{"kind":"Name","value":"pastStillScheduled"}}]}}]}}]} as unknown as DocumentNode<SupervisionComplianceQuery, SupervisionComplianceQueryVariables>;
export const SupervisionProgramsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisionPrograms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}}]}}]}}]}}]} as unknown as DocumentNode<SupervisionProgramsQuery, SupervisionProgramsQueryVariables>;
export const SupervisionPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisionPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"preset"}},{"kind":"Field","name":{"kind":"Name","value":"presetLabel"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"untilMonths"}},{"kind":"Field","name":{"kind":"Name","value":"everyDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countingModalities"}},{"kind":"Field","name":{"kind":"Name","value":"minimumMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"requireDocumentation"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<SupervisionPolicyQuery, SupervisionPolicyQueryVariables>;
export const UpdateSupervisionPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSupervisionPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSupervisionPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSupervisionPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"preset"}},{"kind":"Field","name":{"kind":"Name","value":"presetLabel"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"untilMonths"}},{"kind":"Field","name":{"kind":"Name","value":"everyDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countingModalities"}},{"kind":"Field","name":{"kind":"Name","value":"minimumMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"requireDocumentation"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<UpdateSupervisionPolicyMutation, UpdateSupervisionPolicyMutationVariables>;
export const LexiconDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Lexicon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lexicon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phrase"}},{"kind":"Field","name":{"kind":"Name","value":"pattern"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"defaultWeight"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"alternative"}},{"kind":"Field","name":{"kind":"Name","value":"variants"}}]}}]}}]} as unknown as DocumentNode<LexiconQuery, LexiconQueryVariables>;
export const UpsertLexiconEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertLexiconEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpsertLexiconEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertLexiconEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phrase"}},{"kind":"Field","name":{"kind":"Name","value":"pattern"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"defaultWeight"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"alternative"}},{"kind":"Field","name":{"kind":"Name","value":"variants"}}]}}]}}]} as unknown as DocumentNode<UpsertLexiconEntryMutation, UpsertLexiconEntryMutationVariables>;
export const DeleteLexiconEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteLexiconEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phrase"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteLexiconEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"phrase"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phrase"}}}]}]}}]} as unknown as DocumentNode<DeleteLexiconEntryMutation, DeleteLexiconEntryMutationVariables>;
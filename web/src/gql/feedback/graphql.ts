/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AnswerInput = {
  /** At most 2,000 characters. */
  comment?: string | null | undefined;
  /** At most 40 characters. */
  itemCode: string;
  /** 1–5, or null for "not applicable". */
  value?: number | null | undefined;
};

export type PersonServedAnswersInput = {
  answers: Array<AnswerInput>;
  /** At most 200 characters. */
  token: string;
};

export type PersonServedFormQueryVariables = Exact<{
  token: string;
}>;


export type PersonServedFormQuery = { personServedForm: { peerFirstName: string, organizationName: string, definitionJson: string } };

export type SubmitPersonServedFeedbackMutationVariables = Exact<{
  input: PersonServedAnswersInput;
}>;


export type SubmitPersonServedFeedbackMutation = { submitPersonServedFeedback: boolean };


export const PersonServedFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonServedForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personServedForm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peerFirstName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"definitionJson"}}]}}]}}]} as unknown as DocumentNode<PersonServedFormQuery, PersonServedFormQueryVariables>;
export const SubmitPersonServedFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitPersonServedFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonServedAnswersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitPersonServedFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<SubmitPersonServedFeedbackMutation, SubmitPersonServedFeedbackMutationVariables>;
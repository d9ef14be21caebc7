/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ActionItemStatus =
  | 'DONE'
  | 'DROPPED'
  | 'OPEN';

export type ActionScope =
  /** A supervisor’s caseload: the supervisor and the people they supervise. */
  | 'CASELOAD'
  /** One person: it goes on their next supervision agenda. */
  | 'PERSON'
  /** A whole team (a team-level signal): nobody in particular is named. */
  | 'TEAM';

export type ActionsPageInput = {
  /** One action (a link to it). */
  actionId?: string | number | null | undefined;
  /** Page size, 1–100. */
  limit?: number | null | undefined;
  offset?: number | null | undefined;
  /** Only open actions past their due date. */
  overdue?: boolean | null | undefined;
  ownerId?: string | number | null | undefined;
  scope?: ActionScope | null | undefined;
  status?: ActionItemStatus | null | undefined;
  teamId?: string | number | null | undefined;
};

/** A new action, from a drift signal (signalId) or by hand. */
export type CreateActionInput = {
  /** At most 1,000 characters. */
  description: string;
  dueOn: string;
  /** The figure it is about (MFI, HDI, MDI, EDI, ODI, DIM:D1 … DIM:D7); taken from the signal when there is one. At most 40 characters. */
  metric?: string | null | undefined;
  /** Who will see it through. */
  ownerId: string | number;
  scope: ActionScope;
  /** The signal’s direction: worse or better. At most 40 characters. */
  signalDirection?: string | null | undefined;
  /** The drift signal that prompted it (DriftSignal.id); its metric, period and rule are kept. At most 300 characters. */
  signalId?: string | null | undefined;
  /** PERSON: whose next supervision agenda the action goes on (a member of the team). */
  superviseeId?: string | number | null | undefined;
  /** CASELOAD: the supervisor whose caseload it is. */
  supervisorId?: string | number | null | undefined;
  /** The team (needed for TEAM and PERSON; optional for CASELOAD, for the figure before and after). */
  teamId?: string | number | null | undefined;
};

export type UpdateActionItemInput = {
  actionItemId: string | number;
  /** Send null to clear. */
  dueOn?: string | null | undefined;
  status?: ActionItemStatus | null | undefined;
};

export type ActionFieldsFragment = { id: string, scope: ActionScope, status: ActionItemStatus, overdue: boolean, textVisible: boolean, description: string | null, canUpdate: boolean, source: string, groupSession: boolean, dueOn: string | null, createdOn: string, completedOn: string | null, metric: string | null, metricLabel: string | null, worseDirection: string | null, signalPeriod: string | null, signalRule: string | null, signalDirection: string | null, change: string | null, team: { id: string, name: string } | null, person: { id: string, name: string } | null, supervisor: { id: string, name: string } | null, owner: { id: string, name: string }, before: { period: string, value: number } | null, after: { period: string, value: number } | null };

export type ActionsPageQueryVariables = Exact<{
  input?: ActionsPageInput | null | undefined;
}>;


export type ActionsPageQuery = { actions: { total: number, overdue: number, offset: number, limit: number, items: Array<{ id: string, scope: ActionScope, status: ActionItemStatus, overdue: boolean, textVisible: boolean, description: string | null, canUpdate: boolean, source: string, groupSession: boolean, dueOn: string | null, createdOn: string, completedOn: string | null, metric: string | null, metricLabel: string | null, worseDirection: string | null, signalPeriod: string | null, signalRule: string | null, signalDirection: string | null, change: string | null, team: { id: string, name: string } | null, person: { id: string, name: string } | null, supervisor: { id: string, name: string } | null, owner: { id: string, name: string }, before: { period: string, value: number } | null, after: { period: string, value: number } | null }> } };

export type CreateActionMutationVariables = Exact<{
  input: CreateActionInput;
}>;


export type CreateActionMutation = { createAction: { id: string, scope: ActionScope, status: ActionItemStatus, overdue: boolean, textVisible: boolean, description: string | null, canUpdate: boolean, source: string, groupSession: boolean, dueOn: string | null, createdOn: string, completedOn: string | null, metric: string | null, metricLabel: string | null, worseDirection: string | null, signalPeriod: string | null, signalRule: string | null, signalDirection: string | null, change: string | null, team: { id: string, name: string } | null, person: { id: string, name: string } | null, supervisor: { id: string, name: string } | null, owner: { id: string, name: string }, before: { period: string, value: number } | null, after: { period: string, value: number } | null } };

export type SetActionStatusMutationVariables = Exact<{
  input: UpdateActionItemInput;
}>;


export type SetActionStatusMutation = { updateActionItem: { id: string, status: ActionItemStatus } };

export const ActionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"textVisible"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"canUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groupSession"}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdOn"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"metricLabel"}},{"kind":"Field","name":{"kind":"Name","value":"worseDirection"}},{"kind":"Field","name":{"kind":"Name","value":"signalPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"signalRule"}},{"kind":"Field","name":{"kind":"Name","value":"signalDirection"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}}]} as unknown as DocumentNode<ActionFieldsFragment, unknown>;
export const ActionsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActionsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ActionsPageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"textVisible"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"canUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groupSession"}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdOn"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"metricLabel"}},{"kind":"Field","name":{"kind":"Name","value":"worseDirection"}},{"kind":"Field","name":{"kind":"Name","value":"signalPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"signalRule"}},{"kind":"Field","name":{"kind":"Name","value":"signalDirection"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}}]} as unknown as DocumentNode<ActionsPageQuery, ActionsPageQueryVariables>;
export const CreateActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"textVisible"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"canUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groupSession"}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdOn"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"metricLabel"}},{"kind":"Field","name":{"kind":"Name","value":"worseDirection"}},{"kind":"Field","name":{"kind":"Name","value":"signalPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"signalRule"}},{"kind":"Field","name":{"kind":"Name","value":"signalDirection"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}}]} as unknown as DocumentNode<CreateActionMutation, CreateActionMutationVariables>;
export const SetActionStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetActionStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateActionItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateActionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SetActionStatusMutation, SetActionStatusMutationVariables>;
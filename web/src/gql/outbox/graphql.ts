/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type OutboxFilterInput = {
  kind?: OutboxMessageKind | null | undefined;
  recipientId?: string | number | null | undefined;
  status?: OutboxMessageStatus | null | undefined;
};

/** What an outbox message is about. */
export type OutboxMessageKind =
  | 'ACTION_ITEM_DUE'
  | 'CHECKLIST_DUE'
  | 'CHECKLIST_OVERDUE'
  | 'INVITATION'
  | 'NEW_DEVICE_SIGN_IN'
  | 'NOTE_READY_FOR_REFLECTION'
  | 'NOTE_READY_TO_SIGN'
  | 'NOTE_SIGNATURE_REMOVED'
  | 'PASSWORD_CHANGED'
  | 'PASSWORD_RESET'
  | 'SIGN_UP_ATTEMPT'
  | 'SIGN_UP_CONFIRMATION'
  | 'SUPERVISION_CANCELLED'
  | 'SUPERVISION_MOVED'
  | 'SUPERVISION_REMINDER'
  | 'SUPERVISION_SCHEDULED'
  | 'WEEKLY_DIGEST';

/** HELD: no mail server is configured, the message is kept here only. QUEUED: waiting to be sent (or to be retried). SENDING: being handed to the mail server. SENT: accepted by the mail server. FAILED: every retry failed (see lastError). */
export type OutboxMessageStatus =
  | 'FAILED'
  | 'HELD'
  | 'QUEUED'
  | 'SENDING'
  | 'SENT';

export type PageInput = {
  /** How many to skip (0–10,000); narrow the filter to reach further. */
  skip?: number;
  /** 1–100. */
  take?: number;
};

export type RetryOutboxMessageInput = {
  id: string | number;
};

export type OutboxMessagesQueryVariables = Exact<{
  filter?: OutboxFilterInput | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type OutboxMessagesQuery = { outboxMessages: { totalCount: number, items: Array<{ id: string, kind: OutboxMessageKind, createdAt: string, toAddress: string, subject: string, bodyText: string, actionUrl: string | null, status: OutboxMessageStatus, attempts: number, lastError: string | null, sendAfter: string, sentAt: string | null, recipient: { id: string, name: string } | null }> } };

export type OutboxSummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type OutboxSummaryQuery = { outboxSummary: { mailConfigured: boolean, held: number, queued: number, sending: number, sent: number, failed: number } };

export type RetryOutboxMessageMutationVariables = Exact<{
  input: RetryOutboxMessageInput;
}>;


export type RetryOutboxMessageMutation = { retryOutboxMessage: { id: string, status: OutboxMessageStatus, attempts: number, lastError: string | null } };


export const OutboxMessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutboxMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OutboxFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outboxMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"toAddress"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"bodyText"}},{"kind":"Field","name":{"kind":"Name","value":"actionUrl"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"sendAfter"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OutboxMessagesQuery, OutboxMessagesQueryVariables>;
export const OutboxSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutboxSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outboxSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailConfigured"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"sending"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}}]}}]}}]} as unknown as DocumentNode<OutboxSummaryQuery, OutboxSummaryQueryVariables>;
export const RetryOutboxMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetryOutboxMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RetryOutboxMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryOutboxMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}}]}}]} as unknown as DocumentNode<RetryOutboxMessageMutation, RetryOutboxMessageMutationVariables>;
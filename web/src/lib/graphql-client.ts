import { systemClock } from '@tandem/shared';
import { followServerClock, SERVER_NOW_HEADER } from './clock';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type OperationDefinitionNode } from 'graphql';

/** Codes the API puts in `errors[].extensions.code`, plus NETWORK_ERROR for when the server cannot be reached. */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'NETWORK_ERROR'
  | (string & {});

/** An error from the API with its code and human message; the request id helps support find the log line. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly requestId: string | null;
  readonly details: Record<string, unknown>;

  constructor(code: ApiErrorCode, message: string, requestId: string | null = null, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.requestId = requestId;
    this.details = details;
  }
}

/** Errors the person has to act on (or that will not change on retry). */
const CLIENT_ERROR_CODES = new Set<string>([
  'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT', 'TOO_MANY_REQUESTS', 'GRAPHQL_VALIDATION_FAILED',
]);

export function isClientError(error: unknown): boolean {
  return error instanceof ApiError && CLIENT_ERROR_CODES.has(error.code);
}

export function isApiError(error: unknown, code?: ApiErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

interface GraphQLResponseBody<TData> {
  data?: TData | null;
  errors?: { message: string; extensions?: { code?: string; requestId?: string } & Record<string, unknown> }[];
}

const printed = new WeakMap<object, { query: string; operationName: string | undefined }>();

function printDocument(document: TypedDocumentNode<unknown, never>): { query: string; operationName: string | undefined } {
  let hit = printed.get(document);
  if (!hit) {
    const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
    hit = { query: print(document), operationName: operation?.name?.value };
    printed.set(document, hit);
  }
  return hit;
}

export const GRAPHQL_ENDPOINT = '/graphql';

/**
 * Sends one typed GraphQL operation to the API (same origin, session cookie). Resolves with `data` or throws an
 * `ApiError` carrying the first error's code and message.
 */
export async function request<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] | [TVariables] : [TVariables]
): Promise<TData> {
  const { query, operationName } = printDocument(document as TypedDocumentNode<unknown, never>);
  let response: Response;
  try {
    response = await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables: variables ?? {}, operationName }),
    });
  } catch {
    throw new ApiError('NETWORK_ERROR', 'Tandem could not be reached. Check your connection and try again.');
  }
  const requestId = response.headers?.get('x-request-id') ?? null;
  followServerClock(response.headers?.get(SERVER_NOW_HEADER), systemClock.nowMs());
  let body: GraphQLResponseBody<TData>;
  try {
    body = (await response.json()) as GraphQLResponseBody<TData>;
  } catch {
    throw new ApiError(
      response.status === 429 ? 'TOO_MANY_REQUESTS' : 'INTERNAL_SERVER_ERROR',
      response.status === 429 ? 'Too many requests. Please wait a moment and try again.' : `The server answered unexpectedly (HTTP ${response.status}).`,
      requestId,
    );
  }
  const [first] = body.errors ?? [];
  if (first) {
    const { code, requestId: errorRequestId, ...details } = first.extensions ?? {};
    throw new ApiError(code ?? 'INTERNAL_SERVER_ERROR', first.message, errorRequestId ?? requestId, details);
  }
  if (!response.ok || body.data == null) {
    throw new ApiError('INTERNAL_SERVER_ERROR', `The server answered unexpectedly (HTTP ${response.status}).`, requestId);
  }
  return body.data;
}

/** A message fit to show a person, whatever was thrown. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong. Please try again.';
}

import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { UnreadNotificationCountQueryDocument } from '../features/notifications/notifications.graphql';

/**
 * The network boundary for component tests: `fetch` is replaced by a stub that answers GraphQL operations by name.
 * Everything above it (our client, hooks, components, router) is the real code.
 */
export interface GraphQLErrorStub {
  message: string;
  extensions: { code: string; requestId?: string } & Record<string, unknown>;
}

export interface GraphQLResponseStub {
  data?: unknown;
  errors?: GraphQLErrorStub[];
}

/**
 * A successful answer typed by the operation's generated result type (web/src/gql): fixtures built with it stop
 * compiling when the schema or the operation changes, instead of drifting from what the API would send.
 */
export function answer<TResult, TVariables>(_document: TypedDocumentNode<TResult, TVariables>, data: NoInfer<TResult>): { data: TResult } {
  return { data };
}

export type OperationHandler = (variables: Record<string, unknown>) => GraphQLResponseStub | Promise<GraphQLResponseStub>;

export interface RecordedCall {
  operationName: string;
  variables: Record<string, unknown>;
  query: string;
}

export function gqlError(code: string, message: string): GraphQLResponseStub {
  return { data: null, errors: [{ message, extensions: { code, requestId: 'req-test-1' } }] };
}

function responseOf(body: GraphQLResponseStub, status = 200): Response {
  const fake = {
    ok: status >= 200 && status < 300,
    status,
    headers: { get: (name: string) => (name.toLowerCase() === 'x-request-id' ? 'req-test-1' : null) },
    json: async () => body,
  };
  return fake as unknown as Response;
}

const unreadNone: OperationHandler = () => answer(UnreadNotificationCountQueryDocument, { unreadNotificationCount: 0 });

/** Installs the stub and returns the calls it receives. Unknown operations fail loudly. */
export function stubGraphQL(handlers: Record<string, OperationHandler>) {
  const calls: RecordedCall[] = [];
  const fetchStub = jest.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as RecordedCall;
    calls.push(body);
    // The header's bell asks on every signed-in page; tests that are not about it get an empty inbox.
    const handler = handlers[body.operationName] ?? (body.operationName === 'UnreadNotificationCount' ? unreadNone : undefined);
    if (!handler) {
      return responseOf(gqlError('INTERNAL_SERVER_ERROR', `Test stub has no answer for operation ${body.operationName}`));
    }
    return responseOf(await handler(body.variables ?? {}));
  });
  globalThis.fetch = fetchStub as unknown as typeof fetch;
  return {
    calls,
    fetchStub,
    callsOf: (operationName: string) => calls.filter((c) => c.operationName === operationName),
  };
}

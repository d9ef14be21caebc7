import type { ResultOf, TypedDocumentNode, VariablesOf } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';
import type { TestApp } from './test-app';

export type { ResultOf, TypedDocumentNode, VariablesOf };

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors: { message: string; extensions?: { code?: string; [k: string]: unknown } }[] | undefined;
  headers: Headers;
  body: unknown;
}

export interface GqlOptions {
  token?: string;
  cookie?: string;
  headers?: Record<string, string>;
}

/** Variables may be left out when the operation declares none, or only optional ones. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- `{}` is exactly "no required variables"
export type VariablesArgs<V> = {} extends V ? [variables?: V, options?: GqlOptions] : [variables: V, options?: GqlOptions];
/** The same, for helpers that fill in the options themselves (a role's token). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- as above
export type VariablesArg<V> = {} extends V ? [variables?: V] : [variables: V];

/** A raw operation's answer: its shape is whatever the test asserts field by field. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw operations have no generated type
export type RawData = Record<string, any>;

const printed = new WeakMap<DocumentNode, string>();
function sourceOf(document: string | DocumentNode): string {
  if (typeof document === 'string') return document;
  let text = printed.get(document);
  if (text === undefined) printed.set(document, (text = print(document)));
  return text;
}

async function post<T>(app: Pick<TestApp, 'url'>, query: string, variables: unknown, options: GqlOptions): Promise<GqlResult<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.cookie) headers.cookie = options.cookie;
  const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const text = await res.text();
  let body: { data?: T | null; errors?: GqlResult<T>['errors'] } = {};
  try {
    body = JSON.parse(text);
  } catch {
    body = {};
  }
  return { status: res.status, data: body.data ?? null, errors: body.errors, headers: res.headers, body: body ?? text };
}

/**
 * POSTs a typed operation (a `graphql(...)` document from `test/gql`) over real HTTP, as a client would; its variables
 * and answer are checked against the committed schema at compile time.
 */
export function gql<R, V>(app: Pick<TestApp, 'url'>, document: TypedDocumentNode<R, V>, ...[variables, options]: VariablesArgs<V>): Promise<GqlResult<R>> {
  return post<R>(app, sourceOf(document), variables ?? {}, options ?? {});
}

/**
 * POSTs an operation unchecked: for tests that deliberately send what the schema refuses (malformed documents, wrong
 * variables, generated or aliased operations). Everything else uses `gql`.
 */
export function gqlRaw<T = RawData>(
  app: Pick<TestApp, 'url'>, document: string | DocumentNode, variables: Record<string, unknown> = {}, options: GqlOptions = {},
): Promise<GqlResult<T>> {
  return post<T>(app, sourceOf(document), variables, options);
}

export function codeOf(result: GqlResult<unknown>): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

/** Fails with the server's errors, else returns `data[field]`. */
export function dataOf<T, K extends keyof T>(res: GqlResult<T>, field: K): T[K] {
  expect({ field, errors: res.errors }).toEqual({ field, errors: undefined });
  return res.data![field];
}

/** The call failed with `code` (and a message) and returned no data. */
export function expectCode(res: GqlResult<unknown>, code: string): void {
  expect({ code: codeOf(res), message: res.errors?.[0]?.message }).toEqual({ code, message: expect.any(String) });
  expect(res.data).toBeNull();
}

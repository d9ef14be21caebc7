import type { TestApp } from './test-app';

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

/** POSTs a GraphQL operation over real HTTP, as a client would. */
export async function gql<T = Record<string, any>>( // eslint-disable-line @typescript-eslint/no-explicit-any -- test responses are asserted field by field
  app: Pick<TestApp, 'url'>, query: string, variables: Record<string, unknown> = {}, options: GqlOptions = {},
): Promise<GqlResult<T>> {
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

export function codeOf(result: GqlResult<unknown>): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

/** Fails with the server's errors, else returns `data[field]`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- responses are asserted field by field
export function dataOf(res: GqlResult<any>, field: string): any {
  expect({ field, errors: res.errors }).toEqual({ field, errors: undefined });
  return res.data[field];
}

/** The call failed with `code` (and a message) and returned no data. */
export function expectCode(res: GqlResult<unknown>, code: string): void {
  expect({ code: codeOf(res), message: res.errors?.[0]?.message }).toEqual({ code, message: expect.any(String) });
  expect(res.data).toBeNull();
}

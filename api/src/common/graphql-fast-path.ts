import type { IncomingMessage, Server as HttpServer, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { Express, NextFunction, Request, Response } from 'express';

type Middleware = (req: Request, res: Response, next: NextFunction) => void;

/** The answer to a request body that cannot be read, in GraphQL's error shape (never an HTML stack page). */
export function unreadableBody(res: Response, requestId: string | undefined, status: number): void {
  res.status(status).json({
    errors: [{
      message: status === 413 ? 'The request is too large' : 'The request body is not valid JSON',
      extensions: { code: status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST', requestId },
    }],
  });
}

export interface GraphqlFastPathOptions {
  /** The Express app Nest built: its request and response prototypes (req.ip, res.cookie, …) and its handler. */
  express: Express;
  apollo: ApolloServer<BaseContext>;
  /** Builds the GraphQL context, as the Express integration would. */
  context: (args: { req: Request; res: Response }) => Promise<BaseContext>;
  /** The middleware every API request passes in the Express pipeline, in the same order (request id, log line, cookies). */
  before: Middleware[];
  /** Response headers every answer carries (the security headers), computed once from the same middleware. */
  fixedHeaders: ReadonlyArray<readonly [string, string | string[]]>;
  /** Compression as the Express pipeline applies it; used only for answers at or over `compressFrom` bytes. */
  compression: Middleware;
  compressFrom: number;
  bodyLimit: number;
  /** Requests that must take the Express pipeline after all (e.g. cross-origin requests when CORS is configured). */
  needsExpress?: (req: IncomingMessage) => boolean;
  onError: (e: unknown, req: Request) => void;
}

const JSON_TYPE = /^application\/json\s*(;\s*charset=utf-8\s*)?$/i;

/**
 * Which requests take the fast path: a POST of a JSON body to exactly /graphql, not compressed, with a declared length.
 * Anything else (GET queries, other content types, chunked or encoded bodies, query strings) takes the Express
 * pipeline, which answers every case the fast path does not.
 */
function isPlainGraphqlPost(req: IncomingMessage): boolean {
  if (req.method !== 'POST' || req.url !== '/graphql') return false;
  const h = req.headers;
  return !h['content-encoding'] && h['content-length'] !== undefined && !h['transfer-encoding'] && JSON_TYPE.test(h['content-type'] ?? '');
}

/**
 * Answers plain GraphQL POSTs without walking Express's router, which the profile of an authenticated `{ me }` showed
 * costing as much as the GraphQL work itself (issue 14): a dozen route layers matched per request, helmet rebuilding
 * the same headers, compression and body-parser negotiating per request, an ETag hashed over every answer (useless on
 * a POST). The request still becomes an Express request (the app's prototypes, so `req.ip` honours `trust proxy` and
 * `res.cookie` works), passes the same request-id, logging and cookie middleware, carries the same security headers and
 * is compressed by the same middleware when large; the body gets the same limit and the same error shape. Everything
 * else is handed to the Express app untouched.
 */
export function installGraphqlFastPath(server: HttpServer, options: GraphqlFastPathOptions): void {
  const [expressHandler] = server.listeners('request') as Array<(req: IncomingMessage, res: ServerResponse) => void>;
  if (!expressHandler) throw new Error('the HTTP server has no request handler to wrap');
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (!isPlainGraphqlPost(req) || options.needsExpress?.(req)) {
      expressHandler(req, res);
      return;
    }
    void answer(req as Request, res as Response, options);
  });
}

async function answer(req: Request, res: Response, options: GraphqlFastPathOptions): Promise<void> {
  // What Express's own init middleware does: its prototypes (a no-op for requests born with them, as the API's server
  // makes them: express-born-messages.ts), and the two objects knowing each other.
  Object.setPrototypeOf(req, options.express.request);
  Object.setPrototypeOf(res, options.express.response);
  req.res = res;
  res.req = req;
  res.locals = Object.create(null) as Record<string, unknown>;
  try {
    for (const use of options.before) use(req, res, noop);
    for (const [name, value] of options.fixedHeaders) res.setHeader(name, value);
    const body = await readJson(req, options.bodyLimit);
    if (body === TOO_LARGE || body === INVALID) {
      // As every answer of the Express pipeline, whose compression middleware marks small answers too.
      res.setHeader('Vary', 'Accept-Encoding');
      unreadableBody(res, (req as Request & { id?: string }).id, body === TOO_LARGE ? 413 : 400);
      return;
    }
    req.body = body;
    const headers = new HeaderMap();
    for (const key in req.headers) {
      const value = req.headers[key];
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const result = await options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: '', body },
      context: () => options.context({ req, res }),
    });
    if (result.body.kind !== 'complete') {
      // Incremental delivery is not enabled; should it ever answer in chunks, stream them as Express would.
      for (const [key, value] of result.headers) res.setHeader(key, value);
      res.statusCode = result.status ?? 200;
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
      return;
    }
    for (const [key, value] of result.headers) res.setHeader(key, value);
    res.statusCode = result.status ?? 200;
    // A string body goes out in one write with the headers (a Buffer would be a second chunk).
    const payload = result.body.string;
    const bytes = Buffer.byteLength(payload, 'utf8');
    res.setHeader('Content-Length', bytes);
    if (bytes >= options.compressFrom) options.compression(req, res, noop);
    else res.setHeader('Vary', 'Accept-Encoding');
    res.end(payload, 'utf8');
  } catch (e) {
    options.onError(e, req);
    if (!res.headersSent) {
      res.status(500).json({ errors: [{ message: 'Something went wrong on our side.', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: (req as Request & { id?: string }).id } }] });
    } else {
      res.destroy();
    }
  }
}

const noop = (): void => undefined;
const TOO_LARGE = Symbol('too large');
const INVALID = Symbol('invalid');

/**
 * The request body as JSON, read within `limit` bytes. Like body-parser's strict mode: only an object or an array is a
 * body; a declared length over the limit is refused before reading, and so is a body that outgrows it.
 */
function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
  const declared = Number(req.headers['content-length']);
  if (!Number.isFinite(declared) || declared > limit) {
    req.resume();
    return Promise.resolve(declared > limit ? TOO_LARGE : INVALID);
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let length = 0;
    req.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (length > limit) {
        req.removeAllListeners('data');
        req.resume();
        resolve(TOO_LARGE);
        return;
      }
      chunks.push(chunk);
    });
    // A client gone mid-body: answered as body-parser's 'request aborted' is (400), not logged as our failure.
    req.on('error', () => resolve(INVALID));
    req.on('end', () => {
      if (length > limit) return;
      if (length === 0) return resolve({});
      let text = (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, length)).toString('utf8');
      // body-parser decodes with iconv-lite, which drops a byte-order mark (JSON.parse would refuse it).
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      const first = text.trimStart()[0];
      if (first !== '{' && first !== '[') return resolve(INVALID);
      try {
        resolve(JSON.parse(text));
      } catch {
        resolve(INVALID);
      }
    });
  });
}

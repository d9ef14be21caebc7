import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import type { Logger } from 'pino';

const OPERATION = Symbol('graphql operation');

/** What one GraphQL operation adds to its request's log line (never variables, which may hold personal data). */
export interface OperationLog {
  operation: string | null;
  type: string | null;
  errors: string[];
}

/** Attaches a GraphQL operation's name, type and error codes to the request's one log line. */
export function noteOperation(res: object, fields: OperationLog): void {
  (res as { [OPERATION]?: OperationLog })[OPERATION] = fields;
}

const withOperation = (res: object, value: object): object => {
  const op = (res as { [OPERATION]?: OperationLog })[OPERATION];
  return op ? { ...value, ...op } : value;
};

/** Paths that answer API calls (the rest is the web app's static files, which are not logged). */
export const API_PREFIXES = ['/graphql', '/health', '/calendar', '/mail', '/reports'] as const;

const isApi = (path: string): boolean => API_PREFIXES.some((p) => path.startsWith(p));

/**
 * The path as it may appear in a log: no query string (it can carry tokens and filters naming people), and a calendar
 * feed's token — the only credential of a private feed — replaced by a placeholder.
 */
export function loggablePath(url: string | undefined): string {
  const path = (url ?? '/').split('?')[0]!;
  return path.replace(/^\/calendar\/(?!session\/)[^/]+\.ics$/, '/calendar/:token.ics');
}

/**
 * HTTP request logs through nestjs-pino (pino-http) on the app's own pino logger: one line per API request with the
 * request id, method, the loggable path, status and duration, and for GraphQL the operation's name, type and error
 * codes — never headers, cookies, bodies, variables or query strings. One line, not one per layer: logging is paid on
 * every request.
 */
export function httpLogging(logger: Logger): Params {
  return {
    pinoHttp: {
      logger,
      genReqId: (req: IncomingMessage) => req.id ?? '',
      customAttributeKeys: { reqId: 'requestId', responseTime: 'ms' },
      autoLogging: { ignore: (req: IncomingMessage) => !isApi(loggablePath(req.url)) },
      serializers: {
        req: (req: { method?: string; url?: string }) => ({ method: req.method, path: loggablePath(req.url) }),
        res: (res: { statusCode?: number }) => ({ status: res.statusCode }),
      },
      wrapSerializers: false,
      customLogLevel: (_req: IncomingMessage, res: ServerResponse, err?: Error) => (err || res.statusCode >= 500 ? 'error' : 'info'),
      customSuccessObject: (_req: IncomingMessage, res: ServerResponse, value: object) => withOperation(res, value),
      customErrorObject: (_req: IncomingMessage, res: ServerResponse, _err: Error, value: object) => withOperation(res, value),
      customSuccessMessage: () => 'http',
      customErrorMessage: () => 'http',
      quietReqLogger: true,
    },
  };
}

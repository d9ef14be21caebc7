import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import type { Logger } from 'pino';

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
 * request id, method, the loggable path, status and duration — never headers, cookies, bodies or query strings.
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
      customSuccessMessage: () => 'http',
      customErrorMessage: () => 'http',
      quietReqLogger: true,
    },
  };
}

import { performance } from 'node:perf_hooks';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';

const OPERATION = Symbol('graphql operation');

/** What one GraphQL operation adds to its request's log line (never variables, which may hold personal data). */
export interface OperationLog {
  operation: string | null;
  type: string | null;
  errors: string[];
}

type Noted = { locals?: Record<PropertyKey, unknown>; [OPERATION]?: OperationLog };

/**
 * Attaches a GraphQL operation's name, type and error codes to the request's one log line, in the response's `locals`
 * (Express gives every response one; a request run without HTTP has no response and logs its own line).
 */
export function noteOperation(res: object, fields: OperationLog): void {
  const noted = res as Noted;
  if (noted.locals) noted.locals[OPERATION] = fields;
  else noted[OPERATION] = fields;
}

const operationOf = (res: object): OperationLog | undefined => {
  const noted = res as Noted;
  return (noted.locals?.[OPERATION] ?? noted[OPERATION]) as OperationLog | undefined;
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
 * HTTP request logs on the app's own pino logger: one line per API request with the request id, method, the loggable
 * path, status and duration, and for GraphQL the operation's name, type and error codes — never headers, cookies,
 * bodies, variables or query strings. One line, not one per layer, written when the response closes (it finished, or
 * the client went away), at `error` for a 5xx: logging is paid on every request, so no per-request child logger or async
 * context is built for it (as pino-http did), only this line.
 */
export function requestLogging(logger: Logger): (req: Request, res: Response, next: NextFunction) => void {
  // The line's fields are fixed above and hold nothing the logger's redaction paths name, so the line skips the
  // redaction pass (a copy of every logged object, a fifth of the line's cost).
  const lines = logger.child({}, { redact: [] });
  return (req, res, next) => {
    const path = loggablePath(req.url);
    if (isApi(path)) {
      const began = performance.now();
      const requestId = (req as Request & { id?: string }).id ?? '';
      const method = req.method;
      // A response emits 'close' once, after it finished or when the client went away first.
      res.on('close', () => {
        const status = res.statusCode;
        const ms = Math.round(performance.now() - began);
        const op = operationOf(res);
        // One object in one shape per kind of line (no spread copy per request).
        const line = op
          ? { requestId, req: { method, path }, res: { status }, ms, operation: op.operation, type: op.type, errors: op.errors }
          : { requestId, req: { method, path }, res: { status }, ms };
        if (status >= 500) lines.error({ ...line, err: new Error(`failed with status code ${status}`) }, 'http');
        else lines.info(line, 'http');
      });
    }
    next();
  };
}

import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { isDatabaseUnavailable } from '@tandem/database';
import { DomainError } from './errors';

/** What a client is told while Postgres is stopped, frozen or out of connections (never the host or driver message). */
export const DATABASE_UNAVAILABLE_MESSAGE = 'The service is briefly unavailable. Please try again in a moment.';

/** Codes Apollo/graphql-js assign before execution; they are safe to show as they are. */
const PASS_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST',
]);

/** Postgres error codes that mean "your input clashes with existing data" rather than a server fault. */
const PG_CODES: Record<string, { code: string; message: string }> = {
  '23505': { code: 'CONFLICT', message: 'That already exists' },
  '23503': { code: 'BAD_USER_INPUT', message: 'A referenced record does not exist' },
  '23502': { code: 'BAD_USER_INPUT', message: 'A required value is missing' },
  '23P01': { code: 'CONFLICT', message: 'That overlaps with something that already exists' },
  '22P02': { code: 'BAD_USER_INPUT', message: 'A value has the wrong format' },
  '23514': { code: 'BAD_USER_INPUT', message: 'A value is not allowed here' },
  '55000': { code: 'CONFLICT', message: 'This record can no longer be changed' },
  '40001': { code: 'CONFLICT', message: 'Someone else changed this at the same time; please retry' },
  '57014': { code: 'SERVICE_UNAVAILABLE', message: 'The request took too long' },
};

/**
 * Postgres errors caused by the values a client sent, by SQLSTATE class: class 22 (data exception: bad date, number
 * out of range, NUL byte, string too long …) and the integrity violations of class 23 that a value causes. Codes
 * in PG_CODES above take precedence.
 */
const PG_CLASSES: Record<string, { code: string; message: string }> = {
  '22': { code: 'BAD_USER_INPUT', message: 'A value is out of range or has the wrong format' },
  '23': { code: 'BAD_USER_INPUT', message: 'A value is not allowed here' },
};

function pgMapping(code: string): { code: string; message: string } | undefined {
  return PG_CODES[code] ?? (/^[0-9A-Z]{5}$/.test(code) ? PG_CLASSES[code.slice(0, 2)] : undefined);
}

function unwrap(error: unknown): unknown {
  let e = error;
  while (e instanceof GraphQLError && e.originalError) e = e.originalError;
  return e;
}

/**
 * graphql-js appends "Did you mean …?" to validation and coercion errors (fields, arguments, types, enum values);
 * in production that would map the schema for a stranger with introspection off, so it is cut.
 */
export function withoutSuggestions(message: string): string {
  return message.replace(/\s*(Did you mean [\s\S]*|\[Suggestion hidden\]\??)$/, '');
}

/**
 * The single place errors become responses: domain errors keep their code and message, known database errors are
 * translated, anything else is logged with the request id and masked.
 */
export function createErrorFormatter(logger: Logger, production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrap(error);
    const requestId = (formatted.extensions?.requestId as string | undefined) ?? undefined;
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
    if (original instanceof DomainError) {
      return { ...base, message: original.message, extensions: { code: original.code, ...original.details, requestId } };
    }
    // Postgres stopped, frozen, restarting or out of connections: say so, never how (host, port, driver message).
    if (isDatabaseUnavailable(original)) {
      logger.warn({ err: original, requestId, path: formatted.path }, 'database unavailable');
      return { ...base, message: DATABASE_UNAVAILABLE_MESSAGE, extensions: { code: 'SERVICE_UNAVAILABLE', requestId } };
    }
    const pgCode = (original as { code?: unknown } | null)?.code;
    const m = typeof pgCode === 'string' ? pgMapping(pgCode) : undefined;
    if (m) {
      // Usually the client's value; logged (code, table and constraint — never the value) so a server-side cause is not lost.
      const { table, constraint } = original as { table?: string; constraint?: string };
      logger.warn({ requestId, path: formatted.path, pgCode, table, constraint }, 'database refused a value');
      return { ...base, message: m.message, extensions: { code: m.code, requestId } };
    }
    const code = formatted.extensions?.code as string | undefined;
    // Nest's ValidationPipe / HttpExceptions surface as BAD_REQUEST with a message list.
    const response = (original as { getResponse?: () => unknown } | null)?.getResponse?.() as
      | { message?: string | string[]; statusCode?: number }
      | undefined;
    if (response && response.statusCode && response.statusCode < 500) {
      const messages = Array.isArray(response.message) ? response.message : [response.message ?? 'Invalid input'];
      const mapped = response.statusCode === 401 ? 'UNAUTHENTICATED' : response.statusCode === 403 ? 'FORBIDDEN' : 'BAD_USER_INPUT';
      return { ...base, message: messages.join('; '), extensions: { code: mapped, requestId } };
    }
    if (code && PASS_THROUGH.has(code)) {
      const message = production ? withoutSuggestions(formatted.message) : formatted.message;
      return { ...base, message, extensions: { code: code === 'BAD_REQUEST' ? 'BAD_USER_INPUT' : code, requestId } };
    }
    // The message stays in the log (with the request id); clients never see it, in any mode.
    logger.error({ err: original, requestId, path: formatted.path }, 'unexpected error');
    return {
      message: 'Something went wrong on our side. Please try again.',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
    };
  };
}

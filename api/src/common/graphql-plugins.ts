import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { DomainError, UnavailableError } from './errors';
import { noteOperation } from './http-logging';
import type { RequestContext } from './request-context';

/** Codes of errors found before execution: the document or its variables were refused, nothing ran. */
const REFUSED_BEFORE_EXECUTION = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST']);

function errorCode(e: GraphQLError): string {
  const original = e.originalError;
  if (original instanceof DomainError) return original.code;
  return (e.extensions?.code as string | undefined) ?? 'INTERNAL_SERVER_ERROR';
}

/**
 * Ends each request's database transaction: a mutation with any error rolls back (nothing half-done is kept);
 * everything else commits. Marks every answer `Cache-Control: no-store`. Also stamps every error with the request id,
 * and adds the operation's name, type and error codes to the request's log line (never variables, which may hold
 * personal data). A document refused before execution (over the token, alias, directive, depth or cost limits,
 * unparsable, invalid variables) is the client's fault: HTTP 400 with its code, never 500 — including limits enforced by
 * throwing during parsing, which Apollo would otherwise answer with 500.
 *
 * One plugin with one hook, not one per concern: Apollo calls every plugin's hooks on every request, each call a promise.
 */
export function requestLifecyclePlugin(logger: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart(start) {
      const began = performance.now();
      // From here on willSendResponse ends the request's transaction.
      start.contextValue?.db?.claim();
      return {
        async willSendResponse({ contextValue: ctx, response, operation, operationName, errors }) {
          // Answers are about people and scoped to the viewer: no cache may keep one.
          response.http.headers.set('cache-control', 'no-store');
          const isMutation = operation?.operation === 'mutation';
          const failed = !!errors?.length;
          if (ctx?.db) {
            try {
              await ctx.db.finish(isMutation && failed);
            } catch (e) {
              // A read, or a rolled-back mutation, has nothing left to keep (Postgres drops an unfinished transaction with
              // its connection). A mutation whose commit failed must not be reported as saved.
              logger.warn({ requestId: ctx.requestId, err: e }, 'transaction end failed');
              if (isMutation && !failed && response.body.kind === 'single') {
                // Throwing here would surface as a request-pipeline error; answer with the domain error instead.
                const unsaved = new UnavailableError('Your change could not be saved. Please try again.');
                response.body.singleResult = { data: null, errors: [{ message: unsaved.message, extensions: { code: unsaved.code } }] };
              }
            }
          }
          if (response.body.kind === 'single' && response.body.singleResult.errors) {
            const { data, errors: sent } = response.body.singleResult;
            for (const e of sent) {
              (e as { extensions?: Record<string, unknown> }).extensions = { ...(e.extensions ?? {}), requestId: ctx?.requestId };
            }
            const refused = data === undefined && sent.length > 0 && sent.every((e) => REFUSED_BEFORE_EXECUTION.has(String(e.extensions?.code)));
            if (refused && (response.http.status === undefined || response.http.status >= 500)) response.http.status = 400;
          }
          const fields = {
            operation: operationName ?? start.request.operationName ?? null,
            type: operation?.operation ?? null,
            errors: errors?.map((e) => errorCode(e)) ?? [],
          };
          // Over HTTP the request's one log line carries these; a request without a response (executeOperation) logs its own.
          if (ctx?.res) noteOperation(ctx.res, fields);
          else logger.info({ requestId: ctx?.requestId, ...fields, ms: Math.round(performance.now() - began) }, 'graphql');
        },
      };
    },
  };
}

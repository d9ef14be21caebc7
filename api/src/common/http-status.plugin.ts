import type { ApolloServerPlugin } from '@apollo/server';

/** Codes of errors found before execution: the document or its variables were refused, nothing ran. */
const REFUSED_BEFORE_EXECUTION = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST']);

/**
 * A document refused before execution (over the token, alias, directive, depth or cost limits, unparsable, invalid
 * variables) is the client's fault: HTTP 400 with its code, never 500 — including limits that plugins enforce by
 * throwing during parsing, which Apollo would otherwise answer with 500.
 */
export function clientErrorStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (data !== undefined || !errors?.length) return;
          if (!errors.every((e) => REFUSED_BEFORE_EXECUTION.has(String(e.extensions?.code)))) return;
          if (response.http.status === undefined || response.http.status >= 500) response.http.status = 400;
        },
      };
    },
  };
}

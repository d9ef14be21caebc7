import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { createErrorFormatter } from './error-formatter';

const logged: unknown[] = [];
const warned: unknown[] = [];
const logger = { error: (...args: unknown[]) => logged.push(args), warn: (...args: unknown[]) => warned.push(args) } as unknown as Logger;
const format = createErrorFormatter(logger, true);

/** A Postgres error as the driver (and TypeORM's QueryFailedError) carries it: an Error with a SQLSTATE `code`. */
function pgError(code: string, message = 'driver message with internals'): GraphQLError {
  return new GraphQLError('wrapped', { originalError: Object.assign(new Error(message), { code }) });
}

const codeOf = (code: string) => format({ message: 'wrapped' }, pgError(code));

describe('error formatter: Postgres errors caused by the client’s values', () => {
  it.each([
    ['22007', 'invalid_datetime_format'], ['22008', 'datetime_field_overflow'], ['22021', 'character_not_in_repertoire (NUL)'],
    ['22P02', 'invalid_text_representation'], ['22003', 'numeric_value_out_of_range'], ['22001', 'string_data_right_truncation'],
    ['2201B', 'invalid_regular_expression'], ['22P05', 'untranslatable_character'], ['22012', 'division_by_zero'],
  ])('maps data exception %s (%s) to BAD_USER_INPUT without the driver message', (code) => {
    const out = codeOf(code);
    expect(out.extensions?.code).toBe('BAD_USER_INPUT');
    expect(out.message).not.toMatch(/driver|internals/);
  });

  it.each([
    ['23502', 'BAD_USER_INPUT'], ['23503', 'BAD_USER_INPUT'], ['23514', 'BAD_USER_INPUT'], ['23505', 'CONFLICT'], ['23P01', 'CONFLICT'],
  ])('maps integrity violation %s to %s', (code, expected) => expect(codeOf(code).extensions?.code).toBe(expected));

  it('logs the code, table and constraint of a refused value, never the value', () => {
    warned.length = 0;
    const error = new GraphQLError('wrapped', {
      originalError: Object.assign(new Error('invalid input syntax for type date: "Ada Lovelace"'), { code: '22007', table: 'person', constraint: undefined }),
    });
    format({ message: 'wrapped', extensions: { requestId: 'r-2' } }, error);
    expect(warned).toEqual([[{ requestId: 'r-2', path: undefined, pgCode: '22007', table: 'person', constraint: undefined }, 'database refused a value']]);
    expect(JSON.stringify(warned)).not.toMatch(/Ada/);
  });

  it('leaves server faults masked as INTERNAL_SERVER_ERROR, logged with the request id', () => {
    logged.length = 0;
    const out = format({ message: 'wrapped', extensions: { requestId: 'r-1' } }, pgError('42P01', 'relation "x" does not exist'));
    expect(out).toMatchObject({ extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'r-1' } });
    expect(out.message).not.toMatch(/relation/);
    expect(logged).toHaveLength(1);
    expect(format({ message: 'wrapped' }, new GraphQLError('x', { originalError: Object.assign(new Error('odd'), { code: 'NOT_SQLSTATE_22' }) })).extensions?.code)
      .toBe('INTERNAL_SERVER_ERROR');
  });
});

describe('error formatter: a request whose connection broke earlier', () => {
  it.each([
    ['QueryRunnerAlreadyReleasedError', 'Query runner already released. Cannot run queries anymore.'],
    ['QueryRunnerProviderAlreadyReleasedError', 'Database connection provided by a query runner was already released, cannot continue to use its querying methods anymore.'],
  ])('reads TypeORM’s %s as the database being unavailable, in plain words', (name, message) => {
    const released = Object.assign(new Error(message), { name });
    const out = format({ message: 'wrapped' }, new GraphQLError('wrapped', { originalError: released }));
    expect(out.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(out.message).toBe('The service is briefly unavailable. Please try again in a moment.');
  });
});

import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { INPUT_YEAR_MAX, INPUT_YEAR_MIN, parseInputDate, parseInputInstant, parseInputLocalDateTime } from '@tandem/shared';

const YEARS = `${INPUT_YEAR_MIN}–${INPUT_YEAR_MAX}`;

function reader(parse: (s: string) => string | null, message: string) {
  const read = (value: unknown): string => {
    const parsed = typeof value === 'string' ? parse(value) : null;
    if (parsed === null) throw new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
    return parsed;
  };
  return {
    parseValue: read,
    parseLiteral: (ast: ValueNode): string => read(ast.kind === Kind.STRING ? ast.value : undefined),
  };
}

/** A calendar day. Inputs are checked strictly; resolvers receive the same `YYYY-MM-DD` string. */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: `A calendar date written YYYY-MM-DD, such as 2026-10-06: a real day in the years ${YEARS}. No week dates, ordinal dates, times or offsets.`,
  serialize: (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? value.slice(0, 10) : null),
  ...reader(parseInputDate, `Enter a real date written YYYY-MM-DD, between ${INPUT_YEAR_MIN} and ${INPUT_YEAR_MAX}.`),
});

/**
 * An instant. Inputs need `Z` or an offset (never a bare local time); resolvers receive it normalised to UTC
 * (`toISOString()`). Outputs are `Date` objects serialised the same way.
 */
export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description:
    `An instant in ISO 8601 with Z or an offset, such as 2026-10-06T09:30:00Z or 2026-10-06T10:30:00+01:00, on a real day in the years ${YEARS}. ` +
    'Returned in UTC with milliseconds.',
  serialize: (value: unknown) => {
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
    if (typeof value === 'string') {
      const t = Date.parse(value);
      return Number.isNaN(t) ? null : new Date(t).toISOString();
    }
    return null;
  },
  ...reader(parseInputInstant, `Enter an instant such as 2026-10-06T09:30:00Z (with Z or an offset), between ${INPUT_YEAR_MIN} and ${INPUT_YEAR_MAX}.`),
});

/** A wall-clock date-time for scheduling, read in the time zone that goes with it (or an exact instant). Inputs only. */
export const LocalDateTimeScalar = new GraphQLScalarType({
  name: 'LocalDateTime',
  description:
    'A date-time as on a wall clock, YYYY-MM-DDTHH:mm[:ss[.sss]] such as 2026-10-06T10:00, read in the time zone that goes with it; ' +
    `with Z or an offset (2026-10-06T09:00:00Z) it is an exact instant instead. A real day in the years ${YEARS}.`,
  serialize: (value: unknown) => (typeof value === 'string' ? value : value instanceof Date ? value.toISOString() : null),
  ...reader(parseInputLocalDateTime, `Enter a date-time such as 2026-10-06T10:00, between ${INPUT_YEAR_MIN} and ${INPUT_YEAR_MAX}.`),
});

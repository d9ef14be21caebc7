import fc from 'fast-check';
import {
  getNamedType, isEnumType, isInputObjectType, isLeafType, isListType, isNonNullType, isObjectType, isScalarType, type GraphQLArgument,
  type GraphQLEnumType, type GraphQLField, type GraphQLInputObjectType, type GraphQLInputType, type GraphQLNamedType, type GraphQLSchema,
} from 'graphql';
import { DAY_MS, HOUR_MS } from '@tandem/shared';

/**
 * fast-check arbitraries derived from the GraphQL schema: for any Query or Mutation field, a document and variables
 * built from its argument types (input objects, lists, enums, scalars), with hostile values mixed in at every level —
 * malformed and out-of-range dates, NUL and lone surrogates, huge texts, numbers out of range, null for non-null,
 * wrong JSON types, unknown fields, omitted required arguments, and literals inline instead of variables.
 */

/** The malformed dates of issue 8, and their neighbours. */
export const HOSTILE_DATES = [
  '2024-W01-1', '2024-01', '2024', '20240101', '2024-366', '-2024-01-01', '2024-01-01T10Z', '2024-02-30', '2023-02-29', '2024-13-01',
  '2024-00-10', '0000-01-01', '9999-12-31', '1899-12-31', '2101-01-01', '+002024-01-01', '2024-01-01T25:00Z', '2024-01-01T10:00+25:00',
  '2024-1-1', ' 2024-01-01', '2024-01-01 ', 'today', 'now', '', '2024-01-01T10:00:00', '2024-01-01T10:00:00Z', '2050-01-01', '2050-01-01T00:00:00Z',
];

/** Texts that have broken APIs: NUL, lone surrogates, injection shapes, control and bidi characters. */
export const HOSTILE_STRINGS = [
  'x\u0000y', '\u0000', '\ud800', 'a\udc00b', '\udbff\udbff', "' OR 1=1 --", "'); DROP TABLE person; --", '%00', '\\', '"', '<script>alert(1)</script>',
  '${7*7}', '{{7*7}}', '\u202e\u202d', '😀'.repeat(40), ' ', '\n\t\r', 'null', 'undefined', 'NaN', '-1', '1e309', 'Ω≈ç√∫', '\u200b', '../../etc/passwd',
  'SELECT pg_sleep(10)', '\\u0000', 'x'.repeat(64), 'é'.repeat(300),
];

/** Over-limit texts around the documented limits (kept under the 2 MB body limit). */
const HUGE_LENGTHS = [41, 64, 65, 101, 121, 201, 255, 257, 501, 1001, 2001, 10_001, 20_001, 50_001, 200_000];

/** Marks an argument or input field that is left out altogether. */
export const OMIT = Symbol('omit');

export interface Pools {
  /** Real ids of this organisation (and a few of another), random UUIDs are added by the arbitraries. */
  ids: string[];
  occurrenceIds: string[];
  instrumentKeys: string[];
  tokens: string[];
  emails: string[];
  itemCodes: string[];
  /** "Today" as YYYY-MM-DD on the test clock. */
  today: string;
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function hostileText(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
    { weight: 2, arbitrary: fc.constantFrom(...HUGE_LENGTHS).map((n) => 'x'.repeat(n)) },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_DATES) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  );
}

/** A wrong JSON type for any position. */
function wrongType(): fc.Arbitrary<unknown> {
  return fc.constantFrom<unknown>(42, -1, 3.14, true, false, {}, [], { a: 1 }, ['x'], '', 'x', 2 ** 53, -(2 ** 31) - 1);
}

function dates(today: string): fc.Arbitrary<string> {
  const t = Date.parse(`${today}T00:00:00Z`);
  return fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: -800, max: 800 }).map((d) => isoDay(t + d * DAY_MS)) },
    { weight: 2, arbitrary: fc.integer({ min: Date.UTC(1900, 0, 1) / DAY_MS, max: Date.UTC(2100, 11, 31) / DAY_MS }).map((d) => isoDay(d * DAY_MS)) },
    { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_DATES) },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  );
}

function instants(today: string): fc.Arbitrary<string> {
  const t = Date.parse(`${today}T12:00:00Z`);
  return fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: -900 * 24, max: 900 * 24 }).map((h) => new Date(t + h * HOUR_MS).toISOString()) },
    { weight: 1, arbitrary: fc.integer({ min: -800, max: 800 }).map((d) => `${isoDay(t + d * DAY_MS)}T09:30:00+05:30`) },
    { weight: 1, arbitrary: fc.integer({ min: Date.UTC(1900, 0, 1) / HOUR_MS, max: Date.UTC(2100, 11, 31) / HOUR_MS }).map((h) => new Date(h * HOUR_MS).toISOString()) },
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_DATES) },
    { weight: 1, arbitrary: dates(today) },
  );
}

function localDateTimes(today: string): fc.Arbitrary<string> {
  const t = Date.parse(`${today}T00:00:00Z`);
  return fc.oneof(
    { weight: 4, arbitrary: fc.tuple(fc.integer({ min: -400, max: 800 }), fc.integer({ min: 0, max: 23 }), fc.constantFrom('00', '15', '30', '45'))
      .map(([d, h, m]) => `${isoDay(t + d * DAY_MS)}T${String(h).padStart(2, '0')}:${m}`) },
    { weight: 1, arbitrary: instants(today) },
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_DATES, '2026-03-08T02:30', '2026-03-29T01:30', '2040-01-01T10:00', '1901-01-01T10:00') },
  );
}

/** Strings shaped by the field or argument name, so generated inputs also get past validation and reach the database. */
function namedString(name: string, pools: Pools): fc.Arbitrary<string> | null {
  const n = name.toLowerCase();
  if (n.includes('email')) {
    return fc.oneof({ weight: 1, arbitrary: fc.constantFrom(...pools.emails) }, { weight: 4, arbitrary: fc.emailAddress() }, { weight: 1, arbitrary: fc.constantFrom('\ud800', 'a@b', 'x\u0000@example.test') });
  }
  if (n === 'timezone') return fc.constantFrom('Europe/London', 'America/New_York', 'UTC', 'Asia/Kolkata', 'Mars/Olympus', 'utc', 'Etc/GMT+14', '');
  if (n === 'recurrence') {
    return fc.constantFrom('FREQ=WEEKLY', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU', 'FREQ=DAILY;COUNT=500', 'FREQ=DAILY;COUNT=501', 'FREQ=MINUTELY',
      'FREQ=SECONDLY;COUNT=3', 'FREQ=YEARLY;INTERVAL=1000', 'FREQ=MONTHLY;BYMONTHDAY=31', 'FREQ=WEEKLY;UNTIL=99991231T000000Z',
      'FREQ=WEEKLY;UNTIL=19000101T000000Z', 'RRULE:FREQ=WEEKLY', 'garbage', '', 'FREQ=WEEKLY;BYDAY=XX', 'FREQ=DAILY;BYHOUR=25');
  }
  if (n.includes('instrumentkey') || n === 'key') return fc.oneof(fc.constantFrom(...pools.instrumentKeys), fc.stringMatching(/^[a-z0-9][a-z0-9-]{1,20}$/));
  if (n.includes('itemcode') || n === 'replacesitemcode' || n === 'replacedbyitemcode') return fc.oneof(fc.constantFrom(...pools.itemCodes), fc.stringMatching(/^D[1-9]\.[0-9]{1,2}$/));
  if (n === 'token') return fc.oneof(fc.constantFrom(...pools.tokens), fc.stringMatching(/^[A-Za-z0-9_-]{20,60}$/));
  if (n === 'dimensioncode') return fc.constantFrom('D1', 'D4', 'D7', 'D8', 'd1', '');
  if (n === 'kind') return fc.constantFrom('NOTE', 'TRAINING', 'POLICY', 'STAFFING', 'OTHER', 'note');
  if (n === 'status') return fc.constantFrom('DRAFT', 'SUBMITTED', 'LOCKED');
  if (n === 'driftcodes') return fc.constantFrom('H1', 'M3', 'O2', 'Z9', '');
  if (n === 'definitionjson' || n === 'content') return fc.constantFrom('{}', '[]', '{"key":"x"}', 'not json', 'key,name\n', '{"items":[{"code":"D1.1"}]}');
  if (n === 'csv') return fc.constantFrom('name,email,team,roles,supervisor email\nAda,ada@example.test,,STAFF,\n', 'name\n', '"unterminated\n', '\ufeffname,email\n');
  if (n.includes('password')) return fc.oneof(fc.string({ minLength: 0, maxLength: 30 }), fc.constant('correct horse battery staple long'));
  if (n === 'search' || n === 'phrase' || n === 'text') return fc.oneof(fc.string({ maxLength: 20 }), fc.lorem({ maxCount: 30 }));
  return null;
}

function stringFor(name: string, pools: Pools): fc.Arbitrary<unknown> {
  const named = namedString(name, pools);
  return fc.oneof(
    ...(named ? [{ weight: 8, arbitrary: named }] : []),
    { weight: 6, arbitrary: fc.oneof(fc.string({ maxLength: 40 }), fc.lorem({ maxCount: 8 })) },
    { weight: 4, arbitrary: hostileText() },
    { weight: 1, arbitrary: wrongType() },
  );
}

function idFor(pools: Pools): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...pools.ids) },
    { weight: 3, arbitrary: fc.constantFrom(...pools.occurrenceIds) },
    { weight: 2, arbitrary: fc.uuid() },
    { weight: 2, arbitrary: hostileText() },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(0, 123, -1, 'not-a-uuid', '00000000-0000-0000-0000-000000000000', `${'f'.repeat(36)}_20260101T000000Z`) },
  );
}

function intFor(): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: -5, max: 120 }) },
    { weight: 4, arbitrary: fc.constantFrom(0, 1, 2, 7, 14, 15, 30, 31, 60, 100, 101, 365, 366, 367, 480, 481, 600, 601, 730, 731, 10_000, 10_001, 2 ** 31 - 1, -(2 ** 31)) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(2 ** 31, -(2 ** 31) - 1, 1e20, 1.5, '5', null) },
  );
}

function scalarFor(typeName: string, fieldName: string, pools: Pools): fc.Arbitrary<unknown> {
  const base = (() => {
    switch (typeName) {
      case 'String': return stringFor(fieldName, pools);
      case 'ID': return idFor(pools);
      case 'Int': return intFor();
      case 'Float': return fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -1, 1e308, 0.5));
      case 'Boolean': return fc.oneof({ weight: 10, arbitrary: fc.boolean() }, { weight: 1, arbitrary: fc.constantFrom<unknown>('true', 1, 0) });
      case 'Date': return dates(pools.today);
      case 'DateTime': return instants(pools.today);
      case 'LocalDateTime': return localDateTimes(pools.today);
      default: return fc.oneof(fc.string(), hostileText());
    }
  })();
  return fc.oneof({ weight: 14, arbitrary: base }, { weight: 1, arbitrary: wrongType() });
}

function enumFor(type: GraphQLEnumType): fc.Arbitrary<unknown> {
  const values = type.getValues().map((v) => v.name);
  return fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: fc.constantFrom<unknown>('NOPE', values[0]!.toLowerCase(), 1, '') });
}

const MAX_INPUT_DEPTH = 4;

function inputObjectFor(type: GraphQLInputObjectType, pools: Pools, depth: number): fc.Arbitrary<unknown> {
  if (depth > MAX_INPUT_DEPTH) return fc.constant({});
  const fields = Object.values(type.getFields());
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const f of fields) shape[f.name] = slot(f.type, f.name, pools, depth + 1, f.defaultValue !== undefined);
  return fc.oneof(
    { weight: 20, arbitrary: fc.record(shape).map((r) => withoutOmitted(r)) },
    { weight: 1, arbitrary: fc.record(shape).map((r) => ({ ...withoutOmitted(r), notAField: 'x' })) },
    { weight: 1, arbitrary: wrongType() },
  );
}

function withoutOmitted(r: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(r).filter(([, v]) => v !== OMIT));
}

/** A value for a type (without the slot's null/omit choices). */
function valueFor(type: GraphQLInputType, name: string, pools: Pools, depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueFor(type.ofType, name, pools, depth);
  if (isListType(type)) {
    const item = slot(type.ofType, name, pools, depth + 1, false);
    return fc.oneof(
      { weight: 10, arbitrary: fc.array(item, { maxLength: 4 }).map((xs) => xs.filter((x) => x !== OMIT)) },
      { weight: 1, arbitrary: item.filter((x) => x !== OMIT) },
      { weight: 1, arbitrary: fc.array(item, { minLength: 25, maxLength: 40 }).map((xs) => xs.filter((x) => x !== OMIT)) },
    );
  }
  if (isEnumType(type)) return enumFor(type);
  if (isInputObjectType(type)) return inputObjectFor(type, pools, depth);
  if (isScalarType(type)) return scalarFor(type.name, name, pools);
  return fc.constant(null);
}

/** A value in a slot (argument or input field): usually a value, sometimes null (also for non-null) or left out. */
function slot(type: GraphQLInputType, name: string, pools: Pools, depth: number, hasDefault: boolean): fc.Arbitrary<unknown> {
  const required = isNonNullType(type) && !hasDefault;
  return fc.oneof(
    { weight: 24, arbitrary: valueFor(type, name, pools, depth) },
    { weight: required ? 1 : 3, arbitrary: fc.constant(null) },
    { weight: required ? 1 : 4, arbitrary: fc.constant<unknown>(OMIT) },
  );
}

/** A GraphQL literal for a JS value at a position of `type` (enum names bare, everything else as JSON-ish literals). */
export function printLiteral(value: unknown, type: GraphQLInputType | null): string {
  if (value === null || value === undefined || (typeof value === 'number' && !Number.isFinite(value))) return 'null';
  const inner = type && isNonNullType(type) ? type.ofType : type;
  if (Array.isArray(value)) return `[${value.map((v) => printLiteral(v, inner && isListType(inner) ? inner.ofType : null)).join(', ')}]`;
  if (typeof value === 'object') {
    const fields = inner && isInputObjectType(inner) ? inner.getFields() : {};
    return `{ ${Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k}: ${printLiteral(v, fields[k]?.type ?? null)}`).join(', ')} }`;
  }
  if (typeof value === 'string') {
    if (inner && isEnumType(inner) && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value) && !['true', 'false', 'null'].includes(value)) return value;
    return JSON.stringify(value);
  }
  return String(value);
}

/**
 * A selection for a return type: `__typename` and its leaf fields without required arguments (so the resolver's result
 * is serialised), but no nested objects — bad input reaches the top-level resolver, and nested field resolvers would
 * only add database work.
 */
export function selectionFor(type: GraphQLNamedType): string {
  if (isLeafType(type)) return '';
  if (!isObjectType(type)) return '{ __typename }';
  const parts = ['__typename'];
  for (const f of Object.values(type.getFields())) {
    if (f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    if (isLeafType(getNamedType(f.type))) parts.push(f.name);
  }
  return `{ ${parts.join(' ')} }`;
}

export interface GeneratedCase {
  field: string;
  operation: 'query' | 'mutation';
  query: string;
  variables: Record<string, unknown>;
  inline: boolean;
}

function caseFor(operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, pools: Pools): fc.Arbitrary<GeneratedCase> {
  const args: readonly GraphQLArgument[] = field.args;
  const values = args.map((a) => slot(a.type, a.name, pools, 0, a.defaultValue !== undefined));
  const selection = selectionFor(getNamedType(field.type));
  return fc.tuple(fc.tuple(...values), fc.integer({ min: 0, max: 9 })).map(([vals, mode]) => {
    const inline = mode < 3;
    const given = args.map((a, i) => ({ arg: a, value: vals[i] })).filter((x) => x.value !== OMIT);
    if (inline) {
      const argText = given.map(({ arg, value }) => `${arg.name}: ${printLiteral(value, arg.type)}`).join(', ');
      return { field: field.name, operation, inline, variables: {}, query: `${operation} { ${field.name}${argText ? `(${argText})` : ''} ${selection} }` };
    }
    const decl = given.map(({ arg }, i) => `$v${i}: ${String(arg.type)}`).join(', ');
    const argText = given.map(({ arg }, i) => `${arg.name}: $v${i}`).join(', ');
    const variables = Object.fromEntries(given.map(({ value }, i) => [`v${i}`, value]));
    return {
      field: field.name, operation, inline, variables,
      query: `${operation}${decl ? `(${decl})` : ''} { ${field.name}${argText ? `(${argText})` : ''} ${selection} }`,
    };
  });
}

/** One arbitrary over every Query and Mutation field of the schema (each field equally likely). */
export function operationArbitrary(schema: GraphQLSchema, pools: Pools, exclude: ReadonlySet<string> = new Set()): fc.Arbitrary<GeneratedCase> {
  const cases: fc.Arbitrary<GeneratedCase>[] = [];
  for (const [operation, root] of [['query', schema.getQueryType()], ['mutation', schema.getMutationType()]] as const) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      if (!exclude.has(field.name)) cases.push(caseFor(operation, field, pools));
    }
  }
  return fc.oneof(...cases);
}

/** Every Query and Mutation field name in the schema. */
export function operationNames(schema: GraphQLSchema): string[] {
  return [schema.getQueryType(), schema.getMutationType()].flatMap((t) => Object.keys(t?.getFields() ?? {}));
}

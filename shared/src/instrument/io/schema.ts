import { z } from 'zod';
import {
  DIMENSION_CODES, INSTRUMENT_LEVELS, ITEM_DRIFT_PATTERNS, ITEM_POLARITIES, type CrosswalkEntry, type DimensionCode,
  type InstrumentDefinition, type InstrumentDimension, type InstrumentItem,
} from '../instrument-types';

/**
 * The shape of an instrument definition as zod schemas: what the importers, the draft editor and the stored-definition
 * reader accept, and the canonical form they give back (known fields only, in a fixed order, empty optional fields
 * left out). Content rules (enough items per dimension, a drift item's pattern) are `validateInstrumentDefinition`'s.
 *
 * Messages are templates: `{at}` is the object holding the field ("Item 3 (D1.3)", "The scale"), `{field}` the
 * field's name and `{self}` the value itself. `problemList` in definition.ts fills them in from the issue's path.
 */

export const MAX_INSTRUMENT_ITEMS = 200;
export const MAX_INSTRUMENT_TEXT = 2000;
/** Same rule as the `instrument.key` CHECK constraint. */
export const INSTRUMENT_KEY_PATTERN = /^[a-z0-9][a-z0-9-]{1,62}$/;
/** Same rule as checklist answers' `itemCode`, so every item can be answered. */
export const ITEM_CODE_PATTERN = /^[A-Za-z0-9._-]{1,40}$/;

const isBlank = (v: unknown) => v === undefined || v === null || v === '';

/** Required text. */
const text = () =>
  z.string({ required_error: '{at} needs {field} (text).', invalid_type_error: '{at}: {field} must be text.' })
    .max(MAX_INSTRUMENT_TEXT, `{at}: {field} is longer than ${MAX_INSTRUMENT_TEXT} characters.`);

/** Text that may be absent or null, read as `fallback`. */
const textOr = (fallback: string) => text().nullish().transform((v) => v ?? fallback);

/** Optional text: absent, null and '' all mean "none" (undefined, left out of the canonical form). */
const optionalText = () => z.preprocess((v) => (isBlank(v) ? undefined : v), text().optional());

const bool = () => z.boolean({ message: '{at}: {field} must be true or false.' });
const wholeNumber = () => z.number({ message: '{at}: {field} must be a whole number.' }).int('{at}: {field} must be a whole number.');
const oneOf = <T extends string>(values: readonly [T, ...T[]]) => z.enum(values, { message: `{at}: {field} must be one of ${values.join(', ')}.` });
const object = <S extends z.ZodRawShape>(shape: S) => z.object(shape, { message: '{self} must be an object.' });
const list = <S extends z.ZodTypeAny>(element: S, noun = '{field}') => z.array(element, { message: `{at} needs a list of ${noun}.` });

export const instrumentScaleSchema = object({
  min: wholeNumber().transform((v) => v as 1),
  max: wholeNumber().transform((v) => v as 5),
  labels: list(z.string({ message: 'The scale labels must be text.' }), 'labels'),
  naLabel: text(),
});

export const instrumentDimensionSchema = object({
  code: oneOf(DIMENSION_CODES),
  title: text(),
  shortTitle: text().nullish(),
  description: textOr(''),
  inIndex: bool().default(true),
  strengthText: textOr(''),
  growthText: textOr(''),
}).transform((d): InstrumentDimension => ({ ...d, shortTitle: d.shortTitle ?? d.title }));

export const itemPromptsSchema = object({
  PERSON_SERVED: optionalText(),
  SELF: text(),
  SUPERVISOR: text(),
  REVIEWER: text(),
}).transform(({ PERSON_SERVED, ...prompts }) => ({ ...prompts, ...(PERSON_SERVED !== undefined ? { PERSON_SERVED } : {}) }));

export const instrumentItemSchema = object({
  code: text().regex(ITEM_CODE_PATTERN, '{at}: the code must be 1–40 letters, digits, dots, hyphens or underscores.'),
  dimensionCode: text().transform((v) => v as DimensionCode),
  order: wholeNumber().min(1, '{at}: {field} must be 1 or more.'),
  prompts: itemPromptsSchema,
  help: text(),
  polarity: oneOf(ITEM_POLARITIES),
  driftPattern: z.preprocess((v) => (isBlank(v) ? undefined : v), oneOf(ITEM_DRIFT_PATTERNS).optional()),
  naAllowed: bool(),
  inShortForm: bool(),
  reflectionPrompt: optionalText(),
}).transform(({ driftPattern, naAllowed, inShortForm, reflectionPrompt, ...item }): InstrumentItem => ({
  ...item,
  ...(driftPattern !== undefined ? { driftPattern } : {}),
  naAllowed,
  inShortForm,
  ...(reflectionPrompt !== undefined ? { reflectionPrompt } : {}),
}));

export const crosswalkEntrySchema = object({
  fromItemCode: text(),
  toItemCode: z.string({ message: '{at}: toItemCode must be an item code or null.' }).nullish().transform((v) => v || null),
}).transform((c): CrosswalkEntry => c);

export const instrumentDefinitionSchema = z.object({
  key: text().regex(INSTRUMENT_KEY_PATTERN, 'The key must be 2–63 lower-case letters, digits or hyphens, starting with a letter or digit.'),
  title: text(),
  description: textOr(''),
  level: oneOf(INSTRUMENT_LEVELS),
  version: wholeNumber(),
  scale: instrumentScaleSchema,
  dimensions: list(instrumentDimensionSchema).max(DIMENSION_CODES.length, `An instrument has at most ${DIMENSION_CODES.length} dimensions.`),
  items: list(instrumentItemSchema).max(MAX_INSTRUMENT_ITEMS, `An instrument has at most ${MAX_INSTRUMENT_ITEMS} items.`),
  crosswalk: list(crosswalkEntrySchema, 'crosswalk entries')
    .max(MAX_INSTRUMENT_ITEMS * 2, `The crosswalk has more than ${MAX_INSTRUMENT_ITEMS * 2} entries.`),
}, { message: 'The definition must be a JSON object.' });

/** What the schema accepts (before defaults and canonical clean-up). */
export type InstrumentDefinitionInput = z.input<typeof instrumentDefinitionSchema>;
/** What the schema gives back: the canonical definition. */
export type ParsedInstrumentDefinition = z.output<typeof instrumentDefinitionSchema>;
export type ParsedInstrumentItem = z.output<typeof instrumentItemSchema>;
export type ParsedInstrumentDimension = z.output<typeof instrumentDimensionSchema>;
export type ParsedCrosswalkEntry = z.output<typeof crosswalkEntrySchema>;

// What the schema gives back must be an InstrumentDefinition; if the two drift apart this fails to compile.
const parsedIsDefinition: [ParsedInstrumentDefinition] extends [InstrumentDefinition] ? true : false = true;
void parsedIsDefinition;

import { DIMENSION_CODES, INSTRUMENT_LEVELS, ITEM_DRIFT_PATTERNS, ITEM_POLARITIES, type CrosswalkEntry, type InstrumentDefinition, type InstrumentDimension, type InstrumentItem, type ItemPrompts } from '../instrument-types';

/**
 * Pure conversions of an instrument definition: checking the shape of untrusted JSON, a canonical form, JSON export,
 * and a REDCap data dictionary (CSV) in both directions. Pure: no I/O — unit-tested in instrument-io.spec.ts (the API's importer and the web's preview use the same rules).
 *
 * "Structural" problems (wrong types, missing lists, unknown enum values) make a definition unusable and are refused
 * everywhere; "content" problems (a dimension with too few items, a drift item without a pattern) are what
 * `validateInstrumentDefinition` from @tandem/shared reports, and only stop publishing.
 */

/** Upload limit for imported files and edited definitions. */
export const MAX_INSTRUMENT_FILE_BYTES = 1024 * 1024;
export const MAX_INSTRUMENT_ITEMS = 200;
const MAX_TEXT = 2000;
const MAX_PROBLEMS = 50;
/** Same rule as the `instrument.key` CHECK constraint. */
export const INSTRUMENT_KEY_PATTERN = /^[a-z0-9][a-z0-9-]{1,62}$/;
/** Same rule as checklist answers' `itemCode`, so every item can be answered. */
export const ITEM_CODE_PATTERN = /^[A-Za-z0-9._-]{1,40}$/;

export interface DefinitionResult {
  /** Null when there are problems. */
  definition: InstrumentDefinition | null;
  problems: string[];
}

export type Json = Record<string, unknown>;
export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export function capped(problems: string[]): string[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [...problems.slice(0, MAX_PROBLEMS), `…and ${problems.length - MAX_PROBLEMS} more problems.`];
}

/** Field readers that record a plain-language problem instead of throwing. */
class Reader {
  readonly problems: string[] = [];

  text(obj: Json, field: string, where: string, fallback?: string): string {
    const v = obj[field];
    if (v === undefined || v === null) {
      if (fallback !== undefined) return fallback;
      this.problems.push(`${where} needs ${field} (text).`);
      return '';
    }
    if (typeof v !== 'string') {
      this.problems.push(`${where}: ${field} must be text.`);
      return '';
    }
    if (v.length > MAX_TEXT) this.problems.push(`${where}: ${field} is longer than ${MAX_TEXT} characters.`);
    return v;
  }

  /** Optional text: absent, null and '' all mean "none". */
  optionalText(obj: Json, field: string, where: string): string | undefined {
    const v = obj[field];
    if (v === undefined || v === null || v === '') return undefined;
    return this.text(obj, field, where);
  }

  bool(obj: Json, field: string, where: string, fallback?: boolean): boolean {
    const v = obj[field];
    if (v === undefined && fallback !== undefined) return fallback;
    if (typeof v !== 'boolean') {
      this.problems.push(`${where}: ${field} must be true or false.`);
      return false;
    }
    return v;
  }

  int(obj: Json, field: string, where: string): number {
    const v = obj[field];
    if (typeof v !== 'number' || !Number.isInteger(v)) {
      this.problems.push(`${where}: ${field} must be a whole number.`);
      return 0;
    }
    return v;
  }

  oneOf<T extends string>(obj: Json, field: string, where: string, allowed: readonly T[]): T {
    const v = obj[field];
    if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
      this.problems.push(`${where}: ${field} must be one of ${allowed.join(', ')}.`);
      return allowed[0]!;
    }
    return v as T;
  }

  list(obj: Json, field: string, where: string, noun = field): unknown[] {
    const v = obj[field];
    if (!Array.isArray(v)) {
      this.problems.push(`${where} needs a list of ${noun}.`);
      return [];
    }
    return v;
  }

  object(value: unknown, where: string): Json | null {
    if (isObject(value)) return value;
    this.problems.push(`${where} must be an object.`);
    return null;
  }
}

function readDimension(r: Reader, value: unknown, index: number): InstrumentDimension | null {
  const where = `Dimension ${index + 1}`;
  const d = r.object(value, where);
  if (!d) return null;
  const code = r.oneOf(d, 'code', where, DIMENSION_CODES);
  const title = r.text(d, 'title', where);
  return {
    code,
    title,
    shortTitle: r.text(d, 'shortTitle', where, title),
    description: r.text(d, 'description', where, ''),
    inIndex: r.bool(d, 'inIndex', where, true),
    strengthText: r.text(d, 'strengthText', where, ''),
    growthText: r.text(d, 'growthText', where, ''),
  };
}

function readItem(r: Reader, value: unknown, index: number): InstrumentItem | null {
  const item = r.object(value, `Item ${index + 1}`);
  if (!item) return null;
  const rawCode = item.code;
  const where = typeof rawCode === 'string' && rawCode ? `Item ${index + 1} (${rawCode})` : `Item ${index + 1}`;
  const code = r.text(item, 'code', where);
  if (typeof rawCode === 'string' && !ITEM_CODE_PATTERN.test(code)) {
    r.problems.push(`${where}: the code must be 1–40 letters, digits, dots, hyphens or underscores.`);
  }
  const order = r.int(item, 'order', where);
  if (Number.isInteger(item.order) && order < 1) r.problems.push(`${where}: order must be 1 or more.`);
  const promptsObj = r.object(item.prompts, `${where}: prompts`) ?? {};
  const personServed = r.optionalText(promptsObj, 'PERSON_SERVED', `${where}: prompts`);
  const prompts: ItemPrompts = {
    SELF: r.text(promptsObj, 'SELF', `${where}: prompts`),
    SUPERVISOR: r.text(promptsObj, 'SUPERVISOR', `${where}: prompts`),
    REVIEWER: r.text(promptsObj, 'REVIEWER', `${where}: prompts`),
    ...(personServed !== undefined ? { PERSON_SERVED: personServed } : {}),
  };
  const driftPattern = item.driftPattern === undefined || item.driftPattern === null || item.driftPattern === ''
    ? undefined
    : r.oneOf(item, 'driftPattern', where, ITEM_DRIFT_PATTERNS);
  const reflectionPrompt = r.optionalText(item, 'reflectionPrompt', where);
  return {
    code,
    dimensionCode: r.text(item, 'dimensionCode', where) as InstrumentItem['dimensionCode'],
    order,
    prompts,
    help: r.text(item, 'help', where),
    polarity: r.oneOf(item, 'polarity', where, ITEM_POLARITIES),
    ...(driftPattern !== undefined ? { driftPattern } : {}),
    naAllowed: r.bool(item, 'naAllowed', where),
    inShortForm: r.bool(item, 'inShortForm', where),
    ...(reflectionPrompt !== undefined ? { reflectionPrompt } : {}),
  };
}

function readCrosswalkEntry(r: Reader, value: unknown, index: number): CrosswalkEntry | null {
  const where = `Crosswalk entry ${index + 1}`;
  const entry = r.object(value, where);
  if (!entry) return null;
  const fromItemCode = r.text(entry, 'fromItemCode', where);
  const to = entry.toItemCode;
  if (to !== null && to !== undefined && typeof to !== 'string') r.problems.push(`${where}: toItemCode must be an item code or null.`);
  return { fromItemCode, toItemCode: typeof to === 'string' && to !== '' ? to : null };
}

/**
 * Checks that an untrusted value has the shape of an InstrumentDefinition and returns it in canonical form (known
 * fields only, in a fixed order, optional fields omitted when empty). Content rules are not checked here.
 */
export function readInstrumentDefinition(value: unknown): DefinitionResult {
  const r = new Reader();
  if (!isObject(value)) return { definition: null, problems: ['The definition must be a JSON object.'] };
  const key = r.text(value, 'key', 'The definition');
  if (typeof value.key === 'string' && !INSTRUMENT_KEY_PATTERN.test(key)) {
    r.problems.push('The key must be 2–63 lower-case letters, digits or hyphens, starting with a letter or digit.');
  }
  const title = r.text(value, 'title', 'The definition');
  const description = r.text(value, 'description', 'The definition', '');
  const level = r.oneOf(value, 'level', 'The definition', INSTRUMENT_LEVELS);
  const version = r.int(value, 'version', 'The definition');
  const scaleObj = r.object(value.scale, 'The scale');
  let scale: InstrumentDefinition['scale'] = { min: 1, max: 5, labels: [], naLabel: '' };
  if (scaleObj) {
    const labels = r.list(scaleObj, 'labels', 'The scale', 'labels');
    if (labels.some((l) => typeof l !== 'string')) r.problems.push('The scale labels must be text.');
    scale = {
      min: r.int(scaleObj, 'min', 'The scale') as 1,
      max: r.int(scaleObj, 'max', 'The scale') as 5,
      labels: labels.filter((l): l is string => typeof l === 'string'),
      naLabel: r.text(scaleObj, 'naLabel', 'The scale'),
    };
  }
  const rawDimensions = r.list(value, 'dimensions', 'The definition');
  const rawItems = r.list(value, 'items', 'The definition');
  const rawCrosswalk = r.list(value, 'crosswalk', 'The definition', 'crosswalk entries');
  if (rawDimensions.length > DIMENSION_CODES.length) r.problems.push(`An instrument has at most ${DIMENSION_CODES.length} dimensions.`);
  if (rawItems.length > MAX_INSTRUMENT_ITEMS) r.problems.push(`An instrument has at most ${MAX_INSTRUMENT_ITEMS} items.`);
  if (rawCrosswalk.length > MAX_INSTRUMENT_ITEMS * 2) r.problems.push(`The crosswalk has more than ${MAX_INSTRUMENT_ITEMS * 2} entries.`);
  if (r.problems.length) return { definition: null, problems: capped(r.problems) };

  const dimensions = rawDimensions.map((d, i) => readDimension(r, d, i));
  const items = rawItems.map((item, i) => readItem(r, item, i));
  const crosswalk = rawCrosswalk.map((c, i) => readCrosswalkEntry(r, c, i));
  if (r.problems.length) return { definition: null, problems: capped(r.problems) };
  return {
    definition: {
      key, title, description, level, version, scale,
      dimensions: dimensions as InstrumentDimension[],
      items: items as InstrumentItem[],
      crosswalk: crosswalk as CrosswalkEntry[],
    },
    problems: [],
  };
}

/** The definition in canonical form (throws if it is not shaped like one; use for trusted, stored definitions). */
export function canonicalDefinition(def: InstrumentDefinition): InstrumentDefinition {
  const result = readInstrumentDefinition(def);
  if (!result.definition) throw new Error(`Not an instrument definition: ${result.problems.join(' ')}`);
  return result.definition;
}

// ── JSON ──

/** The definition as pretty-printed JSON. */
export function definitionToJson(def: InstrumentDefinition): string {
  return JSON.stringify(canonicalDefinition(def), null, 2);
}

export function definitionFromJson(text: string): DefinitionResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { definition: null, problems: [`The content is not valid JSON: ${(e as Error).message}.`] };
  }
  return readInstrumentDefinition(value);
}

// ── REDCap data dictionary ──

import type { z } from 'zod';
import type { InstrumentDefinition } from '../instrument-types';
import { instrumentDefinitionSchema } from './schema';

export { INSTRUMENT_KEY_PATTERN, ITEM_CODE_PATTERN, MAX_INSTRUMENT_ITEMS } from './schema';

/**
 * Pure conversions of an instrument definition: checking the shape of untrusted JSON (with the zod schemas in
 * schema.ts), a canonical form and JSON export; redcap.ts does the REDCap data dictionary (CSV) in both directions.
 * Pure: no I/O — unit-tested in instrument-io.spec.ts (the API's importer and the web's preview use the same rules).
 *
 * "Structural" problems (wrong types, missing lists, unknown enum values) make a definition unusable and are refused
 * everywhere; "content" problems (a dimension with too few items, a drift item without a pattern) are what
 * `validateInstrumentDefinition` from @tandem/shared reports, and only stop publishing.
 */

/** Upload limit for imported files and edited definitions. */
export const MAX_INSTRUMENT_FILE_BYTES = 1024 * 1024;
const MAX_PROBLEMS = 50;

/** One thing wrong with a definition: where (a field path such as `items[2].order`) and, in plain words, what. */
export interface DefinitionIssue {
  path: string;
  message: string;
}

export interface DefinitionResult {
  /** Null when there are problems. */
  definition: InstrumentDefinition | null;
  problems: string[];
  /** The problems with the field each is about, when a field is known (the API passes the paths on to the caller). */
  issues?: DefinitionIssue[];
}

export type Json = Record<string, unknown>;
export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export function capped(problems: string[]): string[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [...problems.slice(0, MAX_PROBLEMS), `…and ${problems.length - MAX_PROBLEMS} more problems.`];
}

/** `items[2].prompts.SELF` for the path ['items', 2, 'prompts', 'SELF']. */
export function fieldPath(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** The plain-language name of the value at `path` in `input`: "The definition", "Item 3 (D1.3)", "The scale"… */
function describe(input: unknown, path: readonly (string | number)[]): string {
  const [top, index, ...rest] = path;
  if (top === undefined) return 'The definition';
  if (top === 'scale') return index === undefined ? 'The scale' : `The scale: ${fieldPath(path.slice(1))}`;
  if (typeof index !== 'number') return `The definition: ${fieldPath(path)}`;
  const holder = isObject(input) && Array.isArray(input[top]) ? (input[top] as unknown[])[index] : undefined;
  const code = isObject(holder) && typeof holder.code === 'string' && holder.code ? ` (${holder.code})` : '';
  const name = top === 'items' ? `Item ${index + 1}${code}` : top === 'dimensions' ? `Dimension ${index + 1}` : top === 'crosswalk' ? `Crosswalk entry ${index + 1}` : fieldPath(path.slice(0, 2));
  return rest.length ? `${name}: ${fieldPath(rest)}` : name;
}

/** Fills in a schema message's `{at}`, `{field}` and `{self}` from where the issue is (see schema.ts). */
function problemText(input: unknown, issue: z.ZodIssue): string {
  const { path, message } = issue;
  // Complete sentences are used as written; zod's own wording (no full stop) is prefixed with where it happened.
  if (!/\{(at|field|self)\}/.test(message)) return message.endsWith('.') ? message : `${describe(input, path)}: ${message}.`;
  const field = String(path[path.length - 1] ?? '');
  return message
    .replace('{at}', describe(input, path.slice(0, -1)))
    .replace('{field}', field)
    .replace('{self}', describe(input, path));
}

/**
 * Checks that an untrusted value has the shape of an InstrumentDefinition and returns it in canonical form (known
 * fields only, in a fixed order, optional fields omitted when empty). Content rules are not checked here.
 */
export function readInstrumentDefinition(value: unknown): DefinitionResult {
  const parsed = instrumentDefinitionSchema.safeParse(value);
  if (parsed.success) return { definition: parsed.data, problems: [] };
  const issues: DefinitionIssue[] = [];
  for (const issue of parsed.error.issues) {
    const found = { path: fieldPath(issue.path), message: problemText(value, issue) };
    if (!issues.some((i) => i.message === found.message)) issues.push(found);
  }
  return { definition: null, problems: capped(issues.map((i) => i.message)), issues: issues.slice(0, MAX_PROBLEMS) };
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

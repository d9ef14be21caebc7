import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import {
  DIMENSION_CODES, INSTRUMENT_LEVELS, ITEM_DRIFT_PATTERNS, ITEM_POLARITIES, NOT_APPLICABLE_LABEL, guardCsvFormula, unguardCsvFormula,
  type CrosswalkEntry, type InstrumentDefinition, type InstrumentDimension, type InstrumentItem, type ItemPrompts,
} from '@tandem/shared';

/**
 * Pure conversions of an instrument definition: checking the shape of untrusted JSON, a canonical form, JSON export,
 * and a REDCap data dictionary (CSV) in both directions. No database, no Nest — unit-tested in instrument-io.spec.ts.
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

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function capped(problems: string[]): string[] {
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

export const REDCAP_HEADER = [
  'Variable / Field Name', 'Form Name', 'Section Header', 'Field Type', 'Field Label', 'Choices, Calculations, OR Slider Labels',
  'Field Note', 'Text Validation Type OR Show Slider Number', 'Text Validation Min', 'Text Validation Max', 'Identifier?',
  'Branching Logic (Show field only if...)', 'Required Field?', 'Custom Alignment', 'Question Number (surveys only)',
  'Matrix Group Name', 'Matrix Ranking?', 'Field Annotation',
] as const;

/** Annotation tag carrying an item's Tandem-only fields (JSON). */
export const TANDEM_ITEM_TAG = '@TANDEM=';
/** Annotation tag on the first row carrying the instrument's own fields (JSON). */
export const TANDEM_INSTRUMENT_TAG = '@TANDEM-INSTRUMENT=';
/** Choice code REDCap dictionaries use for "not applicable". */
export const NA_CHOICE = 99;

/** d1_1 for D1.1: lower case, anything but letters and digits becomes `_`. */
export function redcapVariableName(itemCode: string): string {
  return itemCode.toLowerCase().replace(/[^a-z0-9]/g, '_');
}

/** mutuality_fidelity for mutuality-fidelity (keys never contain `_`, so this is reversible). */
export function redcapFormName(key: string): string {
  return key.replace(/-/g, '_');
}

function choicesText(def: InstrumentDefinition, naAllowed: boolean): string {
  const points = def.scale.labels.map((label, i) => `${def.scale.min + i}, ${label}`);
  if (naAllowed) points.push(`${NA_CHOICE}, ${def.scale.naLabel}`);
  return points.join(' | ');
}

/**
 * An 18-column REDCap data dictionary: one radio field per item in display order. Everything REDCap has no column
 * for travels as JSON in the Field Annotation (`@TANDEM=` per item, `@TANDEM-INSTRUMENT=` on the first row), so
 * `definitionFromRedcapCsv` gives back the same definition.
 */
export function definitionToRedcapCsv(input: InstrumentDefinition): string {
  const def = canonicalDefinition(input);
  const items = [...def.items].sort((a, b) => a.order - b.order);
  const titles = new Map(def.dimensions.map((d) => [d.code as string, d.title]));
  const seenDimensions = new Set<string>();
  const seenVariables = new Set<string>();
  const instrumentMeta = {
    title: def.title, description: def.description, level: def.level, version: def.version,
    scale: def.scale, dimensions: def.dimensions, crosswalk: def.crosswalk,
  };
  const rows = items.map((item, index) => {
    let variable = redcapVariableName(item.code);
    for (let n = 2; seenVariables.has(variable); n++) variable = `${redcapVariableName(item.code)}_${n}`;
    seenVariables.add(variable);
    const firstOfDimension = !seenDimensions.has(item.dimensionCode);
    seenDimensions.add(item.dimensionCode);
    const itemMeta = {
      code: item.code, dimensionCode: item.dimensionCode, order: item.order, polarity: item.polarity,
      ...(item.driftPattern ? { driftPattern: item.driftPattern } : {}),
      inShortForm: item.inShortForm,
      prompts: {
        SUPERVISOR: item.prompts.SUPERVISOR, REVIEWER: item.prompts.REVIEWER,
        ...(item.prompts.PERSON_SERVED !== undefined ? { PERSON_SERVED: item.prompts.PERSON_SERVED } : {}),
      },
      ...(item.reflectionPrompt !== undefined ? { reflectionPrompt: item.reflectionPrompt } : {}),
    };
    const annotation = [
      ...(index === 0 ? [`${TANDEM_INSTRUMENT_TAG}${JSON.stringify(instrumentMeta)}`] : []),
      `${TANDEM_ITEM_TAG}${JSON.stringify(itemMeta)}`,
    ].join('\n');
    return [
      variable, redcapFormName(def.key), firstOfDimension ? (titles.get(item.dimensionCode) ?? '') : '', 'radio', item.prompts.SELF,
      choicesText(def, item.naAllowed), item.help, '', '', '', '', '', '', '', '', '', '', annotation,
    ];
  });
  // Every text cell is guarded against spreadsheet formulas (the annotations start with @); the reader undoes it.
  return stringify([[...REDCAP_HEADER], ...rows], { quoted: true, cast: { string: guardCsvFormula } });
}

/** Reads the JSON object that follows `tag` in an annotation; undefined when the tag is absent. */
export function annotationJson(annotation: string, tag: string): { value?: unknown; error?: string } | undefined {
  const at = annotation.indexOf(tag);
  if (at < 0) return undefined;
  const start = at + tag.length;
  if (annotation[start] !== '{') return { error: `${tag} must be followed by a JSON object` };
  let depth = 0;
  let inString = false;
  for (let i = start; i < annotation.length; i++) {
    const ch = annotation[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) {
      try {
        return { value: JSON.parse(annotation.slice(start, i + 1)) };
      } catch (e) {
        return { error: `${tag} holds invalid JSON (${(e as Error).message})` };
      }
    }
  }
  return { error: `${tag} holds JSON that never ends` };
}

interface Choice {
  code: number;
  label: string;
}

function parseChoices(text: string): Choice[] | null {
  const parts = text.split('|').map((p) => p.trim()).filter(Boolean);
  const out: Choice[] = [];
  for (const part of parts) {
    const m = /^(-?\d+)\s*,\s*(.*)$/s.exec(part);
    if (!m) return null;
    out.push({ code: Number(m[1]), label: m[2]!.trim() });
  }
  return out;
}

const stripHtml = (s: string) => s.replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ').trim();
const normHeader = (s: string) => s.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/\s+/g, ' ');
const humanize = (form: string) => {
  const words = form.replace(/[_-]+/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : words;
};

interface DictionaryRow {
  label: string;
  variable: string;
  form: string;
  section: string;
  type: string;
  fieldLabel: string;
  choices: string;
  note: string;
  annotation: string;
}

/**
 * Reads a REDCap data dictionary. Rows exported by Tandem carry `@TANDEM=` annotations and come back exactly; a
 * hand-written dictionary gets sensible defaults: each Section Header starts a dimension (D1, D2, …), every radio or
 * dropdown field on a 1–5 scale becomes a CORE item whose Field Label is used for every rater and whose Field Note is
 * the help text, a `99` choice means "not applicable" is allowed, and the form name becomes the key. The record-id
 * field (a text field in the first row) and descriptive fields are skipped; anything else is reported as a problem.
 */
export function definitionFromRedcapCsv(csv: string): DefinitionResult {
  let records: string[][];
  try {
    records = (parse(csv.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true }) as string[][])
      .map((record) => record.map(unguardCsvFormula));
  } catch (e) {
    return { definition: null, problems: [`The file is not valid CSV: ${(e as Error).message}`] };
  }
  const [header, ...body] = records;
  if (!header) return { definition: null, problems: ['The file is empty.'] };
  const column = (name: string) => header.findIndex((h) => normHeader(h) === normHeader(name));
  const required = ['Variable / Field Name', 'Form Name', 'Field Type', 'Field Label', 'Choices, Calculations, OR Slider Labels'];
  const missing = required.filter((name) => column(name) < 0);
  if (missing.length) {
    return {
      definition: null,
      problems: [`This is not a REDCap data dictionary: the header row has no ${missing.map((m) => `"${m}"`).join(', ')} column.`],
    };
  }
  const cell = (record: string[], name: string) => {
    const i = column(name);
    return i < 0 ? '' : (record[i] ?? '');
  };
  const problems: string[] = [];
  const rows: DictionaryRow[] = [];
  body.forEach((record, index) => {
    const variable = cell(record, 'Variable / Field Name').trim();
    const row: DictionaryRow = {
      label: `Row ${index + 2}${variable ? ` (${variable})` : ''}`,
      variable,
      form: cell(record, 'Form Name').trim(),
      section: cell(record, 'Section Header'),
      type: cell(record, 'Field Type').trim().toLowerCase(),
      fieldLabel: cell(record, 'Field Label'),
      choices: cell(record, 'Choices, Calculations, OR Slider Labels'),
      note: cell(record, 'Field Note'),
      annotation: cell(record, 'Field Annotation'),
    };
    if (row.type === 'descriptive') return;
    if (index === 0 && row.type === 'text') return; // the record id
    if (row.type !== 'radio' && row.type !== 'dropdown') {
      problems.push(`${row.label}: a "${row.type || 'blank'}" field cannot be an item; items must be radio or dropdown fields on the 1–5 scale.`);
      return;
    }
    rows.push(row);
  });
  if (!rows.length && !problems.length) problems.push('The dictionary has no radio or dropdown fields to turn into items.');
  const forms = [...new Set(rows.map((r) => r.form))];
  if (forms.length > 1) problems.push(`The dictionary has more than one form (${forms.join(', ')}); import one form at a time.`);
  if (forms[0] === '') problems.push('Every field needs a Form Name; it becomes the instrument key.');
  if (problems.length) return { definition: null, problems: capped(problems) };

  // Instrument-level fields: from the first @TANDEM-INSTRUMENT= annotation, else defaults.
  let meta: Json = {};
  for (const row of rows) {
    const found = annotationJson(row.annotation, TANDEM_INSTRUMENT_TAG);
    if (!found) continue;
    if (found.error) problems.push(`${row.label}: ${found.error}.`);
    else if (!isObject(found.value)) problems.push(`${row.label}: ${TANDEM_INSTRUMENT_TAG} must hold a JSON object.`);
    else meta = found.value;
    break;
  }
  const form = forms[0]!;
  const key = form.toLowerCase().replace(/_/g, '-');
  if (!INSTRUMENT_KEY_PATTERN.test(key)) {
    problems.push(`The form name "${form}" cannot be used as an instrument key: use 2–63 lower-case letters, digits or underscores.`);
  }

  const dimensions: Json[] = Array.isArray(meta.dimensions) ? meta.dimensions.filter(isObject) : [];
  const dimensionByTitle = (title: string) => dimensions.find((d) => typeof d.title === 'string' && d.title.trim() === title);
  const scaleFromMeta = isObject(meta.scale) ? meta.scale : undefined;
  let scaleLabels: string[] | undefined = Array.isArray(scaleFromMeta?.labels) ? (scaleFromMeta.labels as string[]) : undefined;
  let naLabel: string | undefined = typeof scaleFromMeta?.naLabel === 'string' ? scaleFromMeta.naLabel : undefined;

  interface Draft { row: DictionaryRow; fields: Json; annotated: boolean; dimensionCode: string }
  const drafts: Draft[] = [];
  let current: string | undefined;
  for (const row of rows) {
    const found = annotationJson(row.annotation, TANDEM_ITEM_TAG);
    let fields: Json = {};
    if (found?.error) problems.push(`${row.label}: ${found.error}.`);
    else if (found && !isObject(found.value)) problems.push(`${row.label}: ${TANDEM_ITEM_TAG} must hold a JSON object.`);
    else if (found) fields = found.value as Json;
    const annotated = !!found && isObject(found.value);

    const section = stripHtml(row.section);
    if (annotated && typeof fields.dimensionCode === 'string') {
      current = fields.dimensionCode;
    } else if (section) {
      const known = dimensionByTitle(section);
      if (known) current = known.code as string;
      else {
        const free = DIMENSION_CODES.find((code) => !dimensions.some((d) => d.code === code));
        if (!free) {
          problems.push(`${row.label}: the section "${section}" would be an eighth dimension; an instrument has at most ${DIMENSION_CODES.length}.`);
          continue;
        }
        dimensions.push({ code: free, title: section, shortTitle: section, description: '', inIndex: true, strengthText: '', growthText: '' });
        current = free;
      }
    }
    if (!current) {
      problems.push(`${row.label} comes before any Section Header, so it belongs to no dimension; give the first field a Section Header.`);
      continue;
    }

    const choices = parseChoices(row.choices);
    const points = choices?.filter((c) => c.code !== NA_CHOICE) ?? [];
    if (!choices || points.length !== 5 || points.some((c, i) => c.code !== i + 1)) {
      problems.push(`${row.label}: the choices must be 1 to 5, optionally with ${NA_CHOICE} for "not applicable" (found "${row.choices.trim()}").`);
      continue;
    }
    const na = choices.find((c) => c.code === NA_CHOICE);
    if (!scaleLabels) scaleLabels = points.map((c) => c.label);
    else if (points.some((c, i) => c.label !== scaleLabels![i])) {
      problems.push(`${row.label}: its choice labels differ from the scale (${scaleLabels.join(', ')}); every item uses the same scale.`);
    }
    if (na && naLabel === undefined) naLabel = na.label;
    fields = { ...fields, naAllowed: !!na };
    drafts.push({ row, fields, annotated, dimensionCode: current });
  }
  if (problems.length) return { definition: null, problems: capped(problems) };

  // Codes: annotated rows keep theirs; the others get the next free Dn.k of their dimension, in row order.
  const used = new Set(drafts.map((d) => d.fields.code).filter((c): c is string => typeof c === 'string'));
  const nextCode = (dimension: string) => {
    let k = 1;
    while (used.has(`${dimension}.${k}`)) k++;
    used.add(`${dimension}.${k}`);
    return `${dimension}.${k}`;
  };
  const keepOrders = drafts.every((d) => Number.isInteger(d.fields.order));
  const items = drafts.map((d, index) => {
    const label = d.annotated ? d.row.fieldLabel : stripHtml(d.row.fieldLabel);
    const prompts = isObject(d.fields.prompts) ? d.fields.prompts : {};
    return {
      code: typeof d.fields.code === 'string' ? d.fields.code : nextCode(d.dimensionCode),
      dimensionCode: d.annotated && d.fields.dimensionCode !== undefined ? d.fields.dimensionCode : d.dimensionCode,
      order: keepOrders ? d.fields.order : index + 1,
      prompts: {
        SELF: label,
        SUPERVISOR: d.annotated ? (prompts.SUPERVISOR ?? label) : label,
        REVIEWER: d.annotated ? (prompts.REVIEWER ?? label) : label,
        ...(prompts.PERSON_SERVED !== undefined ? { PERSON_SERVED: prompts.PERSON_SERVED } : {}),
      },
      help: d.annotated ? d.row.note : stripHtml(d.row.note),
      polarity: d.fields.polarity ?? 'CORE',
      driftPattern: d.fields.driftPattern,
      naAllowed: d.fields.naAllowed,
      inShortForm: d.fields.inShortForm ?? false,
      reflectionPrompt: d.fields.reflectionPrompt,
    };
  });
  return readInstrumentDefinition({
    key,
    title: meta.title ?? humanize(form),
    description: meta.description ?? '',
    level: meta.level ?? 'PRACTITIONER',
    version: meta.version ?? 1,
    scale: scaleFromMeta ?? { min: 1, max: 5, labels: scaleLabels ?? [], naLabel: naLabel ?? NOT_APPLICABLE_LABEL },
    dimensions,
    items,
    crosswalk: meta.crosswalk ?? [],
  });
}

export type InstrumentFileFormat = 'JSON' | 'REDCAP_CSV';

export function exportDefinition(def: InstrumentDefinition, format: InstrumentFileFormat): string {
  return format === 'JSON' ? definitionToJson(def) : definitionToRedcapCsv(def);
}

export function importDefinition(content: string, format: InstrumentFileFormat): DefinitionResult {
  if (Buffer.byteLength(content, 'utf8') > MAX_INSTRUMENT_FILE_BYTES) {
    return { definition: null, problems: ['The content is larger than 1 MB.'] };
  }
  return format === 'JSON' ? definitionFromJson(content) : definitionFromRedcapCsv(content);
}

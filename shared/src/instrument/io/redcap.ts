import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { DIMENSION_CODES, type InstrumentDefinition } from '../instrument-types';
import { NOT_APPLICABLE_LABEL } from '../mutuality-fidelity-v1';
import { guardCsvFormula, unguardCsvFormula } from '../../csv';
import { capped, isObject, type Json, readInstrumentDefinition, canonicalDefinition, type DefinitionResult, INSTRUMENT_KEY_PATTERN } from './definition';

/** A REDCap data dictionary (CSV) in both directions, keeping Tandem-only fields in annotation tags. */

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

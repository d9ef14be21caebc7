import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { unguardCsvFormula } from '../../csv';
import type { InstrumentDefinition } from '../instrument-types';
import { MUTUALITY_FIDELITY_V1 } from '../mutuality-fidelity-v1';
import { validateInstrumentDefinition } from '../validate-instrument';
import {
  annotationJson, definitionFromJson, definitionFromRedcapCsv, definitionToJson, definitionToRedcapCsv, importDefinition,
  instrumentDefinitionSchema, readInstrumentDefinition, REDCAP_HEADER, redcapVariableName,
} from '.';

const V1 = MUTUALITY_FIDELITY_V1;
const HEADER_LINE =
  '"Variable / Field Name","Form Name","Section Header","Field Type","Field Label","Choices, Calculations, OR Slider Labels",' +
  '"Field Note","Text Validation Type OR Show Slider Number","Text Validation Min","Text Validation Max","Identifier?",' +
  '"Branching Logic (Show field only if...)","Required Field?","Custom Alignment","Question Number (surveys only)",' +
  '"Matrix Group Name","Matrix Ranking?","Field Annotation"';

const rowsOf = (csv: string) => parse(csv) as string[][];

/** A definition that exercises the optional fields: version 2, a crosswalk with a retirement, orders with gaps. */
function editedDefinition(): InstrumentDefinition {
  // What the editor makes of "version 2 of V1 with D1.4 retired in favour of D1.3".
  const inOrder = [...V1.items].sort((a, b) => a.order - b.order);
  const draft: InstrumentDefinition = {
    ...V1, version: 2,
    items: inOrder.filter((i) => i.code !== 'D1.4').map((i, n) => ({ ...i, order: n + 1 })),
    crosswalk: inOrder.map((i) => ({ fromItemCode: i.code, toItemCode: i.code === 'D1.4' ? 'D1.3' : i.code })),
  };
  return {
    ...draft, title: 'Edited, with "quotes" and a | pipe', description: 'Line one\nline two, with commas',
    items: draft.items.map((i) => ({ ...i, order: i.order * 10 })),
  };
}

describe('readInstrumentDefinition', () => {
  it('accepts the default instrument unchanged', () => {
    expect(readInstrumentDefinition(V1)).toEqual({ definition: V1, problems: [] });
  });

  it('reports structural problems: not an object, missing lists, wrong types and unknown values', () => {
    expect(readInstrumentDefinition([]).problems).toEqual(['The definition must be a JSON object.']);
    expect(readInstrumentDefinition({ ...V1, items: undefined, crosswalk: 'x' }).problems).toEqual([
      'The definition needs a list of items.', 'The definition needs a list of crosswalk entries.',
    ]);
    const broken = { ...V1, items: [{ ...V1.items[0], polarity: 'SIDEWAYS', naAllowed: 'yes', order: 1.5 }, 7] };
    expect(readInstrumentDefinition(broken).problems).toEqual([
      'Item 1 (D1.1): order must be a whole number.',
      'Item 1 (D1.1): polarity must be one of CORE, DRIFT.',
      'Item 1 (D1.1): naAllowed must be true or false.',
      'Item 2 must be an object.',
    ]);
    expect(readInstrumentDefinition({ ...V1, key: 'Has Spaces' }).problems).toEqual([
      'The key must be 2–63 lower-case letters, digits or hyphens, starting with a letter or digit.',
    ]);
  });

  it('names the field of every structural problem by its path, and says in plain words what is wrong', () => {
    const item = V1.items[0]!;
    const broken = {
      ...V1, scale: { ...V1.scale, labels: ['a', 2] },
      items: [{ ...item, prompts: { ...item.prompts, SELF: undefined }, help: 'x'.repeat(2001), order: 0, driftPattern: 'SIDEWAYS' }],
      crosswalk: [{ fromItemCode: 'D1.1', toItemCode: 3 }],
    };
    expect(readInstrumentDefinition(broken).issues).toEqual([
      { path: 'scale.labels[1]', message: 'The scale labels must be text.' },
      { path: 'items[0].order', message: 'Item 1 (D1.1): order must be 1 or more.' },
      { path: 'items[0].prompts.SELF', message: 'Item 1 (D1.1): prompts needs SELF (text).' },
      { path: 'items[0].help', message: 'Item 1 (D1.1): help is longer than 2000 characters.' },
      { path: 'items[0].driftPattern', message: 'Item 1 (D1.1): driftPattern must be one of HIERARCHICAL, MEDICAL_MODEL, ERRAND.' },
      { path: 'crosswalk[0].toItemCode', message: 'Crosswalk entry 1: toItemCode must be an item code or null.' },
    ]);
    expect(readInstrumentDefinition({ ...V1, dimensions: [{ ...V1.dimensions[0], code: 'D9', inIndex: null }] }).problems).toEqual([
      'Dimension 1: code must be one of D1, D2, D3, D4, D5, D6, D7.', 'Dimension 1: inIndex must be true or false.',
    ]);
  });

  it('exports the zod schema, whose output is the canonical definition', () => {
    const { shortTitle, ...withoutShortTitle } = V1.dimensions[0]!;
    const parsed = instrumentDefinitionSchema.parse({ ...V1, description: null, dimensions: [withoutShortTitle] });
    expect(parsed.description).toBe('');
    expect(parsed.dimensions[0]!.shortTitle).toBe(V1.dimensions[0]!.title);
    expect(shortTitle).not.toBe(V1.dimensions[0]!.title);
    expect(instrumentDefinitionSchema.safeParse({ ...V1, version: '1' }).success).toBe(false);
  });

  it('leaves content problems (too few items, a drift item without a pattern) to validateInstrumentDefinition', () => {
    const def = { ...V1, items: V1.items.filter((i) => i.code !== 'D2.1' && i.code !== 'D2.2').map((i) => (i.code === 'D1.3' ? { ...i, driftPattern: null } : i)) };
    const { definition, problems } = readInstrumentDefinition(def);
    expect(problems).toEqual([]);
    expect(validateInstrumentDefinition(definition!)).toEqual(expect.arrayContaining([
      'Item D1.3 is a drift item without a drift pattern.', 'Dimension D2 has 2 items; it needs at least 3 to be scored.',
    ]));
  });

  it('drops unknown fields and empty optional ones', () => {
    const { definition } = readInstrumentDefinition({
      ...V1, extra: 1, items: V1.items.map((i) => ({ ...i, extra: true, reflectionPrompt: i.reflectionPrompt ?? '' })),
    });
    expect(definition).toEqual(V1);
    expect(JSON.stringify(definition)).not.toMatch(/extra|"reflectionPrompt":""/);
  });
});

describe('JSON export and import', () => {
  it('pretty-prints the definition and reads it back unchanged', () => {
    const json = definitionToJson(V1);
    expect(json).toContain('\n  "key": "mutuality-fidelity",\n');
    expect(definitionFromJson(json)).toEqual({ definition: V1, problems: [] });
    const edited = editedDefinition();
    expect(definitionFromJson(definitionToJson(edited)).definition).toEqual(edited);
  });

  it('reports text that is not JSON', () => {
    expect(definitionFromJson('{ nope').problems[0]).toMatch(/^The content is not valid JSON/);
  });

  it('refuses content over 1 MB', () => {
    expect(importDefinition(' '.repeat(1024 * 1024 + 1), 'JSON').problems).toEqual(['The content is larger than 1 MB.']);
  });
});

describe('REDCap data dictionary export', () => {
  const csv = definitionToRedcapCsv(V1);
  const [header, ...rows] = rowsOf(csv);

  it('has the exact 18-column header and one radio row per item in display order', () => {
    expect(csv.split('\n')[0]).toBe(HEADER_LINE);
    expect(header).toEqual([...REDCAP_HEADER]);
    expect(rows).toHaveLength(28);
    expect(rows.every((r) => r.length === 18 && r[3] === 'radio' && r[1] === 'mutuality_fidelity')).toBe(true);
    expect(rows.map((r) => r[0])).toEqual(V1.items.map((i) => i.code.toLowerCase().replace('.', '_')));
  });

  it('puts the dimension title on the first item of each dimension, the SELF prompt in the label and help in the note', () => {
    const [d11, d12] = rows;
    expect(d11!.slice(0, 5)).toEqual(['d1_1', 'mutuality_fidelity', 'Shared power and equality', 'radio', V1.items[0]!.prompts.SELF]);
    expect(d12![2]).toBe('');
    expect(rows.filter((r) => r[2] !== '').map((r) => r[0])).toEqual(['d1_1', 'd2_1', 'd3_1', 'd4_1', 'd5_1', 'd6_1', 'd7_1']);
    expect(d11![6]).toBe(V1.items[0]!.help);
  });

  it('lists the 1–5 choices, adding 99 only when not applicable is allowed', () => {
    const scale = '1, Rarely or never | 2, Occasionally | 3, About half the time | 4, Usually | 5, Almost always';
    expect(rows[0]![5]).toBe(scale); // D1.1: naAllowed false
    expect(rows[1]![5]).toBe(`${scale} | 99, Not applicable / no opportunity`);
  });

  it('annotates every row with @TANDEM= and the first row with @TANDEM-INSTRUMENT= (guarded: they start with @)', () => {
    expect(rows.every((r) => r[17]!.startsWith("'@TANDEM"))).toBe(true);
    const first = annotationJson(unguardCsvFormula(rows[0]![17]!), '@TANDEM-INSTRUMENT=')!.value as Record<string, unknown>;
    expect(first).toMatchObject({ title: V1.title, level: 'PRACTITIONER', version: 1, crosswalk: [] });
    expect(first.dimensions).toEqual(V1.dimensions);
    expect(rows.slice(1).every((r) => !r[17]!.includes('@TANDEM-INSTRUMENT='))).toBe(true);
    const d13 = annotationJson(unguardCsvFormula(rows[2]![17]!), '@TANDEM=')!.value;
    expect(d13).toEqual({
      code: 'D1.3', dimensionCode: 'D1', order: 3, polarity: 'DRIFT', driftPattern: 'HIERARCHICAL', inShortForm: true,
      prompts: { SUPERVISOR: V1.items[2]!.prompts.SUPERVISOR, REVIEWER: V1.items[2]!.prompts.REVIEWER, PERSON_SERVED: V1.items[2]!.prompts.PERSON_SERVED },
      reflectionPrompt: V1.items[2]!.reflectionPrompt,
    });
  });

  it('writes no cell a spreadsheet would run as a formula, and reads its own guarded cells back exactly', () => {
    const hostile = structuredClone(V1) as typeof V1 & { items: { prompts: { SELF: string }; help: string }[] };
    const texts = ['=HYPERLINK("http://evil.test","Click")', '+1+1', '-2', '@SUM(A1:A2)', '\tTabbed', "'=already quoted"];
    hostile.items.slice(0, texts.length).forEach((item, i) => {
      (item.prompts as { SELF: string }).SELF = texts[i]!;
      (item as { help: string }).help = texts[texts.length - 1 - i]!;
    });
    const [, ...cells] = rowsOf(definitionToRedcapCsv(hostile));
    for (const cell of cells.flat()) expect({ cell, formula: /^[=+\-@\t\r]/.test(cell) }).toEqual({ cell, formula: false });
    expect(cells[0]![4]).toBe(`'${texts[0]}`);
    expect(definitionFromRedcapCsv(definitionToRedcapCsv(hostile))).toEqual({ definition: hostile, problems: [] });
  });

  it('names variables REDCap-style', () => {
    expect(redcapVariableName('D1.1')).toBe('d1_1');
    expect(redcapVariableName('D7.12-b')).toBe('d7_12_b');
  });
});

describe('REDCap data dictionary import', () => {
  it('round-trips an exported dictionary to the original definition', () => {
    expect(definitionFromRedcapCsv(definitionToRedcapCsv(V1))).toEqual({ definition: V1, problems: [] });
    const edited = editedDefinition();
    expect(definitionFromRedcapCsv(definitionToRedcapCsv(edited))).toEqual({ definition: edited, problems: [] });
  });

  it('survives a byte-order mark and CRLF line endings (a dictionary saved by Excel)', () => {
    const csv = '\uFEFF' + definitionToRedcapCsv(V1).replace(/\n/g, '\r\n');
    expect(definitionFromRedcapCsv(csv).definition).toEqual(V1);
  });

  const scale = '1, Never | 2, Sometimes | 3, Often | 4, Mostly | 5, Always';
  const handWritten = [
    'Variable / Field Name,Form Name,Section Header,Field Type,Field Label,"Choices, Calculations, OR Slider Labels",Field Note,Text Validation Type OR Show Slider Number,Text Validation Min,Text Validation Max,Identifier?,Branching Logic (Show field only if...),Required Field?,Custom Alignment,Question Number (surveys only),Matrix Group Name,Matrix Ranking?,Field Annotation',
    'record_id,team_climate,,text,Record ID,,,,,,,,,,,,,',
    `q1,team_climate,<b>Working together</b>,radio,We plan visits together.,"${scale}",Think of the last month.,,,,,,,,,,,`,
    `q2,team_climate,,radio,<p>We share what we learn.</p>,"${scale} | 99, Does not apply",Count team meetings.,,,,,,,,,,,`,
    'intro,team_climate,,descriptive,Some words for the reader.,,,,,,,,,,,,,',
    `q3,team_climate,,dropdown,We ask before deciding.,"${scale}",Any decision counts.,,,,,,,,,,,`,
    `q4,team_climate,Speaking up,radio,I can raise concerns.,"${scale}",Think of team meetings.,,,,,,,,,,,`,
    `q5,team_climate,,radio,Concerns are acted on.,"${scale} | 99, Does not apply",Look for changes.,,,,,,,,,,,`,
    `q6,team_climate,,radio,Nobody is blamed.,"${scale}",Recall the last mistake.,,,,,,,,,,,`,
  ].join('\n');

  it('imports a hand-written dictionary without annotations with sensible defaults', () => {
    const { definition, problems } = definitionFromRedcapCsv(handWritten);
    expect(problems).toEqual([]);
    const def = definition!;
    expect(def).toMatchObject({ key: 'team-climate', title: 'Team climate', description: '', level: 'PRACTITIONER', version: 1, crosswalk: [] });
    expect(def.scale).toEqual({ min: 1, max: 5, labels: ['Never', 'Sometimes', 'Often', 'Mostly', 'Always'], naLabel: 'Does not apply' });
    expect(def.dimensions.map((d) => [d.code, d.title, d.inIndex])).toEqual([['D1', 'Working together', true], ['D2', 'Speaking up', true]]);
    expect(def.items.map((i) => [i.code, i.order, i.polarity, i.naAllowed, i.inShortForm])).toEqual([
      ['D1.1', 1, 'CORE', false, false], ['D1.2', 2, 'CORE', true, false], ['D1.3', 3, 'CORE', false, false],
      ['D2.1', 4, 'CORE', false, false], ['D2.2', 5, 'CORE', true, false], ['D2.3', 6, 'CORE', false, false],
    ]);
    expect(def.items[1]!.prompts).toEqual({ SELF: 'We share what we learn.', SUPERVISOR: 'We share what we learn.', REVIEWER: 'We share what we learn.' });
    expect(def.items[1]!.help).toBe('Count team meetings.');
    expect(validateInstrumentDefinition(def)).toEqual([]);
  });

  it('reports clear problems for a dictionary it cannot use', () => {
    expect(definitionFromRedcapCsv('name,email\nAda,ada@example.test\n').problems).toEqual([
      'This is not a REDCap data dictionary: the header row has no "Variable / Field Name", "Form Name", "Field Type", "Field Label", "Choices, Calculations, OR Slider Labels" column.',
    ]);
    expect(definitionFromRedcapCsv('').problems).toEqual(['The file is empty.']);
    const lines = handWritten.split('\n');
    const bad = [
      lines[0], lines[1],
      `q0,team_climate,,radio,Before any section.,"${scale}",Note.,,,,,,,,,,,`,
      `q1,team_climate,Section,radio,Yes or no?,"1, Yes | 0, No",Note.,,,,,,,,,,,`,
      'age,team_climate,,text,Age,,,integer,,,,,,,,,,',
      `x1,other_form,,radio,Another form.,"${scale}",Note.,,,,,,,,,,,`,
    ].join('\n');
    expect(definitionFromRedcapCsv(bad).problems).toEqual([
      'Row 5 (age): a "text" field cannot be an item; items must be radio or dropdown fields on the 1–5 scale.',
      'The dictionary has more than one form (team_climate, other_form); import one form at a time.',
    ]);
    const oneForm = bad.split('\n').slice(0, 4).join('\n');
    expect(definitionFromRedcapCsv(oneForm).problems).toEqual([
      'Row 3 (q0) comes before any Section Header, so it belongs to no dimension; give the first field a Section Header.',
      'Row 4 (q1): the choices must be 1 to 5, optionally with 99 for "not applicable" (found "1, Yes | 0, No").',
    ]);
  });

  it('imports a dictionary whose items fail content rules, leaving those to validation (two items in a dimension, no help)', () => {
    const lines = handWritten.split('\n');
    const csv = [...lines.slice(0, 4), lines[6]!.replace('Think of team meetings.', '')].join('\n');
    const { definition, problems } = definitionFromRedcapCsv(csv);
    expect(problems).toEqual([]);
    expect(validateInstrumentDefinition(definition!)).toEqual([
      'Item D2.1 has no help text.',
      'Dimension D1 has 2 items; it needs at least 3 to be scored.',
      'Dimension D2 has 1 items; it needs at least 3 to be scored.',
    ]);
  });

  it('reports an annotation that holds broken JSON, and gives new rows in an exported file the next free code', () => {
    const [header, ...rows] = rowsOf(definitionToRedcapCsv(V1));
    const broken = rows.map((r, i) => (i === 1 ? [...r.slice(0, 17), '@TANDEM={"code": "D1.2",'] : r));
    expect(definitionFromRedcapCsv(stringify([header!, ...broken])).problems).toEqual(['Row 3 (d1_2): @TANDEM= holds JSON that never ends.']);
    const added = [...rows.slice(0, 4), ['new_q', 'mutuality_fidelity', '', 'radio', 'I add a new question.', rows[0]![5]!, 'Some help.', ...Array(11).fill('')], ...rows.slice(4)];
    const def = definitionFromRedcapCsv(stringify([header!, ...added])).definition!;
    expect(def.items.map((i) => [i.code, i.order]).slice(3, 6)).toEqual([['D1.4', 4], ['D1.5', 5], ['D2.1', 6]]);
    expect(def.items[4]).toMatchObject({ dimensionCode: 'D1', polarity: 'CORE', naAllowed: false, prompts: { SELF: 'I add a new question.', SUPERVISOR: 'I add a new question.' } });
  });
});

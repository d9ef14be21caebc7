// Instruments: validation, export, import and tenant isolation.
import { parse } from 'csv-parse/sync';
import { MUTUALITY_FIDELITY_V1 as V1 } from '@tandem/shared';
import { codeOf, type TypedDocumentNode, type VariablesArg } from './support/graphql';
import {
  CREATE_DRAFT, UPDATE_DRAFT, UPDATE_ITEM, ADD_ITEM, RETIRE_ITEM, MOVE_ITEM, PUBLISH, DISCARD, IMPORT, EXPORT, VALIDATION, INSTRUMENT, app, org, other, tokens, otherAdmin, newKey, seedInstrument, call, callRaw, admin, data, badInput, expectAudited, draftOf, versionsOf, withDraft, itemCodes, useInstrumentsApp,
} from './support/instruments-setup';
import { graphql } from './gql';
import type { InstrumentFormat } from './gql/graphql';

useInstrumentsApp();

describe('instrumentVersionValidation', () => {
  it('is empty for a valid draft and lists problems otherwise; NOT_FOUND without a draft; BAD_USER_INPUT for an invalid key', async () => {
    const { key } = await withDraft('validate');
    expect(data(await admin(VALIDATION, { k: key })).instrumentVersionValidation).toEqual([]);
    data(await admin(RETIRE_ITEM, { i: { instrumentKey: key, itemCode: 'D4.1' } }));
    data(await admin(RETIRE_ITEM, { i: { instrumentKey: key, itemCode: 'D4.2' } }));
    expect(data(await admin(VALIDATION, { k: key })).instrumentVersionValidation).toEqual(['Dimension D4 has 2 items; it needs at least 3 to be scored.']);
    const noDraft = newKey('validate-none');
    await seedInstrument(noDraft);
    expect(codeOf(await admin(VALIDATION, { k: noDraft }))).toBe('NOT_FOUND');
    badInput(await admin(VALIDATION, { k: 'x' }));
  });
});

describe('exportInstrument', () => {
  it('exports the newest published version as pretty-printed JSON', async () => {
    const res = data(await call(tokens.staff, EXPORT, { k: 'mutuality-fidelity', f: 'JSON' })).exportInstrument;
    expect(JSON.parse(res)).toEqual(V1);
    expect(res).toContain('\n  "key": "mutuality-fidelity",\n');
  });

  it('exports a REDCap data dictionary: exact header, one radio row per item, annotations', async () => {
    const csv: string = data(await call(tokens.supervisor, EXPORT, { k: 'mutuality-fidelity', f: 'REDCAP_CSV' })).exportInstrument;
    expect(csv.split('\n')[0]).toBe(
      '"Variable / Field Name","Form Name","Section Header","Field Type","Field Label","Choices, Calculations, OR Slider Labels",' +
      '"Field Note","Text Validation Type OR Show Slider Number","Text Validation Min","Text Validation Max","Identifier?",' +
      '"Branching Logic (Show field only if...)","Required Field?","Custom Alignment","Question Number (surveys only)",' +
      '"Matrix Group Name","Matrix Ranking?","Field Annotation"',
    );
    const [, ...rows] = parse(csv) as string[][];
    expect(rows).toHaveLength(28);
    expect(rows[0]!.slice(0, 7)).toEqual([
      'd1_1', 'mutuality_fidelity', 'Shared power and equality', 'radio', V1.items[0]!.prompts.SELF,
      '1, Rarely or never | 2, Occasionally | 3, About half the time | 4, Usually | 5, Almost always', V1.items[0]!.help,
    ]);
    expect(rows[1]![5]).toMatch(/ \| 99, Not applicable \/ no opportunity$/);
    expect(rows[0]![17]).toMatch(/^'@TANDEM-INSTRUMENT=\{.*\}\n@TANDEM=\{"code":"D1\.1"/s);
  });

  it('exports a given version; drafts only for admins', async () => {
    const { key } = await withDraft('export');
    data(await admin(UPDATE_ITEM, { i: { instrumentKey: key, itemCode: 'D1.1', help: 'Draft help.' } }));
    const v2 = JSON.parse(data(await admin(EXPORT, { k: key, f: 'JSON', v: 2 })).exportInstrument);
    expect(v2).toMatchObject({ version: 2 });
    expect(v2.items[0].help).toBe('Draft help.');
    expect(JSON.parse(data(await admin(EXPORT, { k: key, f: 'JSON' })).exportInstrument).version).toBe(1);
    expect(codeOf(await call(tokens.staff, EXPORT, { k: key, f: 'JSON', v: 2 }))).toBe('NOT_FOUND');
    expect(codeOf(await admin(EXPORT, { k: key, f: 'JSON', v: 9 }))).toBe('NOT_FOUND');
  });

  it('refuses a version below 1 and an invalid key (BAD_USER_INPUT)', async () => {
    badInput(await call(tokens.staff, EXPORT, { k: 'mutuality-fidelity', f: 'JSON', v: 0 }));
    badInput(await call(tokens.staff, EXPORT, { k: 'Mutuality Fidelity', f: 'JSON' }));
  });
});

describe('importInstrument', () => {
  it('imports JSON with a new key as version 1 of a new instrument, which can then be published', async () => {
    const key = newKey('imported');
    const content = JSON.stringify({ ...V1, key, title: 'Imported checklist', version: 5, crosswalk: [{ fromItemCode: 'X.1', toItemCode: null }] });
    const res = await admin(IMPORT, { i: { format: 'JSON', content } });
    const draft = data(res).importInstrument;
    expect(draft).toMatchObject({ version: 1, status: 'DRAFT', title: 'Imported checklist', crosswalk: [], problems: [] });
    expect(JSON.parse(draft.definitionJson)).toEqual({ ...V1, key, title: 'Imported checklist', version: 1, crosswalk: [] });
    await expectAudited(res, 'instrument.imported', draft.id);

    // Not listed for everyone until published (its currentVersion would not resolve); admins can ask for it.
    const listed = async (token: string, all: boolean) =>
      data(await call(token, graphql(`query InstrumentsInInstrumentsImportExport($a: Boolean!) { instruments(includeUnpublished: $a) { key } }`), { a: all })).instruments.map((i: { key: string }) => i.key);
    expect(await listed(tokens.admin, false)).not.toContain(key);
    expect(await listed(tokens.admin, true)).toContain(key);
    expect(await listed(tokens.staff, true)).not.toContain(key);

    const published = data(await admin(PUBLISH, { k: key })).publishInstrumentDraft;
    expect(published).toMatchObject({ version: 1, status: 'PUBLISHED' });
    expect(await listed(tokens.staff, false)).toContain(key);
    expect(data(await admin(INSTRUMENT, { k: key })).instrument.title).toBe('Imported checklist');
  });

  it('imports into an existing instrument as a draft of the next version, mapped from the current version; CONFLICT if a draft exists', async () => {
    const key = newKey('existing');
    await seedInstrument(key);
    const withoutD14 = { ...V1, key, items: V1.items.filter((i) => i.code !== 'D1.4'), crosswalk: [{ fromItemCode: 'D1.4', toItemCode: 'D1.3' }] };
    const draft = data(await admin(IMPORT, { i: { format: 'JSON', content: JSON.stringify(withoutD14) } })).importInstrument;
    expect(draft).toMatchObject({ version: 2, status: 'DRAFT', problems: [] });
    expect(draft.crosswalk).toHaveLength(28);
    expect(draft.crosswalk.find((c: { fromItemCode: string }) => c.fromItemCode === 'D1.4')).toEqual({ fromItemCode: 'D1.4', toItemCode: 'D1.3' });
    expect(codeOf(await admin(IMPORT, { i: { format: 'JSON', content: JSON.stringify({ ...V1, key }) } }))).toBe('CONFLICT');
    expect(await versionsOf(key)).toEqual([{ version: 1, status: 'PUBLISHED' }, { version: 2, status: 'DRAFT' }]);
  });

  it('JSON export → import round trip over the API', async () => {
    const { key } = await withDraft('roundtrip-json');
    data(await admin(RETIRE_ITEM, { i: { instrumentKey: key, itemCode: 'D3.4', replacedByItemCode: 'D3.3' } }));
    data(await admin(UPDATE_ITEM, { i: { instrumentKey: key, itemCode: 'D2.1', help: 'Edited help, with "quotes".' } }));
    const v2 = JSON.parse(data(await admin(PUBLISH, { k: key })).publishInstrumentDraft.definitionJson);
    const exported = data(await admin(EXPORT, { k: key, f: 'JSON' })).exportInstrument;
    expect(JSON.parse(exported)).toEqual(v2);

    // Into the same organisation: the next version, identical items, identity crosswalk from version 2.
    const again = data(await admin(IMPORT, { i: { format: 'JSON', content: exported } })).importInstrument;
    expect(JSON.parse(again.definitionJson)).toEqual({
      ...v2, version: 3, crosswalk: v2.items.map((i: { code: string }) => ({ fromItemCode: i.code, toItemCode: i.code })),
    });
    // Into another organisation: a new instrument, version 1, no crosswalk.
    const elsewhere = data(await call(otherAdmin, IMPORT, { i: { format: 'JSON', content: exported } })).importInstrument;
    expect(JSON.parse(elsewhere.definitionJson)).toEqual({ ...v2, version: 1, crosswalk: [] });
  });

  it('REDCap export → import round trip over the API', async () => {
    const key = newKey('roundtrip-redcap');
    await seedInstrument(key);
    const csv = data(await admin(EXPORT, { k: key, f: 'REDCAP_CSV' })).exportInstrument;
    const again = data(await admin(IMPORT, { i: { format: 'REDCAP_CSV', content: csv } })).importInstrument;
    expect(JSON.parse(again.definitionJson)).toEqual({ ...V1, key, version: 2, crosswalk: V1.items.map((i) => ({ fromItemCode: i.code, toItemCode: i.code })) });
    const elsewhere = data(await call(otherAdmin, IMPORT, { i: { format: 'REDCAP_CSV', content: csv } })).importInstrument;
    expect(JSON.parse(elsewhere.definitionJson)).toEqual({ ...V1, key });
    expect(data(await call(otherAdmin, PUBLISH, { k: key })).publishInstrumentDraft.version).toBe(1);
  });

  it('refuses content that does not parse, fails validation or is over 1 MB (BAD_USER_INPUT with problems), creating nothing', async () => {
    const key = newKey('invalid');
    const count = async () => (await app.owner.query('SELECT count(*)::int AS n FROM instrument_version WHERE organization_id = $1', [org.id]))[0].n;
    const before = await count();
    const attempt = (format: InstrumentFormat, content: string) => admin(IMPORT, { i: { format, content } });
    expect(badInput(await attempt('JSON', 'definitely not json')).problems![0]).toMatch(/not valid JSON/);
    const shapeless = badInput(await attempt('JSON', JSON.stringify({ key, version: 'one' })));
    expect(shapeless.problems).toEqual(expect.arrayContaining(['The definition needs a list of items.', 'The definition: version must be a whole number.']));
    expect(shapeless.fields).toEqual(expect.arrayContaining(['title', 'version', 'scale', 'items']));
    expect(shapeless.fields).not.toContain('key');
    const thin = { ...V1, key, items: V1.items.filter((i) => i.code !== 'D2.1' && i.code !== 'D2.2') };
    expect(badInput(await attempt('JSON', JSON.stringify(thin))).problems).toEqual([
      'Dimension D2 has 2 items; it needs at least 3 to be scored.', 'Dimension D2 counts toward the index but has no short-form item.',
    ]);
    expect(badInput(await attempt('REDCAP_CSV', 'name,email\nAda,ada@example.test\n')).problems![0]).toMatch(/not a REDCap data dictionary/);
    // Over 1 MB of characters is refused before parsing, with the one too-long message; 1 MB of UTF-8 in fewer characters by the importer.
    expect(badInput(await attempt('JSON', JSON.stringify({ ...V1, key, padding: 'x'.repeat(1024 * 1024) }))).message).toBe('Use at most 1,048,576 characters.');
    expect(badInput(await attempt('JSON', JSON.stringify({ ...V1, key, padding: 'é'.repeat(600_000) }))).problems).toEqual(['The content is larger than 1 MB.']);
    expect(await count()).toBe(before);
    expect(await app.owner.query('SELECT 1 FROM instrument WHERE key = $1', [key])).toEqual([]);
  });
});

describe('tenant isolation', () => {
  it('another organisation can neither see nor edit this organisation’s instruments', async () => {
    const { key, draft } = await withDraft('private');
    const foreign = <R, V>(document: TypedDocumentNode<R, V>, ...variables: VariablesArg<V>) => call(otherAdmin, document, ...variables);
    expect(codeOf(await foreign(INSTRUMENT, { k: key }))).toBe('NOT_FOUND');
    expect(codeOf(await foreign(EXPORT, { k: key, f: 'JSON' }))).toBe('NOT_FOUND');
    expect(codeOf(await foreign(VALIDATION, { k: key }))).toBe('NOT_FOUND');
    for (const [query, variables] of [
      [CREATE_DRAFT, { k: key }], [PUBLISH, { k: key }], [DISCARD, { k: key }],
      [UPDATE_DRAFT, { i: { instrumentKey: key, definitionJson: draft.definitionJson } }],
      [UPDATE_ITEM, { i: { instrumentKey: key, itemCode: 'D1.1', help: 'Foreign.' } }],
      [RETIRE_ITEM, { i: { instrumentKey: key, itemCode: 'D1.1' } }],
      [MOVE_ITEM, { i: { instrumentKey: key, itemCode: 'D1.2', direction: 'UP' } }],
      [ADD_ITEM, { i: { instrumentKey: key, dimensionCode: 'D1', polarity: 'CORE', prompts: { self: 'I intrude.' } } }],
    ] as const) {
      expect(codeOf(await callRaw(otherAdmin, query, variables))).toBe('NOT_FOUND');
    }
    const names = data(await foreign(graphql(`query InstrumentsInInstrumentsImportExport2 { instruments(includeUnpublished: true) { key } }`), {})).instruments.map((i: { key: string }) => i.key);
    expect(names).not.toContain(key);
    expect(await versionsOf(key)).toEqual([{ version: 1, status: 'PUBLISHED' }, { version: 2, status: 'DRAFT' }]);
    expect(await draftOf(key)).toEqual(JSON.parse(draft.definitionJson));
  });

  it('each organisation’s default instrument is its own: drafts and publishing do not cross over', async () => {
    const ours = data(await admin(INSTRUMENT, { k: 'mutuality-fidelity' })).instrument;
    const theirs = data(await call(otherAdmin, INSTRUMENT, { k: 'mutuality-fidelity' })).instrument;
    expect(theirs.id).not.toBe(ours.id);
    expect(theirs.currentVersion.id).not.toBe(ours.currentVersion.id);

    const theirDraft = data(await call(otherAdmin, CREATE_DRAFT, { k: 'mutuality-fidelity' })).createInstrumentDraft;
    data(await call(otherAdmin, RETIRE_ITEM, { i: { instrumentKey: 'mutuality-fidelity', itemCode: 'D7.4', replacedByItemCode: 'D7.3' } }));
    expect(data(await admin(INSTRUMENT, { k: 'mutuality-fidelity' })).instrument.draft).toBeNull();
    const ourDraft = data(await admin(CREATE_DRAFT, { k: 'mutuality-fidelity' })).createInstrumentDraft;
    expect(ourDraft.id).not.toBe(theirDraft.id);
    expect(itemCodes(ourDraft)).toContain('D7.4');

    data(await call(otherAdmin, PUBLISH, { k: 'mutuality-fidelity' }));
    expect(await versionsOf('mutuality-fidelity', other.id)).toEqual([{ version: 1, status: 'PUBLISHED' }, { version: 2, status: 'PUBLISHED' }]);
    expect(await versionsOf('mutuality-fidelity')).toEqual([{ version: 1, status: 'PUBLISHED' }, { version: 2, status: 'DRAFT' }]);
    expect(JSON.parse(data(await call(tokens.staff, EXPORT, { k: 'mutuality-fidelity', f: 'JSON' })).exportInstrument)).toEqual(V1);
  });
});

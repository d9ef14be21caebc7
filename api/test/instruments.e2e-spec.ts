import { randomBytes, randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { ensureDefaultInstruments } from '@tandem/database';
import { MUTUALITY_FIDELITY_V1 as V1, type InstrumentDefinition } from '@tandem/shared';
import { createOrg, login, tokensFor, type RoleKey, type TestOrg } from './support/factories';
import { codeOf, gql, type GqlResult } from './support/graphql';
import { startTestApp, type TestApp } from './support/test-app';
import { signUpAndConfirm } from './support/admin-helpers';
import { testClock } from './support/clock';

/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are asserted field by field */

const VERSION_FIELDS = `id version status publishedAt title problems definitionJson
  crosswalk { fromItemCode toItemCode }
  items { code order dimensionCode polarity driftPattern naAllowed inShortForm help reflectionPrompt prompts { self supervisor reviewer personServed } }`;

const CREATE_DRAFT = `mutation($k: String!) { createInstrumentDraft(instrumentKey: $k) { ${VERSION_FIELDS} } }`;
const UPDATE_DRAFT = `mutation($i: UpdateInstrumentDraftInput!) { updateInstrumentDraft(input: $i) { ${VERSION_FIELDS} } }`;
const UPDATE_ITEM = `mutation($i: UpdateInstrumentItemInput!) { updateInstrumentItem(input: $i) { ${VERSION_FIELDS} } }`;
const ADD_ITEM = `mutation($i: AddInstrumentItemInput!) { addInstrumentItem(input: $i) { ${VERSION_FIELDS} } }`;
const RETIRE_ITEM = `mutation($i: RetireInstrumentItemInput!) { retireInstrumentItem(input: $i) { ${VERSION_FIELDS} } }`;
const MOVE_ITEM = `mutation($i: MoveInstrumentItemInput!) { moveInstrumentItem(input: $i) { ${VERSION_FIELDS} } }`;
const PUBLISH = `mutation($k: String!) { publishInstrumentDraft(instrumentKey: $k) { ${VERSION_FIELDS} } }`;
const DISCARD = 'mutation($k: String!) { discardInstrumentDraft(instrumentKey: $k) }';
const IMPORT = `mutation($i: ImportInstrumentInput!) { importInstrument(input: $i) { ${VERSION_FIELDS} } }`;
const EXPORT = 'query($k: String!, $f: InstrumentFormat!, $v: Int) { exportInstrument(instrumentKey: $k, format: $f, version: $v) }';
const VALIDATION = 'query($k: String!) { instrumentVersionValidation(instrumentKey: $k) }';
const INSTRUMENT = `query($k: String!) { instrument(key: $k) { id key title currentVersion { id version } draft { id version } versions { id version status } } }`;

let app: TestApp;
let org: TestOrg;
let other: TestOrg;
let tokens: Record<RoleKey, string>;
let otherAdmin: string;

const uniq = () => randomBytes(3).toString('hex');
const newKey = (label: string) => `${label}-${uniq()}`;

beforeAll(async () => {
  app = await startTestApp({ LOGIN_MAX_ATTEMPTS_PER_IP: '10000', LOGIN_MAX_FAILURES_PER_ACCOUNT: '10000' });
  org = await createOrg(app, 'Instruments');
  other = await createOrg(app, 'Other');
  for (const o of [org, other]) await app.owner.transaction((em) => ensureDefaultInstruments(em, o.id));
  tokens = await tokensFor(app, org);
  otherAdmin = await login(app, other.people.admin.email);
});
afterAll(async () => app.close());

/** Inserts (as the owner) an instrument whose version 1 is a published copy of the default one under another key. */
async function seedInstrument(key: string, orgId = org.id): Promise<string> {
  const def = { ...V1, key };
  const [{ id }] = await app.owner.query(
    'INSERT INTO instrument (organization_id, key, title, description, level) VALUES ($1, $2, $3, $4, $5) RETURNING id',
    [orgId, key, def.title, def.description, def.level],
  );
  await app.owner.query(
    `INSERT INTO instrument_version (organization_id, instrument_id, version, status, definition, published_at) VALUES ($1, $2, 1, 'PUBLISHED', $3, app_now())`,
    [orgId, id, JSON.stringify(def)],
  );
  return id;
}

type Result = GqlResult<any> & { requestId: string };

async function call(token: string | undefined, query: string, variables: Record<string, unknown> = {}): Promise<Result> {
  const requestId = randomUUID();
  const res = await gql(app, query, variables, { token, headers: { 'x-request-id': requestId } });
  return { ...res, requestId };
}
const admin = (query: string, variables: Record<string, unknown> = {}) => call(tokens.admin, query, variables);

function data(res: Result): any {
  if (res.errors?.length || !res.data) throw new Error(`Unexpected errors: ${JSON.stringify(res.errors)}`);
  return res.data;
}

function badInput(res: Result): { message: string; problems?: string[] } {
  expect({ code: codeOf(res), data: res.data }).toEqual({ code: 'BAD_USER_INPUT', data: null });
  return { message: res.errors![0]!.message, problems: res.errors![0]!.extensions?.problems as string[] | undefined };
}

/** The audit row a request wrote; with `versionId`, also checks it was written in the same transaction as that row. */
async function expectAudited(res: Result, action: string, versionId?: string): Promise<void> {
  const rows = await app.owner.query('SELECT action, entity_id, xmin::text AS xmin FROM audit_event WHERE request_id = $1', [res.requestId]);
  expect(rows.map((r: { action: string }) => r.action)).toEqual([action]);
  if (versionId) {
    const [version] = await app.owner.query('SELECT xmin::text AS xmin FROM instrument_version WHERE id = $1', [versionId]);
    expect(rows[0].entity_id).toBe(versionId);
    expect(rows[0].xmin).toBe(version.xmin);
  }
}

async function draftOf(key: string): Promise<InstrumentDefinition> {
  const [row] = await app.owner.query(
    `SELECT v.definition FROM instrument_version v JOIN instrument i ON i.id = v.instrument_id
     WHERE i.organization_id = $1 AND i.key = $2 AND v.status = 'DRAFT'`, [org.id, key],
  );
  return row?.definition;
}

async function versionsOf(key: string, orgId = org.id): Promise<{ version: number; status: string }[]> {
  return app.owner.query(
    `SELECT v.version, v.status FROM instrument_version v JOIN instrument i ON i.id = v.instrument_id
     WHERE i.organization_id = $1 AND i.key = $2 ORDER BY v.version`, [orgId, key],
  );
}

/** A seeded instrument with a fresh draft (version 2). */
async function withDraft(label: string): Promise<{ key: string; draft: any }> {
  const key = newKey(label);
  await seedInstrument(key);
  const draft = data(await admin(CREATE_DRAFT, { k: key })).createInstrumentDraft;
  return { key, draft };
}

const itemCodes = (version: any): string[] => version.items.map((i: { code: string }) => i.code);

describe('instruments of a new organisation', () => {
  it('lists the Mutuality Fidelity Checklist, version 1 with 28 items', async () => {
    const founder = await signUpAndConfirm(app, {
      organizationName: `Fresh org ${uniq()}`, adminName: 'Ada Admin', email: `ada-${uniq()}@example.test`, password: 'long-enough-pass',
    });
    const res = data(await call(founder.token, '{ instruments { key title currentVersion { version status items { code } } draft { id } } }'));
    expect(res.instruments).toEqual([{
      key: 'mutuality-fidelity', title: 'Mutuality Fidelity Checklist', draft: null,
      currentVersion: { version: 1, status: 'PUBLISHED', items: V1.items.map((i) => ({ code: i.code })) },
    }]);
    expect(res.instruments[0].currentVersion.items).toHaveLength(28);
  });
});

describe('access', () => {
  const mutations: [string, string, Record<string, unknown>][] = [
    ['createInstrumentDraft', CREATE_DRAFT, { k: 'mutuality-fidelity' }],
    ['updateInstrumentDraft', UPDATE_DRAFT, { i: { instrumentKey: 'mutuality-fidelity', definitionJson: JSON.stringify(V1) } }],
    ['updateInstrumentItem', UPDATE_ITEM, { i: { instrumentKey: 'mutuality-fidelity', itemCode: 'D1.1', help: 'Sneaky.' } }],
    ['addInstrumentItem', ADD_ITEM, { i: { instrumentKey: 'mutuality-fidelity', dimensionCode: 'D1', polarity: 'CORE', prompts: { self: 'I sneak.' } } }],
    ['retireInstrumentItem', RETIRE_ITEM, { i: { instrumentKey: 'mutuality-fidelity', itemCode: 'D1.1' } }],
    ['moveInstrumentItem', MOVE_ITEM, { i: { instrumentKey: 'mutuality-fidelity', itemCode: 'D1.2', direction: 'UP' } }],
    ['publishInstrumentDraft', PUBLISH, { k: 'mutuality-fidelity' }],
    ['discardInstrumentDraft', DISCARD, { k: 'mutuality-fidelity' }],
    ['importInstrument', IMPORT, { i: { format: 'JSON', content: JSON.stringify({ ...V1, key: 'sneaky-import' }) } }],
    ['instrumentVersionValidation', VALIDATION, { k: 'mutuality-fidelity' }],
  ];
  const cases = mutations.flatMap(([name, query, variables]) =>
    (['manager', 'supervisor', 'staff', 'anonymous'] as const).map((caller) => [name, caller, query, variables] as const));

  it.each(cases)('%s as %s is refused and changes nothing', async (name, caller, query, variables) => {
    const before = await versionsOf('mutuality-fidelity');
    const res = await call(caller === 'anonymous' ? undefined : tokens[caller], query, variables);
    expect({ name, caller, code: codeOf(res) }).toEqual({ name, caller, code: caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN' });
    expect(res.data).toBeNull();
    expect(await versionsOf('mutuality-fidelity')).toEqual(before);
    const imported = await app.owner.query(`SELECT 1 FROM instrument WHERE key = 'sneaky-import'`);
    expect(imported).toEqual([]);
  });

  it('exportInstrument is open to every signed-in person but not to anonymous callers', async () => {
    for (const caller of ['manager', 'supervisor', 'staff', 'staff2'] as const) {
      const res = await call(tokens[caller], EXPORT, { k: 'mutuality-fidelity', f: 'JSON' });
      expect({ caller, errors: res.errors }).toEqual({ caller, errors: undefined });
    }
    expect(codeOf(await call(undefined, EXPORT, { k: 'mutuality-fidelity', f: 'JSON' }))).toBe('UNAUTHENTICATED');
  });
});

describe('createInstrumentDraft', () => {
  it('clones the newest published version into version 2 as a draft with an identity crosswalk, audited in the same transaction', async () => {
    const key = newKey('create');
    await seedInstrument(key);
    const res = await admin(CREATE_DRAFT, { k: key });
    const draft = data(res).createInstrumentDraft;
    expect(draft).toMatchObject({ version: 2, status: 'DRAFT', publishedAt: null, problems: [] });
    expect(itemCodes(draft)).toEqual(V1.items.map((i) => i.code));
    expect(draft.crosswalk).toEqual(V1.items.map((i) => ({ fromItemCode: i.code, toItemCode: i.code })));
    expect(JSON.parse(draft.definitionJson)).toEqual({ ...V1, key, version: 2, crosswalk: draft.crosswalk });
    await expectAudited(res, 'instrument.draft_created', draft.id);

    const seen = data(await admin(INSTRUMENT, { k: key })).instrument;
    expect(seen).toMatchObject({ currentVersion: { version: 1 }, draft: { id: draft.id, version: 2 } });
    expect(data(await call(tokens.staff, INSTRUMENT, { k: key })).instrument.draft).toBeNull();
  });

  it('is a CONFLICT when a draft already exists', async () => {
    const { key } = await withDraft('conflict');
    expect(codeOf(await admin(CREATE_DRAFT, { k: key }))).toBe('CONFLICT');
    expect(await versionsOf(key)).toEqual([{ version: 1, status: 'PUBLISHED' }, { version: 2, status: 'DRAFT' }]);
  });

  it('refuses an invalid key (BAD_USER_INPUT), an unknown one (NOT_FOUND) and an instrument never published (BAD_USER_INPUT)', async () => {
    badInput(await admin(CREATE_DRAFT, { k: 'Not A Key' }));
    expect(codeOf(await admin(CREATE_DRAFT, { k: 'no-such-instrument' }))).toBe('NOT_FOUND');
    const key = newKey('never');
    await app.owner.query(`INSERT INTO instrument (organization_id, key, title, level) VALUES ($1, $2, 'Never published', 'PRACTITIONER')`, [org.id, key]);
    expect(badInput(await admin(CREATE_DRAFT, { k: key })).message).toMatch(/never been published/);
  });
});

describe('updateInstrumentDraft', () => {
  it('replaces the definition; content problems are kept and reported, not refused', async () => {
    const { key, draft } = await withDraft('update');
    const def: InstrumentDefinition = JSON.parse(draft.definitionJson);
    const edited = { ...def, title: 'Renamed checklist', items: def.items.map((i) => (i.code === 'D1.1' ? { ...i, prompts: { ...i.prompts, SELF: 'I ask first.' } } : i)) };
    const res = await admin(UPDATE_DRAFT, { i: { instrumentKey: key, definitionJson: JSON.stringify(edited) } });
    const updated = data(res).updateInstrumentDraft;
    expect(updated).toMatchObject({ id: draft.id, title: 'Renamed checklist', status: 'DRAFT', problems: [] });
    expect(updated.items[0].prompts.self).toBe('I ask first.');
    expect(await draftOf(key)).toEqual(edited);
    await expectAudited(res, 'instrument.draft_updated', draft.id);

    const thin = { ...edited, items: edited.items.filter((i) => i.code !== 'D3.3' && i.code !== 'D3.4') };
    const res2 = data(await admin(UPDATE_DRAFT, { i: { instrumentKey: key, definitionJson: JSON.stringify(thin) } })).updateInstrumentDraft;
    expect(res2.problems).toEqual([
      'Dimension D3 has 2 items; it needs at least 3 to be scored.',
      'The crosswalk maps D3.3 to unknown item D3.3.', 'The crosswalk maps D3.4 to unknown item D3.4.',
    ]);
    expect(data(await admin(VALIDATION, { k: key })).instrumentVersionValidation).toEqual(res2.problems);
  });

  it('refuses JSON that does not parse, has the wrong structure, or changes the key or version (BAD_USER_INPUT, nothing changes)', async () => {
    const { key, draft } = await withDraft('update-bad');
    const def = JSON.parse(draft.definitionJson);
    const attempt = (definitionJson: string) => admin(UPDATE_DRAFT, { i: { instrumentKey: key, definitionJson } });
    expect(badInput(await attempt('{ not json')).problems![0]).toMatch(/not valid JSON/);
    expect(badInput(await attempt('[1, 2]')).problems).toEqual(['The definition must be a JSON object.']);
    expect(badInput(await attempt(JSON.stringify({ ...def, items: undefined, dimensions: {} }))).problems).toEqual([
      'The definition needs a list of dimensions.', 'The definition needs a list of items.',
    ]);
    expect(badInput(await attempt(JSON.stringify({ ...def, items: [{ code: 'D1.1' }] }))).problems).toEqual(expect.arrayContaining([
      'Item 1 (D1.1): order must be a whole number.',
    ]));
    expect(badInput(await attempt(JSON.stringify({ ...def, key: 'another-key' }))).problems).toEqual([`The key must stay "${key}".`]);
    expect(badInput(await attempt(JSON.stringify({ ...def, version: 7 }))).problems).toEqual(['The version must stay 2.']);
    expect(await draftOf(key)).toEqual(def);
  });

  it('is NOT_FOUND when there is no draft', async () => {
    const key = newKey('nodraft');
    await seedInstrument(key);
    expect(codeOf(await admin(UPDATE_DRAFT, { i: { instrumentKey: key, definitionJson: JSON.stringify({ ...V1, key, version: 2 }) } }))).toBe('NOT_FOUND');
  });
});

describe('updateInstrumentItem', () => {
  it('changes wording and help, and moves the item to a new position', async () => {
    const { key, draft } = await withDraft('item');
    const res = await admin(UPDATE_ITEM, {
      i: { instrumentKey: key, itemCode: 'D1.3', prompts: { self: 'I check what they feel ready for.', personServed: null }, help: 'New help.', order: 1 },
    });
    const updated = data(res).updateInstrumentItem;
    expect(itemCodes(updated).slice(0, 4)).toEqual(['D1.3', 'D1.1', 'D1.2', 'D1.4']);
    expect(updated.items[0]).toMatchObject({
      code: 'D1.3', order: 1, help: 'New help.',
      prompts: { self: 'I check what they feel ready for.', supervisor: V1.items[2]!.prompts.SUPERVISOR, personServed: null },
    });
    expect(updated.problems).toEqual(['Item D1.3 is in the short form but has no PERSON_SERVED prompt.']);
    await expectAudited(res, 'instrument.item_updated', draft.id);
  });

  it('refuses an unknown item, an order out of range and a malformed code (BAD_USER_INPUT)', async () => {
    const { key } = await withDraft('item-bad');
    expect(badInput(await admin(UPDATE_ITEM, { i: { instrumentKey: key, itemCode: 'D9.9', help: 'x' } })).message).toMatch(/no item D9\.9/);
    expect(badInput(await admin(UPDATE_ITEM, { i: { instrumentKey: key, itemCode: 'D1.1', order: 29 } })).message).toMatch(/between 1 and 28/);
    badInput(await admin(UPDATE_ITEM, { i: { instrumentKey: key, itemCode: 'D1 1!', help: 'x' } }));
    expect(await draftOf(key)).toEqual({ ...V1, key, version: 2, crosswalk: V1.items.map((i) => ({ fromItemCode: i.code, toItemCode: i.code })) });
  });
});

describe('addInstrumentItem', () => {
  it('adds the next free code at the end of its dimension and maps the item it replaces', async () => {
    const { key, draft } = await withDraft('add');
    const res = await admin(ADD_ITEM, {
      i: {
        instrumentKey: key, dimensionCode: 'D1', polarity: 'DRIFT', driftPattern: 'HIERARCHICAL', help: 'Count decisions made alone.',
        prompts: { self: 'I decide the agenda.', supervisor: 'The peer specialist decides the agenda.' }, replacesItemCode: 'D1.2',
        reflectionPrompt: 'Who set the agenda last time?',
      },
    });
    const added = data(res).addInstrumentItem;
    expect(itemCodes(added).slice(3, 6)).toEqual(['D1.4', 'D1.5', 'D2.1']);
    expect(added.items[4]).toEqual({
      code: 'D1.5', order: 5, dimensionCode: 'D1', polarity: 'DRIFT', driftPattern: 'HIERARCHICAL', naAllowed: true, inShortForm: false,
      help: 'Count decisions made alone.', reflectionPrompt: 'Who set the agenda last time?',
      prompts: { self: 'I decide the agenda.', supervisor: 'The peer specialist decides the agenda.', reviewer: 'The peer specialist decides the agenda.', personServed: null },
    });
    expect(added.crosswalk.find((c: { fromItemCode: string }) => c.fromItemCode === 'D1.2')).toEqual({ fromItemCode: 'D1.2', toItemCode: 'D1.5' });
    expect(added.problems).toEqual([]);
    await expectAudited(res, 'instrument.item_added', draft.id);
  });

  it('refuses an unknown dimension, an unknown replaced item and a missing SELF prompt (BAD_USER_INPUT)', async () => {
    const { key } = await withDraft('add-bad');
    const base = { instrumentKey: key, dimensionCode: 'D1', polarity: 'CORE', help: 'h', prompts: { self: 'I do.' } };
    badInput(await admin(ADD_ITEM, { i: { ...base, dimensionCode: 'D8' } }));
    expect(badInput(await admin(ADD_ITEM, { i: { ...base, replacesItemCode: 'D1.9' } })).message).toMatch(/Version 1 has no item D1\.9/);
    expect(badInput(await admin(ADD_ITEM, { i: { ...base, prompts: { supervisor: 'They do.' } } })).message).toMatch(/SELF prompt/);
    expect((await draftOf(key)).items).toHaveLength(28);
  });

  it('a drift item without a pattern can be drafted but not published', async () => {
    const { key } = await withDraft('drift');
    const added = data(await admin(ADD_ITEM, {
      i: { instrumentKey: key, dimensionCode: 'D1', polarity: 'DRIFT', help: 'h', prompts: { self: 'I steer.', supervisor: 'They steer.' } },
    })).addInstrumentItem;
    expect(added.problems).toEqual(['Item D1.5 is a drift item without a drift pattern.']);
    const { message, problems } = badInput(await admin(PUBLISH, { k: key }));
    expect(problems).toEqual(['Item D1.5 is a drift item without a drift pattern.']);
    expect(message).toMatch(/D1\.5 is a drift item without a drift pattern/);
    expect(await versionsOf(key)).toEqual([{ version: 1, status: 'PUBLISHED' }, { version: 2, status: 'DRAFT' }]);
  });
});

describe('retireInstrumentItem and publishInstrumentDraft', () => {
  it('retiring with a successor then publishing creates version 2 whose crosswalk maps the retired item', async () => {
    const { key, draft } = await withDraft('retire');
    const retire = await admin(RETIRE_ITEM, { i: { instrumentKey: key, itemCode: 'D1.4', replacedByItemCode: 'D1.3' } });
    const retired = data(retire).retireInstrumentItem;
    expect(itemCodes(retired)).not.toContain('D1.4');
    expect(retired.items.map((i: { order: number }) => i.order)).toEqual(Array.from({ length: 27 }, (_, n) => n + 1));
    await expectAudited(retire, 'instrument.item_retired', draft.id);
    const retireNull = data(await admin(RETIRE_ITEM, { i: { instrumentKey: key, itemCode: 'D2.4' } })).retireInstrumentItem;
    expect(retireNull.crosswalk.find((c: { fromItemCode: string }) => c.fromItemCode === 'D2.4')).toEqual({ fromItemCode: 'D2.4', toItemCode: null });

    const res = await admin(PUBLISH, { k: key });
    const published = data(res).publishInstrumentDraft;
    expect(published).toMatchObject({ id: draft.id, version: 2, status: 'PUBLISHED', problems: [] });
    expect(new Date(published.publishedAt).getTime()).toBeGreaterThan(testClock.nowMs() - 60_000);
    expect(published.crosswalk).toHaveLength(28);
    expect(published.crosswalk.filter((c: { fromItemCode: string; toItemCode: string | null }) => c.fromItemCode !== c.toItemCode)).toEqual([
      { fromItemCode: 'D1.4', toItemCode: 'D1.3' }, { fromItemCode: 'D2.4', toItemCode: null },
    ]);
    await expectAudited(res, 'instrument.published', draft.id);
    const seen = data(await call(tokens.staff, INSTRUMENT, { k: key })).instrument;
    expect(seen.currentVersion).toEqual({ id: draft.id, version: 2 });
    expect(seen.versions.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([[2, 'PUBLISHED'], [1, 'PUBLISHED']]);
    expect(data(await admin(INSTRUMENT, { k: key })).instrument.draft).toBeNull();

    // After publishing there is nothing left to edit or publish.
    expect(codeOf(await admin(PUBLISH, { k: key }))).toBe('NOT_FOUND');
    expect(codeOf(await admin(UPDATE_ITEM, { i: { instrumentKey: key, itemCode: 'D1.1', help: 'x' } }))).toBe('NOT_FOUND');
    // A next draft starts from version 2.
    const next = data(await admin(CREATE_DRAFT, { k: key })).createInstrumentDraft;
    expect(next.version).toBe(3);
    expect(itemCodes(next)).not.toContain('D1.4');
  });

  it('published versions cannot change: the database refuses UPDATE and DELETE even through the owner connection', async () => {
    const key = newKey('immutable');
    await seedInstrument(key);
    const [{ id }] = await app.owner.query(`SELECT v.id FROM instrument_version v JOIN instrument i ON i.id = v.instrument_id WHERE i.key = $1`, [key]);
    await expect(app.owner.query(`UPDATE instrument_version SET definition = '{}'::jsonb WHERE id = $1`, [id])).rejects.toThrow(/immutable/);
    await expect(app.owner.query(`UPDATE instrument_version SET status = 'DRAFT' WHERE id = $1`, [id])).rejects.toThrow(/immutable/);
    await expect(app.owner.query('DELETE FROM instrument_version WHERE id = $1', [id])).rejects.toThrow(/immutable/);
  });

  it('publishing a draft that leaves a dimension with 2 items fails, names the dimension and changes nothing', async () => {
    const { key } = await withDraft('thin');
    data(await admin(RETIRE_ITEM, { i: { instrumentKey: key, itemCode: 'D2.3' } }));
    data(await admin(RETIRE_ITEM, { i: { instrumentKey: key, itemCode: 'D2.4' } }));
    const before = await draftOf(key);
    const res = await admin(PUBLISH, { k: key });
    const { message, problems } = badInput(res);
    expect(message).toMatch(/Dimension D2 has 2 items/);
    expect(problems).toEqual(['Dimension D2 has 2 items; it needs at least 3 to be scored.']);
    expect(await versionsOf(key)).toEqual([{ version: 1, status: 'PUBLISHED' }, { version: 2, status: 'DRAFT' }]);
    expect(await draftOf(key)).toEqual(before);
    expect(await app.owner.query('SELECT 1 FROM audit_event WHERE request_id = $1', [res.requestId])).toEqual([]);
  });

  it('lists every problem at once', async () => {
    const { key, draft } = await withDraft('many');
    const def = JSON.parse(draft.definitionJson);
    const broken = {
      ...def,
      items: def.items.filter((i: { code: string }) => i.code !== 'D5.3' && i.code !== 'D5.4')
        .map((i: { code: string }) => (i.code === 'D6.1' ? { ...i, driftPattern: null, help: '' } : i)),
    };
    data(await admin(UPDATE_DRAFT, { i: { instrumentKey: key, definitionJson: JSON.stringify(broken) } }));
    expect(badInput(await admin(PUBLISH, { k: key })).problems).toEqual([
      'Item D6.1 is a drift item without a drift pattern.', 'Item D6.1 has no help text.', 'Dimension D5 has 2 items; it needs at least 3 to be scored.',
      'The crosswalk maps D5.3 to unknown item D5.3.', 'The crosswalk maps D5.4 to unknown item D5.4.',
    ]);
  });

  it('refuses retiring an unknown item or to an unknown successor, and an invalid key (BAD_USER_INPUT)', async () => {
    const { key } = await withDraft('retire-bad');
    expect(badInput(await admin(RETIRE_ITEM, { i: { instrumentKey: key, itemCode: 'D9.1' } })).message).toMatch(/no item D9\.1/);
    expect(badInput(await admin(RETIRE_ITEM, { i: { instrumentKey: key, itemCode: 'D1.1', replacedByItemCode: 'D9.1' } })).message).toMatch(/D9\.1/);
    badInput(await admin(PUBLISH, { k: 'NOT_A_KEY' }));
    expect((await draftOf(key)).items).toHaveLength(28);
  });
});

describe('moveInstrumentItem', () => {
  it('swaps an item with its neighbour', async () => {
    const { key, draft } = await withDraft('move');
    const res = await admin(MOVE_ITEM, { i: { instrumentKey: key, itemCode: 'D1.2', direction: 'UP' } });
    const moved = data(res).moveInstrumentItem;
    expect(moved.items.slice(0, 3).map((i: { code: string; order: number }) => [i.code, i.order])).toEqual([['D1.2', 1], ['D1.1', 2], ['D1.3', 3]]);
    await expectAudited(res, 'instrument.item_moved', draft.id);
    const down = data(await admin(MOVE_ITEM, { i: { instrumentKey: key, itemCode: 'D1.2', direction: 'DOWN' } })).moveInstrumentItem;
    expect(itemCodes(down).slice(0, 2)).toEqual(['D1.1', 'D1.2']);
  });

  it('refuses moving past the ends and an unknown direction (BAD_USER_INPUT)', async () => {
    const { key } = await withDraft('move-bad');
    expect(badInput(await admin(MOVE_ITEM, { i: { instrumentKey: key, itemCode: 'D1.1', direction: 'UP' } })).message).toMatch(/already first/);
    expect(badInput(await admin(MOVE_ITEM, { i: { instrumentKey: key, itemCode: 'D7.4', direction: 'DOWN' } })).message).toMatch(/already last/);
    expect(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']).toContain(codeOf(await admin(MOVE_ITEM, { i: { instrumentKey: key, itemCode: 'D1.1', direction: 'SIDEWAYS' } })));
  });
});

describe('discardInstrumentDraft', () => {
  // Needs the database to let drafts be deleted: the instrument_version_immutable trigger must RETURN OLD on DELETE
  // (RETURN NEW is NULL there, which silently skips the delete). Until then the API answers INTERNAL_SERVER_ERROR.
  it('deletes the draft, audited; the next draft reuses its version number', async () => {
    const { key, draft } = await withDraft('discard');
    const res = await admin(DISCARD, { k: key });
    expect(data(res).discardInstrumentDraft).toBe(true);
    await expectAudited(res, 'instrument.draft_discarded');
    const [row] = await app.owner.query('SELECT entity_id FROM audit_event WHERE request_id = $1', [res.requestId]);
    expect(row.entity_id).toBe(draft.id);
    expect(await versionsOf(key)).toEqual([{ version: 1, status: 'PUBLISHED' }]);
    expect(data(await admin(INSTRUMENT, { k: key })).instrument.draft).toBeNull();
    expect(codeOf(await admin(DISCARD, { k: key }))).toBe('NOT_FOUND');
    expect(data(await admin(CREATE_DRAFT, { k: key })).createInstrumentDraft.version).toBe(2);
  });

  it('is NOT_FOUND without a draft and BAD_USER_INPUT for an invalid key', async () => {
    const key = newKey('discard-none');
    await seedInstrument(key);
    expect(codeOf(await admin(DISCARD, { k: key }))).toBe('NOT_FOUND');
    badInput(await admin(DISCARD, { k: '-bad-' }));
    expect(await versionsOf(key)).toEqual([{ version: 1, status: 'PUBLISHED' }]);
  });
});

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
      data(await call(token, 'query($a: Boolean!) { instruments(includeUnpublished: $a) { key } }', { a: all })).instruments.map((i: { key: string }) => i.key);
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
    const attempt = (format: string, content: string) => admin(IMPORT, { i: { format, content } });
    expect(badInput(await attempt('JSON', 'definitely not json')).problems![0]).toMatch(/not valid JSON/);
    expect(badInput(await attempt('JSON', JSON.stringify({ key }))).problems).toEqual(expect.arrayContaining(['The definition needs a list of items.']));
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
    const foreign = (query: string, variables: Record<string, unknown>) => call(otherAdmin, query, variables);
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
      expect(codeOf(await foreign(query, variables))).toBe('NOT_FOUND');
    }
    const names = data(await foreign('{ instruments(includeUnpublished: true) { key } }', {})).instruments.map((i: { key: string }) => i.key);
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

// Instruments: listing, access, and editing drafts (create, update, items, retire, publish, move, discard).
import { MUTUALITY_FIDELITY_V1 as V1, type InstrumentDefinition } from '@tandem/shared';
import { codeOf } from './support/graphql';
import { signUpAndConfirm } from './support/admin-helpers';
import { testClock } from './support/clock';
import {
  CREATE_DRAFT, UPDATE_DRAFT, UPDATE_ITEM, ADD_ITEM, RETIRE_ITEM, MOVE_ITEM, PUBLISH, DISCARD, IMPORT, EXPORT, VALIDATION, INSTRUMENT, app, org, tokens, uniq, newKey, seedInstrument, call, callRaw, admin, data, badInput, expectAudited, draftOf, versionsOf, withDraft, itemCodes, useInstrumentsApp,
} from './support/instruments-setup';
import { graphql } from './gql';
import type { AddInstrumentItemInput } from './gql/graphql';
import type { DocumentNode } from 'graphql';

useInstrumentsApp();

describe('instruments of a new organisation', () => {
  it('lists the Mutuality Fidelity Checklist, version 1 with 28 items', async () => {
    const founder = await signUpAndConfirm(app, {
      organizationName: `Fresh org ${uniq()}`, adminName: 'Ada Admin', email: `ada-${uniq()}@example.test`, password: 'long-enough-pass',
    });
    const res = data(await call(founder.token, graphql(`query Instruments { instruments { key title currentVersion { version status items { code } } draft { id } } }`)));
    expect(res.instruments).toEqual([{
      key: 'mutuality-fidelity', title: 'Mutuality Fidelity Checklist', draft: null,
      currentVersion: { version: 1, status: 'PUBLISHED', items: V1.items.map((i) => ({ code: i.code })) },
    }]);
    expect(res.instruments[0]!.currentVersion.items).toHaveLength(28);
  });
});

describe('access', () => {
  // Refused callers: sent through callRaw, since the point is what the server does, not what the types allow.
  const mutations: [string, DocumentNode, Record<string, unknown>][] = [
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
    const res = await callRaw(caller === 'anonymous' ? undefined : tokens[caller], query, variables);
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
    expect(updated.items[0]!.prompts.self).toBe('I ask first.');
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
    const base: AddInstrumentItemInput = { instrumentKey: key, dimensionCode: 'D1', polarity: 'CORE', help: 'h', prompts: { self: 'I do.' } };
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
    expect(new Date(published.publishedAt!).getTime()).toBeGreaterThan(testClock.nowMs() - 60_000);
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
    expect(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']).toContain(codeOf(await callRaw(tokens.admin, MOVE_ITEM, { i: { instrumentKey: key, itemCode: 'D1.1', direction: 'SIDEWAYS' } })));
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

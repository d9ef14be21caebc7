import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, getNamedType, isInputObjectType, type DocumentNode } from 'graphql';
import { HOUR_MS, TEXT_LIMITS, tooLongMessage, UNSAFE_TEXT_MESSAGE } from '@tandem/shared';
import { ok } from './support/admin-helpers';
import { codeOf, gqlRaw } from './support/graphql';
import { insertSession, minutesFromNow } from './support/matrix-supervision';
import { selectionFor } from './support/schema-arbitraries';
import { todayIso } from './support/clock';
import { app, org, refused, t, useInputsApp } from './support/input-hardening-setup';
import { graphql } from './gql/inputs-text';

// Finding 6 of issue 8, example by example: NUL and lone surrogates, documents over the limits and `location: null`
// answer with client errors (HTTP 400 where the document or its variables are refused), never 500. Malformed dates are in
// input-hardening-dates.e2e-spec.ts; the capped ranges of finding 2 in input-hardening-windows.e2e-spec.ts.

useInputsApp();

describe('text: NUL, lone surrogates and maximum lengths', () => {
  const PROFILE = graphql(`mutation UpdateMyProfileInInputHardening($i: UpdateProfileInput!) { updateMyProfile(input: $i) { name } }`);

  it('refuses a NUL character in any text input, naming the field, and stores nothing', async () => {
    const res = await gqlRaw(app, PROFILE, { i: { name: 'x\u0000y' } }, { token: t.staff });
    refused(res);
    expect(res.errors?.[0]).toMatchObject({ message: UNSAFE_TEXT_MESSAGE, extensions: { fieldErrors: { name: UNSAFE_TEXT_MESSAGE } } });
    expect((await app.owner.query('SELECT name FROM person WHERE id = $1', [org.people.staff.id]))[0].name).toBe(org.people.staff.name);
    const cases: [string, DocumentNode, Record<string, unknown>, string | undefined][] = [
      ['people.search', graphql(`query PeopleInInputHardening($f: PeopleFilterInput) { people(filter: $f) { totalCount } }`), { f: { search: 'x\u0000y' } }, t.admin],
      ['createAnnotation.label', graphql(`mutation CreateAnnotationInInputHardeningText($i: CreateAnnotationInput!) { createAnnotation(input: $i) { id } }`), { i: { teamId: org.teams.a1, onDate: todayIso(), label: 'a\u0000' } }, t.admin],
      ['scheduleSupervision.title', graphql(`mutation ScheduleSupervisionInInputHardeningText($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { warnings } }`), {
        i: { supervisorId: org.people.supervisor.id, superviseeIds: [org.people.staff.id], startsAt: '2031-01-07T10:00', durationMinutes: 60, timeZone: 'UTC', modality: 'INDIVIDUAL', channel: 'VIDEO', title: '\u0000' },
      }, t.supervisor],
      ['reflectLanguage(text)', graphql(`query ReflectLanguageInInputHardening($x: String!) { reflectLanguage(text: $x) { __typename } }`), { x: 'the patient\u0000' }, t.supervisor],
      ['personServedForm(token), public', graphql(`query PersonServedFormInInputHardening($x: String!) { personServedForm(token: $x) { __typename } }`), { x: `${'a'.repeat(30)}\u0000` }, undefined],
      ['recordSupervisionNote.actionItems.0.description', graphql(`mutation RecordSupervisionNoteInInputHardening($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { id } }`), {
        i: { occurrenceId: `${org.id}_20260101T100000Z`, actionItems: [{ description: 'ok\u0000', ownerId: org.people.staff.id }] },
      }, t.supervisor],
    ];
    for (const [label, query, vars, token] of cases) {
      const r = await gqlRaw(app, query, vars, { token });
      expect({ label, code: codeOf(r), message: r.errors?.[0]?.message, status: r.status < 500 }).toEqual({ label, code: 'BAD_USER_INPUT', message: UNSAFE_TEXT_MESSAGE, status: true });
    }
  });

  it('refuses a lone surrogate (the createOrganization e-mail of the issue, and inline literals)', async () => {
    const schema = buildSchema(readFileSync(join(__dirname, '..', 'schema.gql'), 'utf8'));
    const selection = selectionFor(getNamedType(schema.getMutationType()!.getFields().createOrganization!.type));
    const res = await gqlRaw(app, `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) ${selection} }`, {
      i: { organizationName: 'Surrogate Org', adminName: 'Ada', email: '\ud800', password: 'a long and unusual passphrase 7' },
    });
    refused(res);
    expect(res.errors?.[0]?.extensions?.fieldErrors).toMatchObject({ email: UNSAFE_TEXT_MESSAGE });
    const inline = await gqlRaw(app, 'mutation { updateMyProfile(input: { name: "\\ud800" }) { name } }', {}, { token: t.staff });
    refused(inline, 'GRAPHQL_PARSE_FAILED', 400);
  });

  it('keeps real emoji and other scripts', async () => {
    expect((await ok(app, PROFILE, { i: { name: 'Ada 😀 Łódź' } }, { token: t.staff2 })).updateMyProfile.name).toBe('Ada 😀 Łódź');
  });

  it('refuses an over-long text with the one message the web form shows too, naming the field', async () => {
    const res = await gqlRaw(app, PROFILE, { i: { name: 'x'.repeat(TEXT_LIMITS.personName + 1) } }, { token: t.staff });
    refused(res);
    expect(res.errors?.[0]).toMatchObject({
      message: tooLongMessage(TEXT_LIMITS.personName), extensions: { fieldErrors: { name: tooLongMessage(TEXT_LIMITS.personName) } },
    });
    const arg = await gqlRaw(app, graphql(`query InstrumentInInputHardening($k: String!) { instrument(key: $k) { id } }`), { k: 'k'.repeat(TEXT_LIMITS.instrumentKey + 1) }, { token: t.admin });
    expect({ code: codeOf(arg), message: arg.errors?.[0]?.message }).toEqual({ code: 'BAD_USER_INPUT', message: tooLongMessage(TEXT_LIMITS.instrumentKey) });
  });

  it('every text input of the contract documents its maximum length', () => {
    const schema = buildSchema(readFileSync(join(__dirname, '..', 'schema.gql'), 'utf8'));
    const undocumented: string[] = [];
    const check = (where: string, type: Parameters<typeof getNamedType>[0], description: string | null | undefined) => {
      if (getNamedType(type)?.name === 'String' && !/At most [\d,]+ characters|Each at most [\d,]+ characters/.test(description ?? '')) undocumented.push(where);
    };
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (isInputObjectType(type)) for (const f of Object.values(type.getFields())) check(`${type.name}.${f.name}`, f.type, f.description);
      if ('getFields' in type && !isInputObjectType(type)) {
        for (const f of Object.values(type.getFields())) for (const a of f.args) check(`${type.name}.${f.name}(${a.name})`, a.type, a.description);
      }
    }
    expect(undocumented).toEqual([]);
  });
});

describe('documents over the limits', () => {
  it('answers 500 aliases, 1,000 directives, too many tokens and a broken escape with HTTP 400 and a code', async () => {
    const aliases = await gqlRaw(app, `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: __typename`).join(' ')} }`, {}, { token: t.staff });
    const aliasedFields = await gqlRaw(app, `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: me { id }`).join(' ')} }`, {}, { token: t.staff });
    const directives = await gqlRaw(app, `{ me { id ${Array.from({ length: 1000 }, () => '@include(if: true)').join(' ')} } }`, {}, { token: t.staff });
    const someDirectives = await gqlRaw(app, `{ me { id ${Array.from({ length: 60 }, () => '@skip(if: false)').join(' ')} } }`, {}, { token: t.staff });
    const tokens = await gqlRaw(app, `{ ${Array.from({ length: 2100 }, () => '__typename').join(' ')} }`, {}, { token: t.staff });
    const escape = await gqlRaw(app, '{ people(filter: { search: "\\udbff" }) { totalCount } }', {}, { token: t.admin });
    expect([aliases, aliasedFields, directives, someDirectives, tokens, escape].map((r) => ({ status: r.status, code: codeOf(r) }))).toEqual([
      { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
      { status: 400, code: 'GRAPHQL_PARSE_FAILED' }, // 3,000 tokens: refused by the token limit before the alias count
      { status: 400, code: 'GRAPHQL_PARSE_FAILED' },
      { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
      { status: 400, code: 'GRAPHQL_PARSE_FAILED' },
      { status: 400, code: 'GRAPHQL_PARSE_FAILED' },
    ]);
    expect(tokens.errors?.[0]?.message).toMatch(/tokens/);
  });
});

describe('moveSupervisionOccurrence', () => {
  it('with location: null goes back to the series’ place instead of failing', async () => {
    const s = await insertSession(app, org, { startsAt: minutesFromNow(3), recurrence: 'FREQ=WEEKLY;COUNT=4' });
    await app.owner.query(`UPDATE supervision_session SET location = 'Room 9' WHERE id = $1`, [s.sessionId]);
    const MOVE = graphql(`mutation MoveSupervisionOccurrenceInInputHardening($i: MoveSupervisionOccurrenceInput!) { moveSupervisionOccurrence(input: $i) { occurrence { location link moved } } }`);
    const at = new Date(s.startsAt.getTime() + HOUR_MS).toISOString();
    const moved = await ok(app, MOVE, { i: { occurrenceId: s.occurrenceId, startsAt: at, location: 'Garden' } }, { token: t.supervisor });
    expect(moved.moveSupervisionOccurrence.occurrence).toMatchObject({ location: 'Garden', moved: true });
    const back = await ok(app, MOVE, { i: { occurrenceId: s.occurrenceId, startsAt: at, location: null, link: null } }, { token: t.supervisor });
    expect(back.moveSupervisionOccurrence.occurrence).toMatchObject({ location: 'Room 9', moved: true });
  });
});

// Shared setup of the instruments-*.e2e-spec.ts files: operations, the app with two organisations, and instrument helpers.
import { randomBytes, randomUUID } from 'node:crypto';
import { ensureDefaultInstruments } from '@tandem/database';
import { MUTUALITY_FIDELITY_V1 as V1, type InstrumentDefinition } from '@tandem/shared';
import { createOrg, login, tokensFor, type RoleKey, type TestOrg } from './factories';
import type { DocumentNode } from 'graphql';
import { codeOf, gqlRaw, type GqlResult, type RawData, type TypedDocumentNode, type VariablesArg } from './graphql';
import { startTestApp, type TestApp } from './test-app';
import { graphql } from '../gql';
import type { InstrumentVersionFieldsFragment } from '../gql/graphql';

export const VERSION_FIELDS = graphql(`fragment InstrumentVersionFields on InstrumentVersion { id version status publishedAt title problems definitionJson
  crosswalk { fromItemCode toItemCode }
  items { code order dimensionCode polarity driftPattern naAllowed inShortForm help reflectionPrompt prompts { self supervisor reviewer personServed } } }`);

export const CREATE_DRAFT = graphql(`mutation CreateInstrumentDraft($k: String!) { createInstrumentDraft(instrumentKey: $k) { ...InstrumentVersionFields } }`);
export const UPDATE_DRAFT = graphql(`mutation UpdateInstrumentDraft($i: UpdateInstrumentDraftInput!) { updateInstrumentDraft(input: $i) { ...InstrumentVersionFields } }`);
export const UPDATE_ITEM = graphql(`mutation UpdateInstrumentItem($i: UpdateInstrumentItemInput!) { updateInstrumentItem(input: $i) { ...InstrumentVersionFields } }`);
export const ADD_ITEM = graphql(`mutation AddInstrumentItem($i: AddInstrumentItemInput!) { addInstrumentItem(input: $i) { ...InstrumentVersionFields } }`);
export const RETIRE_ITEM = graphql(`mutation RetireInstrumentItem($i: RetireInstrumentItemInput!) { retireInstrumentItem(input: $i) { ...InstrumentVersionFields } }`);
export const MOVE_ITEM = graphql(`mutation MoveInstrumentItem($i: MoveInstrumentItemInput!) { moveInstrumentItem(input: $i) { ...InstrumentVersionFields } }`);
export const PUBLISH = graphql(`mutation PublishInstrumentDraft($k: String!) { publishInstrumentDraft(instrumentKey: $k) { ...InstrumentVersionFields } }`);
export const DISCARD = graphql(`mutation DiscardInstrumentDraft($k: String!) { discardInstrumentDraft(instrumentKey: $k) }`);
export const IMPORT = graphql(`mutation ImportInstrument($i: ImportInstrumentInput!) { importInstrument(input: $i) { ...InstrumentVersionFields } }`);
export const EXPORT = graphql(`query ExportInstrument($k: String!, $f: InstrumentFormat!, $v: Int) { exportInstrument(instrumentKey: $k, format: $f, version: $v) }`);
export const VALIDATION = graphql(`query InstrumentVersionValidation($k: String!) { instrumentVersionValidation(instrumentKey: $k) }`);
export const INSTRUMENT = graphql(`query InstrumentInInstrumentsSetup($k: String!) { instrument(key: $k) { id key title currentVersion { id version } draft { id version } versions { id version status } } }`);

export let app: TestApp;
export let org: TestOrg;
export let other: TestOrg;
export let tokens: Record<RoleKey, string>;
export let otherAdmin: string;

export const uniq = () => randomBytes(3).toString('hex');
export const newKey = (label: string) => `${label}-${uniq()}`;

/** Registers this suite's app start (beforeAll) and shutdown (afterAll); call once at the top of each spec file. */
export function useInstrumentsApp(): void {
  beforeAll(async () => {
    app = await startTestApp({ LOGIN_MAX_ATTEMPTS_PER_IP: '10000', LOGIN_MAX_FAILURES_PER_ACCOUNT: '10000' });
    org = await createOrg(app, 'Instruments');
    other = await createOrg(app, 'Other');
    for (const o of [org, other]) await app.owner.transaction((em) => ensureDefaultInstruments(em, o.id));
    tokens = await tokensFor(app, org);
    otherAdmin = await login(app, other.people.admin.email);
  });
  afterAll(async () => app.close());
}

/** Inserts (as the owner) an instrument whose version 1 is a published copy of the default one under another key. */
export async function seedInstrument(key: string, orgId = org.id): Promise<string> {
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

export type Result<T = RawData> = GqlResult<T> & { requestId: string };

export function call<R, V>(token: string | undefined, document: TypedDocumentNode<R, V>, ...[variables]: VariablesArg<V>): Promise<Result<R>> {
  return callRaw<R>(token, document, variables as Record<string, unknown> | undefined);
}
/** `call` for an operation sent unchecked on purpose (wrong variables, a malformed document). */
export async function callRaw<T = RawData>(token: string | undefined, document: string | DocumentNode, variables: Record<string, unknown> = {}): Promise<Result<T>> {
  const requestId = randomUUID();
  const res = await gqlRaw<T>(app, document, variables, { token, headers: { 'x-request-id': requestId } });
  return { ...res, requestId };
}
export const admin = <R, V>(document: TypedDocumentNode<R, V>, ...variables: VariablesArg<V>) => call(tokens.admin, document, ...variables);

export function data<T>(res: Result<T>): T {
  if (res.errors?.length || !res.data) throw new Error(`Unexpected errors: ${JSON.stringify(res.errors)}`);
  return res.data;
}

export function badInput(res: Result): { message: string; problems?: string[]; fields?: string[] } {
  expect({ code: codeOf(res), data: res.data }).toEqual({ code: 'BAD_USER_INPUT', data: null });
  const extensions = res.errors![0]!.extensions;
  return { message: res.errors![0]!.message, problems: extensions?.problems as string[] | undefined, fields: extensions?.fields as string[] | undefined };
}

/** The audit row a request wrote; with `versionId`, also checks it was written in the same transaction as that row. */
export async function expectAudited(res: Result, action: string, versionId?: string): Promise<void> {
  const rows = await app.owner.query('SELECT action, entity_id, xmin::text AS xmin FROM audit_event WHERE request_id = $1', [res.requestId]);
  expect(rows.map((r: { action: string }) => r.action)).toEqual([action]);
  if (versionId) {
    const [version] = await app.owner.query('SELECT xmin::text AS xmin FROM instrument_version WHERE id = $1', [versionId]);
    expect(rows[0].entity_id).toBe(versionId);
    expect(rows[0].xmin).toBe(version.xmin);
  }
}

export async function draftOf(key: string): Promise<InstrumentDefinition> {
  const [row] = await app.owner.query(
    `SELECT v.definition FROM instrument_version v JOIN instrument i ON i.id = v.instrument_id
     WHERE i.organization_id = $1 AND i.key = $2 AND v.status = 'DRAFT'`, [org.id, key],
  );
  return row?.definition;
}

export async function versionsOf(key: string, orgId = org.id): Promise<{ version: number; status: string }[]> {
  return app.owner.query(
    `SELECT v.version, v.status FROM instrument_version v JOIN instrument i ON i.id = v.instrument_id
     WHERE i.organization_id = $1 AND i.key = $2 ORDER BY v.version`, [orgId, key],
  );
}

/** A seeded instrument with a fresh draft (version 2). */
export async function withDraft(label: string): Promise<{ key: string; draft: InstrumentVersionFieldsFragment }> {
  const key = newKey(label);
  await seedInstrument(key);
  const draft = data(await admin(CREATE_DRAFT, { k: key })).createInstrumentDraft;
  return { key, draft };
}

export const itemCodes = (version: { items: { code: string }[] }): string[] => version.items.map((i) => i.code);

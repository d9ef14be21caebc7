import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { createDataSource, TENANT_TABLES } from '@tandem/database';
import { RequestDb } from '../src/common/request-db';
import { createOrg, login } from './support/factories';
import { codeOf, gql, gqlRaw } from './support/graphql';
import { startTestApp, type TestApp } from './support/test-app';
import { graphql } from './gql';
import { sqlIn } from './support/request-sql';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => app.close());

describe('tenant isolation in the database', () => {
  it('the app role sees 0 rows in every tenant table without a tenant set', async () => {
    await createOrg(app);
    const c = new Client({ connectionString: app.appDbUrl });
    await c.connect();
    try {
      for (const table of [...TENANT_TABLES, 'organization']) {
        const owner = await app.owner.query(`SELECT count(*)::int AS n FROM ${table}`);
        const seen = await c.query(`SELECT count(*)::int AS n FROM ${table}`);
        // The factory fills the core tables, so "0 rows" there proves the policy rather than an empty table.
        if (['program', 'team', 'person', 'role_grant', 'team_membership', 'supervision_assignment', 'organization'].includes(table)) {
          expect(owner[0].n).toBeGreaterThan(0);
        }
        expect({ table, n: seen.rows[0].n }).toEqual({ table, n: 0 });
      }
    } finally {
      await c.end();
    }
  });

  it('with one tenant set, rows of another organisation are invisible and cannot be written', async () => {
    const a = await createOrg(app, 'A');
    const b = await createOrg(app, 'B');
    const c = new Client({ connectionString: app.appDbUrl });
    await c.connect();
    try {
      await c.query('BEGIN');
      await c.query(`SELECT set_config('app.organization_id', $1, true)`, [a.id]);
      const people = await c.query('SELECT organization_id FROM person');
      expect(people.rows.length).toBeGreaterThan(0);
      expect(people.rows.every((r) => r.organization_id === a.id)).toBe(true);
      await expect(c.query('INSERT INTO program (organization_id, name) VALUES ($1, $2)', [b.id, 'Sneaky'])).rejects.toThrow(/row-level security/);
      await c.query('ROLLBACK');
    } finally {
      await c.end();
    }
  });

  it('the tenant setting does not leak to the next transaction on the same connection', async () => {
    const a = await createOrg(app);
    const c = new Client({ connectionString: app.appDbUrl });
    await c.connect();
    try {
      await c.query('BEGIN');
      await c.query(`SELECT set_config('app.organization_id', $1, true)`, [a.id]);
      await c.query('COMMIT');
      const after = await c.query('SELECT count(*)::int AS n FROM person');
      expect(after.rows[0].n).toBe(0);
    } finally {
      await c.end();
    }
  });

  it('a request transaction opens with BEGIN and the tenant setting in one round trip, and sees only its tenant', async () => {
    const [mine, other] = [await createOrg(app), await createOrg(app)];
    const ds = createDataSource({ url: app.appDbUrl, poolSize: 1 });
    await ds.initialize();
    try {
      // Warm the one pooled connection so its set-up statements are not counted.
      const warm = new RequestDb(ds, other.id);
      await sqlIn(warm, 'SELECT 1');
      await warm.finish(false);
      const spy = jest.spyOn(Client.prototype, 'query');
      const db = new RequestDb(ds, mine.id);
      let sent: string[];
      try {
        await db.manager();
        sent = spy.mock.calls.map(([q]) => String(typeof q === 'object' && q !== null ? (q as { text: string }).text : q));
      } finally {
        spy.mockRestore();
      }
      expect(sent).toEqual([`START TRANSACTION; SELECT set_config('app.organization_id', '${mine.id}', true)`]);
      const [row] = await sqlIn<{ tenant: string; teams: string[]; inTransaction: boolean }>(db, 
        `SELECT current_setting('app.organization_id') AS tenant, (SELECT array_agg(id) FROM team) AS teams,
           now() <> statement_timestamp() AS "inTransaction"`);
      expect(row!.tenant).toBe(mine.id);
      expect([...row!.teams].sort()).toEqual(Object.values(mine.teams).sort());
      expect(row!.inTransaction).toBe(true);
      await db.finish(false);
    } finally {
      await ds.destroy();
    }
  });

  it('the app role cannot UPDATE or DELETE audit events', async () => {
    const org = await createOrg(app);
    const token = await login(app, org.people.admin.email);
    expect(token).toBeTruthy();
    const c = new Client({ connectionString: app.appDbUrl });
    await c.connect();
    try {
      await c.query('BEGIN');
      await c.query(`SELECT set_config('app.organization_id', $1, true)`, [org.id]);
      const rows = await c.query('SELECT count(*)::int AS n FROM audit_event');
      expect(rows.rows[0].n).toBeGreaterThan(0);
      await expect(c.query(`UPDATE audit_event SET action = 'x'`)).rejects.toThrow(/permission denied/);
      await c.query('ROLLBACK');
      await c.query('BEGIN');
      await expect(c.query('DELETE FROM audit_event')).rejects.toThrow(/permission denied/);
      await c.query('ROLLBACK');
    } finally {
      await c.end();
    }
  });

  it('every tenant table has row-level security enabled and organization_id leading an index', async () => {
    const rls = await app.owner.query(
      `SELECT relname FROM pg_class WHERE relname = ANY($1) AND relrowsecurity`, [[...TENANT_TABLES]],
    );
    expect(rls.map((r: { relname: string }) => r.relname).sort()).toEqual([...TENANT_TABLES].sort());
    for (const table of TENANT_TABLES) {
      const idx = await app.owner.query(
        `SELECT indexdef FROM pg_indexes WHERE tablename = $1 AND indexdef ~ ('\\(organization_id')`, [table],
      );
      expect({ table, leading: idx.length > 0 }).toEqual({ table, leading: true });
    }
  });

  it('entities and migrations agree: every mapped column exists with a compatible type', async () => {
    for (const meta of app.owner.entityMetadatas) {
      const cols = await app.owner.query(
        `SELECT column_name, data_type, is_nullable FROM information_schema.columns WHERE table_name = $1`, [meta.tableName],
      );
      const byName = new Map(cols.map((c: { column_name: string }) => [c.column_name, c]));
      for (const column of meta.columns) {
        const found = byName.get(column.databaseName) as { data_type: string; is_nullable: string } | undefined;
        expect({ table: meta.tableName, column: column.databaseName, exists: !!found }).toEqual({ table: meta.tableName, column: column.databaseName, exists: true });
        expect({ column: `${meta.tableName}.${column.databaseName}`, nullable: found!.is_nullable === 'YES' }).toEqual({
          column: `${meta.tableName}.${column.databaseName}`, nullable: column.isNullable,
        });
      }
      expect(cols.length).toBe(meta.columns.length);
    }
  });
});

describe('HTTP and GraphQL hardening', () => {
  it('reports the database in /health', async () => {
    const res = await fetch(`${app.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', database: { status: 'up' } });
  });

  it('sends helmet security headers and a request id', async () => {
    const res = await fetch(`${app.url}/health`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('compresses responses over 1 KB for clients that accept gzip, and only for them', async () => {
    const body = JSON.stringify({ query: '{ __schema { types { name description } } }' });
    const send = (acceptEncoding: string) => new Promise<{ encoding: string | undefined; raw: Buffer }>((done, fail) => {
      const req = httpRequest(`${app.url}/graphql`, {
        method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': acceptEncoding, 'content-length': Buffer.byteLength(body) },
      }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done({ encoding: res.headers['content-encoding'], raw: Buffer.concat(chunks) }));
      });
      req.on('error', fail);
      req.end(body);
    });
    const gz = await send('gzip');
    const plain = await send('identity');
    expect(gz.encoding).toBe('gzip');
    expect(plain.encoding).toBeUndefined();
    const unzipped = gunzipSync(gz.raw).toString();
    expect(JSON.parse(unzipped).data.__schema.types.length).toBeGreaterThan(50);
    expect(unzipped).toBe(plain.raw.toString());
    expect(gz.raw.length).toBeLessThan(plain.raw.length / 3);
  });

  it('blocks simple-request CSRF (text/plain, no preflight header)', async () => {
    const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ me { id } }' }) });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/);
  });

  it('refuses HTTP batching', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(res.status).toBe(400);
  });

  it('rejects queries deeper than 10, with too many aliases, or too many tokens before running them', async () => {
    let deep = 'id';
    for (let i = 0; i < 11; i++) deep = `supervisor { ${deep} }`;
    const depth = await gqlRaw(app, `{ me { ${deep} } }`);
    expect(codeOf(depth)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(depth.errors?.[0]?.message).toMatch(/depth/i);
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: me { id }`).join(' ');
    const alias = await gqlRaw(app, `{ ${aliases} }`);
    expect(codeOf(alias)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(alias.errors?.[0]?.message).toMatch(/alias/i);
    const tokens = await gqlRaw(app, `{ ${Array.from({ length: 2100 }, () => '__typename').join(' ')} }`);
    expect(tokens.errors?.[0]?.message).toMatch(/token/i);
  });

  it('rejects request bodies over the limit with 413 and no stack trace', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }', variables: { x: 'y'.repeat(3_000_000) } }),
    });
    expect(res.status).toBe(413);
    expect(await res.text()).not.toMatch(/at \w+ \(/);
  });

  it('maps bad input to BAD_USER_INPUT with a request id', async () => {
    const res = await gql(app, graphql(`mutation LoginInPlatform { login(input: { email: "not-an-email", password: "x" }) { token } }`));
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('the committed api/schema.gql matches the code', () => {
    const committed = readFileSync(resolve(__dirname, '..', 'schema.gql'), 'utf8');
    const generated = readFileSync(app.config.schemaFile!, 'utf8');
    expect(generated).toBe(committed);
  });
});

describe('production mode', () => {
  let prod: TestApp;
  beforeAll(async () => {
    prod = await startTestApp({ NODE_ENV: 'production' });
  });
  afterAll(async () => prod.close());

  it('turns introspection off', async () => {
    const res = await gql(prod, graphql(`query SchemaTypes { __schema { types { name } } }`));
    expect(codeOf(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('does not suggest field names', async () => {
    const res = await gqlRaw(prod, '{ mee { id } }');
    expect(res.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it.each([
    ['an enum value in the document', '{ checklists(filter: { raterType: SELFX }) { totalCount } }', {}, '"SELF"'],
    ['an enum value in a variable', graphql(`query ChecklistsInPlatform($r: RaterType) { checklists(filter: { raterType: $r }) { totalCount } }`), { r: 'SELFX' }, '"SELF"'],
    ['an argument name', '{ checklists(filtr: {}) { totalCount } }', {}, '"filter"'],
    ['an input field name', '{ checklists(filter: { raterTyp: SELF }) { totalCount } }', {}, '"raterType"'],
    ['a type name', 'query($f: ChecklistFilterInpt) { checklists(filter: $f) { totalCount } }', {}, '"ChecklistFilterInput"'],
  ])('does not suggest %s', async (_what, query, variables, suggestion) => {
    const res = await gqlRaw(prod, query, variables);
    expect(['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']).toContain(codeOf(res));
    const messages = res.errors!.map((e) => e.message).join(' ');
    expect(messages).not.toMatch(/Did you mean|Suggestion hidden/);
    expect(messages).not.toContain(suggestion);
    // The same mistake in development still gets the hint.
    expect((await gqlRaw(app, query, variables)).errors?.map((e) => e.message).join(' ')).toContain(suggestion);
  });
});

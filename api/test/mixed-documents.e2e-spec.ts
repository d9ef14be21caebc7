import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Request, Response } from 'express';
import { buildSchema, getNamedType, isInputObjectType, type GraphQLField } from 'graphql';
import { buildContext } from '../src/common/context.factory';
import { ForbiddenError } from '../src/common/errors';
import { asPublic } from '../src/common/public-context';
import { RequestDb } from '../src/common/request-db';
import { SessionsService } from '../src/modules/auth/sessions.service';
import { ensureInstrument, insertPersonServedLink, uniformAnswers } from './support/checklist-helpers';
import { testClock } from './support/clock';
import { declaredAccess } from './support/declared-access';
import { createOrg, login, TEST_PASSWORD, type TestOrg } from './support/factories';
import { gql, gqlRaw, type GqlResult } from './support/graphql';
import { insertInvitation, insertPasswordReset, insertThrowawayPerson, unique } from './support/matrix';
import { insertSession } from './support/matrix-supervision';
import { startTestApp, type TestApp } from './support/test-app';
import { graphql } from './gql';
import { sqlIn } from './support/request-sql';

/**
 * A request has one tenant — its viewer's organisation — and work reached by a public token runs in a transaction of
 * its own in the token's organisation, with no viewer. These tests send documents that mix a public field holding
 * another organisation's token (or credentials) with signed-in fields, in both orders, as queries and as mutations,
 * for every public field the code declares: nothing may cross into either organisation, and nothing may fail with 500.
 */
const schema = buildSchema(readFileSync(resolve(__dirname, '..', 'schema.gql'), 'utf8'));

/** A root field takes a token when it has a `token` argument or an input object argument with a `token` field. */
function takesToken(field: GraphQLField<unknown, unknown>): boolean {
  return field.args.some((a) => {
    if (a.name === 'token') return true;
    const type = getNamedType(a.type);
    return isInputObjectType(type) && 'token' in type.getFields();
  });
}

let app: TestApp;
let own: TestOrg;
let foreign: TestOrg;
let ownAdmin: string;

beforeAll(async () => {
  app = await startTestApp({ LOGIN_MAX_ATTEMPTS_PER_IP: '100000', LOGIN_MAX_FAILURES_PER_ACCOUNT: '100000' });
  own = await createOrg(app, 'Own');
  foreign = await createOrg(app, 'Foreign');
  await ensureInstrument(app, own.id);
  await ensureInstrument(app, foreign.id);
  ownAdmin = await login(app, own.people.admin.email);
});
afterAll(async () => app.close());

interface PublicPart {
  /** `$name: Type!` declarations and the field with its selection, aliased `pub`. */
  defs: string;
  field: string;
  variables: Record<string, unknown>;
}

/**
 * How to call each public root field with something of the *foreign* organisation, and what that call must do when it
 * comes from a request signed in to the home organisation:
 *   'data'      — the token is the credential; the work happens in the foreign organisation, as nobody.
 *   'forbidden' — it would sign the request in to the foreign organisation: refused, nothing used up.
 *   'no-tenant' — it touches no organisation.
 * The spec fails for a public field missing here, so a new public-token operation must come with its mixed documents.
 */
interface PublicCase {
  kind: 'query' | 'mutation';
  outcome: 'data' | 'forbidden' | 'no-tenant';
  make(): Promise<PublicPart>;
  /** Checks in the database that the public call did (or did not do) its work in the foreign organisation only. */
  verify?(part: PublicPart, ran: boolean): Promise<void>;
}

const PUBLIC: Record<string, PublicCase> = {
  'Query.personServedForm': {
    kind: 'query', outcome: 'data',
    make: async () => ({
      defs: '$t: String!', field: 'pub: personServedForm(token: $t) { peerFirstName organizationName }',
      variables: { t: await insertPersonServedLink(app, foreign, foreign.people.staff.id, foreign.people.supervisor.id) },
    }),
  },
  'Query.invitation': {
    kind: 'query', outcome: 'data',
    make: async () => ({
      defs: '$t: String!', field: 'pub: invitation(token: $t) { email organizationName }',
      variables: { t: await insertInvitation(app, foreign.id, await insertThrowawayPerson(app, foreign)) },
    }),
  },
  'Query.serverInfo': {
    kind: 'query', outcome: 'no-tenant',
    make: async () => ({ defs: '', field: 'pub: serverInfo { demo }', variables: {} }),
  },
  'Mutation.submitPersonServedFeedback': {
    kind: 'mutation', outcome: 'data',
    make: async () => ({
      defs: '$t: PersonServedAnswersInput!', field: 'pub: submitPersonServedFeedback(input: $t)',
      variables: { t: { token: await insertPersonServedLink(app, foreign, foreign.people.staff.id, foreign.people.supervisor.id), answers: uniformAnswers('PERSON_SERVED', 4) } },
    }),
    verify: async (part, ran) => {
      const [link] = await app.owner.query(
        `SELECT l.organization_id, c.organization_id AS checklist_org, c.subject_id FROM person_served_link l
         LEFT JOIN checklist c ON c.id = l.checklist_id WHERE l.token_hash = encode(sha256($1::bytea), 'hex')`,
        [(part.variables.t as { token: string }).token],
      );
      expect({ ran, stored: link.checklist_org !== null }).toEqual({ ran, stored: ran });
      if (ran) expect({ org: link.checklist_org, subject: link.subject_id }).toEqual({ org: foreign.id, subject: foreign.people.staff.id });
    },
  },
  'Mutation.acceptInvitation': {
    kind: 'mutation', outcome: 'forbidden',
    make: async () => {
      const personId = await insertThrowawayPerson(app, foreign);
      return {
        defs: '$t: AcceptInvitationInput!', field: 'pub: acceptInvitation(input: $t) { token person { id } }',
        variables: { t: { token: await insertInvitation(app, foreign.id, personId), password: 'a-long-enough-password-42' }, personId },
      };
    },
    verify: async (part) => {
      const [row] = await app.owner.query(
        `SELECT p.password_hash, i.used_at FROM person p JOIN invitation i ON i.person_id = p.id WHERE p.id = $1`, [part.variables.personId],
      );
      expect({ password: row.password_hash, used: row.used_at }).toEqual({ password: null, used: null });
    },
  },
  'Mutation.login': {
    kind: 'mutation', outcome: 'forbidden',
    make: async () => ({
      defs: '$t: LoginInput!', field: 'pub: login(input: $t) { token person { id } }',
      variables: { t: { email: foreign.people.admin.email, password: TEST_PASSWORD } },
    }),
  },
  'Mutation.createOrganization': {
    // Sign-up signs nobody in: with the address of someone of the foreign organisation, that person is told (in their
    // organisation, as nobody) and nothing is created.
    kind: 'mutation', outcome: 'data',
    make: async () => ({
      defs: '$t: CreateOrganizationInput!', field: 'pub: createOrganization(input: $t)',
      variables: { t: { organizationName: `Mixed ${unique()}`, adminName: 'Mixed Admin', email: foreign.people.admin.email, password: 'a-long-enough-password-42' } },
    }),
    verify: async (part) => {
      const name = (part.variables.t as { organizationName: string }).organizationName;
      expect(await app.owner.query('SELECT id FROM organization WHERE name = $1', [name])).toEqual([]);
      const told = await app.owner.query(
        `SELECT organization_id FROM outbox_message WHERE recipient_id = $1 AND kind = 'SIGN_UP_ATTEMPT'`, [foreign.people.admin.id],
      );
      expect(told.length).toBeGreaterThan(0);
      expect(told.every((r: { organization_id: string }) => r.organization_id === foreign.id)).toBe(true);
    },
  },
  'Query.passwordReset': {
    kind: 'query', outcome: 'data',
    make: async () => ({
      defs: '$t: String!', field: 'pub: passwordReset(token: $t) { email organizationName }',
      variables: { t: await insertPasswordReset(app, foreign.id, foreign.people.staff2.id) },
    }),
  },
  'Mutation.requestPasswordReset': {
    kind: 'mutation', outcome: 'data',
    make: async () => {
      const personId = await insertThrowawayPerson(app, foreign);
      const [{ email }] = await app.owner.query('SELECT email FROM person WHERE id = $1', [personId]);
      return { defs: '$t: RequestPasswordResetInput!', field: 'pub: requestPasswordReset(input: $t)', variables: { t: { email }, personId } };
    },
    verify: async (part) => {
      const rows = await app.owner.query(`SELECT organization_id FROM outbox_message WHERE recipient_id = $1 AND kind = 'PASSWORD_RESET'`, [part.variables.personId]);
      expect(rows).toEqual([{ organization_id: foreign.id }]);
    },
  },
  'Mutation.resetPassword': {
    kind: 'mutation', outcome: 'data',
    make: async () => {
      const personId = await insertThrowawayPerson(app, foreign);
      return {
        defs: '$t: ResetPasswordInput!', field: 'pub: resetPassword(input: $t)',
        variables: { t: { token: await insertPasswordReset(app, foreign.id, personId), password: 'plum river lantern walk' }, personId },
      };
    },
    verify: async (part) => {
      const [row] = await app.owner.query('SELECT password_hash FROM person WHERE id = $1', [part.variables.personId]);
      expect(row.password_hash).not.toBeNull();
      const audit = await app.owner.query(`SELECT organization_id, actor_id FROM audit_event WHERE entity_id = $1 AND action = 'auth.password_reset'`, [part.variables.personId]);
      expect(audit).toEqual([{ organization_id: foreign.id, actor_id: null }]);
    },
  },
};

const SIGNED_IN_QUERY = 'me { id organization { id } } organization { id name } people { items { id } }';
function signedInMutation(marker: string): { defs: string; fields: string; variables: Record<string, unknown> } {
  return {
    defs: '$inv: InvitePersonInput!, $org: UpdateOrganizationInput!',
    fields: 'inv: invitePerson(input: $inv) { person { id } } org: updateOrganization(input: $org) { id name }',
    variables: { inv: { name: 'Mixed Invitee', email: `${marker}@example.test`, roles: ['ADMIN'] }, org: { name: own.name } },
  };
}

function defsOf(...parts: string[]): string {
  const defs = parts.filter(Boolean).join(', ');
  return defs ? `(${defs})` : '';
}

/** No 5xx, no INTERNAL_SERVER_ERROR, and no id of the foreign organisation anywhere in the answer. */
function expectNothingForeign(res: GqlResult, what: string): void {
  const body = JSON.stringify(res.data ?? null);
  const foreignIds = [foreign.id, ...Object.values(foreign.programs), ...Object.values(foreign.teams), ...Object.values(foreign.people).map((p) => p.id)];
  expect({
    what, status: res.status < 500,
    internal: (res.errors ?? []).filter((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR').map((e) => e.message),
    leaked: foreignIds.filter((id) => body.includes(id)),
  }).toEqual({ what, status: true, internal: [], leaked: [] });
}

/** The home viewer never acted in the foreign organisation: no audit row there names them. */
async function expectNoForeignAuditByHome(): Promise<void> {
  const rows = await app.owner.query(
    'SELECT action FROM audit_event WHERE organization_id = $1 AND actor_id = ANY($2::uuid[])', [foreign.id, Object.values(own.people).map((p) => p.id)],
  );
  expect(rows).toEqual([]);
}

describe('public-token fields mixed with signed-in fields', () => {
  const declared = () => [...declaredAccess(app.server.app)].filter(([, a]) => a?.kind === 'public').map(([f]) => f).sort();

  it('covers every public root field the resolvers declare, and every field that takes a token is public', () => {
    expect(declared().filter((f) => !PUBLIC[f])).toEqual([]);
    expect(Object.keys(PUBLIC).filter((f) => !declared().includes(f))).toEqual([]);
    const tokenFields = [
      ...Object.values(schema.getQueryType()?.getFields() ?? {}).filter(takesToken).map((f) => `Query.${f.name}`),
      ...Object.values(schema.getMutationType()?.getFields() ?? {}).filter(takesToken).map((f) => `Mutation.${f.name}`),
    ];
    expect(tokenFields.length).toBeGreaterThan(0);
    expect(tokenFields.filter((f) => !declared().includes(f) || PUBLIC[f]?.outcome === 'no-tenant')).toEqual([]);
  });

  const fields = Object.keys(PUBLIC).sort();
  const queryFields = fields.filter((f) => PUBLIC[f]!.kind === 'query');
  const mutationFields = fields.filter((f) => PUBLIC[f]!.kind === 'mutation');

  describe.each(queryFields)('%s', (field) => {
    it.each(['public field first', 'signed-in fields first'])('in one query with signed-in fields (%s, 8 at once): only the viewer’s organisation', async (order) => {
      const c = PUBLIC[field]!;
      const runs = await Promise.all(Array.from({ length: 8 }, async () => {
        const part = await c.make();
        const selection = order === 'public field first' ? `${part.field} ${SIGNED_IN_QUERY}` : `${SIGNED_IN_QUERY} ${part.field}`;
        return gqlRaw(app, `query${defsOf(part.defs)} { ${selection} }`, part.variables, { token: ownAdmin });
      }));
      const ownPeople = new Set(Object.values(own.people).map((p) => p.id));
      for (const res of runs) {
        expectNothingForeign(res, `${field} (${order})`);
        expect({ errors: res.errors }).toEqual({ errors: undefined });
        expect({ me: res.data!.me.organization.id, org: res.data!.organization.id }).toEqual({ me: own.id, org: own.id });
        const people: string[] = res.data!.people.items.map((p: { id: string }) => p.id);
        expect(people.filter((id) => !ownPeople.has(id))).toEqual([]);
        expect(people).toContain(own.people.staff.id);
        if (c.outcome === 'data') expect(res.data!.pub.organizationName).toBe(foreign.name);
      }
      await expectNoForeignAuditByHome();
    });
  });

  describe.each(mutationFields)('%s', (field) => {
    it.each(['public field first', 'signed-in fields first'])('in one mutation with signed-in fields (%s): nothing crosses', async (order) => {
      const c = PUBLIC[field]!;
      const part = await c.make();
      const marker = `mixed-${unique()}`;
      const signed = signedInMutation(marker);
      const selection = order === 'public field first' ? `${part.field} ${signed.fields}` : `${signed.fields} ${part.field}`;
      const res = await gqlRaw(app, `mutation${defsOf(part.defs, signed.defs)} { ${selection} }`, { ...part.variables, ...signed.variables }, { token: ownAdmin });
      expectNothingForeign(res, `${field} (${order})`);

      // The public field: its work in the foreign organisation, or refused with FORBIDDEN.
      const pubErrors = (res.errors ?? []).filter((e) => (e as { path?: string[] }).path?.[0] === 'pub');
      if (c.outcome === 'forbidden') {
        expect(pubErrors.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      } else {
        expect(pubErrors).toEqual([]);
      }
      if (c.verify) await c.verify(part, c.outcome !== 'forbidden');

      // The signed-in fields: in the viewer's own organisation and nowhere else — kept when the whole mutation succeeded,
      // rolled back with it when the refused public field failed it.
      const kept = c.outcome !== 'forbidden';
      const invited = await app.owner.query('SELECT organization_id FROM person WHERE email = $1', [`${marker}@example.test`]);
      expect(invited.map((r: { organization_id: string }) => r.organization_id)).toEqual(kept ? [own.id] : []);
      if (kept) expect({ errors: res.errors, org: res.data?.org?.id }).toEqual({ errors: undefined, org: own.id });
      const [{ name }] = await app.owner.query('SELECT name FROM organization WHERE id = $1', [foreign.id]);
      expect(name).toBe(foreign.name);
      await expectNoForeignAuditByHome();
    });
  });

  it('the reported attack fails: a feedback link of another organisation, then an ADMIN invitation, leaves the invitation at home', async () => {
    const token = await insertPersonServedLink(app, foreign, foreign.people.staff.id, foreign.people.supervisor.id);
    const email = `attacker-${unique()}@example.test`;
    const res = await gql(app,
      graphql(`mutation SubmitPersonServedFeedbackInvitePerson($f: PersonServedAnswersInput!, $i: InvitePersonInput!) {
         submitPersonServedFeedback(input: $f) invitePerson(input: $i) { person { id } } }`),
      { f: { token, answers: uniformAnswers('PERSON_SERVED', 4) }, i: { name: 'Attacker', email, roles: ['ADMIN'] } }, { token: ownAdmin });
    expect(res.errors).toBeUndefined();
    const [person] = await app.owner.query('SELECT organization_id FROM person WHERE email = $1', [email]);
    expect(person.organization_id).toBe(own.id);
    // Accepting an invitation for that person makes an admin of the attacker's own organisation — never of the link's.
    const inviteToken = await insertInvitation(app, own.id, res.data!.invitePerson.person.id);
    const accepted = await gql(app, graphql(`mutation AcceptInvitation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { person { id organization { id } } } }`),
      { i: { token: inviteToken, password: 'a-long-enough-password-42' } });
    expect(accepted.data?.acceptInvitation.person.organization.id).toBe(own.id);
    await expectNoForeignAuditByHome();
  });
});

describe('the request layer', () => {
  it('binds a request to one organisation and refuses any other; public work runs beside it in its own transaction', async () => {
    const db = new RequestDb(app.server.dataSource);
    db.bindTenant(own.id);
    db.bindTenant(own.id);
    expect(() => db.bindTenant(foreign.id)).toThrow(ForbiddenError);
    expect(db.organizationId).toBe(own.id);
    try {
      const [before] = await sqlIn<{ id: string }>(db, 'SELECT id FROM organization');
      const inPublic = await db.asPublic(foreign.id, async (pub) => {
        expect(() => pub.bindTenant(own.id)).toThrow(ForbiddenError);
        return sqlIn<{ id: string }>(pub, 'SELECT id FROM organization');
      });
      const after = await sqlIn<{ id: string }>(db, 'SELECT id FROM organization');
      expect({ before: before?.id, inPublic: inPublic.map((r) => r.id), after: after.map((r) => r.id) })
        .toEqual({ before: own.id, inPublic: [foreign.id], after: [own.id] });
    } finally {
      await db.finish(true);
    }
  });

  it('a viewer of another organisation than the request’s is refused, and a public context never has a viewer', async () => {
    const req = { headers: {}, cookies: {}, socket: {} } as unknown as Request;
    const ctx = await buildContext(app.server.dataSource, app.server.app.get(SessionsService), req, {} as Response, testClock);
    ctx.db.bindTenant(own.id);
    const foreignViewer = {
      personId: foreign.people.admin.id, organizationId: foreign.id, sessionId: foreign.people.admin.id, name: 'x', email: 'x', roles: ['ADMIN' as const], managedProgramIds: null,
    };
    expect(() => { ctx.viewer = foreignViewer; }).toThrow(ForbiddenError);
    expect(ctx.viewer).toBeNull();
    try {
      await asPublic(ctx, foreign.id, async (pub) => {
        expect(pub.viewer).toBeNull();
        expect(() => { (pub as { viewer: unknown }).viewer = foreignViewer; }).toThrow(ForbiddenError);
        expect(pub.db.organizationId).toBe(foreign.id);
      });
      expect(ctx.db.organizationId).toBe(own.id);
    } finally {
      await ctx.db.finish(true);
    }
  });

  it('a calendar feed answers with its own organisation’s sessions, whatever session the request carries', async () => {
    await insertSession(app, foreign);
    const feedOwner = await login(app, foreign.people.supervisor.email);
    const url = (await gql(app, graphql(`mutation CreateCalendarFeed { createCalendarFeed }`), {}, { token: feedOwner })).data!.createCalendarFeed as string;
    const res = await fetch(`${app.url}${new URL(url).pathname}`, { headers: { authorization: `Bearer ${ownAdmin}` } });
    const body = await res.text();
    expect({ status: res.status, foreign: body.includes(foreign.people.staff.name) }).toEqual({ status: 200, foreign: true });
    expect(Object.values(own.people).filter((p) => body.includes(p.name) || body.includes(p.id))).toEqual([]);
  });
});

import { randomBytes } from 'node:crypto';
import { MUTUALITY_FIDELITY_V1, type InstrumentDefinition } from '@tandem/shared';
import type { MatrixEntry } from './matrix';
import type { TestOrg } from './factories';
import type { TestApp } from './test-app';

/**
 * Isolation-matrix entries for instruments and the instrument editor. Samples target an instrument that only the
 * target organisation has (`matrix-<first digits of its id>`), so a caller from another organisation gets NOT_FOUND
 * (instruments are looked up by key within the caller's organisation), and they set up their own state through the
 * owner connection, so every sample works however often it runs against the same organisation. Instruments are
 * organisation-wide: no role is scoped out of them.
 */
export const matrixInstrumentKey = (org: TestOrg) => `matrix-${org.id.slice(0, 8)}`;

const unique = () => randomBytes(3).toString('hex');
const matrixDefinition = (key: string, version = 1): InstrumentDefinition => ({ ...MUTUALITY_FIDELITY_V1, key, title: 'Matrix instrument', version });

/** Makes sure `org` has its matrix instrument with a published version 1. Returns the instrument id. */
export async function ensureMatrixInstrument(app: TestApp, org: TestOrg): Promise<string> {
  const def = matrixDefinition(matrixInstrumentKey(org));
  await app.owner.query(
    `INSERT INTO instrument (organization_id, key, title, description, level) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (organization_id, key) DO NOTHING`,
    [org.id, def.key, def.title, def.description, def.level],
  );
  const [{ id }] = await app.owner.query('SELECT id FROM instrument WHERE organization_id = $1 AND key = $2', [org.id, def.key]);
  await app.owner.query(
    `INSERT INTO instrument_version (organization_id, instrument_id, version, status, definition, published_at)
     VALUES ($1, $2, 1, 'PUBLISHED', $3, app_now()) ON CONFLICT DO NOTHING`,
    [org.id, id, JSON.stringify(def)],
  );
  return id as string;
}

async function newestPublished(app: TestApp, instrumentId: string): Promise<{ version: number; definition: InstrumentDefinition }> {
  const [row] = await app.owner.query(
    `SELECT version, definition FROM instrument_version WHERE instrument_id = $1 AND status = 'PUBLISHED' ORDER BY version DESC LIMIT 1`, [instrumentId],
  );
  return row;
}

const cleanDraft = (published: InstrumentDefinition, version: number): InstrumentDefinition => ({
  ...published,
  version,
  crosswalk: [...published.items].sort((a, b) => a.order - b.order).map((i) => ({ fromItemCode: i.code, toItemCode: i.code })),
});

/**
 * Makes `matrix-instrument` have a draft that is a clean copy of its newest published version (identity crosswalk):
 * an existing draft is reset in place, otherwise one is inserted. (Resetting rather than deleting: the
 * instrument_version trigger in migration 1763710000000 silently skips DELETEs, even the owner's.)
 */
export async function freshMatrixDraft(app: TestApp, org: TestOrg): Promise<InstrumentDefinition> {
  const id = await ensureMatrixInstrument(app, org);
  const latest = await newestPublished(app, id);
  const [existing] = await app.owner.query(`SELECT id, version FROM instrument_version WHERE instrument_id = $1 AND status = 'DRAFT'`, [id]);
  const draft = cleanDraft(latest.definition, existing?.version ?? latest.version + 1);
  if (existing) {
    await app.owner.query('UPDATE instrument_version SET definition = $2 WHERE id = $1', [existing.id, JSON.stringify(draft)]);
  } else {
    await app.owner.query(
      `INSERT INTO instrument_version (organization_id, instrument_id, version, status, definition) VALUES ($1, $2, $3, 'DRAFT', $4)`,
      [org.id, id, draft.version, JSON.stringify(draft)],
    );
  }
  return draft;
}

/** Leaves `matrix-instrument` without a draft: a leftover draft is reset to a clean copy and published. */
export async function noMatrixDraft(app: TestApp, org: TestOrg): Promise<void> {
  const id = await ensureMatrixInstrument(app, org);
  const [existing] = await app.owner.query(`SELECT id FROM instrument_version WHERE instrument_id = $1 AND status = 'DRAFT'`, [id]);
  if (!existing) return;
  await freshMatrixDraft(app, org);
  await app.owner.query(`UPDATE instrument_version SET status = 'PUBLISHED', published_at = app_now() WHERE id = $1`, [existing.id]);
}

export const INSTRUMENT_MATRIX: Record<string, MatrixEntry> = {
  // ── queries ──
  instruments: {
    // Every organisation has its own instruments; a list never shows another organisation's.
    access: 'signed-in', foreign: 'HIDDEN',
    sample: async ({ app, target }) => ({ query: '{ instruments(includeUnpublished: false) { id key } }', listed: await ensureMatrixInstrument(app, target.org) }),
  },
  instrument: {
    access: 'signed-in',
    sample: async ({ app, target }) => {
      await ensureMatrixInstrument(app, target.org);
      return { query: 'query($k: String!) { instrument(key: $k) { id key } }', variables: { k: matrixInstrumentKey(target.org) } };
    },
  },
  exportInstrument: {
    access: 'signed-in',
    sample: async ({ app, target }) => {
      await ensureMatrixInstrument(app, target.org);
      return { query: 'query($k: String!) { exportInstrument(instrumentKey: $k, format: JSON) }', variables: { k: matrixInstrumentKey(target.org) } };
    },
  },
  instrumentVersionValidation: {
    access: ['ADMIN'],
    sample: async ({ app, target }) => {
      await freshMatrixDraft(app, target.org);
      return { query: 'query($k: String!) { instrumentVersionValidation(instrumentKey: $k) }', variables: { k: matrixInstrumentKey(target.org) } };
    },
  },
  // ── mutations ──
  createInstrumentDraft: {
    access: ['ADMIN'],
    sample: async ({ app, target }) => {
      await noMatrixDraft(app, target.org);
      return { query: 'mutation($k: String!) { createInstrumentDraft(instrumentKey: $k) { id version } }', variables: { k: matrixInstrumentKey(target.org) } };
    },
  },
  updateInstrumentDraft: {
    access: ['ADMIN'],
    sample: async ({ app, target }) => {
      const draft = await freshMatrixDraft(app, target.org);
      return {
        query: 'mutation($i: UpdateInstrumentDraftInput!) { updateInstrumentDraft(input: $i) { id version } }',
        variables: { i: { instrumentKey: matrixInstrumentKey(target.org), definitionJson: JSON.stringify({ ...draft, description: `Edited ${unique()}` }) } },
      };
    },
  },
  updateInstrumentItem: {
    access: ['ADMIN'],
    sample: async ({ app, target }) => {
      await freshMatrixDraft(app, target.org);
      return {
        query: 'mutation($i: UpdateInstrumentItemInput!) { updateInstrumentItem(input: $i) { id } }',
        variables: { i: { instrumentKey: matrixInstrumentKey(target.org), itemCode: 'D1.1', help: `Help ${unique()}.` } },
      };
    },
  },
  addInstrumentItem: {
    access: ['ADMIN'],
    sample: async ({ app, target }) => {
      await freshMatrixDraft(app, target.org);
      return {
        query: 'mutation($i: AddInstrumentItemInput!) { addInstrumentItem(input: $i) { id } }',
        variables: {
          i: {
            instrumentKey: matrixInstrumentKey(target.org), dimensionCode: 'D1', polarity: 'CORE', help: 'Look for it.',
            prompts: { self: `I ask ${unique()}.`, supervisor: 'The peer specialist asks.' },
          },
        },
      };
    },
  },
  retireInstrumentItem: {
    access: ['ADMIN'],
    sample: async ({ app, target }) => {
      await freshMatrixDraft(app, target.org);
      return {
        query: 'mutation($i: RetireInstrumentItemInput!) { retireInstrumentItem(input: $i) { id } }',
        variables: { i: { instrumentKey: matrixInstrumentKey(target.org), itemCode: 'D1.4', replacedByItemCode: 'D1.3' } },
      };
    },
  },
  moveInstrumentItem: {
    access: ['ADMIN'],
    sample: async ({ app, target }) => {
      await freshMatrixDraft(app, target.org);
      return {
        query: 'mutation($i: MoveInstrumentItemInput!) { moveInstrumentItem(input: $i) { id } }',
        variables: { i: { instrumentKey: matrixInstrumentKey(target.org), itemCode: 'D1.2', direction: 'UP' } },
      };
    },
  },
  publishInstrumentDraft: {
    access: ['ADMIN'],
    sample: async ({ app, target }) => {
      await freshMatrixDraft(app, target.org);
      return { query: 'mutation($k: String!) { publishInstrumentDraft(instrumentKey: $k) { id version } }', variables: { k: matrixInstrumentKey(target.org) } };
    },
  },
  discardInstrumentDraft: {
    access: ['ADMIN'],
    sample: async ({ app, target }) => {
      await freshMatrixDraft(app, target.org);
      return { query: 'mutation($k: String!) { discardInstrumentDraft(instrumentKey: $k) }', variables: { k: matrixInstrumentKey(target.org) } };
    },
  },
  importInstrument: {
    // A key of its own each time, so the import always succeeds (in the caller's organisation).
    access: ['ADMIN'], foreign: 'DATA',
    sample: () => ({
      query: 'mutation($i: ImportInstrumentInput!) { importInstrument(input: $i) { id version } }',
      variables: { i: { format: 'JSON', content: JSON.stringify(matrixDefinition(`matrix-import-${unique()}`)) } },
    }),
  },
};

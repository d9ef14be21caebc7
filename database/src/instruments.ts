import { MUTUALITY_FIDELITY_V1, type InstrumentDefinition } from '@tandem/shared';
import type { EntityManager } from 'typeorm';

/** The instruments every organisation starts with. */
export const DEFAULT_INSTRUMENTS: InstrumentDefinition[] = [MUTUALITY_FIDELITY_V1];

/**
 * Makes sure the organisation has each default instrument with its version 1 published. Idempotent.
 * Runs inside a transaction that already has the tenant set (or as the owner).
 */
export async function ensureDefaultInstruments(em: EntityManager, organizationId: string): Promise<void> {
  for (const def of DEFAULT_INSTRUMENTS) {
    const [existing] = await em.query('SELECT id FROM instrument WHERE organization_id = $1 AND key = $2', [organizationId, def.key]);
    if (existing) continue;
    const [inst] = await em.query(
      `INSERT INTO instrument (organization_id, key, title, description, level) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [organizationId, def.key, def.title, def.description, def.level],
    );
    await em.query(
      `INSERT INTO instrument_version (organization_id, instrument_id, version, status, definition, published_at)
       VALUES ($1, $2, $3, 'PUBLISHED', $4, app_now())`,
      [organizationId, inst.id, def.version, JSON.stringify(def)],
    );
  }
}

/** Start-up step (owner connection): gives every organisation created before a new default instrument its copy. */
export async function ensureDefaultInstrumentsForAll(em: EntityManager): Promise<void> {
  // One query finds the organisations that lack a default instrument, so a start with thousands of tenants stays cheap.
  const orgs: { id: string }[] = await em.query(
    `SELECT o.id FROM organization o
     WHERE EXISTS (SELECT 1 FROM unnest($1::text[]) k WHERE NOT EXISTS (SELECT 1 FROM instrument i WHERE i.organization_id = o.id AND i.key = k))`,
    [DEFAULT_INSTRUMENTS.map((d) => d.key)],
  );
  for (const org of orgs) await ensureDefaultInstruments(em, org.id);
}

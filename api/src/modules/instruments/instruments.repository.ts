import { InstrumentEntity, InstrumentVersionEntity } from '@tandem/database';
import type { InstrumentDefinition } from '@tandem/shared';
import type { EntityManager } from 'typeorm';
import { entityFrom } from '../../common/entity-rows';
import { namedQuery } from '../../common/named-sql';
import { appNow } from '../../common/sql-time';

/**
 * Instruments and their versions on the EntityManager of the request's tenant transaction (call inside `ctx.db.run`).
 * A version's `definition` column holds an InstrumentDefinition (checked on the way in).
 */

/** The organisation's instruments by title: those with a published version, or all of them. */
export function listInstruments(em: EntityManager, includeUnpublished: boolean): Promise<InstrumentEntity[]> {
  const qb = em.getRepository(InstrumentEntity).createQueryBuilder('i');
  if (!includeUnpublished) {
    qb.where(`EXISTS (SELECT 1 FROM instrument_version v WHERE v.instrument_id = i.id AND v.status = 'PUBLISHED')`);
  }
  return qb.orderBy('i.title').getMany();
}

/** The instrument with `key`; `lock` holds its row for the rest of the transaction (serialises editors). */
export function instrumentByKey(em: EntityManager, key: string, lock = false): Promise<InstrumentEntity | null> {
  const qb = em.getRepository(InstrumentEntity).createQueryBuilder('i').where('i.key = :key', { key });
  if (lock) qb.setLock('pessimistic_write');
  return qb.getOne();
}

/** Takes the instrument's row lock for the rest of the transaction. */
export async function lockInstrument(em: EntityManager, instrumentId: string): Promise<void> {
  await em.getRepository(InstrumentEntity).createQueryBuilder('i').select('i.id').where('i.id = :instrumentId', { instrumentId })
    .setLock('pessimistic_write').getOne();
}

/** The newest published version (what new checklists are filled in against). */
export function newestPublished(em: EntityManager, instrumentId: string): Promise<InstrumentVersionEntity | null> {
  return em.getRepository(InstrumentVersionEntity).findOne({ where: { instrumentId, status: 'PUBLISHED' }, order: { version: 'DESC' } });
}

/** Every version of an instrument, newest first. */
export function versionsOf(em: EntityManager, instrumentId: string): Promise<InstrumentVersionEntity[]> {
  return em.getRepository(InstrumentVersionEntity).find({ where: { instrumentId }, order: { version: 'DESC' } });
}

/** The instrument's draft, if any; `lock` holds its row for the rest of the transaction. */
export function draftOf(em: EntityManager, instrumentId: string, lock = false): Promise<InstrumentVersionEntity | null> {
  const qb = em.getRepository(InstrumentVersionEntity).createQueryBuilder('v')
    .where('v.instrumentId = :instrumentId', { instrumentId }).andWhere(`v.status = 'DRAFT'`);
  if (lock) qb.setLock('pessimistic_write');
  return qb.getOne();
}

export function versionById(em: EntityManager, id: string): Promise<InstrumentVersionEntity | null> {
  return em.getRepository(InstrumentVersionEntity).findOneBy({ id });
}

export function versionByNumber(em: EntityManager, instrumentId: string, version: number): Promise<InstrumentVersionEntity | null> {
  return em.getRepository(InstrumentVersionEntity).findOneBy({ instrumentId, version });
}

/** The highest version number any version of the instrument has (0 when none). */
export async function maxVersion(em: EntityManager, instrumentId: string): Promise<number> {
  const row = await em.getRepository(InstrumentVersionEntity).createQueryBuilder('v').select('max(v.version)::int', 'v')
    .where('v.instrumentId = :instrumentId', { instrumentId }).getRawOne<{ v: number | null }>();
  return row?.v ?? 0;
}

/** Every item code any version of the instrument has used (set-based over the definitions' JSON). */
export async function usedItemCodes(em: EntityManager, instrumentId: string): Promise<string[]> {
  const rows = await namedQuery<{ code: string | null }>(em,
    `SELECT DISTINCT item->>'code' AS code FROM instrument_version v, jsonb_array_elements(v.definition->'items') AS item
     WHERE v.instrument_id = :instrumentId`, { instrumentId });
  return rows.map((r) => r.code).filter((c): c is string => !!c);
}

export async function insertInstrument(em: EntityManager, organizationId: string, def: InstrumentDefinition): Promise<InstrumentEntity> {
  const result = await em.createQueryBuilder().insert().into(InstrumentEntity)
    .values({ organizationId, key: def.key, title: def.title, description: def.description, level: def.level }).returning('*').execute();
  return entityFrom(em, InstrumentEntity, result.raw as unknown[])!;
}

export async function insertDraft(
  em: EntityManager, organizationId: string, instrumentId: string, def: InstrumentDefinition, createdBy: string | null,
): Promise<InstrumentVersionEntity> {
  const result = await em.createQueryBuilder().insert().into(InstrumentVersionEntity)
    .values({ organizationId, instrumentId, version: def.version, status: 'DRAFT', definition: def, createdBy }).returning('*').execute();
  return entityFrom(em, InstrumentVersionEntity, result.raw as unknown[])!;
}

/** Replaces a draft's definition; undefined when the version is no longer a draft. */
export async function saveDraft(em: EntityManager, id: string, def: InstrumentDefinition): Promise<InstrumentVersionEntity | undefined> {
  const result = await em.createQueryBuilder().update(InstrumentVersionEntity).set({ definition: def })
    .where(`id = :id AND status = 'DRAFT'`, { id }).returning('*').execute();
  return entityFrom(em, InstrumentVersionEntity, result.raw as unknown[]);
}

/** Publishes a draft (published versions never change again: a trigger refuses it). */
export async function publishDraft(em: EntityManager, id: string): Promise<InstrumentVersionEntity | undefined> {
  const result = await em.createQueryBuilder().update(InstrumentVersionEntity).set({ status: 'PUBLISHED', publishedAt: appNow })
    .where(`id = :id AND status = 'DRAFT'`, { id }).returning('*').execute();
  return entityFrom(em, InstrumentVersionEntity, result.raw as unknown[]);
}

/** The instrument's title, description and level follow its newest published version. */
export async function updateInstrumentText(em: EntityManager, id: string, def: InstrumentDefinition): Promise<void> {
  await em.getRepository(InstrumentEntity).update({ id }, { title: def.title, description: def.description, level: def.level });
}

/** Deletes a draft; false when it was no longer a draft. */
export async function deleteDraft(em: EntityManager, id: string): Promise<boolean> {
  const result = await em.getRepository(InstrumentVersionEntity).delete({ id, status: 'DRAFT' });
  return result.affected === 1;
}

import { LexiconEntryEntity, MetricRollupEntity, TeamEntity } from '@tandem/database';
import type { EntityManager } from 'typeorm';
import { namedQuery } from '../../common/named-sql';
import type { Viewer } from '../../common/request-context';
import { teamWhere } from '../../common/scope';

/** The language feature's reads and writes, on the EntityManager of the request's tenant transaction (call inside `ctx.db.run`). */

export type LexiconRecord = Pick<LexiconEntryEntity, 'id' | 'phrase' | 'phraseKey' | 'pattern' | 'weight' | 'alternative' | 'variants'>;
/** One team × month × metric cell of the note-language rollups. */
export type LanguageCell = Pick<MetricRollupEntity, 'teamId' | 'metric' | 'count' | 'sum'> & { month: string };

/** The organisation's own lexicon entries, oldest first. */
export function lexiconEntries(em: EntityManager): Promise<LexiconRecord[]> {
  return em.getRepository(LexiconEntryEntity).find({
    select: { id: true, phrase: true, phraseKey: true, pattern: true, weight: true, alternative: true, variants: true },
    order: { createdAt: 'ASC', phraseKey: 'ASC' },
  });
}

export function lexiconEntryByKey(em: EntityManager, phraseKey: string): Promise<LexiconEntryEntity | null> {
  return em.getRepository(LexiconEntryEntity).findOneBy({ phraseKey });
}

/** Adds the organisation's entry for a phrase, or replaces the one it has (one per phrase key). */
export async function upsertLexiconEntry(
  em: EntityManager, values: Pick<LexiconEntryEntity, 'organizationId' | 'phrase' | 'phraseKey' | 'pattern' | 'weight' | 'alternative' | 'variants' | 'updatedBy'>,
): Promise<void> {
  // On conflict TypeORM also sets updated_at to its default, app_now().
  await em.createQueryBuilder().insert().into(LexiconEntryEntity).values(values)
    .orUpdate(['phrase', 'pattern', 'weight', 'alternative', 'variants', 'updated_by'], ['organization_id', 'phrase_key'])
    .updateEntity(false).execute();
}

/** Deletes the organisation's entry for a phrase key; returns it, if there was one. */
export async function deleteLexiconEntry(em: EntityManager, phraseKey: string): Promise<Pick<LexiconEntryEntity, 'id' | 'phrase'> | undefined> {
  const result = await em.createQueryBuilder().delete().from(LexiconEntryEntity).where('phrase_key = :phraseKey', { phraseKey })
    .returning(['id', 'phrase']).execute();
  return (result.raw as Pick<LexiconEntryEntity, 'id' | 'phrase'>[])[0];
}

/** Teams for a language series: the given ones (archived included) or every active one, within the viewer's scope, by name. */
export async function seriesTeamIds(em: EntityManager, viewer: Viewer, teamIds: string[] | undefined): Promise<string[]> {
  const scope = teamWhere(viewer, 't.id');
  const qb = em.getRepository(TeamEntity).createQueryBuilder('t').select('t.id').where(scope.sql, scope.params);
  if (teamIds) qb.andWhere('t.id = ANY(:teamIds::uuid[])', { teamIds });
  else qb.andWhere('t.archivedAt IS NULL');
  const teams = await qb.orderBy('t.name').addOrderBy('t.id').getMany();
  return teams.map((t) => t.id);
}

/** The note-language rollup cells (rater type NOTE, metrics LANG:*) of the teams for the UTC months touching [from, to). */
export function languageCells(em: EntityManager, teamIds: string[], from: Date, to: Date): Promise<LanguageCell[]> {
  return namedQuery<LanguageCell>(em,
    `SELECT team_id AS "teamId", to_char(period_start, 'YYYY-MM') AS month, metric, count, sum FROM metric_rollup
     WHERE team_id = ANY(:teamIds::uuid[]) AND period_type = 'MONTH' AND rater_type = 'NOTE' AND metric LIKE 'LANG:%'
       AND period_start >= date_trunc('month', :from::timestamptz AT TIME ZONE 'UTC') AND period_start < :to`,
    { teamIds, from, to });
}

import {
  PersonEntity, ProgramEntity, SupervisionPolicyEntity, SupervisionRevisionEntity, SupervisionSeriesRevisionEntity, TeamEntity, TeamMembershipEntity,
} from '@tandem/database';
import { In, type EntityManager } from 'typeorm';
import { namedQuery } from '../../common/named-sql';
import type { ScopeWhere } from '../../common/scope';

/**
 * The compliance feature's reads and writes (policies, the supervisees counted, the supervision revision), on the
 * EntityManager of the request's tenant transaction (call them inside `ctx.db.run`).
 */

/** A supervisee compliance is worked out for: their start and their current team and program. */
export type CountedSupervisee = Pick<PersonEntity, 'id' | 'startedOn' | 'createdAt'>
  & { teamId: TeamMembershipEntity['teamId'] | null; programId: TeamEntity['programId'] | null };

export interface SuperviseeFilter {
  programId?: string | null;
  teamId?: string | null;
  superviseeId?: string | null;
}

/** Active staff the scope lets the viewer see, with their current team and program, by name. */
export function countedSupervisees(em: EntityManager, filter: SuperviseeFilter, scope: ScopeWhere): Promise<CountedSupervisee[]> {
  const qb = em.getRepository(PersonEntity).createQueryBuilder('p')
    .leftJoin(TeamMembershipEntity, 'tm', 'tm.personId = p.id AND tm.endsOn IS NULL')
    .leftJoin(TeamEntity, 't', 't.id = tm.teamId')
    .select('p.id', 'id').addSelect(`to_char(p.started_on, 'YYYY-MM-DD')`, 'startedOn').addSelect('p.createdAt', 'createdAt')
    .addSelect('tm.teamId', 'teamId').addSelect('t.programId', 'programId')
    .where('p.active').andWhere(`EXISTS (SELECT 1 FROM role_grant g WHERE g.person_id = p.id AND g.role = 'STAFF')`);
  if (filter.programId) qb.andWhere('t.programId = :programId', { programId: filter.programId });
  if (filter.teamId) qb.andWhere('tm.teamId = :teamId', { teamId: filter.teamId });
  if (filter.superviseeId) qb.andWhere('p.id = :superviseeId', { superviseeId: filter.superviseeId });
  return qb.andWhere(scope.sql, scope.params).orderBy('p.name').addOrderBy('p.id').getRawMany<CountedSupervisee>();
}

export function programExists(em: EntityManager, programId: string): Promise<boolean> {
  return em.getRepository(ProgramEntity).existsBy({ id: programId });
}

export async function policyOf(em: EntityManager, programId: string): Promise<SupervisionPolicyEntity | null> {
  return em.getRepository(SupervisionPolicyEntity).findOneBy({ programId });
}

/** The stored policies of the given programs (a program without one follows the default). */
export function policiesOf(em: EntityManager, programIds: string[]): Promise<SupervisionPolicyEntity[]> {
  if (programIds.length === 0) return Promise.resolve([]);
  return em.getRepository(SupervisionPolicyEntity).findBy({ programId: In(programIds) });
}

export type PolicyValues = Pick<SupervisionPolicyEntity, 'organizationId' | 'programId' | 'preset' | 'stages' | 'countingModalities' | 'minimumMinutes' | 'requireDocumentation' | 'updatedBy'>;

/** Creates or replaces a program's policy; returns when it was stored. */
export async function savePolicy(em: EntityManager, p: PolicyValues): Promise<Date> {
  const [row] = await namedQuery<Pick<SupervisionPolicyEntity, 'updatedAt'>>(em,
    `INSERT INTO supervision_policy (organization_id, program_id, preset, stages, counting_modalities, minimum_minutes, require_documentation, updated_by)
     VALUES (:organizationId, :programId, :preset, :stages::jsonb, :countingModalities::text[], :minimumMinutes, :requireDocumentation, :updatedBy)
     ON CONFLICT (organization_id, program_id) DO UPDATE SET preset = EXCLUDED.preset, stages = EXCLUDED.stages,
       counting_modalities = EXCLUDED.counting_modalities, minimum_minutes = EXCLUDED.minimum_minutes,
       require_documentation = EXCLUDED.require_documentation, updated_by = EXCLUDED.updated_by, updated_at = app_now()
     RETURNING updated_at AS "updatedAt"`,
    { ...p, stages: JSON.stringify(p.stages) });
  return row!.updatedAt;
}

/** The organisation's supervision revision token (replaced by triggers on every supervision write); one indexed read. */
export async function supervisionRevision(em: EntityManager, organizationId: string): Promise<string | null> {
  const row = await em.getRepository(SupervisionRevisionEntity).createQueryBuilder('r').select('r.token', 'token')
    .where('r.organizationId = :organizationId', { organizationId }).getRawOne<Pick<SupervisionRevisionEntity, 'token'>>();
  return row?.token ?? null;
}

/** Every session's revision token (replaced by the same triggers for each session a write touched), by session id. */
export async function seriesRevisions(em: EntityManager, organizationId: string): Promise<Map<string, string>> {
  const rows = await em.getRepository(SupervisionSeriesRevisionEntity).createQueryBuilder('r').select('r.sessionId', 'sessionId').addSelect('r.token', 'token')
    .where('r.organizationId = :organizationId', { organizationId }).getRawMany<Pick<SupervisionSeriesRevisionEntity, 'sessionId' | 'token'>>();
  return new Map(rows.map((r) => [r.sessionId, r.token]));
}

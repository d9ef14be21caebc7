import {
  ChecklistEntity, OrganizationEntity, PersonEntity, RoleGrantEntity, SupervisionAssignmentEntity, TeamMembershipEntity,
} from '@tandem/database';
import type { EntityManager } from 'typeorm';
import { peopleQuery } from '../../common/loaders';
import { namedQuery } from '../../common/named-sql';
import type { Viewer } from '../../common/request-context';
import { personWhere } from '../../common/scope';
import type { PeopleFilterInput } from './person.inputs';
import { keepUpdatedAt } from '../../common/sql-time';

/**
 * The people feature's set-based reads and writes, on the EntityManager of the request's tenant transaction (call them
 * inside `ctx.db.run`). Query builders over the entities with named parameters; SQL text only where it says more.
 */

/** One page of the people the viewer may see, with the total, matching `filter`. */
export function searchPeople(em: EntityManager, viewer: Viewer, filter: PeopleFilterInput, skip: number, take: number): Promise<[PersonEntity[], number]> {
  const scope = personWhere(viewer, 'p.id');
  const qb = peopleQuery(em).where(scope.sql, scope.params);
  const search = filter.search?.trim().replace(/[%_\\]/g, (c) => `\\${c}`);
  if (search) qb.andWhere(`(p.name ILIKE '%' || :search || '%' OR p.email ILIKE '%' || :search || '%')`, { search });
  if (filter.teamId) {
    qb.andWhere('EXISTS (SELECT 1 FROM team_membership tm WHERE tm.person_id = p.id AND tm.ends_on IS NULL AND tm.team_id = :teamId)', { teamId: filter.teamId });
  }
  if (filter.role) qb.andWhere('EXISTS (SELECT 1 FROM role_grant g WHERE g.person_id = p.id AND g.role = :role)', { role: filter.role });
  if (!filter.includeInactive) qb.andWhere('p.active');
  return qb.orderBy('p.name').addOrderBy('p.id').offset(skip).limit(take).getManyAndCount();
}

/** Current, active supervisees of `supervisorId` that the viewer may see, by name. */
export function currentSupervisees(em: EntityManager, viewer: Viewer, supervisorId: string): Promise<PersonEntity[]> {
  const scope = personWhere(viewer, 'p.id');
  return peopleQuery(em)
    .innerJoin(SupervisionAssignmentEntity, 'sa', 'sa.superviseeId = p.id AND sa.endsOn IS NULL')
    .where('sa.supervisorId = :supervisorId', { supervisorId }).andWhere('p.active').andWhere(scope.sql, scope.params)
    .orderBy('p.name').getMany();
}

/** Whether the address belongs to an account in any organisation (a SECURITY DEFINER lookup across tenants). */
export async function isEmailTaken(em: EntityManager, email: string): Promise<boolean> {
  const [row] = await namedQuery<{ taken: boolean }>(em, 'SELECT auth_email_taken(:email) AS taken', { email });
  return row?.taken === true;
}

/** Name, address and organisation name for a message to `personId`. */
export function addresseeOf(em: EntityManager, personId: string): Promise<(Pick<PersonEntity, 'name' | 'email'> & { org: string }) | undefined> {
  return em.getRepository(PersonEntity).createQueryBuilder('p').innerJoin(OrganizationEntity, 'o', 'o.id = p.organizationId')
    .select('p.name', 'name').addSelect('p.email', 'email').addSelect('o.name', 'org').where('p.id = :personId', { personId }).getRawOne();
}

/** Active administrators, optionally not counting `exceptPersonId`. */
export async function activeAdminCount(em: EntityManager, exceptPersonId?: string): Promise<number> {
  const qb = em.getRepository(RoleGrantEntity).createQueryBuilder('g').innerJoin(PersonEntity, 'p', 'p.id = g.personId')
    .where(`g.role = 'ADMIN'`).andWhere('p.active');
  if (exceptPersonId) qb.andWhere('p.id <> :exceptPersonId', { exceptPersonId });
  return qb.getCount();
}

/** Whether `personId` is an active person holding the SUPERVISOR role. */
export function isActiveSupervisor(em: EntityManager, personId: string): Promise<boolean> {
  return em.getRepository(RoleGrantEntity).createQueryBuilder('g').innerJoin(PersonEntity, 'p', 'p.id = g.personId')
    .where(`g.role = 'SUPERVISOR'`).andWhere('p.id = :personId', { personId }).andWhere('p.active').getExists();
}

/** Ends `personId`'s open team membership the day before `startsOn` (never before it began). */
export async function endOpenMembership(em: EntityManager, personId: string, startsOn: string): Promise<void> {
  await em.createQueryBuilder().update(TeamMembershipEntity).set({ endsOn: () => 'GREATEST(starts_on, :startsOn::date - 1)' })
    .where('person_id = :personId AND ends_on IS NULL', { personId, startsOn }).execute();
}

/** Ends `superviseeId`'s open supervision assignment the day before `startsOn` (never before it began). */
export async function endOpenAssignment(em: EntityManager, superviseeId: string, startsOn: string): Promise<void> {
  await em.createQueryBuilder().update(SupervisionAssignmentEntity).set({ endsOn: () => 'GREATEST(starts_on, :startsOn::date - 1)' })
    .where('supervisee_id = :superviseeId AND ends_on IS NULL', { superviseeId, startsOn }).execute();
}

/** Checklists about `personId` submitted on or after `since` that are not attributed to `teamId`. */
export async function submittedElsewhereSince(em: EntityManager, personId: string, since: string, teamId: string): Promise<string[]> {
  const rows = await em.getRepository(ChecklistEntity).createQueryBuilder('c').select('c.id')
    .where('c.subjectId = :personId', { personId }).andWhere(`c.status = 'SUBMITTED'`)
    .andWhere('c.submittedAt >= :since::date', { since }).andWhere('c.teamId IS DISTINCT FROM :teamId', { teamId }).getMany();
  return rows.map((c) => c.id);
}

/** Attributes checklists to another team, leaving their `updated_at` as it was (a re-attribution is not an edit). */
export async function attributeChecklists(em: EntityManager, ids: string[], teamId: string): Promise<void> {
  await em.createQueryBuilder().update(ChecklistEntity).set({ teamId, updatedAt: keepUpdatedAt })
    .where('id = ANY(:ids::uuid[])', { ids }).execute();
}

import { PersonEntity, RoleGrantEntity, TeamEntity } from '@tandem/database';
import { IsNull, type EntityManager } from 'typeorm';
import { namedQuery } from '../../common/named-sql';

/** What the roster import needs to know about a person already in the organisation. */
export type RosterPerson = Pick<PersonEntity, 'id' | 'email' | 'active'> & { supervisor: boolean };

/**
 * The roster import's reads and writes, on the EntityManager of the request's tenant transaction (call them inside
 * `ctx.db.run`), with named parameters.
 */

/** Active teams by id and name. */
export function activeTeams(em: EntityManager): Promise<Pick<TeamEntity, 'id' | 'name'>[]> {
  return em.getRepository(TeamEntity).find({ select: { id: true, name: true }, where: { archivedAt: IsNull() } });
}

/** People of the organisation with one of these addresses, and whether each holds the SUPERVISOR role. */
export function peopleByEmail(em: EntityManager, emails: string[]): Promise<RosterPerson[]> {
  return em.getRepository(PersonEntity).createQueryBuilder('p')
    .select('p.id', 'id').addSelect('p.email', 'email').addSelect('p.active', 'active')
    .addSelect(`EXISTS (SELECT 1 FROM role_grant g WHERE g.person_id = p.id AND g.role = 'SUPERVISOR')`, 'supervisor')
    .where('p.email = ANY(:emails::text[])', { emails }).getRawMany<RosterPerson>();
}

/** Those of `emails` that already have an account somewhere (a SECURITY DEFINER lookup across tenants). */
export async function emailsTaken(em: EntityManager, emails: string[]): Promise<Set<string>> {
  const rows = await namedQuery<{ email: string }>(em, 'SELECT e AS email FROM unnest(:emails::text[]) e WHERE auth_email_taken(e)', { emails });
  return new Set(rows.map((r) => r.email));
}

/** Ids of the active administrators. */
export async function activeAdminIds(em: EntityManager): Promise<Set<string>> {
  const rows = await em.getRepository(RoleGrantEntity).createQueryBuilder('g').innerJoin(PersonEntity, 'p', 'p.id = g.personId')
    .select('p.id', 'id').where(`g.role = 'ADMIN'`).andWhere('p.active').getRawMany<{ id: string }>();
  return new Set(rows.map((r) => r.id));
}

/** Removes `personId`'s grants of roles not in `keep`; returns the roles the person still holds. */
export async function keepOnlyRoles(em: EntityManager, personId: string, keep: string[]): Promise<string[]> {
  await em.createQueryBuilder().delete().from(RoleGrantEntity)
    .where('person_id = :personId AND role <> ALL(:keep::text[])', { personId, keep }).execute();
  const left = await em.getRepository(RoleGrantEntity).find({ select: { id: true, role: true }, where: { personId } });
  return left.map((g) => g.role);
}

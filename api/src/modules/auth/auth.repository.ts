import {
  AuditEventEntity, AuthSessionEntity, InvitationEntity, OrganizationEntity, PasswordResetEntity, PersonEntity,
} from '@tandem/database';
import type { EntityManager } from 'typeorm';
import type { RequestDb } from '../../common/request-db';
import { appNow } from '../../common/sql-time';

/**
 * Accounts, invitations and reset links on the EntityManager of a tenant transaction (the request's, or the one of a
 * public token's organisation). Time comes from the business clock (`app_now()`); tokens are stored as hashes only.
 */

/** A person with the name of their organisation (for messages and the password rules). */
export type AccountHolder = Pick<PersonEntity, 'id' | 'name' | 'email' | 'active' | 'passwordHash'> & { organizationName: OrganizationEntity['name'] };

/** The person and their organisation's name, password hash included. */
export function accountHolder(em: EntityManager, personId: string): Promise<AccountHolder | undefined> {
  return em.getRepository(PersonEntity).createQueryBuilder('p').innerJoin(OrganizationEntity, 'o', 'o.id = p.organizationId')
    .select('p.id', 'id').addSelect('p.name', 'name').addSelect('p.email', 'email').addSelect('p.active', 'active')
    .addSelect('p.passwordHash', 'passwordHash').addSelect('o.name', 'organizationName')
    .where('p.id = :personId', { personId }).getRawOne<AccountHolder>();
}

/** Sets a person's password hash. */
export async function setPasswordHash(em: EntityManager, personId: string, passwordHash: string): Promise<void> {
  await em.createQueryBuilder().update(PersonEntity).set({ passwordHash, updatedAt: appNow }).where('id = :personId', { personId }).execute();
}

/** Ends a person's open sessions (all, or all but `exceptSessionId`); returns how many were open. */
export async function revokeSessions(em: EntityManager, personId: string, exceptSessionId?: string): Promise<number> {
  const qb = em.createQueryBuilder().update(AuthSessionEntity).set({ revokedAt: appNow })
    .where('person_id = :personId AND revoked_at IS NULL', { personId });
  if (exceptSessionId) qb.andWhere('id <> :exceptSessionId', { exceptSessionId });
  return (await qb.execute()).affected ?? 0;
}

/** A new session row; returns its id. */
export async function insertSession(em: EntityManager, session: Pick<AuthSessionEntity, 'organizationId' | 'personId' | 'tokenHash' | 'expiresAt'>): Promise<string> {
  const { identifiers } = await em.createQueryBuilder().insert().into(AuthSessionEntity).values(session).returning('id').execute();
  return identifiers[0]!.id as string;
}

/** Ends one session if it is still open. */
export async function revokeSession(em: EntityManager, sessionId: string): Promise<void> {
  await em.createQueryBuilder().update(AuthSessionEntity).set({ revokedAt: appNow }).where('id = :sessionId AND revoked_at IS NULL', { sessionId }).execute();
}

/** Whom an invitation is for, and whether they already chose a password (a self-serve founder). */
export function invitationSummary(em: EntityManager, invitationId: string): Promise<{ name: string; email: string; org: string; chosen: boolean } | undefined> {
  return em.getRepository(InvitationEntity).createQueryBuilder('i')
    .innerJoin(PersonEntity, 'p', 'p.id = i.personId').innerJoin(OrganizationEntity, 'o', 'o.id = p.organizationId')
    .select('p.name', 'name').addSelect('p.email', 'email').addSelect('o.name', 'org').addSelect('i.passwordHash IS NOT NULL', 'chosen')
    .where('i.id = :invitationId', { invitationId }).getRawOne();
}

/**
 * Uses up an open invitation. Undefined when it was used already; otherwise the password the founder chose at sign-up
 * (null for an invited person, who chooses one now).
 */
export async function useInvitation(em: EntityManager, invitationId: string): Promise<Pick<InvitationEntity, 'passwordHash'> | undefined> {
  const result = await em.createQueryBuilder().update(InvitationEntity).set({ usedAt: appNow })
    .where('id = :invitationId AND used_at IS NULL', { invitationId }).returning('password_hash AS "passwordHash"').updateEntity(false).execute();
  return (result.raw as Pick<InvitationEntity, 'passwordHash'>[])[0];
}

/** Closes every open invitation link of the person. */
export async function closeInvitations(em: EntityManager, personId: string): Promise<void> {
  await em.createQueryBuilder().update(InvitationEntity).set({ usedAt: appNow })
    .where('person_id = :personId AND used_at IS NULL', { personId }).execute();
}

/** Closes every open password-reset link of the person. */
export async function closeResetLinks(em: EntityManager, personId: string): Promise<void> {
  await em.createQueryBuilder().update(PasswordResetEntity).set({ usedAt: appNow })
    .where('person_id = :personId AND used_at IS NULL', { personId }).execute();
}

/** Keeps a new reset link (its token's hash), open for `minutes` from now. */
export async function insertResetLink(
  em: EntityManager, row: Pick<PasswordResetEntity, 'organizationId' | 'personId' | 'tokenHash' | 'requestedBy'>, minutes: number,
): Promise<void> {
  await em.createQueryBuilder().insert().into(PasswordResetEntity)
    .values({ ...row, expiresAt: () => 'app_now() + make_interval(mins => :minutes)' }).setParameters({ minutes })
    .updateEntity(false).execute();
}

/** A reset link still open (unused, unexpired), locked until the transaction ends so it is used once. */
export async function lockOpenResetLink(em: EntityManager, resetId: string): Promise<Pick<PasswordResetEntity, 'requestedBy'> | undefined> {
  const row = await em.getRepository(PasswordResetEntity).createQueryBuilder('r').select(['r.id', 'r.requestedBy'])
    .where('r.id = :resetId', { resetId }).andWhere('r.usedAt IS NULL').andWhere('r.expiresAt > app_now()')
    .setLock('pessimistic_write').getOne();
  return row ?? undefined;
}

/** The audit row of a failed sign-in, written in the account's organisation (no one is signed in). */
export async function recordFailedLogin(
  em: EntityManager, row: { organizationId: string; personId: string; reason: 'inactive' | 'password'; requestId: string },
): Promise<void> {
  await em.createQueryBuilder().insert().into(AuditEventEntity).values({
    organizationId: row.organizationId, actorId: null, entity: 'person', entityId: row.personId, action: 'auth.login_failed',
    summary: { reason: row.reason }, requestId: row.requestId,
  }).updateEntity(false).execute();
}

// ---- before a tenant is known: narrow SECURITY DEFINER lookups across organisations, by address or token hash ----

/** The account an address signs in to, in whichever organisation it is. */
export type LoginAccount = { personId: PersonEntity['id']; organizationId: PersonEntity['organizationId'] } & Pick<PersonEntity, 'passwordHash' | 'active'>;

export async function findLoginAccount(db: RequestDb, email: string): Promise<LoginAccount | undefined> {
  const [row] = await db.preTenantQuery<LoginAccount>(
    'SELECT person_id AS "personId", organization_id AS "organizationId", password_hash AS "passwordHash", active FROM auth_find_login($1)', [email],
  );
  return row;
}

/** An open invitation by its token's hash. */
export type InvitationFound = { invitationId: InvitationEntity['id'] } & Pick<InvitationEntity, 'personId' | 'organizationId'>;

export async function findOpenInvitation(db: RequestDb, tokenHash: string): Promise<InvitationFound | undefined> {
  const [row] = await db.preTenantQuery<InvitationFound>(
    'SELECT invitation_id AS "invitationId", person_id AS "personId", organization_id AS "organizationId" FROM auth_find_invitation($1)', [tokenHash],
  );
  return row;
}

/** An open password-reset link by its token's hash. */
export type ResetLinkFound = { resetId: PasswordResetEntity['id'] } & Pick<PasswordResetEntity, 'personId' | 'organizationId'>;

export async function findOpenResetLink(db: RequestDb, tokenHash: string): Promise<ResetLinkFound | undefined> {
  const [row] = await db.preTenantQuery<ResetLinkFound>(
    'SELECT reset_id AS "resetId", person_id AS "personId", organization_id AS "organizationId" FROM auth_find_password_reset($1)', [tokenHash],
  );
  return row;
}

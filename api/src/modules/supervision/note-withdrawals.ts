// Signatures that a later change took back: recorded as history and shown on the note.
import { SupervisionSignatureWithdrawalEntity } from '@tandem/database';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../common/request-context';
import { signingOrderOf, type NoteSigningOrderEnum, type SignatureWithdrawalKindEnum } from './signing.model';
import { appNow } from '../../common/sql-time';

export interface Withdrawal {
  personId: string;
  kind: `${SignatureWithdrawalKindEnum}`;
  signedAt: Date;
}

/** The organisation's signing order, once per request. */
export async function noteSigningOrder(ctx: RequestContext): Promise<NoteSigningOrderEnum> {
  const key = 'supervision:noteSigningOrder';
  if (!ctx.memo.has(key)) ctx.memo.set(key, ctx.loaders.organization.load(ctx.viewer!.organizationId).then((o) => signingOrderOf(o?.settings)));
  return ctx.memo.get(key) as Promise<NoteSigningOrderEnum>;
}

/** Records what `changedBy`'s change took back, stamped with the business clock (the column's own default is the wall clock). */
export async function recordWithdrawals(
  em: EntityManager, organizationId: string, noteId: string, changedBy: string, withdrawals: Withdrawal[],
): Promise<void> {
  if (withdrawals.length === 0) return;
  await em.createQueryBuilder().insert().into(SupervisionSignatureWithdrawalEntity).values(withdrawals.map((w) => ({
    organizationId, noteId, personId: w.personId, kind: w.kind, signedAt: w.signedAt, changedBy, createdAt: appNow,
  }))).updateEntity(false).execute();
}

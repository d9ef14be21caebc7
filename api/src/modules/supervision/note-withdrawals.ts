// Signatures that a later change took back: recorded as history and shown on the note.
import type { RequestContext } from '../../common/request-context';
import { signingOrderOf, type NoteSigningOrderEnum, type SignatureWithdrawalKindEnum, type SignatureWithdrawalModel } from './signing.model';

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

export async function recordWithdrawals(ctx: RequestContext, noteId: string, withdrawals: Withdrawal[]): Promise<void> {
  for (const w of withdrawals) {
    await ctx.db.query(
      `INSERT INTO supervision_signature_withdrawal (organization_id, note_id, person_id, kind, signed_at, changed_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, app_now())`,
      [ctx.db.organizationId, noteId, w.personId, w.kind, w.signedAt, ctx.viewer!.personId],
    );
  }
}

export async function withdrawalsOf(ctx: RequestContext, noteId: string): Promise<SignatureWithdrawalModel[]> {
  const rows = await ctx.db.query<{ person_id: string; kind: SignatureWithdrawalKindEnum; signed_at: Date; created_at: Date; changed_by: string }>(
    'SELECT person_id, kind, signed_at, created_at, changed_by FROM supervision_signature_withdrawal WHERE note_id = $1 ORDER BY created_at, kind, person_id',
    [noteId],
  );
  return rows.map((r) => ({ personId: r.person_id, kind: r.kind, signedAt: r.signed_at, withdrawnAt: r.created_at, changedById: r.changed_by }));
}

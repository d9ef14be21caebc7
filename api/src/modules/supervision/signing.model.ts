import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { SupervisionSignatureWithdrawalEntity } from '@tandem/database';

export enum NoteSigningOrderEnum {
  SUPERVISEES_FIRST = 'SUPERVISEES_FIRST',
  EITHER = 'EITHER',
}
registerEnumType(NoteSigningOrderEnum, {
  name: 'NoteSigningOrder',
  description: 'SUPERVISEES_FIRST (default): the supervisor finalises, supervisees sign, the supervisor counter-signs last. EITHER: the supervisor may sign once the note is finalised.',
});

export enum SignatureWithdrawalKindEnum {
  FINALIZED = 'FINALIZED',
  SUPERVISOR_SIGNATURE = 'SUPERVISOR_SIGNATURE',
  SUPERVISEE_SIGNATURE = 'SUPERVISEE_SIGNATURE',
}
registerEnumType(SignatureWithdrawalKindEnum, { name: 'SignatureWithdrawalKind', description: 'What a later change took back.' });

@ObjectType('SignatureWithdrawal', { description: 'A signature (or the finalisation) withdrawn because the note changed afterwards; kept as history.' })
export class SignatureWithdrawalModel {
  @Field(() => String) personId: string;
  @Field(() => SignatureWithdrawalKindEnum) kind: SignatureWithdrawalKindEnum;
  @Field({ description: 'When it had been signed (or finalised).' }) signedAt: Date;
  @Field({ description: 'When the change withdrew it.' }) withdrawnAt: Date;
  @Field(() => String, { description: 'Who changed the note.' }) changedById: string;
}

/** organization.settings.noteSigningOrder, SUPERVISEES_FIRST unless set. */
export function signingOrderOf(settings: Record<string, unknown> | null | undefined): NoteSigningOrderEnum {
  return settings?.noteSigningOrder === 'EITHER' ? NoteSigningOrderEnum.EITHER : NoteSigningOrderEnum.SUPERVISEES_FIRST;
}

export function toSignatureWithdrawalModel(w: SupervisionSignatureWithdrawalEntity): SignatureWithdrawalModel {
  return { personId: w.personId, kind: w.kind as SignatureWithdrawalKindEnum, signedAt: w.signedAt, withdrawnAt: w.createdAt, changedById: w.changedBy };
}

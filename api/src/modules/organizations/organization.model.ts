import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { OrganizationEntity } from '@tandem/database';
import { NoteSigningOrderEnum, signingOrderOf } from '../supervision/signing.model';

@ObjectType('Organization')
export class OrganizationModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({ description: 'Whether program managers may read supervision note text (policy).' }) managersReadNotes: boolean;
  @Field(() => NoteSigningOrderEnum, { description: 'The order in which supervision notes are signed.' }) noteSigningOrder: NoteSigningOrderEnum;
  @Field() createdAt: Date;
}

export function toOrganizationModel(org: OrganizationEntity): OrganizationModel {
  return { id: org.id, name: org.name, managersReadNotes: org.settings?.managersReadNotes === true, noteSigningOrder: signingOrderOf(org.settings), createdAt: org.createdAt };
}

import { Field, ID, ObjectType } from '@nestjs/graphql';
import { NoteSigningOrderEnum, signingOrderOf } from '../supervision/signing.model';

@ObjectType('Organization')
export class OrganizationModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({ description: 'Whether program managers may read supervision note text (policy).' }) managersReadNotes: boolean;
  @Field(() => NoteSigningOrderEnum, { description: 'The order in which supervision notes are signed.' }) noteSigningOrder: NoteSigningOrderEnum;
  @Field() createdAt: Date;
}

export function toOrganizationModel(row: { id: string; name: string; settings: Record<string, unknown>; created_at: Date }): OrganizationModel {
  return { id: row.id, name: row.name, managersReadNotes: row.settings?.managersReadNotes === true, noteSigningOrder: signingOrderOf(row.settings), createdAt: row.created_at };
}

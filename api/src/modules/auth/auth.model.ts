import { Field, ObjectType } from '@nestjs/graphql';
import { PersonModel } from '../people/person.model';

@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field({ description: 'Bearer token for scripts; browsers use the httpOnly cookie set at the same time.' }) token: string;
  @Field(() => PersonModel) person: PersonModel;
}

@ObjectType('InvitationPreview')
export class InvitationPreviewModel {
  @Field() personName: string;
  @Field() email: string;
  @Field() organizationName: string;
  @Field({ description: 'True for a self-serve founder, who chose a password at sign-up: opening the link only confirms the address.' })
  passwordChosen: boolean;
}

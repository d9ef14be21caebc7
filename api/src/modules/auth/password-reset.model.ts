import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('PasswordResetPreview', { description: 'Whose password a reset link changes (shown on the set-a-new-password page).' })
export class PasswordResetPreviewModel {
  @Field() personName: string;
  @Field() email: string;
  @Field() organizationName: string;
}

import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { Trim } from '../../common/trim';

@InputType()
export class CreateProgramInput {
  @Field() @Trim() @IsString() @Length(2, 120, { message: 'Program name must be 2–120 characters' }) name: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(1000) description?: string;
}

@InputType()
export class UpdateProgramInput {
  @Field(() => ID) @IsUUID('all', { message: 'programId must be an id' }) programId: string;
  @Field({ nullable: true }) @Trim() @IsOptional() @IsString() @Length(2, 120) name?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(1000) description?: string;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() archived?: boolean;
}

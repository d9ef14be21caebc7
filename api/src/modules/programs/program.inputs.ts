import { Field, ID, InputType } from '@nestjs/graphql';
import { TEXT_LIMITS } from '@tandem/shared';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { TextField } from '../../common/text';
import { Trim } from '../../common/trim';

@InputType()
export class CreateProgramInput {
  @TextField({ max: TEXT_LIMITS.programName, min: 2, minMessage: 'Program name must be at least 2 characters' }) @Trim() name: string;
  @TextField({ max: TEXT_LIMITS.description, nullable: true }) description?: string;
}

@InputType()
export class UpdateProgramInput {
  @Field(() => ID) @IsUUID('all', { message: 'programId must be an id' }) programId: string;
  @TextField({ max: TEXT_LIMITS.programName, min: 2, minMessage: 'Program name must be at least 2 characters', nullable: true }) @Trim() name?: string;
  @TextField({ max: TEXT_LIMITS.description, nullable: true }) description?: string;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() archived?: boolean;
}

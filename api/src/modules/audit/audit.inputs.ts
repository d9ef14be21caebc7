import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { TEXT_LIMITS } from '@tandem/shared';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, Min } from 'class-validator';
import { DateScalar } from '../../common/scalars';
import { TextField } from '../../common/text';

export enum AuditViewEnum {
  /** Changes to records (everything but sign-ins and note reads). */
  CHANGES = 'CHANGES',
  /** Sign-ins, sign-outs, failed sign-ins and password events. */
  SIGN_INS = 'SIGN_INS',
  /** Reads of supervision note text. */
  NOTE_READS = 'NOTE_READS',
  ALL = 'ALL',
}
registerEnumType(AuditViewEnum, {
  name: 'AuditView',
  valuesMap: {
    CHANGES: { description: 'Changes to records: everything but sign-ins and note reads.' },
    SIGN_INS: { description: 'Sign-ins, sign-outs, failed sign-ins and password events.' },
    NOTE_READS: { description: 'Who read which supervision note’s text, and in what capacity.' },
    ALL: { description: 'Everything.' },
  },
});

export const AUDIT_PAGE_MAX = 100;
export const AUDIT_CURSOR_MAX = 120;

@InputType({ description: 'Filters of the audit log (all optional; they combine with AND).' })
export class AuditFilterInput {
  @Field(() => AuditViewEnum, { nullable: true, defaultValue: AuditViewEnum.CHANGES }) @IsOptional() @IsEnum(AuditViewEnum) view?: AuditViewEnum;
  @Field(() => ID, { nullable: true, description: 'Events done by this person or about them (their person record).' })
  @IsOptional() @IsUUID('all', { message: 'personId must be a person id' }) personId?: string;
  @TextField({ max: TEXT_LIMITS.auditAction, nullable: true, description: 'One action, e.g. person.roles_changed (see auditActions).' }) action?: string;
  @TextField({ max: TEXT_LIMITS.auditEntity, nullable: true, description: 'One kind of record, e.g. person, checklist.' }) entity?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'entityId must be an id' }) entityId?: string;
  @Field(() => DateScalar, { nullable: true, description: 'From this day (UTC), inclusive.' }) @IsOptional() @IsString() from?: string;
  @Field(() => DateScalar, { nullable: true, description: 'To this day (UTC), inclusive.' }) @IsOptional() @IsString() to?: string;
}

@InputType()
export class AuditEventsInput extends AuditFilterInput {
  @Field(() => Int, { nullable: true, defaultValue: 50, description: `Page size, 1–${AUDIT_PAGE_MAX}.` })
  @IsOptional() @IsInt() @Min(1, { message: 'first must be at least 1' }) @Max(AUDIT_PAGE_MAX, { message: `first can be at most ${AUDIT_PAGE_MAX}` }) first?: number;
  @TextField({ max: AUDIT_CURSOR_MAX, nullable: true, description: 'pageInfo.endCursor of the previous page.' }) after?: string;
}

import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsUUID, Matches, Max, Min, ValidateNested } from 'class-validator';
import { TEXT_LIMITS } from '@tandem/shared';
import { PageInput } from '../../common/page';
import { TextField } from '../../common/text';
import { NotificationChannel, NotificationKind } from './notifications.model';
import type { PreferenceKind } from './notification-kinds';

@InputType()
export class NotificationsInput {
  @Field({ defaultValue: false, description: 'Only entries not read yet.' }) @IsOptional() @IsBoolean() unreadOnly: boolean = false;
  @Field(() => PageInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => PageInput) page?: PageInput;
}

@InputType()
export class MarkNotificationReadInput {
  @Field(() => ID) @IsUUID('all', { message: 'Not a notification id.' }) id: string;
}

@InputType()
export class SetNotificationPreferenceInput {
  @Field(() => NotificationKind) @IsEnum(NotificationKind) kind: PreferenceKind;
  @Field(() => NotificationChannel) @IsEnum(NotificationChannel) channel: NotificationChannel;
}

@InputType()
export class UpdateNotificationSettingsInput {
  @TextField({ max: TEXT_LIMITS.timeZone, description: 'IANA time zone, e.g. Europe/London.' }) timeZone: string;
  @Field(() => Int, { description: 'ISO weekday, 1 = Monday … 7 = Sunday.' }) @IsInt() @Min(1) @Max(7) digestWeekday: number;
  @TextField({ max: 5, description: 'Local time HH:MM (24-hour).' }) @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Use a time like 08:30.' }) digestTime: string;
  @Field({ nullable: true, description: 'Also send the digest when there is nothing new (an "all quiet" line). Unchanged when left out.' })
  @IsOptional() @IsBoolean() digestWhenQuiet?: boolean;
}

@InputType()
export class RetryOutboxMessageInput {
  @Field(() => ID) @IsUUID('all', { message: 'Not a message id.' }) id: string;
}

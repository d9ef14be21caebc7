import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Paginated } from '../../common/page';
import type { InboxEntry, NotificationSettings } from './notifications.repository';
import type { Preference } from './notifications.service';
import { PREFERENCE_KINDS, type PreferenceKind } from './notification-kinds';

export enum NotificationChannel {
  EMAIL = 'EMAIL',
  IN_APP = 'IN_APP',
  OFF = 'OFF',
}
registerEnumType(NotificationChannel, {
  name: 'NotificationChannel',
  description: 'How a person gets one kind of message: EMAIL (e-mail and in Tandem), IN_APP (only in Tandem), OFF.',
});

export const NotificationKind = Object.fromEntries(PREFERENCE_KINDS.map((k) => [k, k])) as { [K in PreferenceKind]: K };
registerEnumType(NotificationKind, { name: 'NotificationKind', description: 'A kind of message a person can choose how to get.' });

@ObjectType('Notification', { description: 'One entry of the signed-in person’s inbox (the bell).' })
export class NotificationModel {
  @Field(() => ID) id: string;
  @Field(() => String, { description: 'What it is about (a NotificationKind).' }) kind: string;
  @Field() title: string;
  @Field() body: string;
  @Field(() => String, { nullable: true, description: 'Path in the web app it leads to.' }) link: string | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) readAt: Date | null;
}

@ObjectType('NotificationPage')
export class NotificationPageModel extends Paginated(NotificationModel, 'NotificationPageBase') {
  @Field(() => Int, { description: 'Unread entries in the whole inbox.' }) unreadCount: number;
}

@ObjectType('NotificationPreference')
export class NotificationPreferenceModel {
  @Field(() => NotificationKind) kind: PreferenceKind;
  @Field({ description: 'Plain-language name of the kind.' }) label: string;
  @Field(() => NotificationChannel) channel: NotificationChannel;
}

@ObjectType('NotificationSettings', { description: 'The time zone reminders use and when the weekly digest comes.' })
export class NotificationSettingsModel {
  @Field() timeZone: string;
  @Field(() => Int, { description: 'ISO weekday of the digest, 1 = Monday.' }) digestWeekday: number;
  @Field({ description: 'Local time of the digest, HH:MM.' }) digestTime: string;
  @Field({ description: 'Send the weekly digest with a short "all quiet" line when there is nothing new (default: only when there is something).' })
  digestWhenQuiet: boolean;
}

export const toNotificationModel = (n: InboxEntry): NotificationModel => ({
  id: n.id, kind: n.kind, title: n.title, body: n.body, link: n.link, createdAt: n.createdAt, readAt: n.readAt,
});
export const toPreferenceModel = (p: Preference): NotificationPreferenceModel => ({
  kind: p.kind, label: p.label, channel: p.channel as NotificationChannel,
});
export const toSettingsModel = (s: NotificationSettings): NotificationSettingsModel => ({
  timeZone: s.timeZone, digestWeekday: s.digestWeekday, digestTime: s.digestTime, digestWhenQuiet: s.digestWhenQuiet,
});

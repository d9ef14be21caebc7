import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OrganizationEntity } from './organization.entity';
import { PersonEntity } from './person.entity';

/** One in-app notification for one person (the bell). Unique per recipient and message key; only `read_at` changes. */
@Entity({ name: 'notification' })
@Index('notification_org_recipient_key_uq', ['organizationId', 'recipientId', 'messageKey'], { unique: true })
@Index('notification_org_recipient_created_idx', ['organizationId', 'recipientId', 'createdAt', 'id'])
@ForeignKey(() => OrganizationEntity, ['organizationId'], ['id'], { name: 'notification_organization_id_fkey' })
@ForeignKey(() => PersonEntity, ['organizationId', 'recipientId'], ['organizationId', 'id'], { name: 'notification_organization_id_recipient_id_fkey', onDelete: 'CASCADE' })
@Check('notification_kind_check', "(kind ~ '^[A-Z][A-Z_]{0,39}$'::text)")
@Check('notification_title_check', "((length(title) >= 1) AND (length(title) <= 200))")
@Check('notification_body_check', "(length(body) <= 2000)")
@Check('notification_link_check', "(length(link) <= 500)")
@Check('notification_message_key_check', "(length(message_key) <= 300)")
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organization_id' }) organizationId: string;
  @Column('uuid', { name: 'recipient_id' }) recipientId: string;
  @Column('text') kind: string;
  @Column('text') title: string;
  @Column('text') body: string;
  /** Path inside the web app the notification leads to. */
  @Column('text', { nullable: true }) link: string | null;
  @Column('text', { name: 'message_key' }) messageKey: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'app_now()' }) createdAt: Date;
  @Column('timestamptz', { name: 'read_at', nullable: true }) readAt: Date | null;
}

/** A person's choice for one kind of message: EMAIL (e-mail and in-app), IN_APP, or OFF. No row = the kind's default. */
@Entity({ name: 'notification_preference' })
@ForeignKey(() => OrganizationEntity, ['organizationId'], ['id'], { name: 'notification_preference_organization_id_fkey' })
@ForeignKey(() => PersonEntity, ['organizationId', 'personId'], ['organizationId', 'id'], { name: 'notification_preference_organization_id_person_id_fkey', onDelete: 'CASCADE' })
@Check('notification_preference_kind_check', "(kind ~ '^[A-Z][A-Z_]{0,39}$'::text)")
@Check('notification_preference_channel_check', "(channel = ANY (ARRAY['EMAIL'::text, 'IN_APP'::text, 'OFF'::text]))")
export class NotificationPreferenceEntity {
  @PrimaryColumn('uuid', { name: 'organization_id' }) organizationId: string;
  @PrimaryColumn('uuid', { name: 'person_id' }) personId: string;
  @PrimaryColumn('text') kind: string;
  @Column('text') channel: string;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', default: () => 'app_now()' }) updatedAt: Date;
}

/** A person's time zone (for reminders) and the weekday/time of their weekly digest. */
@Entity({ name: 'notification_setting' })
@ForeignKey(() => OrganizationEntity, ['organizationId'], ['id'], { name: 'notification_setting_organization_id_fkey' })
@ForeignKey(() => PersonEntity, ['organizationId', 'personId'], ['organizationId', 'id'], { name: 'notification_setting_organization_id_person_id_fkey', onDelete: 'CASCADE' })
@Check('notification_setting_time_zone_check', "(length(time_zone) <= 64)")
@Check('notification_setting_digest_weekday_check', "((digest_weekday >= 1) AND (digest_weekday <= 7))")
@Check('notification_setting_digest_time_check', "(digest_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'::text)")
export class NotificationSettingEntity {
  @PrimaryColumn('uuid', { name: 'organization_id' }) organizationId: string;
  @PrimaryColumn('uuid', { name: 'person_id' }) personId: string;
  @Column('text', { name: 'time_zone', default: 'UTC' }) timeZone: string;
  /** ISO weekday, 1 = Monday. */
  @Column('smallint', { name: 'digest_weekday', default: 1 }) digestWeekday: number;
  /** Local wall time HH:MM. */
  @Column('text', { name: 'digest_time', default: '08:00' }) digestTime: string;
  /** Send the digest with an "all quiet" line when there is nothing new. */
  @Column('boolean', { name: 'digest_when_quiet', default: false }) digestWhenQuiet: boolean;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', default: () => 'app_now()' }) updatedAt: Date;
}

/** A device (hashed fingerprint) a person has signed in from; a sign-in from an unknown one sends a notice. */
@Entity({ name: 'known_device' })
@ForeignKey(() => OrganizationEntity, ['organizationId'], ['id'], { name: 'known_device_organization_id_fkey' })
@ForeignKey(() => PersonEntity, ['organizationId', 'personId'], ['organizationId', 'id'], { name: 'known_device_organization_id_person_id_fkey', onDelete: 'CASCADE' })
@Check('known_device_fingerprint_hash_check', '(length(fingerprint_hash) = 64)')
export class KnownDeviceEntity {
  @PrimaryColumn('uuid', { name: 'organization_id' }) organizationId: string;
  @PrimaryColumn('uuid', { name: 'person_id' }) personId: string;
  @PrimaryColumn('text', { name: 'fingerprint_hash' }) fingerprintHash: string;
  @Column('timestamptz', { name: 'first_seen_at', default: () => 'app_now()' }) firstSeenAt: Date;
  @Column('timestamptz', { name: 'last_seen_at', default: () => 'app_now()' }) lastSeenAt: Date;
}

/** A drift signal a manager's weekly digest has already reported, so each digest lists only what is new. */
@Entity({ name: 'digest_reported_signal' })
@ForeignKey(() => OrganizationEntity, ['organizationId'], ['id'], { name: 'digest_reported_signal_organization_id_fkey' })
@ForeignKey(() => PersonEntity, ['organizationId', 'personId'], ['organizationId', 'id'], { name: 'digest_reported_signal_organization_id_person_id_fkey', onDelete: 'CASCADE' })
@Check('digest_reported_signal_signal_id_check', '(length(signal_id) <= 300)')
export class DigestReportedSignalEntity {
  @PrimaryColumn('uuid', { name: 'organization_id' }) organizationId: string;
  @PrimaryColumn('uuid', { name: 'person_id' }) personId: string;
  @PrimaryColumn('text', { name: 'signal_id' }) signalId: string;
  @Column('timestamptz', { name: 'reported_at', default: () => 'app_now()' }) reportedAt: Date;
}

import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** One in-app notification for one person (the bell). Unique per recipient and message key; only `read_at` changes. */
@Entity({ name: 'notification' })
@Index('notification_org_recipient_key_uq', ['organizationId', 'recipientId', 'messageKey'], { unique: true })
@Index('notification_org_recipient_created_idx', ['organizationId', 'recipientId', 'createdAt', 'id'])
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
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz', { name: 'read_at', nullable: true }) readAt: Date | null;
}

/** A person's choice for one kind of message: EMAIL (e-mail and in-app), IN_APP, or OFF. No row = the kind's default. */
@Entity({ name: 'notification_preference' })
export class NotificationPreferenceEntity {
  @PrimaryColumn('uuid', { name: 'organization_id' }) organizationId: string;
  @PrimaryColumn('uuid', { name: 'person_id' }) personId: string;
  @PrimaryColumn('text') kind: string;
  @Column('text') channel: string;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** A person's time zone (for reminders) and the weekday/time of their weekly digest. */
@Entity({ name: 'notification_setting' })
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
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

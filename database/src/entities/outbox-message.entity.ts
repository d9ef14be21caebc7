import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from './organization.entity';
import { PersonEntity } from './person.entity';

/**
 * A message rendered for one person of the organisation (invitation, password reset, reminder, …), kept as it
 * was (or would be) mailed, with its delivery state. Until mail delivery is configured this is where links go: to the person's message, never to the
 * screen of the admin who caused it. Append-only for the application role.
 */
@Entity({ name: 'outbox_message' })
@Index('outbox_message_org_created_idx', ['organizationId', 'createdAt', 'id'])
@Index('outbox_message_org_recipient_idx', ['organizationId', 'recipientId'])
@Index('outbox_message_org_key_uq', ['organizationId', 'messageKey'], { unique: true })
@Index('outbox_message_org_status_idx', ['organizationId', 'status', 'createdAt'])
@Index('outbox_message_unsubscribe_uq', ['unsubscribeTokenHash'], { unique: true })
@ForeignKey(() => OrganizationEntity, ['organizationId'], ['id'], { name: 'outbox_message_organization_id_fkey' })
@ForeignKey(() => PersonEntity, ['organizationId', 'recipientId'], ['organizationId', 'id'], { name: 'outbox_message_organization_id_recipient_id_fkey', onDelete: 'CASCADE' })
@Check('outbox_message_kind_check', "(kind ~ '^[A-Z][A-Z_]{0,39}$'::text)")
@Check('outbox_message_to_address_check', "(length(to_address) <= 254)")
@Check('outbox_message_subject_check', "((length(subject) >= 1) AND (length(subject) <= 200))")
@Check('outbox_message_body_text_check', "(length(body_text) <= 20000)")
@Check('outbox_message_action_url_check', "(length(action_url) <= 2000)")
@Check('outbox_message_message_key_check', "(length(message_key) <= 300)")
@Check('outbox_message_status_check', "(status = ANY (ARRAY['HELD'::text, 'QUEUED'::text, 'SENDING'::text, 'SENT'::text, 'FAILED'::text]))")
@Check('outbox_message_last_error_check', "(length(last_error) <= 500)")
@Check('outbox_message_body_html_check', "(length(body_html) <= 60000)")
@Check('outbox_message_calendar_ics_check', "(length(calendar_ics) <= 60000)")
@Check('outbox_message_calendar_method_check', "(calendar_method = ANY (ARRAY['REQUEST'::text, 'CANCEL'::text]))")
export class OutboxMessageEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organization_id' }) organizationId: string;
  @Column('uuid', { name: 'recipient_id' }) recipientId: string;
  /** INVITATION, PASSWORD_RESET, PASSWORD_CHANGED, SIGN_UP_CONFIRMATION, SIGN_UP_ATTEMPT (more come with notifications). */
  @Column('text') kind: string;
  /** The address the message is for, as it was when the message was made. */
  @Column('text', { name: 'to_address' }) toAddress: string;
  @Column('text') subject: string;
  /** Plain-text body, links included. */
  @Column('text', { name: 'body_text' }) bodyText: string;
  /** The message's one call to action, if any (also inside the body). */
  @Column('text', { name: 'action_url', nullable: true }) actionUrl: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'app_now()' }) createdAt: Date;
  /** What makes the message unique in the organisation (a reminder is never made twice); null on messages before mail. */
  @Column('text', { name: 'message_key', nullable: true }) messageKey: string | null;
  /** HELD (no mail server configured: kept here only), QUEUED, SENDING, SENT, FAILED (retries used up; see last_error). */
  @Column('text', { default: 'HELD' }) status: string;
  @Column('integer', { default: 0 }) attempts: number;
  @Column('text', { name: 'last_error', nullable: true }) lastError: string | null;
  /** Business time from which the message may go (reminders are made ahead). */
  @Column('timestamptz', { name: 'send_after', default: () => 'app_now()' }) sendAfter: Date;
  @Column('timestamptz', { name: 'sent_at', nullable: true }) sentAt: Date | null;
  /** Lease of the worker sending it (wall time), so a crashed worker's message is picked up again. */
  @Column('timestamptz', { name: 'claimed_until', nullable: true }) claimedUntil: Date | null;
  /** Account and security messages: always sent, never with List-Unsubscribe. */
  @Column('boolean', { default: true }) security: boolean;
  @Column('text', { name: 'body_html', nullable: true }) bodyHtml: string | null;
  /** An iCalendar attachment (supervision scheduled / moved / cancelled). */
  @Column('text', { name: 'calendar_ics', nullable: true }) calendarIcs: string | null;
  @Column('text', { name: 'calendar_method', nullable: true }) calendarMethod: string | null;
  @Column('text', { name: 'unsubscribe_token_hash', nullable: true }) unsubscribeTokenHash: string | null;
}

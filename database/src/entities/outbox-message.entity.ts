import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A message rendered for one person of the organisation (invitation, password reset, security notice), kept as it
 * would be mailed. Until mail delivery is configured this is where links go: to the person's message, never to the
 * screen of the admin who caused it. Append-only for the application role.
 */
@Entity({ name: 'outbox_message' })
@Index('outbox_message_org_created_idx', ['organizationId', 'createdAt', 'id'])
@Index('outbox_message_org_recipient_idx', ['organizationId', 'recipientId'])
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
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

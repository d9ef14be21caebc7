import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from './person.entity';

/** One-time link that lets an invited person set their password. Only the token's SHA-256 is stored. */
@Entity({ name: 'invitation' })
@Index('invitation_token_uq', ['tokenHash'], { unique: true })
@Index('invitation_org_person_idx', ['organizationId', 'personId'])
@ForeignKey(() => PersonEntity, ['organizationId', 'personId'], ['organizationId', 'id'], { name: 'invitation_organization_id_person_id_fkey', onDelete: 'CASCADE' })
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('uuid', { name: 'person_id' })
  personId: string;

  @Column('text', { name: 'token_hash' })
  tokenHash: string;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'app_now()' })
  createdAt: Date;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt: Date;

  @Column('timestamptz', { name: 'used_at', nullable: true })
  usedAt: Date | null;

  /** Set for a self-serve founder, who chose a password at sign-up: applied when they open the link. Argon2id. */
  @Column('text', { name: 'password_hash', nullable: true })
  passwordHash: string | null;
}

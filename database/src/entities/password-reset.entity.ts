import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from './person.entity';

/** A single-use, expiring link that lets a person choose a new password. Only the token's SHA-256 is stored. */
@Entity({ name: 'password_reset' })
@Index('password_reset_token_uq', ['tokenHash'], { unique: true })
@Index('password_reset_org_person_idx', ['organizationId', 'personId'])
@ForeignKey(() => PersonEntity, ['organizationId', 'personId'], ['organizationId', 'id'], { name: 'password_reset_organization_id_person_id_fkey', onDelete: 'CASCADE' })
export class PasswordResetEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organization_id' }) organizationId: string;
  @Column('uuid', { name: 'person_id' }) personId: string;
  @Column('text', { name: 'token_hash' }) tokenHash: string;
  /** The admin who sent the link; null when the person asked for it on the sign-in page. */
  @Column('uuid', { name: 'requested_by', nullable: true }) requestedBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'app_now()' }) createdAt: Date;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt: Date;
  @Column('timestamptz', { name: 'used_at', nullable: true }) usedAt: Date | null;
}

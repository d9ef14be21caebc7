import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from './person.entity';

/** A server-side sign-in session. Only the SHA-256 of the bearer token is stored. */
@Entity({ name: 'auth_session' })
@Index('auth_session_token_uq', ['tokenHash'], { unique: true })
@Index('auth_session_org_person_idx', ['organizationId', 'personId'])
@ForeignKey(() => PersonEntity, ['organizationId', 'personId'], ['organizationId', 'id'], { name: 'auth_session_organization_id_person_id_fkey', onDelete: 'CASCADE' })
export class AuthSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('uuid', { name: 'person_id' })
  personId: string;

  @Column('text', { name: 'token_hash' })
  tokenHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'app_now()' })
  createdAt: Date;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt: Date;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt: Date | null;
}
